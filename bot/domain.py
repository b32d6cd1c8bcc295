"""The domain's values, as every layer sees them: a case and its people, an invite, a dialog
session and its answers, a consent, an evaluation response, a plan version, a reminder, an inbox
item, a help-now alert, a login. Storage makes them from its rows (storage/*.py); services and
channels use them without knowing the backend. The interfaces storage offers: bot/ports.py."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def token_hash(token: str) -> str:
    """How an invite token is kept and looked up: only its hash."""
    return hashlib.sha256(token.encode()).hexdigest()


def login_token_hash(token: str) -> str:
    """How a login's token is kept (and remembered when its person is erased)."""
    return hashlib.sha256(f"login:{token}".encode()).hexdigest()


@dataclass(frozen=True)
class Case:
    id: int
    unit_id: int
    label: str
    status: str
    need_noticed: str | None
    actors: list[dict[str, str]] = field(default_factory=list)
    sole_custody_reason: str | None = None
    meeting_date: str | None = None
    meeting_time: str | None = None
    meeting_place: str | None = None
    meeting_format: str | None = None
    invitation_sent_on: str | None = None
    plan_sent_on: str | None = None
    follow_up_date: str | None = None
    meeting_end: str | None = None
    adaptations: str | None = None
    coordinator_id: int | None = None
    easy_read_plan_sent_on: str | None = None
    evaluation_offered_on: str | None = None
    coordinator_contact: str | None = None
    coordinator_hours: str | None = None
    coordinator_name: str | None = None
    #: The participant who gave the meeting place, if one did (see bot/services/protection.py).
    meeting_place_given_by: int | None = None
    created_at: str | None = None


@dataclass(frozen=True)
class Tick:
    """A checklist item ticked by hand: who and when."""

    by: str
    at: str


@dataclass(frozen=True)
class Participant:
    id: int
    case_id: int
    role: str  # child | youth | guardian
    dialog_id: str
    name: str | None
    contact: str | None
    child_asked: bool
    protected: bool
    lang: str
    identity_hash: str | None
    decides_self: bool = False  # a youth who gives consent themself (by maturity, always from 18)
    #: Dialogs the person goes through first, in the same invite (a guardian's consent before
    #: "Vad är viktigt för er?", a child's own say before Min röst).
    before: tuple[str, ...] = ()

    @property
    def journey(self) -> tuple[str, ...]:
        """Every dialog of the person's invite, in order; `dialog_id` (their preparation) last."""
        return (*self.before, self.dialog_id)


@dataclass(frozen=True)
class Invite:
    id: int
    participant_id: int
    created_at: str
    expires_at: str
    used_at: str | None
    revoked_at: str | None
    #: When five wrong codes in a row locked it (see storage/invite_access.py).
    locked_at: str | None = None


@dataclass(frozen=True)
class InviteCode:
    """The person's own code on their invite, and the wrong tries against it."""

    kind: str | None  # pictures | digits; None before the person chose one
    code_hash: str | None
    failed_tries: int
    locked_at: str | None


@dataclass(frozen=True)
class Standing:
    """What decides whether a participant may go on: their case's status, and whether the
    invite they last opened was revoked."""

    case_status: str
    revoked: bool


@dataclass(frozen=True)
class StoredSession:
    id: str
    name: str | None
    participant_id: int | None
    dialog_id: str
    dialog_hash: str
    lang: str
    status: str
    state: dict[str, Any]


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as stored: `item` is the for_each option ('' when none); text is encrypted."""

    step: str
    item: str
    value: Any
    is_text: bool
    share: str | None


@dataclass(frozen=True)
class StoredConsent:
    id: int
    case_id: int
    participant_id: int
    version: int
    session_id: str | None
    actors: tuple[str, ...]
    own_actors: tuple[str, ...]
    areas: tuple[str, ...]
    not_raise_areas: tuple[str, ...]
    not_raise_text: str | None
    until: str | None
    dialog_hash: str
    lang: str
    created_at: str
    withdrawn_at: str | None
    kind: str = "guardian"  # guardian | own (a youth who decides) | assent (a child's say)
    terms: dict[str, Any] | None = None  # ids: sip, exchange, pre_meeting, plan_to, child_view…


@dataclass(frozen=True)
class ConsentChange:
    """A pending (or answered) request to one guardian about one actor or area outside scope."""

    id: int
    case_id: int
    participant_id: int
    kind: str  # actor | area
    item: str
    created_at: str
    answered_at: str | None
    accepted: bool | None


@dataclass(frozen=True)
class Response:
    audience: str  # child | youth | guardian
    submitted_on: str  # ISO date
    scores: dict[str, str]  # item → option id
    may_see: bool
    texts: dict[str, str] = field(default_factory=dict)  # only when may_see


@dataclass(frozen=True)
class SeenEvaluation:
    """An evaluation the respondent let the coordinator see, on their case."""

    participant_id: int
    meeting: str
    audience: str
    submitted_on: str
    scores: dict[str, str]
    texts: dict[str, str]


@dataclass(frozen=True)
class StoredPlan:
    case_id: int
    version: int
    data: dict[str, Any]
    updated_at: str


@dataclass(frozen=True)
class ReminderRow:
    key: str
    case_id: int
    participant_id: int | None
    kind: str
    due_at: str
    claimed_at: str | None
    sent_at: str | None


@dataclass(frozen=True)
class InboxItem:
    id: int
    participant_id: int
    kind: str
    args: dict[str, Any]
    created_at: str
    read_at: str | None


@dataclass(frozen=True)
class HelpAlert:
    id: int
    participant_id: int
    case_id: int
    notification_id: int | None
    raised_at: str
    last_at: str
    folded: int  # later presses folded into this alert
    mailed_at: str | None
    handled_at: str | None
    handled_by: str | None
    role: str  # the participant's role (child | youth | guardian)
    case_label: str  # the case's pseudonym
    unit_id: int
    coordinator_id: int | None


@dataclass(frozen=True)
class StoredLogin:
    kind: str
    csrf: str
    created_at: datetime
    seen_at: datetime
    user_id: int | None
    participant_id: int | None
    data: str | None


@dataclass(frozen=True)
class StoredUser:
    """A coordinator's or admin's account row (the password only as its argon2 hash)."""

    id: int
    username: str
    unit_id: int
    role: str
    password_hash: str


@dataclass(frozen=True)
class InboxUpdate:
    """A Telegram update claimed from the inbox, to be handled by this worker."""

    update_id: int
    data: dict

"""Cases, participants and invites: what a coordinator sets up and a family redeems."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from babel import UnknownLocaleError
from babel.dates import format_date

from bot.domain import Case, Participant, StoredSession
from bot.engine.model import CASE_ARGS
from bot.engine.runner import Event, EventKind, Output
from bot.errors import UserFacingError
from bot.pictograms import role_pictogram
from bot.ports import AuditLog, CaseStore
from bot.services.clock import Clock, utc_clock
from bot.services.dialogs import DialogService
from bot.services.protection import redact_for_others, withheld_values
from bot.services.ratelimit import FailureWindow

INVITE_DAYS = 14
#: Failed invite redemptions allowed per source within REDEEM_WINDOW.
REDEEM_LIMIT = 10
REDEEM_WINDOW = timedelta(minutes=15)
ROLES = ("child", "youth", "guardian")
#: YYMMDD-NNNN or YYYYMMDDNNNN, with or without the separator: looks like a personnummer.
PERSONNUMMER = re.compile(r"(?<!\d)(\d{2})?\d{6}[-+\s]?\d{4}(?!\d)")


class CaseError(UserFacingError):
    pass


class TooManyAttempts(UserFacingError):
    def __init__(self):
        super().__init__("too many invite links that did not work; wait a while and try again")


class InvalidInvite(UserFacingError):
    """The one answer for unknown, expired, used, revoked and tampered tokens alike."""

    def __init__(self):
        super().__init__("this invite link does not work; ask your coordinator for a new one")


def identity_hash(identity: str) -> str:
    """Channel identities (a Telegram chat, a web device) are stored only as hashes."""
    return hashlib.sha256(f"identity:{identity}".encode()).hexdigest()


def check_label(label: str) -> str:
    label = label.strip()
    if not label:
        raise CaseError("a case needs a label (a pseudonym, never a personnummer)")
    if PERSONNUMMER.search(label):
        raise CaseError(
            "the label looks like a personnummer; use a pseudonym such as 'Fjärilen 2026'"
        )
    return label


@dataclass(frozen=True)
class Redeemed:
    participant: Participant
    session_id: str
    outputs: list[Output]


class CaseService:
    def __init__(
        self,
        store: CaseStore,
        dialogs: DialogService,
        audit: AuditLog,
        clock: Clock = utc_clock,
        *,
        redeem_limiter: FailureWindow,
    ):
        self.store, self.dialogs, self.audit, self.clock = store, dialogs, audit, clock
        self.redeem_limiter = redeem_limiter

    def create_case(self, unit_id: int, label: str, actor: str = "system", **values) -> Case:
        case = self.store.create_case(unit_id, label=check_label(label), **values)
        self.audit.record(actor, "case.create", f"case:{case.id}")
        return case

    def add_participant(
        self, case_id: int, role: str, dialog_id: str, actor: str = "system", **values
    ) -> Participant:
        if role not in ROLES:
            raise CaseError(f"role must be one of {', '.join(ROLES)}")
        if self.store.case(case_id) is None:
            raise CaseError(f"no case {case_id}")
        for part in (*values.get("before", ()), dialog_id):
            self.dialogs.library.get(part)
        participant = self.store.add_participant(case_id, role, dialog_id, **values)
        self.audit.record(actor, "participant.add", f"case:{case_id}", participant=participant.id)
        return participant

    def issue_invite(self, participant_id: int, actor: str = "system") -> str:
        """A new single-use token (192 random bits, 32 characters of base64url). Every earlier
        invite of the participant is revoked, used ones too: each browser and chat that opened
        one is stopped at once (a new invite is also how a forgotten code is reset)."""
        participant = self._participant(participant_id)
        now = self.clock()
        for invite in self.store.invites(participant_id):
            if invite.revoked_at is None:
                self.store.mark_invite(invite.id, revoked_at=now.isoformat())
        token = secrets.token_urlsafe(24)
        expires = (now + timedelta(days=INVITE_DAYS)).isoformat()
        self.store.add_invite(participant_id, token, expires)
        self.audit.record(
            actor, "invite.issue", f"case:{participant.case_id}", participant=participant_id
        )
        return token

    def set_protected(
        self, participant_id: int, protected: bool = True, actor: str = "system"
    ) -> Participant:
        """Mark a participant as having a protected identity (skyddad identitet): from now on
        every output for others hides them (bot/services/protection.py)."""
        participant = self._participant(participant_id)
        participant = self.store.update_participant(participant.id, protected=protected)
        self.refresh_contexts(participant.case_id)
        self.audit.record(
            actor,
            "participant.protect" if protected else "participant.unprotect",
            f"case:{participant.case_id}",
            participant=participant.id,
        )
        return participant

    def revoke_invites(self, participant_id: int, actor: str = "system") -> int:
        """Revoke every invite of the participant, used ones too: a device that already
        opened the link is stopped as well (the conversation layer refuses it)."""
        now = self.clock().isoformat()
        count = 0
        for invite in self.store.invites(participant_id):
            if invite.revoked_at is None:
                self.store.mark_invite(invite.id, revoked_at=now)
                count += 1
        participant = self._participant(participant_id)
        self.audit.record(
            actor, "invite.revoke", f"case:{participant.case_id}", participant=participant_id
        )
        return count

    def redeem(
        self,
        token: str,
        identity: str,
        source: str | None = None,
        also: Callable[[Redeemed], None] = lambda _redeemed: None,
    ) -> Redeemed:
        """Bind the participant to this identity (a chat, a link opened with its code) and open
        their dialog; what `also` writes commits with it. The same identity may open a used
        invite again (it resumes); nobody else can. Failed attempts are counted per `source` (an
        address, a chat), after the failed attempt was undone; too many in a short time raise
        TooManyAttempts before the token is even looked at."""
        source = source or identity
        if not self.redeem_limiter.allowed(source):
            raise TooManyAttempts()
        try:
            with self.dialogs.uow.atomic():
                redeemed = self._redeem(token, identity)
                also(redeemed)
                return redeemed
        except InvalidInvite:
            self.redeem_limiter.hit(source)
            raise

    def _redeem(self, token: str, identity: str) -> Redeemed:
        invite = self.store.invite_by_token(token) if isinstance(token, str) else None
        if invite is None or invite.revoked_at is not None:
            raise InvalidInvite()
        participant = self._participant(invite.participant_id)
        case = self.store.case(participant.case_id)
        bound_here = participant.identity_hash == identity_hash(identity)
        if case.status != "open" or (invite.used_at is not None and not bound_here):
            raise InvalidInvite()
        if invite.used_at is None:
            if datetime.fromisoformat(invite.expires_at) <= self.clock():
                raise InvalidInvite()
            self.store.mark_invite(invite.id, used_at=self.clock().isoformat())
            participant = self.store.update_participant(
                participant.id, identity_hash=identity_hash(identity)
            )
            self.audit.record(
                "participant", "invite.redeem", f"case:{case.id}", participant=participant.id
            )
        session_id, outputs = self.open_session(participant)
        return Redeemed(participant, session_id, outputs)

    def notify_finished(self, session: StoredSession) -> None:
        """Tell the coordinator that a participant finished their preparation (the finish hook
        of every dialog without one of its own: consent and evaluation say so themselves)."""
        if session.participant_id is None:
            return
        participant = self._participant(session.participant_id)
        if session.dialog_id != participant.dialog_id:
            return
        case = self.store.case(participant.case_id)
        self.store.notify(case.unit_id, case.id, "preparation-done")

    def participant_for_identity(self, identity: str) -> Participant | None:
        return self.store.participant_by_identity(identity_hash(identity))

    def open_session(self, participant: Participant) -> tuple[str, list[Output]]:
        """The session of the part of the journey the participant is at, resumed or started
        with the case context."""
        dialog_id = self.current_part(participant)
        existing = self.store.session_id_for(participant.id, dialog_id)
        if existing:
            session, outputs = self.dialogs.handle(existing, Event(EventKind.RESUME))
            return session.id, outputs
        session, outputs = self.dialogs.start(
            dialog_id,
            lang=participant.lang,
            participant_id=participant.id,
            context=self.context_for(participant),
        )
        return session.id, outputs

    def current_part(self, participant: Participant) -> str:
        """The dialog of the journey the participant is at: the first they have not finished,
        or one whose end stopped the journey (a guardian's "no"); the last when all are done."""
        for dialog_id in participant.journey:
            session_id = self.store.session_id_for(participant.id, dialog_id)
            if session_id is None:
                return dialog_id
            session = self.dialogs.get(session_id)
            if session.status != "done" or self.dialogs.ends_journey(session):
                return dialog_id
        return participant.dialog_id

    def context_for(self, participant: Participant) -> dict:
        """What a dialog may know of its case: the people coming (the actors, each with the
        picture of their kind of work), when and where the meeting is (`CASE_ARGS`), whether
        the child is asked, and how to reach the coordinator (for "Jag behöver hjälp nu").
        Seen as `participant` may see it: a protected person is never named or placed."""
        case = self.store.case(participant.case_id)
        participants = self.store.participants(case.id)
        view = redact_for_others(case, participants, viewer=participant)
        hidden = [v.lower() for v in withheld_values(case, participants, view)]
        actors = [
            a | {"pictogram": role_pictogram(a["label"])}
            for a in case.actors
            if not any(value in a["label"].lower() for value in hidden)
        ]
        meeting = view.case
        return {
            "actors": actors,
            "child_asked": any(p.child_asked for p in participants),
            "role": participant.role,
            "coordinator_contact": case.coordinator_contact,
            "coordinator_hours": case.coordinator_hours,
            CASE_ARGS: {
                "meeting_day": _day(meeting.meeting_date, participant.lang),
                "meeting_time": meeting.meeting_time or "none",
                "meeting_place": meeting.meeting_place or "none",
                "people": len(actors),
            },
        }

    def refresh_contexts(self, case_id: int) -> None:
        """After the case changed: every session whose words take the case's arguments (the
        day, the place, the people coming) gets them anew, so the person reads what is true."""
        with self.dialogs.uow.atomic():
            for participant in self.store.participants(case_id):
                session_id = self.store.session_id_for(participant.id, participant.dialog_id)
                if session_id is None:
                    continue
                dialog = self.dialogs.dialog_of(self.dialogs.get(session_id))
                if any(step.case_args for step in dialog.steps.values()):
                    self.dialogs.set_context(session_id, self.context_for(participant))

    def _participant(self, participant_id: int) -> Participant:
        participant = self.store.participant(participant_id)
        if participant is None:
            raise CaseError(f"no participant {participant_id}")
        return participant


def _day(iso: str | None, lang: str) -> str:
    """The meeting's day as a person says it ("tisdag 12 maj"), or "none" when not set."""
    if not iso:
        return "none"
    try:
        return format_date(date.fromisoformat(iso), "EEEE d MMMM", locale=lang)
    except (ValueError, UnknownLocaleError):
        return iso

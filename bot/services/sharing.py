"""Who sees a child's or youth's answers: what they chose at the review decides.

The meeting gets the answers marked for the meeting, and only through `for_meeting`, which
also applies the guardians' consent scope and protected identity; `coordinator` also gets those
marked for the coordinator (the default when nothing was chosen); `private` answers never leave
the person's own view. A guardian sees a child's answers only after the child chose "visa för
min vårdnadshavare", and then only what the child shared with the meeting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from bot.domain import Participant, StoredSession
from bot.engine.model import DEFAULT_SHARE, Dialog, Kind, Share
from bot.engine.runner import key_of, live_answers, position
from bot.errors import UserFacingError
from bot.ports import AuditLog, CaseStore, ConsentStore
from bot.services.consent import LIFE_AREAS, ConsentScope
from bot.services.dialogs import split_key
from bot.services.protection import AnswerForOthers, protected_answers

#: Which share choices each audience may see.
LEVELS: dict[str, frozenset[str]] = {
    "meeting": frozenset({Share.MEETING}),
    "coordinator": frozenset({Share.MEETING, Share.COORDINATOR}),
}
GUARDIAN = "guardian:"


class SharingRefused(UserFacingError):
    """A plain reason; `msg_id` is the Fluent message a channel shows."""

    msg_id = "sharing-refused"


@dataclass(frozen=True)
class SharedAnswer:
    key: str
    step: str
    item: str
    value: Any
    share: str
    withheld: bool = False  # a protected person's free text, held back from others (value None)


def shared_answers(state: dict[str, Any], levels: frozenset[str] | None) -> list[SharedAnswer]:
    """The live answers whose share choice is in `levels` (None: all, the person's own view),
    in the order they were given."""
    answers = live_answers(state)
    order = [key_of(tuple(p)) for p in state["history"]] + [key_of(position(state))]
    keys = [k for k in dict.fromkeys(order) if k in answers]
    result = []
    for key in keys:
        share = state["shares"].get(key) or DEFAULT_SHARE.value
        if levels is None or share in levels:
            step, item = split_key(key)
            result.append(SharedAnswer(key, step, item, answers[key], share))
    return result


#: Why an answer the person shared with the meeting is kept out of it.
NOT_CONSENTED = "not-consented-area"  # the guardians' consent does not cover the life area
DO_NOT_RAISE = "do-not-raise"  # the guardians asked that the life area is not raised
#: The step whose answer lists the life areas the person chose (and `for_each` steps repeat).
AREA_STEP = "areas"


@dataclass(frozen=True)
class HeldBack:
    """An answer (or, for the answer to `areas`, one chosen area: `area`) that the person shared
    with the meeting but the meeting does not get, and why."""

    key: str
    step: str
    item: str
    reason: str
    area: str | None = None


@dataclass(frozen=True)
class MeetingAnswers:
    """What the meeting may see of one person's answers, in order, and what was held back."""

    kept: tuple[SharedAnswer, ...]
    held_back: tuple[HeldBack, ...]


NOTHING_SHARED = MeetingAnswers((), ())


def _reason(area: str, scope: ConsentScope | None) -> str | None:
    """Why a life area may not reach the meeting; None when it may (or is no life area)."""
    if area not in LIFE_AREAS:
        return None
    if scope is not None and area in scope.not_raise_areas:
        return DO_NOT_RAISE
    return None if scope is not None and area in scope.areas else NOT_CONSENTED


def for_meeting(
    dialog: Dialog,
    state: dict[str, Any],
    scope: ConsentScope | None,
    owner: Participant | None = None,
) -> MeetingAnswers:
    """The one filter for everything the meeting sees of a person's answers (the pack in every
    format, the invitation, the Min röst page): only answers shared with the meeting; none about
    a life area outside the guardians' consent `scope` (None: nothing consented) or among the
    areas not to raise, and no such area in the answer to `AREA_STEP`; a protected `owner`'s
    free text withheld in place (`withheld=True`, `value=None`), as `redact_for_others` does."""
    kept, held = [], []
    for answer in shared_answers(state, LEVELS["meeting"]):
        step = dialog.step(answer.step)
        if step.for_each == AREA_STEP and (reason := _reason(answer.item, scope)):
            held.append(HeldBack(answer.key, answer.step, answer.item, reason))
            continue
        if answer.step == AREA_STEP and isinstance(answer.value, list):
            out = {area: r for area in answer.value if (r := _reason(area, scope))}
            held += [HeldBack(answer.key, answer.step, "", r, area) for area, r in out.items()]
            answer = replace(answer, value=[a for a in answer.value if a not in out])
            if not answer.value:
                continue
        kept.append(answer)
    return MeetingAnswers(tuple(_protect(dialog, kept, owner)), tuple(held))


def coordinator_only(
    dialog: Dialog, state: dict[str, Any], owner: Participant | None = None
) -> list[SharedAnswer]:
    """The answers marked for the coordinator only, a protected `owner`'s free text withheld."""
    return _protect(dialog, shared_answers(state, frozenset({Share.COORDINATOR})), owner)


def _protect(
    dialog: Dialog, answers: list[SharedAnswer], owner: Participant | None
) -> list[SharedAnswer]:
    """`answers` as others may see them when `owner` has protected identity."""
    if owner is None:
        return answers
    view = protected_answers(
        [owner],
        None,
        [
            AnswerForOthers(owner.id, a.key, a.value, dialog.step(a.step).kind is Kind.TEXT)
            for a in answers
        ],
    )
    return [
        replace(a, value=None, withheld=True) if shown.withheld else a
        for a, shown in zip(answers, view, strict=True)
    ]


class SharingService:
    def __init__(
        self,
        cases: CaseStore,
        consents: ConsentStore,
        audit: AuditLog,
        scope_of_case: Callable[[int], ConsentScope | None],
    ):
        self.cases, self.consents, self.audit = cases, consents, audit
        self.scope_of_case = scope_of_case

    def for_meeting(
        self, session: StoredSession, dialog: Dialog, actor: str = "system"
    ) -> MeetingAnswers:
        """What the meeting may see of this session (`for_meeting` with the case's consent
        scope and the owner's protection). Every output for the meeting builds from this."""
        owner = self.cases.participant(session.participant_id or 0)
        self.audit.record(actor, "answers.read", self._subject(session), audience="meeting")
        scope = self.scope_of_case(owner.case_id) if owner else None
        return for_meeting(dialog, session.state, scope, owner)

    def held_back_by_consent(self, session: StoredSession, dialog: Dialog) -> tuple[HeldBack, ...]:
        """For the person's own review: which of the answers they marked for the meeting the
        guardians' consent keeps out of it (none while there is no consent yet: then nothing
        leaves at all). Their own view, so nothing is logged."""
        owner = self.cases.participant(session.participant_id or 0)
        scope = self.scope_of_case(owner.case_id) if owner else None
        if scope is None:
            return ()
        return for_meeting(dialog, session.state, scope).held_back

    def coordinator_only(
        self, session: StoredSession, dialog: Dialog, actor: str = "system"
    ) -> list[SharedAnswer]:
        """The coordinator's own part of an output the meeting may also read (the pack)."""
        owner = self.cases.participant(session.participant_id or 0)
        self.audit.record(actor, "answers.read", self._subject(session), audience="coordinator")
        return coordinator_only(dialog, session.state, owner)

    def answers_for(
        self, session: StoredSession, audience: str, actor: str = "system"
    ) -> list[SharedAnswer]:
        """What `audience` (coordinator | guardian:<id>) may see of this session; the meeting
        goes through `for_meeting`. Every read is audit-logged; a guardian without the child's
        permission is refused."""
        subject = self._subject(session)
        if audience == "coordinator":
            self.audit.record(actor, "answers.read", subject, audience=audience)
            return shared_answers(session.state, LEVELS[audience])
        guardian_id = self._guardian_id(audience)
        if guardian_id == session.participant_id:
            return shared_answers(session.state, None)
        if not self.consents.guardian_may_view(session.id, guardian_id):
            self.audit.record(audience, "answers.refused", subject, session=session.id)
            raise SharingRefused("these are the child's answers; the child decides who sees them")
        self.audit.record(audience, "answers.read", subject, audience="guardian")
        return shared_answers(session.state, LEVELS["meeting"])

    def show_to_guardian(self, session: StoredSession, guardian_id: int) -> list[SharedAnswer]:
        """The child chose to show their guardian their summary: what they shared with the
        meeting, for this guardian only. Recorded, so the guardian may open it again."""
        owner = self.cases.participant(session.participant_id or 0)
        guardian = self.cases.participant(guardian_id)
        if (
            owner is None
            or guardian is None
            or guardian.role != "guardian"
            or guardian.case_id != owner.case_id
        ):
            raise SharingRefused("that guardian is not a guardian in this case")
        self.consents.add_guardian_view(session.id, guardian_id)
        self.audit.record(
            f"participant:{owner.id}",
            "answers.show-guardian",
            f"case:{owner.case_id}",
            guardian=guardian_id,
        )
        return shared_answers(session.state, LEVELS["meeting"])

    def _subject(self, session: StoredSession) -> str:
        owner = self.cases.participant(session.participant_id or 0)
        return f"case:{owner.case_id}" if owner else f"session:{session.id}"

    @staticmethod
    def _guardian_id(audience: str) -> int:
        if audience.startswith(GUARDIAN) and audience[len(GUARDIAN) :].isdigit():
            return int(audience[len(GUARDIAN) :])
        raise SharingRefused(
            f"unknown audience {audience!r}; use coordinator or guardian:<id> (the meeting:"
            " for_meeting)"
        )

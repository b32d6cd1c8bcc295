"""Who sees a child's or youth's answers: what they chose at the review decides.

`meeting` gets the answers marked for the meeting; `coordinator` also those marked for the
coordinator (the default when nothing was chosen); `private` answers never leave the person's
own view. A guardian sees a child's answers only after the child chose "visa för min
vårdnadshavare", and then only what the child shared with the meeting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from bot.engine.model import DEFAULT_SHARE, Dialog, Share
from bot.engine.runner import key_of, live_answers, position
from bot.errors import UserFacingError
from bot.services.consent import ConsentScope
from bot.services.dialogs import split_key
from storage.audit import AuditLog
from storage.cases import CaseStore
from storage.consents import ConsentStore
from storage.sessions import StoredSession

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


def within_scope(
    dialog: Dialog, answers: list[SharedAnswer], scope: ConsentScope, area_step: str = "areas"
) -> list[SharedAnswer]:
    """Only what the guardians' consent covers: answers about a life area outside the consented
    areas (or among those that must not be raised) are left out, and so are such areas in the
    answer to `area_step` itself."""
    allowed = set(scope.areas) - set(scope.not_raise_areas)
    kept = []
    for answer in answers:
        if dialog.step(answer.step).for_each == area_step and answer.item not in allowed:
            continue
        if answer.step == area_step and isinstance(answer.value, list):
            value = [area for area in answer.value if area in allowed]
            if not value:
                continue
            answer = replace(answer, value=value)
        kept.append(answer)
    return kept


class SharingService:
    def __init__(self, cases: CaseStore, consents: ConsentStore, audit: AuditLog):
        self.cases, self.consents, self.audit = cases, consents, audit

    def answers_for(
        self, session: StoredSession, audience: str, actor: str = "system"
    ) -> list[SharedAnswer]:
        """What `audience` (meeting | coordinator | guardian:<id>) may see of this session.
        Every read is audit-logged; a guardian without the child's permission is refused."""
        subject = self._subject(session)
        if audience in LEVELS:
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
            f"unknown audience {audience!r}; use meeting, coordinator or guardian:<id>"
        )

"""The coordinator's view of cases: one unit's cases with their SIP stage, consent, preparation,
deadlines and checklist; creating and editing cases; hand ticks. The dashboard and the CLI
both use this, so there is one implementation of each rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain import Case, Participant
from bot.errors import UserFacingError
from bot.ports import AuditLog, CaseStore
from bot.services import checklist as cl
from bot.services.case_form import FormResult
from bot.services.cases import CaseService
from bot.services.clock import Clock
from bot.services.consent import CaseConsent, ConsentService
from bot.services.deadlines import Flag, flags_for_case
from bot.services.dialogs import DialogService
from bot.services.sharing import LEVELS, shared_answers
from bot.services.users import User

STAGES = (
    "need-noticed",
    "consent",
    "preparation",
    "invitation-sent",
    "meeting",
    "follow-up",
    "closed",
)
CHILD_ROLES = ("child", "youth")


class CaseNotFound(UserFacingError):
    """Unknown and another unit's case look the same: no existence leak."""

    def __init__(self):
        super().__init__("no such case in your unit")


@dataclass(frozen=True)
class ParticipantStatus:
    participant: Participant
    session_status: str  # not-started | active | paused | done
    consent: str | None  # guardians: missing | given | withdrawn | expired
    #: Five wrong codes locked the participant's latest invite (bot/services/access.py).
    invite_locked: bool = False


@dataclass(frozen=True)
class CaseOverview:
    case: Case
    stage: str
    consent: CaseConsent
    participants: tuple[ParticipantStatus, ...]
    flags: tuple[Flag, ...]
    checklist: tuple[cl.ItemState, ...]

    @property
    def checklist_summary(self) -> tuple[int, int, int]:
        return cl.summary(list(self.checklist))


def stage_of(case: Case, consent_status: str, has_participants: bool, today: date) -> str:
    """The SIP step a case is at, from its data alone."""
    meeting = date.fromisoformat(case.meeting_date) if case.meeting_date else None
    if case.status != "open":
        return "closed"
    if meeting and meeting < today:
        return "follow-up"
    if meeting and meeting == today:
        return "meeting"
    if case.invitation_sent_on:
        return "invitation-sent"
    if consent_status == "complete":
        return "preparation"
    return "consent" if has_participants else "need-noticed"


class Workspace:
    def __init__(
        self,
        store: CaseStore,
        cases: CaseService,
        consent: ConsentService,
        dialogs: DialogService,
        audit: AuditLog,
        clock: Clock,
    ):
        self.store, self.cases, self.consent = store, cases, consent
        self.dialogs, self.audit, self.clock = dialogs, audit, clock

    def today(self) -> date:
        return self.clock().date()

    # reading ───────────────────────────────────────────────────────────────────────────────

    def case_for(self, user: User, case_id: int | str) -> Case:
        """The case if it belongs to the user's unit; otherwise CaseNotFound, logged."""
        case = self.store.case(int(case_id)) if str(case_id).isdigit() else None
        if case is None or case.unit_id != user.unit_id:
            self.audit.record(user.username, "case.denied", f"case:{case_id}")
            raise CaseNotFound()
        return case

    def overviews(self, user: User) -> list[CaseOverview]:
        self.audit.record(user.username, "case.list", f"unit:{user.unit_id}")
        return [self.overview(case) for case in self.store.cases(user.unit_id)]

    def overview(self, case: Case) -> CaseOverview:
        consent = self.consent.case_status(case.id, self.today())
        participants = self.store.participants(case.id)
        statuses = tuple(
            ParticipantStatus(
                p, self._session_status(p), consent.per_guardian.get(p.id), self._locked(p)
            )
            for p in participants
        )
        return CaseOverview(
            case=case,
            stage=stage_of(case, consent.status, bool(participants), self.today()),
            consent=consent,
            participants=statuses,
            flags=tuple(flags_for_case(case, self.today())),
            checklist=tuple(self._checklist(case, consent, statuses)),
        )

    def _locked(self, participant: Participant) -> bool:
        invites = self.store.invites(participant.id)
        return bool(invites) and invites[-1].locked_at is not None

    def _session_status(self, participant: Participant) -> str:
        session_id = self.store.session_id_for(participant.id, participant.dialog_id)
        return self.dialogs.get(session_id).status if session_id else "not-started"

    def _checklist(
        self, case: Case, consent: CaseConsent, statuses: tuple[ParticipantStatus, ...]
    ) -> list[cl.ItemState]:
        answers: dict[str, list] = {}
        prepared = False
        for status in statuses:
            session_id = self.store.session_id_for(
                status.participant.id, status.participant.dialog_id
            )
            if session_id is None:
                continue
            state = self.dialogs.get(session_id).state
            if status.participant.role in CHILD_ROLES and status.session_status == "done":
                prepared = prepared or bool(state["shares"])
            for answer in shared_answers(state, LEVELS["coordinator"]):
                answers.setdefault(answer.step, []).append(answer.value)
        facts = cl.Facts(
            consent_status=consent.status,
            child_prepared=prepared,
            child_says=consent.child_says,
            child_objects=consent.child_objects,
            answers=answers,
            actor_ids=tuple(str(a["id"]) for a in case.actors),
            meeting_date=case.meeting_date,
            meeting_time=case.meeting_time,
            meeting_end=case.meeting_end,
            meeting_format=case.meeting_format,
            adaptations=case.adaptations,
            easy_read_plan_sent_on=case.easy_read_plan_sent_on,
            evaluation_offered_on=case.evaluation_offered_on,
        )
        return cl.evaluate(cl.load_checklist(), facts, self.store.checklist_ticks(case.id))

    # changing ──────────────────────────────────────────────────────────────────────────────

    def create(self, user: User, form: FormResult) -> Case:
        case = self.cases.create_case(
            user.unit_id,
            form.values["label"],
            actor=user.username,
            coordinator_id=user.id,
            **{k: v for k, v in form.values.items() if k != "label"},
        )
        for p in form.participants:
            self.cases.add_participant(case.id, actor=user.username, **p)
        if form.values.get("sole_custody_reason"):
            self.consent.record_sole_custody(
                case.id, form.values["sole_custody_reason"], user.username
            )
        return self.store.case(case.id)

    def update(self, user: User, case: Case, form: FormResult) -> Case:
        values = form.values
        self.store.update_case(case.id, **values)
        self.cases.refresh_contexts(case.id)
        self.audit.record(user.username, "case.update", f"case:{case.id}")
        return self.store.case(case.id)

    def tick(self, user: User, case: Case, item_id: str, ticked: bool) -> None:
        manual = {i.id for i in cl.load_checklist().items if i.check is None}
        if item_id not in manual:
            raise CaseNotFound()
        if ticked:
            self.store.tick(case.id, item_id, user.username, self.clock().isoformat())
        else:
            self.store.untick(case.id, item_id)
        self.audit.record(user.username, "checklist.tick", f"case:{case.id}", item=item_id)

"""The participation evaluation after each meeting (seed 000: "upplevda grad av delaktighet"):
open the right dialog for the participant, and turn a finished one into an anonymous response
for the unit statistics. Free text is kept only when the respondent said the coordinator may
see their answers (the last step; skipped counts as no)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain import Participant, Response, StoredSession
from bot.engine.model import Kind
from bot.engine.runner import Output, live_answers
from bot.errors import UserFacingError
from bot.ports import AuditLog, CaseStore, EvaluationStore, SeenEvaluationStore
from bot.services.clock import Clock
from bot.services.prep_pack import render_answer
from bot.services.reminders import EVALUATION_DIALOGS, STOCKHOLM
from bot.services.sharing import SharedAnswer

MAY_SEE = "coordinator-may-see"
AUDIENCE_OF = {dialog: role for role, dialog in EVALUATION_DIALOGS.items()}


class EvaluationError(UserFacingError):
    pass


@dataclass(frozen=True)
class SeenView:
    participant_id: int
    role: str
    submitted_on: str
    lines: tuple[tuple[str, str], ...]  # (question, answer)


def response_from(dialog, session: StoredSession, today: date) -> Response:
    """Scores (every choice and scale answer except the consent to be seen) and, when the
    coordinator may see them, the free texts."""
    answers = live_answers(session.state)
    scores, texts = {}, {}
    for key, value in answers.items():
        step = dialog.step(key)
        if key == MAY_SEE or value is None:
            continue
        if step.kind in (Kind.CHOICE, Kind.SCALE):
            scores[key] = str(value)
        elif step.kind is Kind.TEXT and str(value).strip():
            texts[key] = str(value).strip()
    may_see = answers.get(MAY_SEE) == "yes"
    return Response(
        AUDIENCE_OF[session.dialog_id], today.isoformat(), scores, may_see, texts if may_see else {}
    )


class EvaluationService:
    def __init__(
        self,
        dialogs,
        cases: CaseStore,
        store: EvaluationStore,
        seen: SeenEvaluationStore,
        audit: AuditLog,
        clock: Clock,
    ):
        self.dialogs, self.cases, self.store, self.seen = dialogs, cases, store, seen
        self.audit, self.clock = audit, clock

    def seen_for_case(self, case_id: int, t) -> list[SeenView]:
        """The case's evaluations whose respondents said the coordinator may see them, as
        questions and answers in the coordinator's words (only those: the rest stay
        anonymous statistics)."""
        views = []
        for seen in self.seen.for_case(case_id):
            dialog = self.dialogs.library.get(EVALUATION_DIALOGS[seen.audience])
            values = {**seen.scores, **seen.texts}
            lines = tuple(
                (shown.question, shown.answer)
                for step_id in dialog.steps
                if step_id in values
                for shown in [
                    render_answer(
                        dialog, {}, SharedAnswer(step_id, step_id, "", values[step_id], "x"), t
                    )
                ]
            )
            views.append(SeenView(seen.participant_id, seen.audience, seen.submitted_on, lines))
        return views

    def start(self, participant: Participant) -> tuple[StoredSession, list[Output]]:
        """A new evaluation for this participant (the reminder's link opens this)."""
        case = self.cases.case(participant.case_id)
        if case is None or case.status != "open":
            raise EvaluationError("the case is not open")
        dialog_id = EVALUATION_DIALOGS[participant.role]
        return self.dialogs.start(
            dialog_id, lang=participant.lang, participant_id=participant.id, context={}
        )

    def record(self, session: StoredSession) -> int | None:
        """Store a finished evaluation once; None when not finished or already stored. The
        dialog service runs this in the transaction of the session's last step; a participant's
        later evaluation of the same meeting replaces their earlier one."""
        if (
            session.status != "done"
            or session.dialog_id not in AUDIENCE_OF
            or session.participant_id is None
            or self.store.has(session.id)
        ):
            return None
        participant = self.cases.participant(session.participant_id)
        case = self.cases.case(participant.case_id)
        today = self.clock().astimezone(STOCKHOLM).date()
        response = response_from(self.dialogs.dialog_of(session), session, today)
        respondent = f"{participant.id}:{case.meeting_date or ''}"
        response_id = self.store.add(session.id, respondent, case.unit_id, case.id, response)
        if response_id is not None:
            self.seen.put(participant.id, case.id, case.meeting_date or "", response)
            self.offered(case.id)  # answered: it was offered, whatever the channel
        if response_id is not None and response.may_see:
            # Only when the respondent let the coordinator see it: otherwise the case's
            # notice would tie an anonymous response to a person.
            self.cases.notify(case.unit_id, case.id, "evaluation-answered")
        if response_id is not None:
            self.audit.record(
                f"participant:{participant.id}",
                "evaluation.submit",
                f"case:{case.id}",
                may_see=response.may_see,
            )
        return response_id

    def offered(self, case_id: int) -> None:
        """The checklist's "erbjudits att utvärdera": the day the evaluation was first offered
        (the reminder went out) or answered, whichever came first."""
        case = self.cases.case(case_id)
        if case is not None and not case.evaluation_offered_on:
            today = self.clock().astimezone(STOCKHOLM).date().isoformat()
            self.cases.update_case(case_id, evaluation_offered_on=today)

    def evaluated(self, participant: Participant, since: str | None) -> bool:
        """Whether the participant finished an evaluation started on or after `since`."""
        dialog_id = EVALUATION_DIALOGS.get(participant.role)
        return self.cases.finished_since(participant.id, dialog_id, since or "")

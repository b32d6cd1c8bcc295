""" "Hur har det gått?": the follow-up dialog before the follow-up meeting (child, youth,
guardian), attached to the follow-up reminder. Its context lists the sent plan's lines in plain
words, so the person can say what has been done. The answers, with the same share choices, form
the follow-up pack beside the plan (the preparation pack's machinery, `sharing.for_meeting`)."""

from __future__ import annotations

from bot.domain import Participant
from bot.errors import UserFacingError
from bot.ports import CaseStore
from bot.services.plan import actor_labels, sentence

FOLLOW_UP_DIALOGS = {
    "child": "uppfoljning-barn",
    "youth": "uppfoljning-ungdom",
    "guardian": "uppfoljning-vardnadshavare",
}


class FollowUpError(UserFacingError):
    pass


def plan_lines(plan, actors: list[dict]) -> list[dict]:
    """The plan's activities as options: who, and what in plain words."""
    names = actor_labels(actors)
    lines = []
    for n, goal in enumerate(plan.goals, start=1):
        for m, act in enumerate(goal.activities, start=1):
            who = names.get(act.responsible)
            what = sentence(act.plain or act.what)
            label = f"{who}: {what}" if who else what
            lines.append({"id": f"g{n}a{m}", "label": label, "pictogram": "checklist"})
    return lines


class FollowUpService:
    def __init__(self, cases, case_store: CaseStore, dialogs, plans):
        self.cases, self.store, self.dialogs, self.plans = cases, case_store, dialogs, plans

    def start(self, participant: Participant):
        """The participant's follow-up dialog: an unfinished one resumed, else a new one."""
        dialog_id = FOLLOW_UP_DIALOGS.get(participant.role)
        case = self.store.case(participant.case_id)
        plan = self.plans.sent(participant.case_id)
        if dialog_id is None or case is None or case.status != "open" or plan is None:
            raise FollowUpError("there is no plan to follow up")
        existing = self.latest(participant)
        if existing is not None and existing.status != "done":
            return existing, []
        context = self.cases.context_for(participant) | {
            "plan_lines": plan_lines(plan, case.actors)
        }
        return self.dialogs.start(
            dialog_id, lang=participant.lang, participant_id=participant.id, context=context
        )

    def latest(self, participant: Participant):
        session_id = self.store.session_id_for(participant.id, FOLLOW_UP_DIALOGS[participant.role])
        return self.dialogs.get(session_id) if session_id else None

    def answered(self, participant: Participant) -> bool:
        if participant.role not in FOLLOW_UP_DIALOGS:
            return False
        latest = self.latest(participant)
        return latest is not None and latest.status == "done"

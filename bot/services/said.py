""" "Du sa – vi gjorde": what the child, the youth and the guardians said before the meeting,
linked in the plan to a goal or to one plain sentence why not.

The coordinator sees each person's answers shared with the meeting (`sharing.for_meeting`, so
nothing kept to oneself and nothing outside the consent) beside the plan form and links them;
the plan stores only the link (participant, answer key, goal or why), never the words. Each
person's own plan then shows "Det här sa du – så här blev det" with their own words read from
their own session: nobody sees another person's words there."""

from __future__ import annotations

from dataclasses import dataclass

from bot.domain import Participant
from bot.ports import CaseStore
from bot.services.plan import Plan, sentence
from bot.services.prep_pack import render_answer
from bot.services.sharing import shared_answers

#: Whose answers can be linked in the plan.
VOICE_ROLES = ("child", "youth", "guardian")


@dataclass(frozen=True)
class Voice:
    """One answer shared with the meeting, for the coordinator's plan form."""

    participant_id: int
    role: str
    key: str
    question: str
    words: str


@dataclass(frozen=True)
class SaidLine:
    """One line of "Det här sa du – så här blev det" in the person's language."""

    question: str
    words: str  # the person's own words
    outcome: str  # the goal it became, or why not


class SaidService:
    def __init__(self, cases: CaseStore, dialogs, sharing, catalog):
        self.cases, self.dialogs, self.sharing, self.catalog = cases, dialogs, sharing, catalog

    def _session(self, participant: Participant):
        session_id = self.cases.session_id_for(participant.id, participant.dialog_id)
        return self.dialogs.get(session_id) if session_id else None

    def voices(self, case_id: int, actor: str) -> list[Voice]:
        """Every participant's answers shared with the meeting, in Swedish, for the plan form."""
        t = self.catalog.translator("sv")
        found = []
        for participant in self.cases.participants(case_id):
            session = self._session(participant)
            if participant.role not in VOICE_ROLES or session is None:
                continue
            dialog = self.dialogs.dialog_of(session)
            context = session.state.get("context", {})
            for answer in self.sharing.for_meeting(session, dialog, actor).kept:
                if answer.withheld or answer.value in (None, "", []):
                    continue
                shown = render_answer(dialog, context, answer, t)
                found.append(
                    Voice(
                        participant.id, participant.role, answer.key, shown.question, shown.answer
                    )
                )
        return found

    def lines_for(self, participant: Participant, plan: Plan) -> list[SaidLine]:
        """The person's own linked answers, in their words and language, with what became of
        each. Only their own links: never another person's words."""
        links = [s for s in plan.said if s.participant == participant.id]
        session = self._session(participant)
        if not links or session is None:
            return []
        t = self.catalog.translator(participant.lang)
        dialog = self.dialogs.dialog_of(session)
        context = session.state.get("context", {})
        answers = {a.key: a for a in shared_answers(session.state, None)}
        version = "guardian" if participant.role == "guardian" else "child"
        lines = []
        for link in links:
            answer = answers.get(link.key)
            if answer is None:  # changed or erased since: say nothing about it
                continue
            shown = render_answer(dialog, context, answer, t)
            if link.goal is not None:
                goal = plan.goals[link.goal - 1]
                text = sentence(goal.plain or goal.title)
                outcome = t(f"said-became-goal-{version}", n=link.goal, text=text)
            else:
                outcome = sentence(link.why)
            lines.append(SaidLine(shown.question, shown.answer, outcome))
        return lines

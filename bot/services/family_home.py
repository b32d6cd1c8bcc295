"""The family's home page after the meeting (every channel can show it; the web has a page):
what is new, each item staying until it is done, the plan, the receipt and whom to contact.
Nothing about the plan shows before the coordinator has marked it sent.

`home_items` is pure: it reads the facts and says what is new. `FamilyHome.for_participant`
gathers the facts from storage."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.domain import Participant
from bot.services.plan import Plan
from bot.services.reminders import EVALUATION_DIALOGS, EVALUATION_UNTIL, STOCKHOLM

#: Inbox kinds that offer the evaluation.
EVALUATION_KINDS = ("evaluation-invite", "evaluation-again")
PHONE = re.compile(r"\+?\d[\d \-]{4,}\d")


@dataclass(frozen=True)
class HomeFacts:
    today: date
    plan_sent: bool
    plan_opened: bool  # the person has opened the plan since it was sent
    evaluation_offered: bool
    evaluated: bool
    meeting_date: str | None
    follow_up_date: str | None
    follow_up_reminded: bool
    follow_up_answered: bool = False


@dataclass(frozen=True)
class HomeItem:
    kind: str  # plan | evaluation | follow-up
    msg_id: str  # the Fluent message that says what is new
    args: dict[str, str]


def home_items(facts: HomeFacts) -> list[HomeItem]:
    """What is new for the person, most important first; each item stays until it is done:
    the plan until it is opened, the evaluation until it is answered (or too late), the
    follow-up until its date. Nothing before the plan is sent."""
    if not facts.plan_sent:
        return []
    items = []
    if not facts.plan_opened:
        items.append(HomeItem("plan", "home-new-plan", {}))
    if facts.evaluation_offered and not facts.evaluated and facts.meeting_date:
        last_day = date.fromisoformat(facts.meeting_date) + EVALUATION_UNTIL
        if facts.today <= last_day:
            items.append(HomeItem("evaluation", "home-new-evaluation", {}))
    follow_up_open = facts.follow_up_date and facts.today <= date.fromisoformat(
        facts.follow_up_date
    )
    if facts.follow_up_reminded and follow_up_open and not facts.follow_up_answered:
        items.append(HomeItem("follow-up", "home-new-follow-up", {"date": facts.follow_up_date}))
    return items


def phone_number(text: str) -> str | None:
    """The first phone number in the contact text, as written, or None."""
    found = PHONE.search(text or "")
    return found.group() if found else None


def tel(number: str) -> str:
    """The `tel:` address of a phone number as written."""
    return "tel:" + re.sub(r"[ \-]", "", number)


@dataclass(frozen=True)
class Home:
    participant: Participant
    items: tuple[HomeItem, ...]
    plan: Plan | None  # the plan as sent; None before that
    contact_name: str
    contact_how: str
    contact_number: str | None  # a phone number in `contact_how`, to tap

    @property
    def contact_tel(self) -> str | None:
        return tel(self.contact_number) if self.contact_number else None


class FamilyHome:
    """Gathers a participant's home page from the plan, the inbox and the evaluations."""

    def __init__(self, app, clock):
        self.app, self.clock = app, clock

    def for_participant(self, participant: Participant) -> Home:
        app = self.app
        case = app.case_store.case(participant.case_id)
        plan = app.plans.sent(case.id)
        inbox = app.inbox_store.items(participant.id)
        kinds = {item.kind for item in inbox}
        today = self.clock().astimezone(STOCKHOLM).date()
        facts = HomeFacts(
            today=today,
            plan_sent=plan is not None,
            plan_opened=not any(i.kind == "plan-sent" and i.read_at is None for i in inbox),
            evaluation_offered=bool(kinds & set(EVALUATION_KINDS))
            and participant.role in EVALUATION_DIALOGS,
            evaluated=app.evaluations.evaluated(participant, case.meeting_date),
            meeting_date=case.meeting_date,
            follow_up_date=case.follow_up_date,
            follow_up_reminded="follow-up" in kinds,
            follow_up_answered=app.follow_ups.answered(participant),
        )
        return Home(
            participant,
            tuple(home_items(facts)),
            plan,
            plan.contact_name if plan else "",
            plan.contact_how if plan else "",
            phone_number(plan.contact_how) if plan else None,
        )

    def after_meeting(self, participant: Participant) -> bool:
        """Whether the meeting is over for this family: the coordinator has sent the plan (the
        home page has nothing to show before that)."""
        return self.app.plans.sent_version(participant.case_id) is not None

    def plan_opened(self, participant: Participant) -> None:
        """The person has seen the plan: "Nu finns planen" is done."""
        self.app.inbox_store.mark_read(participant.id, kind="plan-sent")

"""Which reminders are due: a pure function of a case's facts and the time (seeds 000, 001:
evaluation after each meeting; before the follow-up, the date, whether the consent still
holds, and a short new preparation round). Keys name what a reminder is about, so storage can
send each one once even across restarts. No message between 20:00 and 08:00 Stockholm time,
and none after a withdrawal or after the case is closed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.services.follow_up import FOLLOW_UP_DIALOGS
from bot.services.plan import human_date

STOCKHOLM = ZoneInfo("Europe/Stockholm")
QUIET_FROM, QUIET_UNTIL = time(20, 0), time(8, 0)
#: Local time a day's reminders fall due.
SEND_AT = time(10, 0)
EVALUATION_AFTER = timedelta(days=1)
EVALUATION_AGAIN_AFTER = timedelta(days=3)
#: After this long the evaluation is no longer offered (it is about that meeting).
EVALUATION_UNTIL = timedelta(days=30)
FOLLOW_UP_AHEAD = timedelta(days=7)

#: Reminders that bring the easy-read plan with them (a channel that can push sends it too).
WITH_PLAN = frozenset({"plan-sent", "follow-up"})

EVALUATION_DIALOGS = {
    "child": "utvardering-barn",
    "youth": "utvardering-ungdom",
    "guardian": "utvardering-vardnadshavare",
}


@dataclass(frozen=True)
class Person:
    id: int
    role: str  # child | youth | guardian
    reachable: bool  # has joined through a channel
    evaluated: bool  # has finished the evaluation of the latest meeting


@dataclass(frozen=True)
class PlanSent:
    version: int
    at: str  # ISO time the coordinator marked it sent


@dataclass(frozen=True)
class CaseFacts:
    case_id: int
    status: str  # open | closed | withdrawn
    meeting_date: str | None
    follow_up_date: str | None
    people: tuple[Person, ...] = ()
    withdrawn: bool = False
    plan_sent: PlanSent | None = None


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: str  # plan-sent | evaluation-invite | evaluation-again | follow-up
    case_id: int
    participant_id: int
    role: str
    due_at: datetime  # aware, UTC
    args: dict[str, str] = field(default_factory=dict)


def local_at(day: date, at: time = SEND_AT) -> datetime:
    """`day` at local Stockholm time `at`, as an aware UTC datetime (summer time handled)."""
    return datetime.combine(day, at, tzinfo=STOCKHOLM).astimezone(UTC)


def in_quiet_hours(now: datetime) -> bool:
    local = now.astimezone(STOCKHOLM).time()
    return local >= QUIET_FROM or local < QUIET_UNTIL


def stopped(facts: CaseFacts) -> bool:
    return facts.withdrawn or facts.status != "open"


def planned(facts: CaseFacts) -> list[Reminder]:
    """Every reminder the case has, given its dates, whether due yet or not."""
    reminders = []
    for person in facts.people:
        if facts.plan_sent:
            sent = facts.plan_sent
            reminders.append(
                Reminder(
                    f"plan-sent:{person.id}:{sent.version}",
                    "plan-sent",
                    facts.case_id,
                    person.id,
                    person.role,
                    datetime.fromisoformat(sent.at).astimezone(UTC),
                )
            )
        if facts.meeting_date and person.role in EVALUATION_DIALOGS:
            meeting = date.fromisoformat(facts.meeting_date)
            invite_at = local_at(meeting + EVALUATION_AFTER)
            args = {"dialog": EVALUATION_DIALOGS[person.role], "meeting": facts.meeting_date}
            for kind, at in (
                ("evaluation-invite", invite_at),
                ("evaluation-again", invite_at + EVALUATION_AGAIN_AFTER),
            ):
                reminders.append(
                    Reminder(
                        f"{kind}:{person.id}:{facts.meeting_date}",
                        kind,
                        facts.case_id,
                        person.id,
                        person.role,
                        at,
                        args,
                    )
                )
        if facts.follow_up_date:
            follow_up = date.fromisoformat(facts.follow_up_date)
            reminders.append(
                Reminder(
                    f"follow-up:{person.id}:{facts.follow_up_date}",
                    "follow-up",
                    facts.case_id,
                    person.id,
                    person.role,
                    local_at(follow_up - FOLLOW_UP_AHEAD),
                    {"date": facts.follow_up_date, "dialog": FOLLOW_UP_DIALOGS[person.role]},
                )
            )
    return reminders


def still_useful(reminder: Reminder, person: Person, facts: CaseFacts, now: datetime) -> bool:
    """A late reminder (the server was down) is sent only while it still makes sense."""
    if reminder.kind == "plan-sent":
        return True
    if reminder.kind == "follow-up":
        return now.astimezone(STOCKHOLM).date() <= date.fromisoformat(facts.follow_up_date)
    meeting = date.fromisoformat(facts.meeting_date)
    return not person.evaluated and now < local_at(meeting + EVALUATION_UNTIL)


def due(facts: CaseFacts, now: datetime, sent: set[str]) -> list[Reminder]:
    """The reminders to send now: due, not sent before, still useful, the person reachable;
    none in quiet hours or once the case is withdrawn or closed. The second evaluation
    reminder follows only a sent invitation."""
    if stopped(facts) or in_quiet_hours(now):
        return []
    people = {p.id: p for p in facts.people}
    result = []
    for reminder in planned(facts):
        person = people[reminder.participant_id]
        if reminder.key in sent or reminder.due_at > now or not person.reachable:
            continue
        if reminder.kind == "evaluation-again":
            invite = reminder.key.replace("evaluation-again", "evaluation-invite", 1)
            if invite not in sent:
                continue
        if still_useful(reminder, person, facts, now):
            result.append(reminder)
    return result


def messages(reminder: Reminder) -> list[tuple[str, dict[str, str]]]:
    """The Fluent messages of a reminder, in order (a channel formats and joins them)."""
    if reminder.kind != "follow-up":
        return [(f"reminder-{reminder.kind}", {})]
    parts = [("reminder-follow-up", {"date": reminder.args["date"]})]
    if reminder.role == "guardian":
        parts.append(("reminder-consent-still", {}))
    parts.append(("reminder-anything-new", {}))
    return parts


def format_parts(t, parts) -> str:
    """The reminder's sentences in one language; ISO dates read as words."""
    shown = []
    for msg_id, args in parts:
        args = {k: human_date(v, t.lang) if k == "date" else v for k, v in args.items()}
        shown.append(t(msg_id, **args))
    return " ".join(shown)

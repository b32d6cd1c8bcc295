"""The SIP's deadlines as pure functions of a case's dates (seeds 001 and 003): the meeting
within 30 days of the need being noticed, the invitation at least three weeks before the
meeting, the plan sent within four working days after it, and a follow-up date set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

MEETING_WITHIN = timedelta(days=30)
INVITE_AHEAD = timedelta(weeks=3)
PLAN_WORKING_DAYS = 4


@dataclass(frozen=True)
class Flag:
    """A deadline missed or at risk: `id` names the Fluent message `deadline-<id>`."""

    id: str
    due: date | None = None


@cache
def _swedish_holidays(year: int) -> frozenset[date]:
    """Public holidays plus the eves that are days off in practice (midsommar-, jul-,
    nyårsafton)."""
    public = holidays.Sweden(years=year, include_sundays=False)
    june_19 = date(year, 6, 19)
    midsummer_eve = june_19 + timedelta(days=(4 - june_19.weekday()) % 7)  # Friday 19–25 June
    eves = {midsummer_eve, date(year, 12, 24), date(year, 12, 31)}
    return frozenset(public) | eves


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _swedish_holidays(day.year)


def add_working_days(start: date, count: int) -> date:
    """The `count`th working day after `start` (weekends and Swedish public holidays skipped)."""
    day = start
    while count > 0:
        day += timedelta(days=1)
        count -= is_working_day(day)
    return day


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def meeting_deadline(need_noticed: date) -> date:
    return need_noticed + MEETING_WITHIN


def invitation_deadline(meeting: date) -> date:
    return meeting - INVITE_AHEAD


def plan_deadline(meeting: date) -> date:
    return add_working_days(meeting, PLAN_WORKING_DAYS)


def deadline_flags(
    today: date,
    need_noticed: date | None,
    meeting: date | None,
    invitation_sent: date | None,
    plan_sent: date | None,
    follow_up: date | None,
) -> list[Flag]:
    flags = []
    if need_noticed:
        due = meeting_deadline(need_noticed)
        if (meeting and meeting > due) or (meeting is None and today > due):
            flags.append(Flag("meeting-late", due))
    if meeting:
        due = invitation_deadline(meeting)
        if (invitation_sent and invitation_sent > due) or (invitation_sent is None and today > due):
            flags.append(Flag("invitation-late", due))
        due = plan_deadline(meeting)
        if (plan_sent and plan_sent > due) or (plan_sent is None and today > due):
            flags.append(Flag("plan-late", due))
        if follow_up is None and today >= meeting:
            flags.append(Flag("no-follow-up"))
    return flags


def flags_for_case(case, today: date) -> list[Flag]:
    """`deadline_flags` from a stored Case's ISO dates."""
    return deadline_flags(
        today,
        parse_date(case.need_noticed),
        parse_date(case.meeting_date),
        parse_date(case.invitation_sent_on),
        parse_date(case.plan_sent_on),
        parse_date(case.follow_up_date),
    )

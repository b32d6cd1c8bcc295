"""Sending due reminders: the shell around `bot.services.reminders`. Each round reads the open
cases, asks the pure scheduler what is due, claims each reminder in one transaction, hands it
to the first channel that can deliver it (a `Notifier`), and marks it sent. `serve` runs a
round at start-up (catching up after a restart) and then every minute."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from aiohttp import web

from bot.domain import Case, Participant
from bot.ports import InboxStore
from bot.runtime.rounds import rounds
from bot.services import reminders as schedule
from bot.services.reminders import format_parts
from bot.web.keys import APP_KEY

ROUND_SECONDS = 60
#: A claim older than this without `sent_at` belongs to a sender that died mid-send.
STALE_CLAIM = timedelta(minutes=15)

log = logging.getLogger(__name__)

#: Channels that can push (Telegram) put their Notifier in this list before the server starts.
NOTIFIERS_KEY = web.AppKey("notifiers", list)
#: Tests may put a clock here; otherwise the wall clock.
CLOCK_KEY = web.AppKey("reminder_clock", object)


@dataclass(frozen=True)
class ReminderMessage:
    key: str
    kind: str
    text: str  # formatted in the participant's language
    parts: tuple[tuple[str, dict[str, str]], ...]  # the Fluent ids and arguments behind `text`
    dialog_id: str | None  # what the reminder opens (the evaluation), if anything
    plan: bool = False  # the easy-read plan goes with it (`reminders.WITH_PLAN`)


class Notifier(Protocol):
    """A channel that can reach a participant. Return False when the participant is not on
    this channel (the next notifier is tried); raise when delivery failed (retried later)."""

    async def deliver(self, participant: Participant, message: ReminderMessage) -> bool: ...


class InboxNotifier:
    """The web channel's notifier: the reminder waits on the family page (it cannot push)."""

    def __init__(self, inbox: InboxStore):
        self.inbox = inbox

    async def deliver(self, participant: Participant, message: ReminderMessage) -> bool:
        self.inbox.add(
            participant.id,
            message.kind,
            {
                "parts": [list(p) for p in message.parts],
                "dialog": message.dialog_id,
                "plan": message.plan,
            },
        )
        return True


class ReminderRunner:
    def __init__(self, app, notifiers: list[Notifier], clock: Callable[[], datetime]):
        self.app, self.notifiers, self.clock = app, notifiers, clock
        self.store = app.reminder_store

    def facts(self, case: Case) -> schedule.CaseFacts:
        evaluations = self.app.evaluations
        people = tuple(
            schedule.Person(
                p.id,
                p.role,
                p.identity_hash is not None,
                evaluations.evaluated(p, case.meeting_date),
            )
            for p in self.app.case_store.participants(case.id)
        )
        sent = self.app.plans.store.sent(case.id)
        return schedule.CaseFacts(
            case.id,
            case.status,
            case.meeting_date,
            case.follow_up_date,
            people,
            withdrawn=case.status == "withdrawn",
            plan_sent=schedule.PlanSent(sent.version, sent.updated_at) if sent else None,
        )

    def open_cases(self) -> list[Case]:
        store = self.app.case_store
        return [store.case(case_id) for case_id in store.open_case_ids()]

    async def run_once(self) -> list[str]:
        """One round; returns the keys sent."""
        now = self.clock()
        sent = []
        for case in self.open_cases():
            for reminder in schedule.due(self.facts(case), now, self.store.sent_keys(case.id)):
                if await self._send(reminder, now):
                    sent.append(reminder.key)
        return sent

    async def _send(self, reminder: schedule.Reminder, now: datetime) -> bool:
        claimed = self.store.claim(
            reminder.key,
            reminder.case_id,
            reminder.participant_id,
            reminder.kind,
            reminder.due_at.isoformat(),
            now.isoformat(),
            (now - STALE_CLAIM).isoformat(),
        )
        if not claimed:
            return False
        participant = self.app.case_store.participant(reminder.participant_id)
        parts = tuple(schedule.messages(reminder))
        message = ReminderMessage(
            reminder.key,
            reminder.kind,
            format_parts(self.app.catalog.translator(participant.lang), parts),
            parts,
            reminder.args.get("dialog"),
            reminder.kind in schedule.WITH_PLAN,
        )
        try:
            for notifier in self.notifiers:
                if await notifier.deliver(participant, message):
                    break
            else:
                self.store.release(reminder.key)
                return False
        except Exception:
            log.exception(
                "reminder %s could not be delivered; it will be tried again", reminder.kind
            )
            self.store.release(reminder.key)
            return False
        self.store.mark_sent(reminder.key, self.clock().isoformat())
        if reminder.kind == "evaluation-invite":
            self.app.evaluations.offered(reminder.case_id)
        self.app.audit.record(
            "system", "reminder.sent", f"case:{reminder.case_id}", kind=reminder.kind
        )
        return True


def runner_for(web_app) -> ReminderRunner:
    app = web_app[APP_KEY]
    notifiers: list[Any] = [*web_app.get(NOTIFIERS_KEY, []), InboxNotifier(app.inbox_store)]
    return ReminderRunner(app, notifiers, schedule_clock(web_app))


def schedule_clock(web_app) -> Callable[[], datetime]:
    return web_app.get(CLOCK_KEY) or (lambda: datetime.now(UTC))


async def reminders_job(web_app) -> AsyncIterator[None]:
    """For `web_app.cleanup_ctx`: a round at start-up, then one every ROUND_SECONDS, and one at
    once when a plan is marked sent."""
    runner = runner_for(web_app)
    async with rounds(runner.run_once, runner.app.plans.listeners, ROUND_SECONDS, "reminder"):
        yield

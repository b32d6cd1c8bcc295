""" "Berätta för min samordnare": the help-now alert. It names the participant's role and the
case's pseudonym, goes to the dashboard at once as an urgent notice, and is e-mailed to the
coordinator by the help-now mail job (`bot.runtime.help_now_job`), which the service wakes.

The alert carries no words at all: only its kind, the case, the role and the times. So nothing
the child wrote can travel with it, and it has nothing to put in a preparation pack, an export
or a log line. Pack and export builders leave out every kind in `NOT_FOR_MEETING`; the dashboard
shows them first and marks them as not for the meeting.

One alert per person per `RATE_WINDOW`: the child always sees the help text, but later presses
before the coordinator has handled the alert are folded into it (counted, not sent again). Once
the coordinator marks it handled, the person is told "Din samordnare har sett det".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from bot.domain import HelpAlert
from bot.ports import AuditLog, CaseStore, HelpAlertStore, UnitOfWork
from bot.services.clock import Clock

HELP_NOW_KIND = "help-now"
#: Notification kinds about the family's safety, never the meeting's business.
NOT_FOR_MEETING = frozenset({HELP_NOW_KIND})
RATE_WINDOW = timedelta(minutes=15)

log = logging.getLogger(__name__)


def is_for_meeting(notification: dict) -> bool:
    """Whether a notification row may appear in a preparation pack or an export."""
    return notification["kind"] not in NOT_FOR_MEETING


@dataclass(frozen=True)
class Alerted:
    alert_id: int
    notification_id: int | None
    new: bool  # False: folded into an alert raised less than RATE_WINDOW ago


class HelpNowService:
    def __init__(
        self,
        store: CaseStore,
        audit: AuditLog,
        alerts: HelpAlertStore,
        uow: UnitOfWork,
        clock: Clock,
    ):
        self.store, self.audit, self.alerts, self.uow = store, audit, alerts, uow
        self.clock = clock
        #: Called after a new alert is committed (the mail job wakes up); must not block.
        self.listeners: list[Callable[[], None]] = []

    def alert_coordinator(self, participant_id: int) -> int | None:
        """Tell the coordinator the participant wants help now; the dashboard notice's id, or
        None when the participant is unknown (a trial run without a case)."""
        alerted = self.alert(participant_id)
        return alerted.notification_id if alerted else None

    def alert(self, participant_id: int) -> Alerted | None:
        participant = self.store.participant(participant_id)
        if participant is None:
            return None
        case = self.store.case(participant.case_id)
        now = self.clock()
        with self.uow.atomic():
            recent = self.alerts.open_since(participant_id, (now - RATE_WINDOW).isoformat())
            if recent is not None:
                self.alerts.fold(recent.id, now.isoformat())
                alerted = Alerted(recent.id, recent.notification_id, new=False)
            else:
                notification_id = self.store.notify(
                    case.unit_id, case.id, HELP_NOW_KIND, urgent=True
                )
                alert_id = self.alerts.add(
                    participant_id, case.id, notification_id, now.isoformat()
                )
                alerted = Alerted(alert_id, notification_id, new=True)
            self.audit.record(
                "participant",
                "help-now.alert" if alerted.new else "help-now.folded",
                f"case:{case.id}",
                participant=participant_id,
                alert=alerted.alert_id,
            )
        log.info(
            "%s alert case=%s participant=%s alert=%s new=%s",
            HELP_NOW_KIND,
            case.id,
            participant_id,
            alerted.alert_id,
            alerted.new,
        )
        if alerted.new:
            for listener in self.listeners:
                listener()
        return alerted

    def open_alerts(self, case_id: int) -> list[HelpAlert]:
        """The case's alerts the coordinator has not handled yet, newest first."""
        return self.alerts.for_case(case_id)

    def handle(self, case_id: int, alert_id: int, by: str) -> bool:
        """The coordinator has seen the alert and acted; the person will be told."""
        handled = self.alerts.handle(alert_id, case_id, by, self.clock().isoformat())
        if handled:
            self.audit.record(by, "help-now.handled", f"case:{case_id}", alert=alert_id)
        return handled

    def seen_news(self, participant_id: int) -> bool:
        """Whether the person should now be told that the coordinator has seen their alert
        (once: telling them marks it told)."""
        if self.alerts.seen_to_tell(participant_id) is None:
            return False
        self.alerts.mark_seen_shown(participant_id, self.clock().isoformat())
        return True

""" "Berätta för min samordnare": the child's help-now alert, as an urgent notice on the
coordinator's dashboard.

The alert carries no words at all: only its kind, the case, the unit and the time. So nothing
the child wrote can travel with it, and it has nothing to put in a preparation pack, an export
or a log line. Pack and export builders leave out every kind in `NOT_FOR_MEETING`; the dashboard
shows them first and marks them as not for the meeting.
"""

from __future__ import annotations

import logging

from storage.audit import AuditLog
from storage.cases import CaseStore

HELP_NOW_KIND = "help-now"
#: Notification kinds about the family's safety, never the meeting's business.
NOT_FOR_MEETING = frozenset({HELP_NOW_KIND})

log = logging.getLogger(__name__)


def is_for_meeting(notification: dict) -> bool:
    """Whether a notification row may appear in a preparation pack or an export."""
    return notification["kind"] not in NOT_FOR_MEETING


class HelpNowService:
    def __init__(self, store: CaseStore, audit: AuditLog):
        self.store, self.audit = store, audit

    def alert_coordinator(self, participant_id: int) -> int | None:
        """Put an urgent help-now notice on the dashboard of the participant's unit; its id, or
        None when the participant is unknown (a trial run without a case)."""
        participant = self.store.participant(participant_id)
        if participant is None:
            return None
        case = self.store.case(participant.case_id)
        notification_id = self.store.notify(case.unit_id, case.id, HELP_NOW_KIND, urgent=True)
        self.audit.record(
            "participant", "help-now.alert", f"case:{case.id}", participant=participant_id
        )
        log.info(
            "%s alert case=%s participant=%s notification=%s",
            HELP_NOW_KIND,
            case.id,
            participant_id,
            notification_id,
        )
        return notification_id

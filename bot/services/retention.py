"""Retention: closed and withdrawn cases are purged with everything under them once they are
older than the retention period (DELAKTIG_RETENTION_DAYS, default 90). Audit entries stay.
The same run prunes the Telegram channel's handled update ids and message ids once they are
no longer needed, and web logins and failed login attempts that are over."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from bot.errors import UserFacingError
from bot.services.logins import purge_logins
from storage.audit import AuditLog
from storage.erase import ErasedIdentities, delete_tree, ended_cases
from storage.telegram import TelegramStore

RETENTION_ENV = "DELAKTIG_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 90

log = logging.getLogger(__name__)


class RetentionError(UserFacingError):
    pass


#: How long an erased person's channel still tells them that their answers are gone.
ERASED_NOTICE_DAYS = 30


def retention_days(environ: Mapping[str, str] = os.environ) -> int:
    text = environ.get(RETENTION_ENV, "").strip()
    if not text:
        return DEFAULT_RETENTION_DAYS
    if not text.isdigit() or int(text) < 1:
        raise RetentionError(f"{RETENTION_ENV} must be a whole number of days, at least 1")
    return int(text)


@dataclass(frozen=True)
class PurgeReport:
    cutoff: str
    cases: tuple[int, ...]
    rows: dict[str, int]
    dry_run: bool
    #: Telegram rows past their use, per table.
    pruned: dict[str, int]


def purge(
    db: sqlite_utils.Database,
    days: int,
    now: datetime | None = None,
    dry_run: bool = False,
    actor: str = "system",
) -> PurgeReport:
    """Delete every closed or withdrawn case that ended more than `days` days ago, and prune
    what is kept only for a while: erased identities, Telegram update and message ids, and
    logins and failed login attempts that are over."""
    moment = now or datetime.now(UTC)
    cutoff = (moment - timedelta(days=days)).isoformat()
    cases = ended_cases(db, cutoff)
    rows: dict[str, int] = {}
    if cases:
        marks = ", ".join("?" * len(cases))
        rows = delete_tree(db, "cases", f"id IN ({marks})", cases, dry_run=dry_run)
    if cases and not dry_run:
        AuditLog(db).record(actor, "retention.purge", "cases", cases=cases, days=days)
    if not dry_run:
        since = moment - timedelta(days=ERASED_NOTICE_DAYS)
        ErasedIdentities(db).forget_before(since.isoformat())
        purge_logins(db, moment)
    pruned = TelegramStore(db, clock=lambda: moment).prune(dry_run=dry_run)
    return PurgeReport(cutoff, tuple(cases), rows, dry_run, pruned)


def purge_logged(db: sqlite_utils.Database) -> PurgeReport | None:
    """One purge for a background job: failures are logged, never raised (then None)."""
    try:
        report = purge(db, retention_days())
        log.info(
            "retention purge: %d case(s), %d old Telegram row(s)",
            len(report.cases),
            sum(report.pruned.values()),
        )
        return report
    except UserFacingError as exc:
        log.error("retention purge failed: %s", exc)
        return None

"""Retention: closed and withdrawn cases are purged with everything under them once they are
older than the retention period (DELAKTIG_RETENTION_DAYS, default 90). Audit entries stay.
The same run prunes the Telegram channel's handled update ids and message ids once they are
no longer needed, and web logins and failed login attempts that are over."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.errors import UserFacingError
from bot.ports import AuditLog, ErasedIdentities, Erasure, LoginFailures, LoginStore, TelegramStore
from bot.services.clock import Clock
from bot.services.logins import purge_logins

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


class Retention:
    """The purge, on the stores the composition root hands in."""

    def __init__(
        self,
        erasure: Erasure,
        audit: AuditLog,
        erased: ErasedIdentities,
        logins: LoginStore,
        failures: LoginFailures,
        telegram_at: Callable[[Clock], TelegramStore],
    ):
        self.erasure, self.audit, self.erased = erasure, audit, erased
        self.logins, self.failures, self.telegram_at = logins, failures, telegram_at

    def purge(
        self,
        days: int,
        now: datetime | None = None,
        dry_run: bool = False,
        actor: str = "system",
    ) -> PurgeReport:
        """Delete every closed or withdrawn case that ended more than `days` days ago, and
        prune what is kept only for a while: erased identities, Telegram update and message
        ids, and logins and failed login attempts that are over."""
        moment = now or datetime.now(UTC)
        cutoff = (moment - timedelta(days=days)).isoformat()
        cases = self.erasure.ended_cases(cutoff)
        rows = self.erasure.delete_cases(cases, dry_run=dry_run) if cases else {}
        if cases and not dry_run:
            self.audit.record(actor, "retention.purge", "cases", cases=cases, days=days)
        if not dry_run:
            since = moment - timedelta(days=ERASED_NOTICE_DAYS)
            self.erased.forget_before(since.isoformat())
            purge_logins(self.logins, self.failures, moment)
        pruned = self.telegram_at(lambda: moment).prune(dry_run=dry_run)
        return PurgeReport(cutoff, tuple(cases), rows, dry_run, pruned)

    def purge_logged(self) -> PurgeReport | None:
        """One purge for a background job: failures are logged, never raised (then None)."""
        try:
            report = self.purge(retention_days())
            log.info(
                "retention purge: %d case(s), %d old Telegram row(s)",
                len(report.cases),
                sum(report.pruned.values()),
            )
            return report
        except UserFacingError as exc:
            log.error("retention purge failed: %s", exc)
            return None

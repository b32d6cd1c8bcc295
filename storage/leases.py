"""Leases on jobs that one worker of several runs at a time (polling Telegram, the daily
purge): a row per job naming its holder and until when. A lease is taken by one conditional
statement, so of several workers exactly one gets it; a lease whose time ran out (its holder
died) goes to whoever asks next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import sqlite_utils

from storage.times import stamp, utc_clock
from storage.unit_of_work import atomic


class Leases:
    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = utc_clock):
        self.db, self.conn, self.clock = db, db.conn, clock

    def take(
        self,
        name: str,
        holder: str,
        until: datetime,
        renew: bool = True,
        now: datetime | None = None,
    ) -> bool:
        """True when `holder` now holds the lease until `until`: it was free, ran out before
        `now` (default: the clock's), or (with `renew`) was `holder`'s already."""
        now_, ends = stamp(now or self.clock()), stamp(until)
        with atomic(self.db):
            inserted = self.conn.execute(
                "INSERT OR IGNORE INTO job_leases (name, holder, until) VALUES (?, ?, ?)",
                (name, holder, ends),
            )
            if inserted.rowcount == 1:
                return True
            taken = self.conn.execute(
                "UPDATE job_leases SET holder = ?, until = ? "
                "WHERE name = ? AND ((holder = ? AND ?) OR until < ?)",
                (holder, ends, name, holder, renew, now_),
            )
            return taken.rowcount == 1

    def release(self, name: str, holder: str) -> None:
        """Give the lease up (when `holder` has it), so another worker takes it at once."""
        with atomic(self.db):
            self.conn.execute(
                "DELETE FROM job_leases WHERE name = ? AND holder = ?", (name, holder)
            )

    def holder(self, name: str) -> str | None:
        row = self.conn.execute("SELECT holder FROM job_leases WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

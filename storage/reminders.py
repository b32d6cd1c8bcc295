"""Reminders as rows keyed by what they are about, so each is sent once across restarts.

A sender claims a reminder (one transaction: insert the key, or take over a claim that went
stale because the process died mid-send), sends it, then marks it sent. A failed send releases
the claim so the next round tries again. Several worker processes (PostgreSQL) claim through
the same conditional UPDATE, so each reminder is sent once whichever worker runs."""

from __future__ import annotations

import sqlite_utils

from bot.domain import ReminderRow
from storage.unit_of_work import atomic


class ReminderStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db, self.conn = db, db.conn

    def claim(
        self,
        key: str,
        case_id: int,
        participant_id: int | None,
        kind: str,
        due_at: str,
        now: str,
        stale_before: str,
    ) -> bool:
        """True when this caller may send the reminder now: it was never claimed, or its claim
        is older than `stale_before` and it was never sent. The row is made if missing, then
        claimed by one conditional UPDATE: of several processes, exactly one gets it."""
        with atomic(self.db):
            self.conn.execute(
                "INSERT OR IGNORE INTO reminders (key, case_id, participant_id, kind, due_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, case_id, participant_id, kind, due_at),
            )
            cursor = self.conn.execute(
                "UPDATE reminders SET claimed_at = ? WHERE key = ? AND sent_at IS NULL "
                "AND (claimed_at IS NULL OR claimed_at < ?)",
                (now, key, stale_before),
            )
        return cursor.rowcount == 1

    def mark_sent(self, key: str, at: str) -> None:
        with atomic(self.db):
            self.conn.execute("UPDATE reminders SET sent_at = ? WHERE key = ?", (at, key))

    def release(self, key: str) -> None:
        with atomic(self.db):
            self.conn.execute(
                "UPDATE reminders SET claimed_at = NULL WHERE key = ? AND sent_at IS NULL", (key,)
            )

    def sent_keys(self, case_id: int) -> set[str]:
        rows = self.conn.execute(
            "SELECT key FROM reminders WHERE case_id = ? AND sent_at IS NOT NULL", (case_id,)
        ).fetchall()
        return {key for (key,) in rows}

    def rows(self, case_id: int) -> list[ReminderRow]:
        rows = self.conn.execute(
            "SELECT key, case_id, participant_id, kind, due_at, claimed_at, sent_at "
            "FROM reminders WHERE case_id = ? ORDER BY id",
            (case_id,),
        ).fetchall()
        return [ReminderRow(*row) for row in rows]

"""A participant's inbox: reminders and news for channels that cannot push (the family web
page shows them on the next visit). Rows hold a Fluent message id and its arguments, never
free text."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.domain import InboxItem
from storage.times import utc_now
from storage.unit_of_work import atomic


class InboxStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db, self.conn = db, db.conn

    def add(self, participant_id: int, kind: str, args: dict[str, Any]) -> int:
        with atomic(self.db):
            cursor = self.conn.execute(
                "INSERT INTO inbox (participant_id, kind, args_json, created_at) "
                "VALUES (?, ?, ?, ?)",
                (participant_id, kind, json.dumps(args, ensure_ascii=False), utc_now()),
            )
        return cursor.lastrowid

    def items(self, participant_id: int, unread_only: bool = False) -> list[InboxItem]:
        where = " AND read_at IS NULL" if unread_only else ""
        rows = self.conn.execute(
            "SELECT id, participant_id, kind, args_json, created_at, read_at FROM inbox "
            f"WHERE participant_id = ?{where} ORDER BY id",
            (participant_id,),
        ).fetchall()
        return [InboxItem(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]

    def mark_read(self, participant_id: int, kind: str | None = None) -> None:
        """Mark the participant's unread items read (only those of `kind`, when given)."""
        where = " AND kind = ?" if kind else ""
        with atomic(self.db):
            self.conn.execute(
                "UPDATE inbox SET read_at = ? WHERE participant_id = ? AND read_at IS NULL" + where,
                (utc_now(), participant_id, *([kind] if kind else [])),
            )

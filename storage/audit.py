"""The append-only audit log: who read, exported or changed what, and every consent event.
Never put answer text or names in `detail`."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from storage.times import utc_now
from storage.unit_of_work import atomic


class AuditLog:
    def __init__(self, db: sqlite_utils.Database):
        self.db, self.conn = db, db.conn

    def record(self, actor: str, action: str, subject: str, **detail: Any) -> None:
        with atomic(self.db):
            self.conn.execute(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
                (utc_now(), actor, action, subject, json.dumps(detail, sort_keys=True)),
            )

    def entries(self, subject_prefix: str = "") -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT at, actor, action, subject, detail FROM audit_log WHERE subject LIKE ? "
            "ORDER BY id",
            (subject_prefix + "%",),
        ).fetchall()
        return [_entry(*row) for row in rows]

    def about_person(self, participant_id: int) -> list[dict[str, Any]]:
        """Entries the participant made, or whose detail names them (as participant or
        guardian). Plain SQL narrows by text; the JSON decides."""
        actors = (f"guardian:{participant_id}", f"participant:{participant_id}")
        rows = self.conn.execute(
            "SELECT at, actor, action, subject, detail FROM audit_log "
            "WHERE actor IN (?, ?) OR detail LIKE ? OR detail LIKE ? ORDER BY id",
            (*actors, f'%"participant": {participant_id}%', f'%"guardian": {participant_id}%'),
        ).fetchall()
        entries = [_entry(*row) for row in rows]
        return [
            e
            for e in entries
            if e["actor"] in actors or participant_id in (e.get("participant"), e.get("guardian"))
        ]


def _entry(at: str, actor: str, action: str, subject: str, detail: str) -> dict[str, Any]:
    return {"at": at, "actor": actor, "action": action, "subject": subject, **json.loads(detail)}

"""The SIP plan of a case: one current version, stored as encrypted JSON (goals, activities,
contact and place may name people)."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.domain import StoredPlan
from storage.crypto import FieldCipher
from storage.times import utc_now
from storage.unit_of_work import atomic


class PlanStore:
    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher = db, cipher

    def get(self, case_id: int) -> StoredPlan | None:
        row = self.db.execute(
            "SELECT version, data_enc, updated_at FROM plans WHERE case_id = ?", [case_id]
        ).fetchone()
        if row is None:
            return None
        version, data_enc, updated_at = row
        return StoredPlan(case_id, version, json.loads(self.cipher.decrypt(data_enc)), updated_at)

    def save(self, case_id: int, data: dict[str, Any], by: str) -> StoredPlan:
        """Replace the case's plan; the version counts up from 1."""
        sealed = self.cipher.encrypt(json.dumps(data, ensure_ascii=False, sort_keys=True))
        with atomic(self.db):
            self.db.conn.execute(
                "INSERT INTO plans (case_id, version, data_enc, updated_by, updated_at) "
                "VALUES (?, 1, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET "
                "version = plans.version + 1, data_enc = excluded.data_enc, "
                "updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                (case_id, sealed, by, utc_now()),
            )
        return self.get(case_id)

    def mark_sent(self, case_id: int, at: str) -> StoredPlan | None:
        """Keep the current version as the one sent to the family; None when there is none."""
        with atomic(self.db):
            self.db.conn.execute(
                "UPDATE plans SET sent_version = version, sent_data_enc = data_enc, sent_at = ? "
                "WHERE case_id = ?",
                (at, case_id),
            )
        return self.sent(case_id)

    def sent(self, case_id: int) -> StoredPlan | None:
        """The version last marked sent (what the family sees), or None before that."""
        row = self.db.execute(
            "SELECT sent_version, sent_data_enc, sent_at FROM plans "
            "WHERE case_id = ? AND sent_data_enc IS NOT NULL",
            [case_id],
        ).fetchone()
        if row is None:
            return None
        version, data_enc, sent_at = row
        return StoredPlan(case_id, version, json.loads(self.cipher.decrypt(data_enc)), sent_at)

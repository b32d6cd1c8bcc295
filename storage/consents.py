"""Guardian consents in SQLite: one row per version per guardian. The guardian's own words
(own actors, what must not be raised) are encrypted; ids of actors and areas are not."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.domain import ConsentChange, StoredConsent
from storage.crypto import FieldCipher
from storage.database import select
from storage.times import utc_now
from storage.unit_of_work import atomic


class ConsentStore:
    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher, self.conn = db, cipher, db.conn

    # consents ──────────────────────────────────────────────────────────────────────────────

    def add(
        self,
        case_id: int,
        participant_id: int,
        *,
        actors: tuple[str, ...],
        own_actors: tuple[str, ...],
        areas: tuple[str, ...],
        not_raise_areas: tuple[str, ...],
        not_raise_text: str | None,
        until: str | None,
        dialog_hash: str,
        lang: str,
        session_id: str | None = None,
        kind: str = "guardian",
        terms: dict[str, Any] | None = None,
    ) -> StoredConsent:
        with atomic(self.db):
            (latest,) = self.conn.execute(
                "SELECT COALESCE(MAX(version), 0) FROM consents WHERE participant_id = ?",
                (participant_id,),
            ).fetchone()
            cursor = self.conn.execute(
                "INSERT INTO consents (case_id, participant_id, version, session_id, actors_json, "
                "own_actors_enc, areas_json, not_raise_areas_json, not_raise_text_enc, until, "
                "dialog_hash, lang, created_at, kind, terms_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    participant_id,
                    latest + 1,
                    session_id,
                    json.dumps(list(actors)),
                    self._seal(json.dumps(list(own_actors), ensure_ascii=False))
                    if own_actors
                    else None,
                    json.dumps(list(areas)),
                    json.dumps(list(not_raise_areas)),
                    self._seal(not_raise_text) if not_raise_text else None,
                    until,
                    dialog_hash,
                    lang,
                    utc_now(),
                    kind,
                    json.dumps(terms) if terms else None,
                ),
            )
        return self.get(cursor.lastrowid)

    def get(self, consent_id: int) -> StoredConsent | None:
        return self._one("id = ?", consent_id)

    def by_session(self, session_id: str) -> StoredConsent | None:
        return self._one("session_id = ?", session_id)

    def latest(self, participant_id: int) -> StoredConsent | None:
        rows = self.versions(participant_id)
        return rows[-1] if rows else None

    def versions(self, participant_id: int) -> list[StoredConsent]:
        rows = select(
            self.db, "consents", "participant_id = ?", [participant_id], order_by="version"
        )
        return [self._consent(r) for r in rows]

    def mark_withdrawn(self, consent_id: int, at: str) -> None:
        with atomic(self.db):
            self.conn.execute(
                "UPDATE consents SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                (at, consent_id),
            )

    def _one(self, where: str, value: Any) -> StoredConsent | None:
        rows = list(select(self.db, "consents", where, [value], order_by="id DESC", limit=1))
        return self._consent(rows[0]) if rows else None

    def _consent(self, row: dict[str, Any]) -> StoredConsent:
        own = row["own_actors_enc"]
        text = row["not_raise_text_enc"]
        return StoredConsent(
            id=row["id"],
            case_id=row["case_id"],
            participant_id=row["participant_id"],
            version=row["version"],
            session_id=row["session_id"],
            actors=tuple(json.loads(row["actors_json"] or "[]")),
            own_actors=tuple(json.loads(self.cipher.decrypt(own))) if own else (),
            areas=tuple(json.loads(row["areas_json"] or "[]")),
            not_raise_areas=tuple(json.loads(row["not_raise_areas_json"] or "[]")),
            not_raise_text=self.cipher.decrypt(text) if text else None,
            until=row["until"],
            dialog_hash=row["dialog_hash"],
            lang=row["lang"],
            created_at=row["created_at"],
            withdrawn_at=row["withdrawn_at"],
            kind=row["kind"],
            terms=json.loads(row["terms_json"]) if row["terms_json"] else None,
        )

    def _seal(self, text: str) -> str:
        return self.cipher.encrypt(text)

    # the case's withdrawal ─────────────────────────────────────────────────────────────────

    def withdraw_case(self, case_id: int, at: str) -> bool:
        """Mark the case withdrawn; False when it already was."""
        with atomic(self.db):
            cursor = self.conn.execute(
                "UPDATE cases SET status = 'withdrawn', withdrawn_at = ?, updated_at = ? "
                "WHERE id = ? AND status != 'withdrawn'",
                (at, at, case_id),
            )
        return cursor.rowcount > 0

    # delta requests ────────────────────────────────────────────────────────────────────────

    def add_change(self, case_id: int, participant_id: int, kind: str, item: str) -> None:
        with atomic(self.db):
            exists = self.conn.execute(
                "SELECT 1 FROM consent_changes WHERE participant_id = ? AND kind = ? AND item = ? "
                "AND answered_at IS NULL",
                (participant_id, kind, item),
            ).fetchone()
            if not exists:
                self.conn.execute(
                    "INSERT INTO consent_changes (case_id, participant_id, kind, item, created_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (case_id, participant_id, kind, item, utc_now()),
                )

    def changes(self, case_id: int, pending_only: bool = True) -> list[ConsentChange]:
        where = "case_id = ?" + (" AND answered_at IS NULL" if pending_only else "")
        rows = select(self.db, "consent_changes", where, [case_id], order_by="id")
        return [
            ConsentChange(
                r["id"],
                r["case_id"],
                r["participant_id"],
                r["kind"],
                r["item"],
                r["created_at"],
                r["answered_at"],
                None if r["accepted"] is None else bool(r["accepted"]),
            )
            for r in rows
        ]

    def answer_change(self, change_id: int, accepted: bool) -> None:
        with atomic(self.db):
            self.conn.execute(
                "UPDATE consent_changes SET answered_at = ?, accepted = ? WHERE id = ?",
                (utc_now(), int(accepted), change_id),
            )

    # the child's "show my guardian" ────────────────────────────────────────────────────────

    def add_guardian_view(self, session_id: str, guardian_id: int) -> None:
        with atomic(self.db):
            self.conn.execute(
                "INSERT INTO guardian_views (session_id, guardian_id, created_at) VALUES (?, ?, ?)",
                (session_id, guardian_id, utc_now()),
            )

    def guardian_may_view(self, session_id: str, guardian_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM guardian_views WHERE session_id = ? AND guardian_id = ?",
            (session_id, guardian_id),
        ).fetchone()
        return row is not None

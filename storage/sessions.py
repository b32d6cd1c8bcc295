"""Dialog sessions and their answers. Everything one step changes is written in one transaction."""

from __future__ import annotations

import json
import uuid
from collections import OrderedDict
from dataclasses import replace
from typing import Any

import orjson
import sqlite_utils

from bot.domain import AnswerRecord, StoredSession
from bot.ports import StaleSession
from storage.crypto import FieldCipher
from storage.times import utc_now
from storage.unit_of_work import atomic, unit_of_work


def _json(value: Any) -> str:
    """Compact JSON (orjson: a tenth of the time of `json.dumps` on a step's state)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


class SqliteSessionStore:
    """Sessions in SQLite. The state (it holds answer text) and free-text answers are encrypted."""

    #: Sessions kept decrypted in memory, checked against the row's revision before use.
    CACHE_SIZE = 2048

    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher = db, cipher
        self.conn = db.conn
        self._cache: OrderedDict[str, tuple[int, StoredSession]] = OrderedDict()

    def store_dialog(self, dialog_id: str, version: int, content_hash: str, source: dict) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO dialog_versions (hash, dialog_id, version, source_json, "
            "stored_at) VALUES (?, ?, ?, ?, ?)",
            (content_hash, dialog_id, version, json.dumps(source, ensure_ascii=False), utc_now()),
        )

    def dialog_source(self, content_hash: str) -> dict | None:
        row = self.conn.execute(
            "SELECT source_json FROM dialog_versions WHERE hash = ?", (content_hash,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def create(
        self,
        *,
        dialog_id: str,
        dialog_hash: str,
        dialog_version: int,
        state: dict,
        lang: str,
        name: str | None = None,
        participant_id: int | None = None,
    ) -> StoredSession:
        session_id = uuid.uuid4().hex
        now = utc_now()
        self.conn.execute(
            "INSERT INTO sessions (id, name, participant_id, dialog_id, dialog_version, "
            "dialog_hash, lang, status, state_enc, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                name,
                participant_id,
                dialog_id,
                dialog_version,
                dialog_hash,
                lang,
                state["status"],
                self._seal(state),
                now,
                now,
            ),
        )
        return StoredSession(
            session_id, name, participant_id, dialog_id, dialog_hash, lang, state["status"], state
        )

    def get(self, session_id: str) -> StoredSession | None:
        """The session as stored now (a copy in memory is used when its revision is current)."""
        cached = self._cache.get(session_id)
        if cached is not None:
            row = self.conn.execute("SELECT rev FROM sessions WHERE id = ?", (session_id,))
            current = row.fetchone()
            if current is not None and current[0] == cached[0]:
                self._cache.move_to_end(session_id)
                return cached[1]
        return self._one("id = ?", session_id)

    def for_step(self, session_id: str) -> StoredSession | None:
        """The session as this process last saw it, without asking the database: the step's
        `save_step` raises StaleSession if another writer changed it since."""
        cached = self._cache.get(session_id)
        if cached is not None:
            return cached[1]
        return self._one("id = ?", session_id)

    def by_name(self, name: str) -> StoredSession | None:
        return self._one("name = ?", name)

    def _one(self, where: str, value: Any) -> StoredSession | None:
        row = self.conn.execute(
            "SELECT id, name, participant_id, dialog_id, dialog_hash, lang, status, state_enc, "
            f"rev FROM sessions WHERE {where}",
            (value,),
        ).fetchone()
        if row is None:
            return None
        *fields, sealed, rev = row
        session = StoredSession(*fields, state=orjson.loads(self.cipher.decrypt(sealed)))
        self._remember(session, rev)
        return session

    def _remember(self, session: StoredSession, rev: int) -> None:
        self._cache[session.id] = (rev, session)
        self._cache.move_to_end(session.id)
        while len(self._cache) > self.CACHE_SIZE:
            self._cache.popitem(last=False)

    def save_step(
        self,
        session_id: str,
        state: dict,
        status: str,
        upserts: list[AnswerRecord],
        deletes: list[tuple[str, str]],
    ) -> None:
        now = utc_now()
        cached = self._cache.get(session_id)
        with atomic(self.db):
            if cached is None:
                saved = self.conn.execute(
                    "UPDATE sessions SET state_enc = ?, status = ?, updated_at = ?, rev = rev + 1 "
                    "WHERE id = ? RETURNING rev",
                    (self._seal(state), status, now, session_id),
                ).fetchall()
            else:
                saved = self.conn.execute(
                    "UPDATE sessions SET state_enc = ?, status = ?, updated_at = ?, rev = rev + 1 "
                    "WHERE id = ? AND rev = ? RETURNING rev",
                    (self._seal(state), status, now, session_id, cached[0]),
                ).fetchall()
                if not saved:
                    self.forget(session_id)
                    raise StaleSession(session_id)
            for step, item in deletes:
                self.conn.execute(
                    "DELETE FROM answers WHERE session_id = ? AND step = ? AND item = ?",
                    (session_id, step, item),
                )
            for record in upserts:
                value_json, text_enc = self._answer_columns(record)
                self.conn.execute(
                    "INSERT INTO answers (session_id, step, item, value_json, text_enc, share, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (session_id, step, item) DO UPDATE SET "
                    "value_json = excluded.value_json, text_enc = excluded.text_enc, "
                    "share = excluded.share, updated_at = excluded.updated_at",
                    (
                        session_id,
                        record.step,
                        record.item,
                        value_json,
                        text_enc,
                        record.share,
                        now,
                        now,
                    ),
                )
        if cached is not None:
            stepped, rev = replace(cached[1], state=state, status=status), saved[0][0]
            unit_of_work(self.db).on_commit(lambda: self._remember(stepped, rev))

    def forget(self, session_id: str) -> None:
        self._cache.pop(session_id, None)

    def set_lang(self, session_id: str, lang: str) -> None:
        self.forget(session_id)
        with atomic(self.db):
            self.conn.execute(
                "UPDATE sessions SET lang = ?, rev = rev + 1 WHERE id = ?", (lang, session_id)
            )

    def answers(self, session_id: str) -> list[AnswerRecord]:
        rows = self.conn.execute(
            "SELECT step, item, value_json, text_enc, share FROM answers "
            "WHERE session_id = ? ORDER BY id",
            (session_id,),
        ).fetchall()
        return [
            AnswerRecord(
                step,
                item,
                self.cipher.decrypt(text_enc) if text_enc else json.loads(value_json),
                text_enc is not None,
                share,
            )
            for step, item, value_json, text_enc, share in rows
        ]

    def _seal(self, state: dict) -> str:
        return self.cipher.encrypt(_json(state))

    def _answer_columns(self, record: AnswerRecord) -> tuple[str | None, str | None]:
        if record.is_text:
            return None, self.cipher.encrypt(str(record.value))
        return _json(record.value), None

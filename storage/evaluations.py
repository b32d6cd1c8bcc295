"""Evaluation responses for the unit statistics. A response holds the unit, the audience, the
day and the chosen options; it names no case or person. Free text is kept (encrypted, tied to
the case) only when the respondent let the coordinator see their answers."""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from bot.domain import Response, SeenEvaluation
from storage.crypto import FieldCipher
from storage.unit_of_work import atomic


def session_hash(session_id: str) -> str:
    return hashlib.sha256(f"evaluation:{session_id}".encode()).hexdigest()


class EvaluationStore:
    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.conn, self.cipher = db, db.conn, cipher

    def has(self, session_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM evaluation_responses WHERE session_hash = ?", (session_hash(session_id),)
        ).fetchone()
        return row is not None

    def add(
        self, session_id: str, respondent: str, unit_id: int, case_id: int, response: Response
    ) -> int | None:
        """Store a response once per session (None when it was already stored). `respondent`
        names one participant in one round (a meeting): a later response of theirs replaces
        the earlier one, so each respondent counts once."""
        respondent_tag = self.cipher.tag(f"evaluation:{respondent}")
        with atomic(self.db):
            if self.has(session_id):
                return None
            for (earlier,) in self.conn.execute(
                "SELECT id FROM evaluation_responses WHERE respondent_tag = ?", (respondent_tag,)
            ).fetchall():
                self.conn.execute("DELETE FROM evaluation_texts WHERE response_id = ?", (earlier,))
                self.conn.execute("DELETE FROM evaluation_responses WHERE id = ?", (earlier,))
            cursor = self.conn.execute(
                "INSERT INTO evaluation_responses (session_hash, respondent_tag, unit_id, "
                "audience, submitted_on, scores_json, may_see) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_hash(session_id),
                    respondent_tag,
                    unit_id,
                    response.audience,
                    response.submitted_on,
                    json.dumps(response.scores, sort_keys=True),
                    int(response.may_see),
                ),
            )
            response_id = cursor.lastrowid
            for item, text in (response.texts if response.may_see else {}).items():
                self.conn.execute(
                    "INSERT INTO evaluation_texts (response_id, case_id, item, text_enc) "
                    "VALUES (?, ?, ?, ?)",
                    (response_id, case_id, item, self.cipher.encrypt(text)),
                )
        return response_id

    def responses(
        self, unit_id: int, start: str | None = None, end: str | None = None
    ) -> list[Response]:
        """The unit's responses submitted on days `start`..`end` (ISO dates, both included)."""
        rows = self.conn.execute(
            "SELECT id, audience, submitted_on, scores_json, may_see FROM evaluation_responses "
            "WHERE unit_id = ? AND submitted_on >= ? AND submitted_on <= ? ORDER BY submitted_on",
            (unit_id, start or "0000-00-00", end or "9999-99-99"),
        ).fetchall()
        texts: dict[int, dict[str, str]] = {}
        for response_id, item, text_enc in self.conn.execute(
            "SELECT t.response_id, t.item, t.text_enc FROM evaluation_texts t "
            "JOIN evaluation_responses r ON r.id = t.response_id "
            "WHERE r.unit_id = ? AND r.may_see = 1",
            (unit_id,),
        ).fetchall():
            texts.setdefault(response_id, {})[item] = self.cipher.decrypt(text_enc)
        return [
            Response(audience, day, json.loads(scores), bool(may), texts.get(rid, {}))
            for rid, audience, day, scores, may in rows
        ]


class SeenEvaluationStore:
    """One evaluation per participant and meeting that the coordinator may see."""

    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher = db, cipher

    def put(self, participant_id: int, case_id: int, meeting: str, response: Response) -> None:
        """Keep it when the respondent said yes; remove an earlier one when they said no."""
        with atomic(self.db):
            self.db.execute(
                "DELETE FROM evaluation_seen WHERE participant_id = ? AND meeting = ?",
                [participant_id, meeting],
            )
            if not response.may_see:
                return
            self.db.execute(
                "INSERT INTO evaluation_seen (participant_id, case_id, meeting, audience, "
                "submitted_on, scores_json, texts_enc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    participant_id,
                    case_id,
                    meeting,
                    response.audience,
                    response.submitted_on,
                    json.dumps(response.scores, sort_keys=True),
                    self.cipher.encrypt(json.dumps(response.texts, ensure_ascii=False)),
                ],
            )

    def for_case(self, case_id: int) -> list[SeenEvaluation]:
        rows = self.db.execute(
            "SELECT participant_id, meeting, audience, submitted_on, scores_json, texts_enc "
            "FROM evaluation_seen WHERE case_id = ? ORDER BY meeting DESC, participant_id",
            [case_id],
        ).fetchall()
        return [
            SeenEvaluation(pid, meeting, audience, day, json.loads(scores),
                           json.loads(self.cipher.decrypt(texts)))
            for pid, meeting, audience, day, scores, texts in rows
        ]  # fmt: skip

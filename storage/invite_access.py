"""The person's own code on their invite, and drafts kept across an ended login, in SQLite.

A code is stored only as an argon2 hash (made off the event loop by bot/services/access.py);
a draft only encrypted."""

from __future__ import annotations

import sqlite_utils

from bot.domain import InviteCode
from storage.crypto import FieldCipher
from storage.database import select
from storage.times import utc_now
from storage.unit_of_work import writes


class InviteCodes:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def code(self, invite_id: int) -> InviteCode | None:
        rows = select(self.db, "invites", "id = ?", [invite_id])
        if not rows:
            return None
        row = rows[0]
        return InviteCode(
            row["code_kind"], row["code_hash"], row["failed_tries"] or 0, row["locked_at"]
        )

    @writes
    def set_code(self, invite_id: int, kind: str, code_hash: str) -> bool:
        """Give the invite its code, once; False when it has one."""
        cursor = self.db.execute(
            "UPDATE invites SET code_kind = ?, code_hash = ?, failed_tries = 0 "
            "WHERE id = ? AND code_hash IS NULL",
            [kind, code_hash, invite_id],
        )
        return cursor.rowcount == 1

    @writes
    def failed(self, invite_id: int, limit: int) -> InviteCode:
        """Count one wrong code; the `limit`-th in a row locks the invite."""
        self.db.execute(
            "UPDATE invites SET failed_tries = failed_tries + 1 WHERE id = ?", [invite_id]
        )
        self.db.execute(
            "UPDATE invites SET locked_at = ? "
            "WHERE id = ? AND failed_tries >= ? AND locked_at IS NULL",
            [utc_now(), invite_id, limit],
        )
        return self.code(invite_id)

    @writes
    def succeeded(self, invite_id: int) -> None:
        self.db.execute(
            "UPDATE invites SET failed_tries = 0 WHERE id = ? AND failed_tries > 0", [invite_id]
        )


class FamilyDrafts:
    """Text a family sent after their login had ended, per session and question, encrypted."""

    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher = db, cipher

    @writes
    def keep(self, participant_id: int, session_id: str, at: str, text: str) -> None:
        self.drop(session_id, at)
        self.db.execute(
            "INSERT INTO family_drafts (participant_id, session_id, at, text_enc, saved_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [participant_id, session_id, at, self.cipher.encrypt(text), utc_now()],
        )

    def get(self, session_id: str, at: str) -> str | None:
        rows = select(self.db, "family_drafts", "session_id = ? AND at = ?", [session_id, at])
        return self.cipher.decrypt(rows[0]["text_enc"]) if rows else None

    @writes
    def drop(self, session_id: str, at: str) -> None:
        self.db.execute(
            "DELETE FROM family_drafts WHERE session_id = ? AND at = ?", [session_id, at]
        )

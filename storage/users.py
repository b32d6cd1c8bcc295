"""Coordinator and admin accounts (bot/services/users.py decides who they are and checks their
passwords; only the argon2 hash is stored)."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from bot.domain import StoredUser
from storage.unit_of_work import writes


class UserStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    @writes
    def add(
        self, unit_id: int, username: str, password_hash: str, role: str, created_at: str
    ) -> None:
        self.db["users"].insert(
            {
                "unit_id": unit_id,
                "username": username,
                "password_hash": password_hash,
                "role": role,
                "created_at": created_at,
            }
        )

    def by_username(self, username: str) -> StoredUser | None:
        return self._one("username = ?", username)

    def by_id(self, user_id: int) -> StoredUser | None:
        return self._one("id = ?", user_id)

    @writes
    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        self.db["users"].update(user_id, {"password_hash": password_hash})

    def _one(self, where: str, value: Any) -> StoredUser | None:
        rows = list(self.db["users"].rows_where(where, [value]))
        if not rows:
            return None
        row = rows[0]
        return StoredUser(
            row["id"], row["username"], row["unit_id"], row["role"], row["password_hash"]
        )

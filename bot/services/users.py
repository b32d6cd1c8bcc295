"""Coordinator and admin accounts: argon2id password hashes, and a lockout after failed logins."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.errors import UserFacingError
from bot.services.clock import Clock, utc_clock
from storage.audit import AuditLog
from storage.cases import CaseStore

ROLES = ("coordinator", "admin")
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 12


class UserError(UserFacingError):
    pass


class LoginFailed(UserFacingError):
    """One answer for an unknown user and a wrong password."""


class LockedOut(UserFacingError):
    pass


@dataclass(frozen=True)
class User:
    id: int
    username: str
    unit_id: int
    unit_name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def generate_password() -> str:
    return secrets.token_urlsafe(15)


class UserService:
    def __init__(
        self, db: sqlite_utils.Database, cases: CaseStore, audit: AuditLog, clock: Clock = utc_clock
    ):
        self.db, self.cases, self.audit, self.clock = db, cases, audit, clock
        self.hasher = PasswordHasher()  # argon2id with the library's recommended parameters

    def add(self, username: str, unit_name: str, password: str, admin: bool = False) -> User:
        username, unit_name = username.strip(), unit_name.strip()
        if not username or not username.replace("-", "").replace(".", "").isalnum():
            raise UserError("a username is letters, digits, dots and dashes")
        if not unit_name:
            raise UserError("a user needs a unit (--unit NAME)")
        if len(password) < MIN_PASSWORD:
            raise UserError(f"the password needs at least {MIN_PASSWORD} characters")
        if self._row(username):
            raise UserError(f"there is already a user {username}")
        unit_id = self.cases.unit_id(unit_name, create=True)
        self.db["users"].insert(
            {
                "unit_id": unit_id,
                "username": username,
                "password_hash": self.hasher.hash(password),
                "role": "admin" if admin else "coordinator",
                "created_at": self.clock().isoformat(),
                "failed_logins": 0,
            }
        )
        self.audit.record("cli", "user.add", f"unit:{unit_id}", username=username)
        return self.get(username)

    def get(self, username: str) -> User | None:
        row = self._row(username)
        return self._user(row) if row else None

    def by_id(self, user_id: int) -> User | None:
        rows = list(self.db["users"].rows_where("id = ?", [user_id]))
        return self._user(rows[0]) if rows else None

    def authenticate(self, username: str, password: str) -> User:
        """The user, or LoginFailed / LockedOut. Failures count per account; after
        MAX_FAILURES in a row the account is locked for LOCKOUT, right password or not."""
        row = self._row(username.strip())
        now = self.clock()
        if row is None:
            self.hasher.hash(password)  # the same work as a real check: no timing difference
            raise LoginFailed("wrong username or password")
        locked_until = row.get("locked_until")
        if locked_until and datetime.fromisoformat(locked_until) > now:
            self.audit.record(username, "login.locked", f"user:{row['id']}")
            raise LockedOut("too many tries; wait 15 minutes")
        try:
            self.hasher.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            failures = (row.get("failed_logins") or 0) + 1
            update = {"failed_logins": failures}
            if failures >= MAX_FAILURES:
                update = {"failed_logins": 0, "locked_until": (now + LOCKOUT).isoformat()}
            self.db["users"].update(row["id"], update)
            self.audit.record(username, "login.failed", f"user:{row['id']}")
            if failures >= MAX_FAILURES:
                raise LockedOut("too many tries; wait 15 minutes") from None
            raise LoginFailed("wrong username or password") from None
        self.db["users"].update(row["id"], {"failed_logins": 0, "locked_until": None})
        self.audit.record(username, "login", f"user:{row['id']}")
        return self._user(row)

    def set_password(self, username: str, password: str) -> None:
        row = self._row(username)
        if row is None:
            raise UserError(f"no user {username}")
        self.db["users"].update(row["id"], {"password_hash": self.hasher.hash(password)})

    def _row(self, username: str) -> dict | None:
        rows = list(self.db["users"].rows_where("username = ?", [username]))
        return rows[0] if rows else None

    def _user(self, row: dict) -> User:
        unit = self.db["units"].get(row["unit_id"])
        return User(row["id"], row["username"], row["unit_id"], unit["name"], row["role"])

"""Coordinator and admin accounts: argon2id password hashes, and logins that tell nothing about
which usernames exist and that only the address failing them is throttled for."""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.domain import StoredUser
from bot.errors import UserFacingError
from bot.ports import AuditLog, CaseStore, LoginFailures, UserStore
from bot.services.clock import Clock, utc_clock
from bot.services.ratelimit import LoginThrottle

ROLES = ("coordinator", "admin")
MIN_PASSWORD = 12


class UserError(UserFacingError):
    pass


class LoginFailed(UserFacingError):
    """One answer for an unknown user and a wrong password."""


class Throttled(UserFacingError):
    """Too many failed logins from this address (for everyone, or for this username)."""


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


@functools.cache
def dummy_hash() -> str:
    """A hash of no one's password, checked for an unknown username: the same work as a real
    check."""
    return PasswordHasher().hash(secrets.token_urlsafe(16))


class UserService:
    def __init__(
        self,
        users: UserStore,
        cases: CaseStore,
        audit: AuditLog,
        failures: LoginFailures,
        tag: Callable[[str], str],
        clock: Clock = utc_clock,
    ):
        self.users, self.cases, self.audit, self.clock = users, cases, audit, clock
        self.hasher = PasswordHasher()  # argon2id with the library's recommended parameters
        self.throttle = LoginThrottle(failures, tag, lambda: self.clock())

    def add(self, username: str, unit_name: str, password: str, admin: bool = False) -> User:
        username, unit_name = username.strip(), unit_name.strip()
        if not username or not username.replace("-", "").replace(".", "").isalnum():
            raise UserError("a username is letters, digits, dots and dashes")
        if not unit_name:
            raise UserError("a user needs a unit (--unit NAME)")
        if len(password) < MIN_PASSWORD:
            raise UserError(f"the password needs at least {MIN_PASSWORD} characters")
        if self.users.by_username(username):
            raise UserError(f"there is already a user {username}")
        unit_id = self.cases.unit_id(unit_name, create=True)
        self.users.add(
            unit_id,
            username,
            self.hasher.hash(password),
            "admin" if admin else "coordinator",
            self.clock().isoformat(),
        )
        self.audit.record("cli", "user.add", f"unit:{unit_id}", username=username)
        return self.get(username)

    def get(self, username: str) -> User | None:
        row = self.users.by_username(username)
        return self._user(row) if row else None

    def by_id(self, user_id: int) -> User | None:
        row = self.users.by_id(user_id)
        return self._user(row) if row else None

    def authenticate(self, username: str, password: str, address: str = "local") -> User:
        """The user, or Throttled / LoginFailed. A real and an unknown username take the same
        path (argon2 against a dummy hash for the unknown) and get the same answer, so neither
        the answer nor its time tells which exist. Failures are throttled per `address`
        (bot/services/ratelimit.py), never per account: nobody can lock a coordinator out
        from elsewhere. Slow by design (argon2): the web calls it through asyncio.to_thread."""
        username = username.strip()
        if not self.throttle.allowed(address, username):
            raise Throttled("too many tries from here; wait a while")
        row = self.users.by_username(username)
        matches = self._verify(row.password_hash if row else dummy_hash(), password)
        if row is None or not matches:
            self.throttle.failed(address, username)
            actor, subject = (username, f"user:{row.id}") if row else ("unknown", "user:?")
            self.audit.record(actor, "login.failed", subject)  # the same work for both
            raise LoginFailed("wrong username or password")
        self.audit.record(username, "login", f"user:{row.id}")
        return self._user(row)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def set_password(self, username: str, password: str) -> None:
        row = self.users.by_username(username)
        if row is None:
            raise UserError(f"no user {username}")
        self.users.set_password_hash(row.id, self.hasher.hash(password))

    def _user(self, row: StoredUser) -> User:
        unit_name = self.cases.unit_name(row.unit_id)
        return User(row.id, row.username, row.unit_id, unit_name, row.role)

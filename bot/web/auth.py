"""Web logins, for the dashboard and for families alike: kept in memory by their cookie token,
ended after an idle time, each with a CSRF token for its forms; and a per-address limit on
dashboard login attempts. The clock is injectable so tests can age a login."""

from __future__ import annotations

import hmac
import secrets
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from bot.services.clock import Clock, utc_clock

IDLE_TIMEOUT = timedelta(minutes=30)
ATTEMPTS_PER_WINDOW = 10
ATTEMPT_WINDOW = timedelta(minutes=10)


@dataclass
class Login:
    """What every login has: the cookie's token, the token its forms must carry, and the
    reading of its store's clock at its last request."""

    token: str
    csrf: str
    seen: Any

    def csrf_ok(self, submitted: object) -> bool:
        return hmac.compare_digest(str(submitted or "").encode(), self.csrf.encode())


L = TypeVar("L", bound=Login)


class Logins(Generic[L]):
    """Logins by cookie token, ended after `idle` without a request (`idle` and the clock's
    readings are of one kind: seconds and floats, or a timedelta and datetimes). A restart
    ends them all."""

    def __init__(self, clock: Callable[[], Any], idle: Any):
        self.clock, self.idle = clock, idle
        self._by_token: dict[str, L] = {}

    def _open(self, make: Callable[..., L], **fields: Any) -> L:
        """A new login with fresh tokens, made by `make`; idle ones are ended first."""
        now = self.clock()
        self._by_token = {k: s for k, s in self._by_token.items() if now - s.seen <= self.idle}
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        login = make(token=token, csrf=csrf, seen=now, **fields)
        self._by_token[token] = login
        return login

    def get(self, token: str | None) -> L | None:
        """The live login for a cookie value, touched; None when unknown or idle too long."""
        login = self._by_token.get(token) if token else None
        if login is None:
            return None
        now = self.clock()
        if now - login.seen > self.idle:
            del self._by_token[login.token]
            return None
        login.seen = now
        return login

    def drop(self, token: str | None) -> None:
        self._by_token.pop(token or "", None)


@dataclass
class LoginSession(Login):
    """A coordinator's login."""

    user_id: int


class LoginSessions(Logins[LoginSession]):
    """Coordinator logins, and the login attempts per address."""

    def __init__(self, clock: Clock = utc_clock, idle: timedelta = IDLE_TIMEOUT):
        super().__init__(clock, idle)
        self._attempts: dict[str, deque[datetime]] = {}

    def open(self, user_id: int) -> LoginSession:
        return self._open(LoginSession, user_id=user_id)

    def allow_attempt(self, address: str) -> bool:
        """Count a login attempt from `address`; False once it has used up its window."""
        now = self.clock()
        attempts = self._attempts.setdefault(address, deque())
        while attempts and now - attempts[0] > ATTEMPT_WINDOW:
            attempts.popleft()
        if len(attempts) >= ATTEMPTS_PER_WINDOW:
            return False
        attempts.append(now)
        return True

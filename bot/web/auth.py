"""Dashboard logins: server-side sessions with an idle timeout, a CSRF token per session, and a
per-address limit on login attempts. The clock is injectable so tests can age a session."""

from __future__ import annotations

import hmac
import secrets
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

IDLE_TIMEOUT = timedelta(minutes=30)
ATTEMPTS_PER_WINDOW = 10
ATTEMPT_WINDOW = timedelta(minutes=10)

Clock = Callable[[], datetime]


def utc_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class LoginSession:
    token: str
    user_id: int
    csrf: str
    last_seen: datetime

    def csrf_ok(self, submitted: str | None) -> bool:
        return bool(submitted) and hmac.compare_digest(self.csrf, submitted)


@dataclass
class LoginSessions:
    clock: Clock = utc_clock
    idle: timedelta = IDLE_TIMEOUT
    _sessions: dict[str, LoginSession] = field(default_factory=dict)
    _attempts: dict[str, deque[datetime]] = field(default_factory=dict)

    def open(self, user_id: int) -> LoginSession:
        session = LoginSession(
            secrets.token_urlsafe(32), user_id, secrets.token_urlsafe(32), self.clock()
        )
        self._sessions[session.token] = session
        return session

    def get(self, token: str | None) -> LoginSession | None:
        """The live session for a cookie value, touched; None when unknown or idle too long."""
        session = self._sessions.get(token or "")
        if session is None:
            return None
        now = self.clock()
        if now - session.last_seen > self.idle:
            del self._sessions[session.token]
            return None
        session.last_seen = now
        return session

    def close(self, token: str | None) -> None:
        self._sessions.pop(token or "", None)

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

"""Web logins, for the dashboard and for families alike: kept in the database (storage/logins.py)
by a hash of their cookie token, so a restart or another worker keeps them; each ends after an
idle time and, however busy, after an absolute lifetime; each has a CSRF token for its forms.
One function sets every login cookie, `Secure` whenever the base URL is https. The clock is
injectable so tests can age a login."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, ClassVar, Generic, TypeVar

from aiohttp import web

from bot.domain import StoredLogin
from bot.ports import Cipher, LoginStore
from bot.services.clock import Clock, utc_clock
from bot.services.logins import IDLE, LIFETIME
from bot.web.keys import LINKS_KEY

#: A login's last use is written at most this often: its idle time may end up to this much
#: early, and a busy family's taps do not each cost a write.
TOUCH_EVERY = timedelta(minutes=1)


def set_login_cookie(
    response: web.StreamResponse,
    request: web.Request,
    name: str,
    value: str,
    samesite: str = "Strict",
    max_age: int | None = None,
) -> None:
    """The one place that decides a cookie's attributes: HttpOnly, the whole site, `samesite`,
    and `Secure` whenever the base URL is https (or the request itself came over https)."""
    links = request.app.get(LINKS_KEY)
    secure = bool(links and links.secure) or request.secure
    response.set_cookie(
        name, value, httponly=True, samesite=samesite, secure=secure, path="/", max_age=max_age
    )


def client_address(request: web.Request) -> str:
    """Where a request came from: the peer's address; behind a proxy on this machine (a
    loopback peer), the last address of X-Forwarded-For, the one the proxy added. Otherwise
    every login through the proxy would share one address and one throttle."""
    peer = request.remote or "unknown"
    forwarded = request.headers.get("X-Forwarded-For", "").split(",")[-1].strip()
    try:
        behind_proxy = ipaddress.ip_address(peer).is_loopback
    except ValueError:
        behind_proxy = False
    return forwarded if forwarded and behind_proxy else peer


def plausible_token(value: str | None) -> bool:
    """Whether a cookie value looks like a token we make (base64url, 32 to 64 characters)."""
    return bool(value) and 32 <= len(value) <= 64 and all(c.isalnum() or c in "-_" for c in value)


@dataclass
class Login:
    """What every login has: the cookie's token, the token its forms must carry, when it
    began and when it was last used."""

    token: str
    csrf: str
    seen: datetime
    created: datetime
    #: The data as last stored (in plain text), so `save` writes only a change.
    stored: str | None = field(default=None, repr=False, compare=False, kw_only=True)

    def csrf_ok(self, submitted: object) -> bool:
        return hmac.compare_digest(str(submitted or "").encode(), self.csrf.encode())


L = TypeVar("L", bound=Login)


class Logins(Generic[L]):
    """Logins of one `kind` by cookie token, ended after `idle` without a request or
    `lifetime` after they began, whichever comes first. A subclass says what else a login
    holds (`_data`, `_load`); with a `cipher` it is stored encrypted."""

    kind: ClassVar[str]

    def __init__(self, store: LoginStore, clock: Clock = utc_clock, cipher: Cipher | None = None):
        self.store, self.clock, self.cipher = store, clock, cipher
        self.idle, self.lifetime = IDLE[self.kind], LIFETIME[self.kind]

    def _open(self, make: Callable[..., L], owner: dict[str, int], **fields: Any) -> L:
        """A new login with fresh tokens, made by `make` and stored with its `owner` (a
        user_id or participant_id)."""
        now = self.clock()
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        login = make(token=token, csrf=csrf, seen=now, created=now, **fields)
        login.stored = self._data(login)
        sealed = self._sealed(login.stored)
        self.store.add(self.kind, token, csrf, now, now + self.lifetime, data=sealed, **owner)
        return login

    def get(self, token: str | None) -> L | None:
        """The live login for a cookie value, touched; None when unknown, idle too long, past
        its lifetime, or no longer valid (storage/logins.py)."""
        row = self.store.get(self.kind, token) if plausible_token(token) else None
        if row is None:
            return None
        now = self.clock()
        if now - row.seen_at > self.idle or now - row.created_at > self.lifetime:
            self.store.drop(token)
            return None
        row = replace(row, data=self._unsealed(row.data))
        login = self._load(token, row)
        if login is None:
            self.store.drop(token)
            return None
        if now - row.seen_at >= TOUCH_EVERY:
            self.store.touch(token, now)
        login.seen, login.stored = now, row.data
        return login

    def save(self, login: L) -> None:
        """Keep what changed in the login during a request."""
        data = self._data(login)
        if data != login.stored:
            self.store.touch(login.token, login.seen, self._sealed(data))
            login.stored = data

    def _sealed(self, data: str | None) -> str | None:
        return self.cipher.encrypt(data) if self.cipher and data is not None else data

    def _unsealed(self, data: str | None) -> str | None:
        return self.cipher.decrypt(data) if self.cipher and data is not None else data

    def drop(self, token: str | None) -> None:
        if token:
            self.store.drop(token)

    def _data(self, login: L) -> str | None:
        return None

    def _load(self, token: str, row: StoredLogin) -> L | None:
        raise NotImplementedError


@dataclass
class LoginSession(Login):
    """A coordinator's login."""

    user_id: int


class LoginSessions(Logins[LoginSession]):
    """Coordinator logins."""

    kind = "dashboard"

    def open(self, user_id: int) -> LoginSession:
        return self._open(LoginSession, {"user_id": user_id}, user_id=user_id)

    def _load(self, token: str, row: StoredLogin) -> LoginSession:
        return LoginSession(token, row.csrf, row.seen_at, row.created_at, row.user_id)

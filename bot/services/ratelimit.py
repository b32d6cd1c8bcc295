"""Rate limits, kept in the database so every worker counts the same failures: failed invite
redemptions per source (an address, a chat), and the coordinator login throttle. Keys are keyed
hashes of the source. The clocks are injectable so tests need no sleeping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from bot.ports import LoginFailures
from bot.services.clock import Clock, utc_clock
from bot.services.logins import FAILURE_WINDOW

#: Failed logins allowed within FAILURE_WINDOW from one address, and for one username from one
#: address.
ADDRESS_LIMIT = 20
PAIR_LIMIT = 5


class FailureWindow:
    """At most `limit` failures per source within `window` (no longer than FAILURE_WINDOW,
    after which the daily purge forgets them), counted in the database under `kind`."""

    def __init__(
        self,
        failures: LoginFailures,
        tag: Callable[[str], str],
        kind: str,
        limit: int,
        window: timedelta = FAILURE_WINDOW,
        clock: Clock = utc_clock,
    ):
        assert window <= FAILURE_WINDOW, "the purge would forget failures still counted"
        self.failures, self.tag, self.kind = failures, tag, kind
        self.limit, self.window, self.clock = limit, window, clock

    def allowed(self, source: str) -> bool:
        """Whether `source` may try once more now."""
        return self.failures.count_since(self._key(source), self.clock() - self.window) < self.limit

    def hit(self, source: str) -> None:
        """Count one failure for `source`."""
        self.failures.add([self._key(source)], self.clock())

    def _key(self, source: str) -> str:
        return self.tag(f"{self.kind}:{source}")


class LoginThrottle:
    """Failed coordinator logins, counted in the database so every worker sees them, within
    FAILURE_WINDOW: at most ADDRESS_LIMIT from one address, and at most PAIR_LIMIT for one
    username from one address. Never per username alone: a lock anyone anywhere could set off
    would let them lock a real coordinator out, so a throttle only ever stops the address the
    failures came from (a coordinator elsewhere logs in as usual). Real and unknown usernames
    are counted alike, so being throttled tells nothing about which exist. Keys are keyed
    hashes (`tag`): a typed username may be a password typed in the wrong field."""

    def __init__(self, failures: LoginFailures, tag: Callable[[str], str], clock: Clock):
        self.by_address = FailureWindow(failures, tag, "login-address", ADDRESS_LIMIT, clock=clock)
        self.by_pair = FailureWindow(failures, tag, "login-pair", PAIR_LIMIT, clock=clock)

    def allowed(self, address: str, username: str) -> bool:
        return self.by_address.allowed(address) and self.by_pair.allowed(_pair(address, username))

    def failed(self, address: str, username: str) -> None:
        self.by_address.hit(address)
        self.by_pair.hit(_pair(address, username))


def _pair(address: str, username: str) -> str:
    return f"{address}\0{username.strip().casefold()}"

"""Rate limits. A small in-memory sliding window per source (an IP address, a chat): at most
`limit` events in the last `window` seconds; and the coordinator login throttle, kept in the
database. The clocks are injectable so tests need no sleeping."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable

from bot.ports import LoginFailures
from bot.services.clock import Clock
from bot.services.logins import FAILURE_WINDOW

#: Sources remembered at most; the least recently seen are forgotten first.
MAX_SOURCES = 10_000
#: Failed logins allowed within FAILURE_WINDOW from one address, and for one username from one
#: address.
ADDRESS_LIMIT = 20
PAIR_LIMIT = 5


class SlidingWindow:
    def __init__(
        self,
        limit: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
        max_sources: int = MAX_SOURCES,
    ):
        self.limit, self.window, self.clock, self.max_sources = limit, window, clock, max_sources
        self._events: OrderedDict[str, deque[float]] = OrderedDict()

    def allowed(self, source: str) -> bool:
        """Whether `source` may try once more now."""
        return len(self._recent(source)) < self.limit

    def hit(self, source: str) -> None:
        """Count one event for `source`."""
        self._recent(source).append(self.clock())
        self._events.move_to_end(source)
        while len(self._events) > self.max_sources:
            self._events.popitem(last=False)

    def _recent(self, source: str) -> deque[float]:
        events = self._events.setdefault(source, deque())
        cutoff = self.clock() - self.window
        while events and events[0] <= cutoff:
            events.popleft()
        return events


class LoginThrottle:
    """Failed coordinator logins, counted in the database so every worker sees them, within
    FAILURE_WINDOW: at most ADDRESS_LIMIT from one address, and at most PAIR_LIMIT for one
    username from one address. Never per username alone: a lock anyone anywhere could set off
    would let them lock a real coordinator out, so a throttle only ever stops the address the
    failures came from (a coordinator elsewhere logs in as usual). Real and unknown usernames
    are counted alike, so being throttled tells nothing about which exist. Keys are keyed
    hashes (`tag`): a typed username may be a password typed in the wrong field."""

    def __init__(self, failures: LoginFailures, tag: Callable[[str], str], clock: Clock):
        self.failures, self.tag, self.clock = failures, tag, clock

    def allowed(self, address: str, username: str) -> bool:
        since = self.clock() - FAILURE_WINDOW
        address_key, pair_key = self._keys(address, username)
        return (
            self.failures.count_since(address_key, since) < ADDRESS_LIMIT
            and self.failures.count_since(pair_key, since) < PAIR_LIMIT
        )

    def failed(self, address: str, username: str) -> None:
        self.failures.add(list(self._keys(address, username)), self.clock())

    def _keys(self, address: str, username: str) -> tuple[str, str]:
        name = username.strip().casefold()
        return self.tag(f"login-address:{address}"), self.tag(f"login-pair:{address}\0{name}")

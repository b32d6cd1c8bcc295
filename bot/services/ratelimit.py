"""A small in-memory sliding window per source (an IP address, a chat): at most `limit` events
in the last `window` seconds. The clock is injectable so tests need no sleeping."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable

#: Sources remembered at most; the least recently seen are forgotten first.
MAX_SOURCES = 10_000


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

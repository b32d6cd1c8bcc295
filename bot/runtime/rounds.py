"""A background job's rounds: one at start, one every `every` seconds, and one at once when
something calls the job's wake-up listener (a plan marked sent, a new help-now alert). A round
that fails is logged and the next one runs as usual."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def rounds(
    run_once: Callable[[], Awaitable[object]],
    listeners: list[Callable[[], None]],
    every: float,
    name: str,
) -> AsyncIterator[None]:
    """Run the rounds while the block runs; `listeners` gets the wake-up call (it may be
    called from any thread)."""
    loop = asyncio.get_running_loop()
    wake = asyncio.Event()

    def woken() -> None:
        loop.call_soon_threadsafe(wake.set)

    async def run() -> None:
        while True:
            wake.clear()
            try:
                await run_once()
            except Exception:
                log.exception("%s round failed", name)
            # not `wait_for`: on Python 3.11 it swallows a cancellation that comes just as
            # the wake-up does, and the job would never stop
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(every):
                    await wake.wait()

    listeners.append(woken)
    task = asyncio.create_task(run())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        listeners.remove(woken)

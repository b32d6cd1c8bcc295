"""The retention purge in the background of `delaktig serve`: when the server starts, then once
a day (bot/services/retention.py says what is purged). With several workers each day's purge
is claimed: the first worker to take the day's lease runs it, the others leave it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta

from bot.app import App
from bot.runtime.process import this_process
from bot.services.clock import Clock, utc_clock
from bot.services.retention import PurgeReport
from bot.web.keys import APP_KEY

DAY_SECONDS = 24 * 60 * 60
PURGE_LEASE = "retention-purge"


def purge_today(app: App, holder: str, clock: Clock = utc_clock) -> PurgeReport | None:
    """Purge, unless a worker purged today (UTC) already; the report, or None."""
    now = clock()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), time(), UTC)
    if not app.leases.take(PURGE_LEASE, holder, tomorrow, renew=False, now=now):
        return None
    report = app.retention.purge_logged()
    for case_id in report.cases if report else ():
        app.plan_renders.drop(case_id)  # the plan's cached files go with the case
    return report


async def purge_daily(web_app) -> AsyncIterator[None]:
    """For `web_app.cleanup_ctx`: purge when the server starts, then once a day while serving."""
    app, holder = web_app[APP_KEY], this_process()
    purge_today(app, holder)

    async def every_day() -> None:
        while True:
            await asyncio.sleep(DAY_SECONDS)
            purge_today(app, holder)

    task = asyncio.create_task(every_day())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task

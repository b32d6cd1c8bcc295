"""The retention purge in the background of `delaktig serve`: when the server starts, then once
a day (bot/services/retention.py says what is purged)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from bot.web.keys import APP_KEY

DAY_SECONDS = 24 * 60 * 60


async def purge_daily(web_app) -> AsyncIterator[None]:
    """For `web_app.cleanup_ctx`: purge when the server starts, then once a day while serving."""
    app = web_app[APP_KEY]

    def purge_once() -> None:
        report = app.retention.purge_logged()
        for case_id in report.cases if report else ():
            app.plan_renders.drop(case_id)  # the plan's cached files go with the case

    purge_once()

    async def every_day() -> None:
        while True:
            await asyncio.sleep(DAY_SECONDS)
            purge_once()

    task = asyncio.create_task(every_day())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task

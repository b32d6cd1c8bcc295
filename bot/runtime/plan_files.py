"""The family plan's PNG and PDF for a web request: from the per-version cache, or made once
in a worker process while any number of requests for the same files wait for that one render."""

from __future__ import annotations

import asyncio

from bot.exports.plan import PlanView
from bot.render.plan_cache import PlanKey
from bot.runtime import render_jobs, workers

_making: dict[PlanKey, asyncio.Future[tuple[bytes, bytes]]] = {}


async def plan_files(app, delivered: PlanView) -> tuple[bytes, bytes]:
    """(PNG, PDF) of `delivered`, never rendered on the event loop."""
    key = delivered.key
    files = await workers.blocking(app.plan_renders.get, key)
    if files is not None:
        return files
    if key not in _making:
        _making[key] = asyncio.ensure_future(_make(app, delivered))
        _making[key].add_done_callback(lambda _: _making.pop(key, None))
    return await asyncio.shield(_making[key])


async def _make(app, delivered: PlanView) -> tuple[bytes, bytes]:
    pictures = str(app.pictogram_cache.folder)
    files = await workers.render(render_jobs.plan, delivered.view, delivered.lang, pictures)
    await workers.blocking(app.plan_renders.put, delivered.key, files)
    return files

"""The `renders` bench scenario: how quickly an ordinary family page answers while other
families' plans are being rendered (each a new plan version, so each is made), against a real
`delaktig serve` subprocess on loopback with a temporary database."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

from bot.app import App
from bot.bench_web import bench_settings, serving
from bot.config import Settings
from bot.testing.invite import open_invite

BUSY = 5
SAMPLES = 10
GOAL = {
    "title": "Elevens skolnärvaro ska öka till 80 procent",
    "plain": "Du ska vara i skolan fler dagar.",
    "pictogram": "school",
    "activities": [
        {"what": "Stödinsats från elevhälsan", "responsible": "school", "when": "varje vecka"},
        {"what": "Familjen följer med till skolan", "responsible": "family", "when": "måndagar"},
    ]
    * 3,
}


def renders(options: dict[str, Any]) -> dict[str, Any]:
    busy = int(options.get("busy") or BUSY)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = bench_settings(folder, None)
        tokens = _families(settings, busy + 1)
        with serving(settings) as server:
            return asyncio.run(_measure(server.url, tokens)) | {"busy": busy}


def _families(settings: Settings, count: int) -> list[str]:
    """`count` cases, each with a child, a long plan of its own and an invite."""
    app = App(settings)
    unit = app.case_store.unit_id("Bänkenheten", create=True)
    actors = [{"id": "school", "label": "skola"}]
    tokens = []
    for n in range(count):
        case = app.cases.create_case(unit, f"Bänken {n}", actors=actors)
        child = app.cases.add_participant(case.id, "child", "demo")
        goals = [GOAL | {"title": f"Mål {g} för familj {n}"} for g in range(6)]
        plan = {"goals": goals, "follow_up": {"date": "2030-02-15"}, "main_responsible": "school"}
        app.plans.save(case.id, plan, "bench")
        app.plans.mark_sent(case.id, "bench")
        tokens.append(app.cases.issue_invite(child.id))
    app.db.conn.close()
    return tokens


async def _measure(url: str, tokens: list[str]) -> dict[str, Any]:
    phones = [aiohttp.ClientSession(url, cookie_jar=aiohttp.CookieJar(unsafe=True)) for _ in tokens]
    try:
        for phone, token in zip(phones, tokens, strict=True):
            await open_invite(phone, token)  # the landing page and the family's picture code
        calm, busy = phones[0], phones[1:]
        await _timed(calm, "/f/plan.pdf")  # the worker processes are up; this plan is made
        unloaded = [await _timed(calm, "/f/plan") for _ in range(SAMPLES)]
        start = time.perf_counter()
        renders = [asyncio.ensure_future(_timed(phone, "/f/plan.pdf")) for phone in busy]
        await asyncio.sleep(0)
        loaded = []
        while not all(r.done() for r in renders) and len(loaded) < 10 * SAMPLES:
            loaded.append(await _timed(calm, "/f/plan"))
        made = await asyncio.gather(*renders)
        all_made = time.perf_counter() - start
        cached = [await _timed(phone, "/f/plan.pdf") for phone in busy]
    finally:
        for phone in phones:
            await phone.close()
    ms = lambda seconds: round(seconds * 1000, 1)  # noqa: E731
    return {
        "page_unloaded_p50_ms": ms(statistics.median(unloaded)),
        "page_loaded_p50_ms": ms(statistics.median(loaded)),
        "page_loaded_max_ms": ms(max(loaded)),
        "page_views_while_rendering": len(loaded),
        "render_first_ms": ms(min(made)),
        "render_last_ms": ms(max(made)),
        "all_rendered_s": round(all_made, 2),
        "cached_pdf_p50_ms": ms(statistics.median(cached)),
    }


async def _timed(phone: aiohttp.ClientSession, path: str) -> float:
    start = time.perf_counter()
    async with phone.get(path) as response:
        response.raise_for_status()
        await response.read()
    return time.perf_counter() - start

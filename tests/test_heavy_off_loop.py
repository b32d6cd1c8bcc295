"""Nothing heavy on the event loop: five families fetch their plan's PDF at once (each a new
plan version, so each is rendered), and meanwhile another family's plan page still answers
quickly, while those renders are still running; a plan's files are made once per plan version
and kept private. The real server on loopback, real SQLite, real worker processes."""

from __future__ import annotations

import asyncio
import os
import stat
import statistics
import time

from bot.runtime import workers
from tests.after_support import plan
from tests.consent_support import make_family
from tests.test_after_journey import Browser, Server

BUSY = 5


def big_plan(n: int) -> dict:
    """A long plan (many goals, so many pages), different for every case."""
    goal = plan()["goals"][0]
    activities = goal["activities"] * 3
    goals = [
        goal | {"title": f"Mål {g} för familj {n}: skolnärvaron ska öka", "activities": activities}
        for g in range(6)
    ]
    return plan(goals=goals)


async def timed(browser: Browser, path: str) -> float:
    start = time.perf_counter()
    status, _, _ = await browser.fetch(path)
    assert status == 200, path
    return time.perf_counter() - start


async def test_a_family_page_answers_while_five_plans_render(tmp_path):
    server = Server(tmp_path)
    app = server.app
    url = await server.start()
    phones = []
    try:
        for n in range(BUSY + 1):
            family = make_family(app, label=f"Familj {n}")
            app.plans.save(family.case.id, big_plan(n), "coordinator:1")
            app.plans.mark_sent(family.case.id, "coordinator:1")
            phone = Browser(url)
            await phone.open_link(app.cases.issue_invite(family.child.id))
            phones.append(phone)
        calm, busy = phones[0], phones[1:]
        await workers.render(int)  # the worker processes are up, as after `serve` has started
        unloaded = statistics.median([await timed(calm, "/f/plan") for _ in range(5)])

        renders = [asyncio.ensure_future(timed(phone, "/f/plan.pdf")) for phone in busy]
        await asyncio.sleep(0)  # the five requests are sent
        loaded, overlapping = [], 0
        for _ in range(5):
            loaded.append(await timed(calm, "/f/plan"))
            overlapping += not all(r.done() for r in renders)
        render_times = await asyncio.gather(*renders)
    finally:
        for phone in phones:
            await phone.http.close()
        await server.stop()
    print(
        f"family page: unloaded {unloaded * 1000:.0f} ms, under {BUSY} renders "
        f"median {statistics.median(loaded) * 1000:.0f} ms, max {max(loaded) * 1000:.0f} ms; "
        f"renders {min(render_times):.1f}–{max(render_times):.1f} s"
    )
    assert overlapping == len(loaded), "every page view ran while plans were rendering"
    assert statistics.median(loaded) < max(0.200, 4 * unloaded)


async def test_a_plans_files_are_made_once_per_version_and_kept_private(tmp_path):
    server = Server(tmp_path)
    app = server.app
    url = await server.start()
    try:
        family = make_family(app)
        app.plans.save(family.case.id, plan(), "coordinator:1")
        app.plans.mark_sent(family.case.id, "coordinator:1")
        phone = Browser(url)
        await phone.open_link(app.cases.issue_invite(family.child.id))
        _, _, first = await phone.fetch("/f/plan.pdf")
        folder = app.plan_renders.folder / str(family.case.id)
        made = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
        assert len(made) == 2 and all(mode(p) == 0o600 for p in folder.iterdir())
        assert mode(folder) == 0o700
        _, _, again = await phone.fetch("/f/plan.pdf")
        _, _, png = await phone.fetch("/f/plan.png")
        assert again == first and png.startswith(b"\x89PNG")
        assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == made  # not remade

        changed = plan(goals=[plan()["goals"][0] | {"title": "Ett nytt mål om läxhjälp"}])
        app.plans.save(family.case.id, changed, "coordinator:1")
        _, _, draft = await phone.fetch("/f/plan.pdf")
        assert draft == first  # a saved draft is not the family's until it is sent
        app.plans.mark_sent(family.case.id, "coordinator:1")
        _, _, newer = await phone.fetch("/f/plan.pdf")
        assert newer != first
        names = sorted(p.name for p in folder.iterdir())
        assert len(names) == 2 and not set(names) & set(made)  # the old version is gone
        await phone.http.close()
    finally:
        await server.stop()


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_renders_run_in_another_process():
    assert await workers.render(os.getpid) != os.getpid()

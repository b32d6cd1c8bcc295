"""The `journey` bench scenario: a child and a youth walk their Min röst dialog in real headless
Chromium on a 360×740 phone, against a real `delaktig serve` with the demo case. Counts taps,
pages, the taps whose target was not in view (a scroll was needed first), how far the question
counter's total ever grew, and the page heights. With DELAKTIG_SCREENSHOTS set, a
screenshot of every page goes there.

The walk: helper "self" (the first option), three life areas, every scale answered, every
free-text step skipped, every choice its first option, every answer shared with the meeting."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bot.app import App
from bot.bench_web import bench_settings, serving
from bot.demo import seed
from bot.testing.invite import open_invite_in_browser

PHONE = {"width": 360, "height": 740}
DIALOGS = ("min-rost-barn", "min-rost-ungdom")
#: The multi steps where the walker picks three (the life areas); other multis get one.
THREE = frozenset({"areas"})
MAX_PAGES = 200
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]

#: Which kind of page this is, read from its controls (first match wins).
KINDS = (
    ("choice", "button[name=choice]"),
    ("multi", "input[name=pick]"),
    ("text", "textarea"),
    ("review", "input[type=radio], ol.review"),
    ("info", "button[name=do][value=continue]"),
)

IN_VIEW = """el => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }"""


def chromium() -> str:
    path = os.environ.get("DELAKTIG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        raise RuntimeError(f"no Chromium at {path}")
    return path


def journey(options: dict[str, Any]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = bench_settings(folder, None)
        app = App(settings)
        tokens = _invites(app, seed(app).case_id)
        app.db.conn.close()
        with serving(settings) as server:
            shots = os.environ.get("DELAKTIG_SCREENSHOTS")
            return asyncio.run(_walk_all(server.url, tokens, Path(shots) if shots else None))


def _invites(app: App, case_id: int) -> dict[str, str]:
    """An invite per walked dialog, for a child and a youth of their own: the demo's child
    gives their own say first, which is not part of the walk."""
    people = (("child", "min-rost-barn"), ("youth", "min-rost-ungdom"))
    return {
        dialog: app.cases.issue_invite(app.cases.add_participant(case_id, role, dialog).id)
        for role, dialog in people
    }


async def _walk_all(url: str, tokens: dict[str, str], screenshots: Path | None) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium(), headless=True, args=CHROMIUM_ARGS
        )
        try:
            results = {}
            for dialog_id in DIALOGS:
                context = await browser.new_context(viewport=PHONE, locale="sv-SE")
                page = await context.new_page()
                await open_invite_in_browser(page, url, tokens[dialog_id])
                shots = screenshots / dialog_id if screenshots else None
                results[dialog_id] = await walk(page, shots)
                await context.close()
            return results
        finally:
            await browser.close()


async def walk(page, screenshots: Path | None = None) -> dict[str, Any]:
    """Walk one dialog to its end page as described in the module docstring."""
    taps = scrolls = pages = 0
    totals: list[int] = []
    heights: dict[str, int] = {}
    below_fold: list[str] = []

    async def tap(locator, at: str, navigates: bool) -> None:
        nonlocal taps, scrolls
        taps += 1
        if not await locator.evaluate(IN_VIEW):
            scrolls += 1
            below_fold.append(at)
        if navigates:
            async with page.expect_navigation():
                await locator.click()
        else:
            await locator.click()

    for _ in range(MAX_PAGES):
        kind = await _kind(page)
        if kind == "end":
            break
        pages += 1
        at = await page.locator("form[action='/f'] input[name=at]").first.get_attribute("value")
        bar = page.locator("progress.bar")
        if await bar.count():
            totals.append(int(await bar.get_attribute("max")))
        heights[at] = await page.evaluate("document.documentElement.scrollHeight")
        if screenshots:
            screenshots.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(screenshots / f"{pages:02d}-{at}.png"))
        if kind == "choice":
            await tap(page.locator("button[name=choice]").first, at, True)
        elif kind == "multi":
            boxes = page.locator("label.option:has(input[name=pick])")
            for n in range(3 if at in THREE else 1):
                await tap(boxes.nth(n), at, False)
            await tap(page.locator("button[name=do][value=answer]"), at, True)
        elif kind == "text":
            await tap(page.locator("button[name=do][value=skip]"), at, True)
        elif kind == "review":
            everything = page.locator("button[data-share-all=meeting]")
            if await everything.count():
                await tap(everything, at, True)
                continue
            shares = page.locator("label.share:has(input[value=meeting])")
            for n in range(await shares.count()):
                if not await shares.nth(n).locator("input").is_checked():
                    await tap(shares.nth(n), at, False)
            await tap(page.locator("button[name=do][value=answer]").last, at, True)
        else:
            await tap(page.locator("button[name=do][value=continue]"), at, True)
    else:
        raise RuntimeError("the dialog never ended")
    jumps = [b - a for a, b in itertools.pairwise(totals)]
    return {
        "taps": taps,
        "steps": pages,
        "scrolls_needed": scrolls,
        "below_fold": sorted(set(below_fold)),
        "max_total_jump": max([0, *jumps]),
        "totals": _runs(totals),
        "max_page_px": max(heights.values()),
        "review_page_px": max((h for k, h in heights.items() if k == "review"), default=0),
    }


async def _kind(page) -> str:
    for kind, selector in KINDS:
        if await page.locator(selector).count():
            return kind
    return "end"


def _runs(values: list[int]) -> list[int]:
    """The totals the counter showed, each run of equal values once."""
    return [v for n, v in enumerate(values) if n == 0 or values[n - 1] != v]

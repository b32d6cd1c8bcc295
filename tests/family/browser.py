"""Headless Chromium for the family pages (see tests/browser.py), at a phone's size, with the
family web server it opens and the checks every page gets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from axe_playwright_python.async_playwright import Axe
from conformance.drivers import FamilyServer
from playwright.async_api import Page, async_playwright

from tests.browser import ARGS, chromium_path

PHONE = {"width": 360, "height": 740}


@pytest.fixture
async def browser(tmp_path):
    executable = chromium_path()
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=executable,
            headless=True,
            args=ARGS,
            viewport=PHONE,
            locale="sv-SE",
        )
        try:
            yield context
        finally:
            await context.close()


@pytest.fixture
async def server(tmp_path):
    server = FamilyServer(tmp_path)
    await server.start()
    yield server
    await server.close()


async def tap(page: Page, selector: str) -> None:
    """Click and wait for the page it leads to (every family form posts, then redirects)."""
    async with page.expect_navigation():
        await page.locator(selector).click()


async def axe_violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.x A/AA and best-practice violations on the page, one line each."""
    results = await Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: "
        f"{', '.join(str(n['target']) for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


async def layout_problems(page: Page) -> list[str]:
    """Targets smaller than 44×44 CSS px, and content wider than the viewport."""
    return await page.evaluate(
        """() => {
        const problems = [];
        for (const el of document.querySelectorAll('button, a, .option, .share, textarea')) {
          const r = el.getBoundingClientRect();
          if (r.width && (r.width < 44 || r.height < 44))
            problems.push(`${el.tagName}.${el.className} is ${r.width}×${r.height}`);
        }
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth)
          problems.push(`page is ${root.scrollWidth}px wide in ${root.clientWidth}px`);
        return problems;
    }"""
    )


def screenshot_dir(default: Path) -> Path:
    folder = Path(os.environ.get("DELAKTIG_SCREENSHOTS") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder

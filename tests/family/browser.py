"""Headless Chromium for the family pages: Debian's system browser driven by Playwright.

Without a browser the tests skip with a loud reason, unless CI is set: then they fail."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.async_playwright import Axe
from playwright.async_api import Page, async_playwright

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 740}


def chromium_path() -> str:
    path = os.environ.get("DELAKTIG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if Path(path).is_file():
        return path
    message = f"NO CHROMIUM at {path}: browser tests cannot run (run scripts/ensure-chromium)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


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

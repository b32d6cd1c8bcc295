"""Real headless Chromium for web-page tests (the Debian package, driven by Playwright).
Without it the tests skip on a developer machine, and fail loudly when CI is set."""

from __future__ import annotations

import os
import shutil
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def require_chromium() -> None:
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return
    message = f"Chromium is missing at {CHROMIUM}: install Debian's chromium (make test does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@asynccontextmanager
async def browser_context(user_data_dir: Path):
    """A fresh persistent context (its own user data dir) in headless Chromium."""
    require_chromium()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(user_data_dir),
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            accept_downloads=True,
        )
        try:
            yield context
        finally:
            await context.close()

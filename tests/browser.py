"""Real headless Chromium for web-page tests (the Debian package, driven by Playwright).
Without it the tests skip on a developer machine, and fail loudly when CI is set."""

from __future__ import annotations

import os
import shutil
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    """DELAKTIG_CHROMIUM, else the chromium on PATH, else Debian's; skip or fail without it."""
    path = os.environ.get("DELAKTIG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if Path(path).is_file():
        return path
    message = f"NO CHROMIUM at {path}: browser tests cannot run (run scripts/ensure-chromium)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@asynccontextmanager
async def browser_context(user_data_dir: Path):
    """A fresh persistent context (its own user data dir) in headless Chromium."""
    executable = chromium_path()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            str(user_data_dir),
            executable_path=executable,
            headless=True,
            args=ARGS,
            accept_downloads=True,
        )
        try:
            yield context
        finally:
            await context.close()

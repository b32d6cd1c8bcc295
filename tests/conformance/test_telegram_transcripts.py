"""The conformance transcripts, unchanged, through the Telegram channel on both libraries."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.library import DialogLibrary
from tests.app_factory import shared_catalog
from tests.conformance.harness import all_transcripts, load, run_transcript
from tests.conformance.telegram_driver import TelegramDriver
from tests.telegram_bots import LIBRARIES


@pytest.mark.parametrize("library", LIBRARIES)
@pytest.mark.parametrize("path", all_transcripts(), ids=lambda p: p.stem)
async def test_transcript_on_telegram(library: str, path: Path, tmp_path: Path):
    driver = TelegramDriver(tmp_path, library)
    try:
        await run_transcript(load(path), driver, tmp_path, shared_catalog(), DialogLibrary())
    finally:
        await driver.close()

"""Every channel plays every transcript and must end with the same stored state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.engine.library import DialogLibrary
from tests.app_factory import shared_catalog
from tests.conformance.drivers import ConsoleDriver, WebFamilyDriver
from tests.conformance.harness import Driver, all_transcripts, load, run_transcript

pytestmark = pytest.mark.backends

#: Channel name → a driver factory taking a fresh folder. The Telegram channels add theirs.
DRIVERS: dict[str, Callable[[Path], Driver]] = {"console": ConsoleDriver, "web": WebFamilyDriver}


@pytest.mark.parametrize("channel", sorted(DRIVERS))
@pytest.mark.parametrize("path", all_transcripts(), ids=lambda p: p.stem)
async def test_transcript(channel: str, path: Path, tmp_path: Path):
    driver = DRIVERS[channel](tmp_path)
    try:
        await run_transcript(load(path), driver, tmp_path, shared_catalog(), DialogLibrary())
    finally:
        await driver.close()

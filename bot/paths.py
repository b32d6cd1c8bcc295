"""Where the content (dialogs, locales, pictograms) lives, in a checkout and when installed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def content_root() -> Path:
    """An installed wheel carries the content in `bot/_content`; a checkout has it beside `bot/`."""
    installed = _PACKAGE / "_content"
    return installed if installed.is_dir() else _PACKAGE.parent


def dialogs_dir() -> Path:
    return content_root() / "dialogs"


def locales_dir() -> Path:
    return content_root() / "locales"


def pictograms_dir() -> Path:
    return content_root() / "pictograms"

"""Shared fixtures: no test sees the developer's own Delaktig settings."""

from __future__ import annotations

import pytest

SETTINGS_ENV = ("DELAKTIG_KEY", "DELAKTIG_KEY_FILE", "DELAKTIG_DB", "DELAKTIG_VAR")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)

"""A real App whose database, key and cache all live in one folder (a test's tmp_path); on
PostgreSQL (the `backends` marker sets DELAKTIG_DATABASE_URL) the database is the test's own."""

from __future__ import annotations

import os
from pathlib import Path

from bot.app import App
from bot.config import Settings


def settings_in(folder: Path) -> Settings:
    return Settings(
        var_dir=folder,
        db_path=folder / "delaktig.db",
        key_file=folder / "delaktig.key",
        cache_dir=folder / "cache",
        database_url=os.environ.get("DELAKTIG_DATABASE_URL"),
    )


def make_app(folder: Path) -> App:
    return App(settings_in(folder))

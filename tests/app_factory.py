"""A real App whose database, key and cache all live in one folder (a test's tmp_path; on
PostgreSQL, the `backends` marker sets DELAKTIG_DATABASE_URL, the database is the test's own),
and logging in to its dashboard over HTTP."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.i18n import Catalog
from bot.web.dashboard import PRELOGIN_COOKIE
from tests.workspace_factory import PASSWORD


def settings_in(folder: Path) -> Settings:
    return Settings(
        var_dir=folder,
        db_path=folder / "delaktig.db",
        key_file=folder / "delaktig.key",
        cache_dir=folder / "cache",
        database_url=os.environ.get("DELAKTIG_DATABASE_URL"),
    )


@functools.cache
def shared_catalog() -> Catalog:
    """The repository's words, parsed once per test process. Nothing changes a Catalog after it
    is built; a test that needs other words gives its App a Catalog of its own."""
    return Catalog()


def make_app(folder: Path) -> App:
    return app_with(settings_in(folder))


def app_with(settings: Settings) -> App:
    app = App(settings)
    app.catalog = shared_catalog()
    return app


async def dashboard_login(http, username: str = "coord", password: str = PASSWORD, **kwargs):
    """Log in as the form does: open it for its CSRF token and pre-login cookie, then post
    (the cookie goes along by hand, for clients that keep no cookies)."""
    form = await http.get("/dashboard/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', await form.text()).group(1)
    cookie = f"{PRELOGIN_COOKIE}={form.cookies[PRELOGIN_COOKIE].value}"
    data = {"username": username, "password": password, "csrf": csrf}
    headers = kwargs.pop("headers", {}) | {"Cookie": cookie}
    return await http.post("/dashboard/login", data=data, headers=headers, **kwargs)

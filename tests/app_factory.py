"""A real App whose database, key and cache all live in one folder (a test's tmp_path; on
PostgreSQL, the `backends` marker sets DELAKTIG_DATABASE_URL, the database is the test's own),
and logging in to its dashboard over HTTP."""

from __future__ import annotations

import os
import re
from pathlib import Path

from bot.app import App
from bot.config import Settings
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


def make_app(folder: Path) -> App:
    return App(settings_in(folder))


async def dashboard_login(http, username: str = "coord", password: str = PASSWORD, **kwargs):
    """Log in as the form does: open it for its CSRF token and pre-login cookie, then post
    (the cookie goes along by hand, for clients that keep no cookies)."""
    form = await http.get("/dashboard/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', await form.text()).group(1)
    cookie = f"{PRELOGIN_COOKIE}={form.cookies[PRELOGIN_COOKIE].value}"
    data = {"username": username, "password": password, "csrf": csrf}
    headers = kwargs.pop("headers", {}) | {"Cookie": cookie}
    return await http.post("/dashboard/login", data=data, headers=headers, **kwargs)

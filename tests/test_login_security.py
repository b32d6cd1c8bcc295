"""Logins over real HTTP on loopback, on a real SQLite file: they survive a restart, end after
an idle time and an absolute lifetime, and are purged; the coordinator's login form has a CSRF
token, is throttled per address without telling which usernames exist and without letting
anyone lock a coordinator out from elsewhere; cookies are Secure behind https, for families
too; a device cookie planted before the invite is opened is never bound (issue 15)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import App
from bot.services.links import Links
from bot.services.logins import FAILURE_WINDOW, LIFETIME
from bot.services.retention import purge
from bot.web.dashboard import COOKIE as DASH_COOKIE
from bot.web.dashboard import DASH_KEY
from bot.web.family import FAMILY_KEY
from bot.web.keys import LINKS_KEY
from bot.web.server import create_web_app
from storage.database import open_database
from tests.app_factory import dashboard_login, family_login, make_app
from tests.test_dashboard_http import Clock
from tests.workspace_factory import seed_case


@asynccontextmanager
async def serve(app: App, clock: Clock | None = None, base_url: str | None = None):
    """A real server for `app` (one worker); its logins and throttle on `clock` when given."""
    web_app = create_web_app(app)
    if clock is not None:
        web_app[DASH_KEY].sessions.clock = web_app[FAMILY_KEY].clock = app.users.clock = clock
    if base_url is not None:
        web_app[LINKS_KEY] = Links(base_url)
    server = TestServer(web_app, host="127.0.0.1")
    await server.start_server()
    try:
        yield server
    finally:
        await server.close()


@asynccontextmanager
async def browser(server: TestServer, address: str = "127.0.0.1", cookies: dict | None = None):
    """A browser connecting from `address` (any 127.x.y.z is this machine), with its own
    cookies."""
    jar = aiohttp.CookieJar(unsafe=True)
    connector = aiohttp.TCPConnector(local_addr=(address, 0))
    async with aiohttp.ClientSession(
        str(server.make_url("")), connector=connector, cookie_jar=jar, cookies=cookies
    ) as http:
        yield http


@pytest.fixture
def app(tmp_path) -> AsyncIterator[App]:
    app = make_app(tmp_path)
    app.seeded = seed_case(app)
    yield app
    app.db.conn.close()


def dashboard_ok(response: aiohttp.ClientResponse) -> bool:
    return response.status == 200 and str(response.url).endswith("/dashboard/")


# ── logins in the database ───────────────────────────────────────────────────────────────


async def test_a_restart_keeps_coordinators_and_families_logged_in(app, tmp_path):
    """Finding: "a restart logs out every coordinator and family"."""
    token = app.cases.issue_invite(app.seeded.child.id)
    async with serve(app) as server, browser(server) as http:
        assert dashboard_ok(await dashboard_login(http))
        question = await (await family_login(http, token)).text()
        cookies = {
            k: v.value for k, v in http.cookie_jar.filter_cookies(server.make_url("")).items()
        }
    app.db.conn.close()
    restarted = App(app.settings)  # the old process is gone: a new App on the same files
    try:
        async with serve(restarted) as server, browser(server, cookies=cookies) as http:
            page = await http.get("/dashboard/", allow_redirects=False)
            assert page.status == 200 and "Fjärilen" in await page.text()
            family = await http.get("/f", allow_redirects=False)
            assert family.status == 200 and await family.text() == question
    finally:
        restarted.db.conn.close()
        app.db = open_database(app.settings.db_path)


async def test_the_database_holds_a_hash_of_the_login_token_not_the_token(app):
    async with serve(app) as server, browser(server) as http:
        response = await dashboard_login(http, allow_redirects=False)
        cookie = response.cookies[DASH_COOKIE].value
    rows = app.db.conn.execute("SELECT token_hash, csrf, kind FROM logins").fetchall()
    assert len(rows) == 1 and rows[0][2] == "dashboard"
    dump = "\n".join(app.db.conn.iterdump())
    assert cookie not in dump and rows[0][0] != cookie


async def test_a_coordinator_login_ends_after_its_lifetime_however_busy(app):
    """Finding: "sessions have no absolute lifetime"."""
    clock = Clock()
    async with serve(app, clock) as server, browser(server) as http:
        assert dashboard_ok(await dashboard_login(http))
        begun = clock.now
        while clock.now + timedelta(minutes=20) < begun + LIFETIME["dashboard"]:
            clock.now += timedelta(minutes=20)  # busy: never idle for long
            assert (await http.get("/dashboard/", allow_redirects=False)).status == 200
        clock.now = begun + LIFETIME["dashboard"] + timedelta(minutes=1)
        response = await http.get("/dashboard/", allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/dashboard/login"


async def test_a_family_login_ends_after_idle_time_and_after_its_lifetime(app):
    clock = Clock()
    async with serve(app, clock) as server, browser(server) as http:
        await family_login(http, app.cases.issue_invite(app.seeded.child.id))
        clock.now += timedelta(minutes=14)
        assert (await http.get("/f")).status == 200
        clock.now += timedelta(minutes=16)  # idle for longer than 15 minutes
        assert (await http.get("/f")).status == 410

        await family_login(http, app.cases.issue_invite(app.seeded.guardians[0].id))
        begun = clock.now
        while clock.now + timedelta(minutes=10) < begun + LIFETIME["family"]:
            clock.now += timedelta(minutes=10)
            assert (await http.get("/f")).status == 200
        clock.now = begun + LIFETIME["family"] + timedelta(minutes=1)
        response = await http.get("/f")
        assert response.status == 410 and "utloggad" in await response.text()


async def test_a_new_invite_or_erasure_ends_the_family_login_at_once(app):
    child, guardian = app.seeded.child, app.seeded.guardians[0]
    async with serve(app) as server, browser(server) as phone, browser(server) as other:
        await family_login(phone, app.cases.issue_invite(child.id))
        await family_login(other, app.cases.issue_invite(guardian.id))
        assert (await phone.get("/f")).status == (await other.get("/f")).status == 200
        app.cases.issue_invite(child.id)  # the coordinator replaces the child's invite
        assert (await phone.get("/f")).status == 410
        app.person.erase(guardian.id)
        response = await other.get("/f")
        assert response.status == 403 and "Dina svar är raderade" in await response.text()
    left = app.db.conn.execute("SELECT COUNT(*) FROM logins").fetchone()[0]
    assert left == 1  # the child's, ended and left for the purge


async def test_a_revoked_invite_ends_the_family_login_and_says_why(app):
    async with serve(app) as server, browser(server) as phone:
        await family_login(phone, app.cases.issue_invite(app.seeded.child.id))
        app.cases.revoke_invites(app.seeded.child.id)
        response = await phone.get("/f")
        assert response.status == 403 and "stängt den här inbjudan" in await response.text()
        again = await phone.get("/f")  # the login is gone; the device still hears why
        assert again.status == 403 and "stängt den här inbjudan" in await again.text()
    assert app.db.conn.execute("SELECT COUNT(*) FROM logins").fetchone()[0] == 0


async def test_the_retention_purge_deletes_logins_that_are_over(app):
    clock = Clock()
    async with serve(app, clock) as server:
        for address in ("127.0.0.1", "127.0.0.2"):
            async with browser(server, address) as http:
                await dashboard_login(http)
        async with browser(server, "127.0.0.3") as http:
            await dashboard_login(http, password="wrong password, twelve")
    count = "SELECT (SELECT COUNT(*) FROM logins), (SELECT COUNT(*) FROM login_failures)"
    assert app.db.conn.execute(count).fetchone() == (2, 2)
    purge(app.db, 90, now=clock.now + timedelta(minutes=10))
    assert app.db.conn.execute(count).fetchone() == (2, 2)  # still live
    purge(app.db, 90, now=clock.now + timedelta(minutes=31) + FAILURE_WINDOW)
    assert app.db.conn.execute(count).fetchone() == (0, 0)

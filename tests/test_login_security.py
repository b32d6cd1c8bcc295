"""Logins over real HTTP on loopback, on a real SQLite file: they survive a restart, end after
an idle time and an absolute lifetime, and are purged; the coordinator's login form has a CSRF
token, is throttled per address without telling which usernames exist and without letting
anyone lock a coordinator out from elsewhere; cookies are Secure behind https, for families
too (issue 15). A family's browser holds no device cookie at all: their link and their own
code are who they are (tests/family/test_family_code.py)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from argon2 import PasswordHasher

from bot.app import App
from bot.services.links import Links
from bot.services.logins import FAILURE_WINDOW, IDLE, LIFETIME
from bot.services.ratelimit import ADDRESS_LIMIT, PAIR_LIMIT
from bot.testing.invite import open_invite
from bot.web.auth import TOUCH_EVERY
from bot.web.dashboard import COOKIE as DASH_COOKIE
from bot.web.dashboard import DASH_KEY, PRELOGIN_COOKIE
from bot.web.family import FAMILY_KEY, SESSION_COOKIE
from bot.web.keys import LINKS_KEY
from bot.web.server import create_web_app
from storage.database import open_database
from tests.app_factory import dashboard_login, make_app
from tests.test_dashboard_http import Clock
from tests.workspace_factory import PASSWORD, seed_case


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
        question = await open_invite(http, token)
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
        await open_invite(http, app.cases.issue_invite(app.seeded.child.id))
        clock.now += timedelta(minutes=14)
        assert (await http.get("/f")).status == 200
        clock.now += timedelta(minutes=16)  # idle for longer than 15 minutes
        assert (await http.get("/f")).status == 410

        await open_invite(http, app.cases.issue_invite(app.seeded.guardians[0].id))
        begun = clock.now
        while clock.now + timedelta(minutes=10) < begun + LIFETIME["family"]:
            clock.now += timedelta(minutes=10)
            assert (await http.get("/f")).status == 200
        clock.now = begun + LIFETIME["family"] + timedelta(minutes=1)
        response = await http.get("/f")
        assert response.status == 410 and "utloggad" in await response.text()


async def test_a_family_tapping_on_does_not_write_its_login_on_every_tap(app):
    """The login's last use is written at most once a minute (TOUCH_EVERY), and only a change of
    what it holds is written besides; the idle time still counts from the last write."""
    clock = Clock()

    def seen_at() -> str:
        return app.db.conn.execute("SELECT seen_at FROM logins WHERE kind = 'family'").fetchone()[0]

    async with serve(app, clock) as server, browser(server) as http:
        await open_invite(http, app.cases.issue_invite(app.seeded.child.id))
        first = seen_at()
        writes = app.db.conn.total_changes
        for _ in range(5):
            clock.now += timedelta(seconds=5)
            assert (await http.get("/f")).status == 200
        assert seen_at() == first and app.db.conn.total_changes == writes
        clock.now += TOUCH_EVERY
        assert (await http.get("/f")).status == 200
        assert seen_at() == clock.now.isoformat()
        clock.now += IDLE["family"] - timedelta(seconds=1)
        assert (await http.get("/f")).status == 200


async def test_a_new_invite_or_erasure_ends_the_family_login_at_once(app):
    child, guardian = app.seeded.child, app.seeded.guardians[0]
    async with serve(app) as server, browser(server) as phone, browser(server) as other:
        await open_invite(phone, app.cases.issue_invite(child.id))
        guardian_token = app.cases.issue_invite(guardian.id)
        await open_invite(other, guardian_token)
        assert (await phone.get("/f")).status == (await other.get("/f")).status == 200
        app.cases.issue_invite(child.id)  # the coordinator replaces the child's invite
        assert (await phone.get("/f")).status == 410
        app.person.erase(guardian.id)
        ended = await other.get("/f")  # the login ended with the person, who is told so
        assert ended.status == 403 and "Dina svar är raderade" in await ended.text()
        response = await other.get(f"/i/{guardian_token}")  # the link says why
        assert response.status == 403 and "Dina svar är raderade" in await response.text()
    left = app.db.conn.execute("SELECT COUNT(*) FROM logins").fetchone()[0]
    assert left == 1  # the child's, ended and left for the purge


async def test_a_revoked_invite_ends_the_family_login_and_says_why(app):
    async with serve(app) as server, browser(server) as phone:
        token = app.cases.issue_invite(app.seeded.child.id)
        await open_invite(phone, token)
        app.cases.revoke_invites(app.seeded.child.id)
        response = await phone.get("/f")
        assert response.status == 403 and "stängt den här inbjudan" in await response.text()
        again = await phone.get(f"/i/{token}")  # the login is gone; the link still says why
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
    app.retention.purge(90, now=clock.now + timedelta(minutes=10))
    assert app.db.conn.execute(count).fetchone() == (2, 2)  # still live
    app.retention.purge(90, now=clock.now + timedelta(minutes=31) + FAILURE_WINDOW)
    assert app.db.conn.execute(count).fetchone() == (0, 0)


# ── the coordinator's login form ─────────────────────────────────────────────────────────


async def test_the_login_form_has_a_csrf_token_bound_to_its_cookie(app):
    """Finding: "the login form has no CSRF token"."""
    form = {"username": "coord", "password": PASSWORD}
    async with serve(app) as server, browser(server) as http, browser(server) as other:
        page = await http.get("/dashboard/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
        assert (
            "HttpOnly" in page.headers["Set-Cookie"]
            and PRELOGIN_COOKIE in page.headers["Set-Cookie"]
        )
        # Another site's form: no token, or a token read elsewhere, without this cookie.
        for data in (form, form | {"csrf": csrf}):
            response = await other.post("/dashboard/login", data=data, allow_redirects=False)
            assert response.status == 403 and DASH_COOKIE not in response.cookies
            assert "Sidan var för gammal" in await response.text()
        response = await http.post("/dashboard/login", data=form | {"csrf": "forged"})
        assert response.status == 403
        response = await http.post("/dashboard/login", data=form | {"csrf": csrf})
        assert dashboard_ok(response)
    assert app.db.conn.execute("SELECT COUNT(*) FROM logins").fetchone()[0] == 1


def answer_of(response: aiohttp.ClientResponse, body: str) -> tuple:
    """What a client sees of a login answer: status, body and cookies (names, attributes)."""
    cookies = sorted(
        (name, morsel["httponly"], morsel["samesite"], morsel["secure"])
        for name, morsel in response.cookies.items()
    )
    return response.status, body, cookies


async def test_a_real_and_an_unknown_username_look_the_same_and_take_the_same_path(app):
    """Finding: "the lockout message and timing tell which usernames exist"."""
    verified = []

    class CountingHasher(PasswordHasher):
        def verify(self, password_hash, password) -> bool:
            verified.append(password_hash)
            return super().verify(password_hash, password)

    app.users.hasher = CountingHasher()
    answers: dict[str, list] = {"coord": [], "nobody": []}
    async with serve(app) as server:
        for username in answers:
            async with browser(server, cookies={PRELOGIN_COOKIE: "p" * 43}) as http:
                for _ in range(PAIR_LIMIT + 1):
                    response = await dashboard_login(http, username, "wrong password, twelve")
                    answers[username].append(answer_of(response, await response.text()))
    assert answers["coord"] == answers["nobody"]
    statuses = [status for status, _body, _cookies in answers["coord"]]
    assert statuses == [401] * PAIR_LIMIT + [429]
    assert "För många försök från den här datorn" in answers["coord"][-1][1]
    # argon2 ran once per try before the throttle, for the real and the unknown user alike,
    # against the real hash and against a dummy hash of the same kind.
    assert len(verified) == 2 * PAIR_LIMIT
    real_hash = app.db["users"].get(1)["password_hash"]
    assert verified[:PAIR_LIMIT] == [real_hash] * PAIR_LIMIT
    dummy = set(verified[PAIR_LIMIT:])
    assert len(dummy) == 1 and dummy != {real_hash}
    assert dummy.pop().split("$")[:4] == real_hash.split("$")[:4]  # same algorithm and cost


async def test_failures_from_one_address_cannot_lock_the_coordinator_out_elsewhere(app):
    """Finding: "anyone can lock any coordinator out"."""
    app.users.add("other", "Enhet Syd", PASSWORD)
    clock = Clock()
    async with serve(app, clock) as server, serve(app, clock) as second_worker:
        async with browser(server, "127.0.0.2") as attacker:
            for _ in range(PAIR_LIMIT):
                await dashboard_login(attacker, "coord", "wrong password, twelve")
            assert (await dashboard_login(attacker, "coord")).status == 429
            assert dashboard_ok(await dashboard_login(attacker, "other"))  # per address+username
        async with browser(second_worker, "127.0.0.2") as attacker:
            assert (await dashboard_login(attacker, "coord")).status == 429  # every worker
        async with browser(server, "127.0.0.3") as coordinator:
            assert dashboard_ok(await dashboard_login(coordinator, "coord"))
        clock.now += FAILURE_WINDOW
        async with browser(server, "127.0.0.2") as attacker:
            assert dashboard_ok(await dashboard_login(attacker, "coord"))
    actions = [e["action"] for e in app.audit.entries("user:")]
    assert actions.count("login.failed") == PAIR_LIMIT and actions.count("login") == 3


async def test_one_address_is_throttled_across_usernames(app):
    async with serve(app) as server, browser(server, "127.0.0.4") as http:
        for n in range(ADDRESS_LIMIT):
            assert (
                await dashboard_login(http, f"guess{n}", "wrong password, twelve")
            ).status == 401
        assert (await dashboard_login(http, "coord")).status == 429
        async with browser(server, "127.0.0.5") as elsewhere:
            assert dashboard_ok(await dashboard_login(elsewhere))


async def test_behind_a_proxy_on_this_machine_each_forwarded_address_is_throttled_alone(app):
    async with serve(app) as server, browser(server) as proxy:
        attacker, coordinator = {"X-Forwarded-For": "203.0.113.7"}, {"X-Forwarded-For": "10.1.2.3"}
        for _ in range(PAIR_LIMIT):
            await dashboard_login(proxy, "coord", "wrong password, twelve", headers=attacker)
        assert (await dashboard_login(proxy, "coord", headers=attacker)).status == 429
        assert dashboard_ok(await dashboard_login(proxy, "coord", headers=coordinator))


# ── cookies ──────────────────────────────────────────────────────────────────────────────


async def test_every_login_cookie_is_secure_behind_https_for_families_too(app):
    """Finding: "family cookies are never Secure" (the dashboard's were)."""
    for base_url, secure in (("https://delaktig.example", True), ("http://127.0.0.1", False)):
        token = app.cases.issue_invite(app.seeded.child.id)
        async with serve(app, base_url=base_url) as server, browser(server) as http:
            form = await http.get("/dashboard/login")
            login = await dashboard_login(http, allow_redirects=False)
            await open_invite(http, token)
            family = [c for c in http.cookie_jar if c.key == SESSION_COOKIE]
            cookies = [*form.cookies.values(), *login.cookies.values(), *family]
        cookies = [c for c in cookies if c.value]  # not the pre-login cookie's deletion
        names = {c.key for c in cookies}
        assert names == {PRELOGIN_COOKIE, DASH_COOKIE, SESSION_COOKIE}
        assert all(bool(c["secure"]) is secure and c["httponly"] for c in cookies), base_url

"""Every route of the web app under odd input, over real HTTP on loopback: odd path values, odd
bodies and cookies, without a login and with a family's and a coordinator's. Nothing may give a
5xx or a traceback, in the response or in the server log; and a family whose person was erased
gets a kind page in Swedish with the help-now words."""

from __future__ import annotations

import asyncio
import logging
import random
import re
from dataclasses import dataclass
from urllib.parse import quote

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from yarl import URL

from bot.testing.invite import open_invite
from bot.web.dashboard import COOKIE as DASH_COOKIE
from bot.web.dashboard import DASH_KEY
from bot.web.family import DEVICE_COOKIE, FAMILY_KEY, SESSION_COOKIE
from bot.web.keys import APP_KEY
from bot.web.server import MAX_BODY, create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.workspace_factory import Seeded, seed_case

SEED = 1414
REQUESTS = 700
#: Values for path parameters, query strings and form fields that once gave 500s.
ODD = ["²", "9" * 5000, "-1", "../x", "%ff", "", "x" * 3000, "٣", "0", "1e3", " 1", "<b>", "%00"]
FIELDS = ["do", "choice", "pick", "text", "at", "lang", "share:x", "username", "password",
          "label", "actors", "need_noticed", "role", "dialog", "protected", "ticked", "actor",
          "g0-title", "g0-a0-what", "follow_up_date", "token", "picked", "digits", "switch",
          "ticket"]  # fmt: skip


@dataclass
class Site:
    web_app: web.Application
    seeded: Seeded
    base: str
    http: aiohttp.ClientSession
    #: (participant, place) for each family member who opened their invite.
    family: list[tuple]
    user_id: int


@pytest.fixture
async def site(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    web_app = create_web_app(app)
    server = TestServer(web_app, host="127.0.0.1")
    await server.start_server()
    jar = aiohttp.DummyCookieJar()
    async with aiohttp.ClientSession(str(server.make_url("")), cookie_jar=jar) as http:
        family = []
        for person in (seeded.child, seeded.guardians[0]):
            base = str(server.make_url(""))
            jar = aiohttp.CookieJar(unsafe=True)
            async with aiohttp.ClientSession(base, cookie_jar=jar) as phone:
                await open_invite(phone, app.cases.issue_invite(person.id))
            login = web_app[FAMILY_KEY].get(jar.filter_cookies(URL(base))[SESSION_COOKIE].value)
            family.append((login.participant, login.place))
        response = await dashboard_login(http, allow_redirects=False)
        assert response.status == 303
        login = web_app[DASH_KEY].sessions.get(response.cookies[DASH_COOKIE].value)
        yield Site(web_app, seeded, str(server.make_url("")), http, family, login.user_id)
    await server.close()
    app.db.conn.close()


def valid_values(site: Site) -> dict[str, list[str]]:
    """Values that reach a handler's inner code, per path parameter name."""
    return {
        "case_id": [str(site.seeded.case.id)],
        "participant_id": [str(site.seeded.child.id)],
        "fmt": ["png", "pdf", "json", "docx", "html", "csv"],
        "dialog": ["demo"],
        "lang": ["sv", "en"],
        "page": ["1"],
        "n": ["1"],
        "key": ["welcome", "school"],
        "part": ["", "/help"],
        "item": ["consent"],
    }


def path_value(rng: random.Random, name: str, valid: dict[str, list[str]]) -> str:
    """A value for a path parameter, percent-encoded except the raw odd ones."""
    value = rng.choice(valid.get(name, ["x"]) + ODD)
    return value if value in ("%ff", "%00", "../x", "/help") else quote(value, safe="")


def fill(rng: random.Random, resource: web.AbstractResource, valid) -> str:
    info = resource.get_info()
    if "path" in info:
        return info["path"]
    if "prefix" in info:
        return info["prefix"] + "/" + rng.choice(["family.css", "..%2f..%2fpyproject.toml", *ODD])
    return re.sub(r"\{(\w+)\}", lambda m: path_value(rng, m.group(1), valid), info["formatter"])


def login_cookie(rng: random.Random, site: Site, who: str) -> tuple[str, str]:
    """A fresh login's cookie and CSRF token for `who` (none, family or coordinator)."""
    if who == "family":
        participant, place = rng.choice(site.family)
        login = site.web_app[FAMILY_KEY].open(participant, place, [])
        return f"{SESSION_COOKIE}={login.token}", login.csrf
    if who == "coordinator":
        login = site.web_app[DASH_KEY].sessions.open(site.user_id)
        return f"{DASH_COOKIE}={login.token}", login.csrf
    odd = rng.choice([f"{SESSION_COOKIE}=²", f"{DASH_COOKIE}={'9' * 5000}", "a=b=c; ;=", ""])
    return odd, "no-login"


def body(rng: random.Random, csrf: str) -> tuple[bytes | aiohttp.FormData | None, dict]:
    """A request body and its headers: a form (right or wrong CSRF) or something broken."""
    token = csrf if rng.random() < 0.7 else "forged"
    fields = {"csrf": token} | {rng.choice(FIELDS): rng.choice(ODD) for _ in range(3)}
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    match rng.randrange(9):
        case 0:
            return None, {}
        case 1 | 2:
            return "&".join(f"{quote(k)}={quote(v)}" for k, v in fields.items()).encode(), form_type
        case 3:
            return f"csrf={token}&text=\xff\xfe&do=answer".encode("latin-1"), form_type
        case 4:
            return f"csrf={token}&text=%ff%fe&choice=%C0%80".encode(), form_type
        case 5:
            data = aiohttp.FormData(fields)
            data.add_field("file", b"\xff\x00", filename="x.bin")
            return data, {}
        case 6:
            broken = rng.choice(["multipart/form-data", "multipart/form-data; boundary=zz"])
            return b'--zz\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n\xff', {
                "Content-Type": broken
            }
        case 7:
            return f"csrf={token}&text={'a' * (MAX_BODY + 10)}".encode(), form_type
    return b"\xff\xfe{}", {"Content-Type": "application/x-www-form-urlencoded; charset=nope"}


async def raw_request(site: Site, request_line: bytes, cookie: bytes) -> tuple[int, bytes]:
    """A request with bytes no HTTP client library will send: invalid UTF-8 in the path and
    the cookie."""
    url = URL(site.base)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    writer.write(
        request_line
        + b" HTTP/1.1\r\nHost: x\r\nCookie: "
        + cookie
        + b"\r\nConnection: close\r\n\r\n"
    )
    await writer.drain()
    answer = await reader.read()
    writer.close()
    await writer.wait_closed()
    return int(answer.split(b" ", 2)[1]), answer


def assert_no_server_error(caplog, bodies: list[tuple[str, int, bytes]]) -> None:
    failed = [(where, status) for where, status, _ in bodies if status >= 500]
    assert not failed, f"{len(failed)} of {len(bodies)} requests gave 5xx: {failed[:10]}"
    assert not [where for where, _, text in bodies if b"Traceback" in text]
    logged = [r for r in caplog.records if r.levelno >= logging.ERROR and r.exc_info]
    assert not logged, [f"{r.name}: {r.getMessage()}" for r in logged[:5]]
    assert "Traceback" not in caplog.text


async def test_every_route_survives_odd_input_without_5xx_or_traceback(site, caplog):
    caplog.set_level(logging.DEBUG)
    rng = random.Random(SEED)
    valid = valid_values(site)
    routes = [r for r in site.web_app.router.routes() if r.method != "HEAD"]
    results: list[tuple[str, int, bytes]] = []
    #: Responses without the security headers, but for aiohttp's own plain 400 to a request
    #: it could not parse (a line too long, raw bytes in the query), which no app code sees.
    bare: list[str] = []
    for n in range(REQUESTS):
        route = routes[n % len(routes)]
        who = ("none", "family", "coordinator")[(n // len(routes)) % 3]
        path = fill(rng, route.resource, valid)
        if rng.random() < 0.3:
            path += "?" + rng.choice(["from=²&to=%ff", "hear=%ff", "text=" + "9" * 5000, "a=%"])
        method = route.method if rng.random() < 0.8 else rng.choice(["GET", "POST"])
        cookie, csrf = login_cookie(rng, site, who)
        data, headers = body(rng, csrf) if method == "POST" else (None, {})
        headers |= {"Cookie": cookie, "Accept-Language": rng.choice(["en", "sv", "²", ""])}
        url = URL(site.base + path, encoded=True)
        async with site.http.request(
            method, url, data=data, headers=headers, allow_redirects=False
        ) as response:
            where = f"{method} {path[:80]} as {who}"
            results.append((where, response.status, await response.read()))
            unparsed = response.status == 400 and response.content_type == "text/plain"
            if response.headers.get("X-Content-Type-Options") != "nosniff" and not unparsed:
                bare.append(f"{where} {response.status}")
    for line in (b"GET /f/\xff\xfe", b"GET /dashboard/cases/\xc2\xb2", b"POST /i/%ff%fe"):
        for who in ("none", "family", "coordinator"):
            cookie, _ = login_cookie(rng, site, who)
            status, answer = await raw_request(site, line, cookie.encode() + b"; x=\xff\xfe")
            results.append((f"{line!r} as {who}", status, answer))
    assert len(results) > REQUESTS
    assert_no_server_error(caplog, results)
    assert not bare, bare[:10]


@pytest.mark.parametrize("path", ["/f", "/f/plan", "/f/plan.png", "/f/min-rost.pdf", "/f/withdraw"])
async def test_an_erased_family_member_gets_a_kind_swedish_page_with_help_now(site, caplog, path):
    caplog.set_level(logging.DEBUG)
    app = site.web_app[APP_KEY]
    participant, place = site.family[1]  # a guardian: every page is theirs to open
    login = site.web_app[FAMILY_KEY].open(participant, place, [])
    app.person.erase(participant.id)
    device = place.identity.removeprefix("web:")  # a browser sends both cookies
    cookie = {"Cookie": f"{SESSION_COOKIE}={login.token}; {DEVICE_COOKIE}={device}"}
    async with site.http.get(path, headers=cookie) as response:
        html = await response.text()
    assert response.status == 403
    assert '<html lang="sv"' in html and "Internal Server Error" not in html
    t = app.catalog.translator("sv")
    assert t("web-refused-title") in html and t("refused-erased") in html
    assert t("help-now-button") in html and "Ring Bris på 116 111." in html
    assert response.headers["X-Frame-Options"] == "DENY"
    assert_no_server_error(caplog, [(path, response.status, html.encode())])


def sv(site: Site, msg_id: str) -> str:
    return site.web_app[APP_KEY].catalog.translator("sv")(msg_id)


async def test_bad_ids_and_bodies_get_the_kind_page_with_its_status(site):
    rng = random.Random(SEED)
    coordinator, _ = login_cookie(rng, site, "coordinator")
    family, csrf = login_cookie(rng, site, "family")
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    asked = [
        ("GET", "/dashboard/cases/%C2%B2", coordinator, None, {}, 404, "dash-error-not-found"),
        ("GET", f"/dashboard/cases/{'9' * 5000}/plan", coordinator, None, {}, 404,
         "dash-error-not-found"),
        ("GET", "/dashboard/cases/-1/edit", coordinator, None, {}, 404, "dash-error-not-found"),
        ("POST", "/dashboard/cases/new", coordinator, b"csrf=forged", form_type, 403,
         "dash-error-stale"),
        ("POST", "/f", family, f"csrf={csrf}&text=\xff".encode("latin-1"), form_type, 400,
         "web-bad-input-body"),
        ("POST", "/f", family, b"--zz\r\n\xff", {"Content-Type": "multipart/form-data"}, 400,
         "web-bad-input-body"),
        ("GET", "/listen/demo/sv/%D9%A1", "", None, {}, 404, "web-not-found-body"),
        ("GET", "/no/such/page", "", None, {}, 404, "web-not-found-body"),
    ]  # fmt: skip
    for method, path, cookie, data, headers, status, msg_id in asked:
        url = URL(site.base + path, encoded=True)
        headers = headers | {"Cookie": cookie}
        async with site.http.request(method, url, data=data, headers=headers) as response:
            html = await response.text()
        assert (response.status, sv(site, msg_id) in html) == (status, True), path[:40]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Cache-Control"] == "no-store"


async def test_a_family_page_speaks_the_browsers_language_with_help_now(site):
    async with site.http.get("/nowhere", headers={"Accept-Language": "en-GB,sv;q=0.5"}) as answer:
        html = await answer.text()
    en = site.web_app[APP_KEY].catalog.translator("en")
    assert answer.status == 404 and '<html lang="en"' in html
    assert en("web-not-found-body") in html and en("help-now-button") in html


async def test_an_unexpected_error_is_a_kind_500_logged_by_type_and_route_only(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    app = make_app(tmp_path)
    web_app = create_web_app(app)

    async def broken(request: web.Request) -> web.Response:
        raise RuntimeError("Hemligt svar 4242")

    web_app.router.add_get("/f/broken/{token}", broken)
    async with (
        TestServer(web_app, host="127.0.0.1") as server,
        aiohttp.ClientSession() as http,
        http.get(server.make_url("/f/broken/invite-token-7731")) as response,
    ):
        html = await response.text()
    app.db.conn.close()
    assert response.status == 500 and response.headers["X-Frame-Options"] == "DENY"
    assert app.catalog.translator("sv")("web-error-body") in html
    assert "Traceback" not in html and "Hemligt" not in html
    (logged,) = [r for r in caplog.records if r.name == "bot.web.errors"]
    assert logged.levelno == logging.ERROR and logged.exc_info is None
    line = logged.getMessage()
    assert "RuntimeError" in line and "GET /f/broken/{token}" in line
    assert "Hemligt" not in caplog.text and "invite-token-7731" not in line

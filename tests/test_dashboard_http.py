"""The dashboard over real HTTP on loopback: login, CSRF, idle timeout, unit isolation,
validation beside the field, headers (the login's own defences: test_login_security.py)."""

from __future__ import annotations

import html as html_module
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web.dashboard import DASH_KEY
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.workspace_factory import PASSWORD, give_consent, prepare_child, seed_case


class Clock:
    def __init__(self):
        self.now = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def env(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    web_app = create_web_app(app)
    clock = Clock()
    web_app[DASH_KEY].sessions.clock = clock
    async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:
        yield app, seeded, client, clock


async def csrf_of(client, path="/dashboard/") -> str:
    html = await (await client.get(path)).text()
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def test_login_shows_the_units_cases_with_private_headers(env):
    _app, _seeded, client, _clock = env
    response = await dashboard_login(client)
    assert response.status == 200 and "Fjärilen" in await response.text()
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    cookie = response.history[0].headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


async def test_a_post_without_the_csrf_token_is_403(env):
    _app, seeded, client, _clock = env
    await dashboard_login(client)
    response = await client.post(
        f"/dashboard/cases/{seeded.case.id}/participants/{seeded.child.id}/invite", data={}
    )
    assert response.status == 403
    bad = await client.post("/dashboard/cases/new", data={"csrf": "forged", "label": "X"})
    assert bad.status == 403


async def test_the_session_expires_after_30_idle_minutes(env):
    _app, _seeded, client, clock = env
    await dashboard_login(client)
    clock.now += timedelta(minutes=29)
    assert (await client.get("/dashboard/", allow_redirects=False)).status == 200
    clock.now += timedelta(minutes=29)  # 29 minutes since the last request: still alive
    assert (await client.get("/dashboard/", allow_redirects=False)).status == 200
    clock.now += timedelta(minutes=31)
    response = await client.get("/dashboard/", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/dashboard/login"


async def test_another_units_case_is_404_and_logged(env):
    app, seeded, client, _clock = env
    app.users.add("other", "Enhet Syd", PASSWORD)
    await dashboard_login(client, "other")
    for path in (f"/dashboard/cases/{seeded.case.id}", "/dashboard/cases/999"):
        response = await client.get(path)
        assert response.status == 404
        assert "Fjärilen" not in await response.text()
    token = await csrf_of(client)
    response = await client.post(
        f"/dashboard/cases/{seeded.case.id}/participants/{seeded.child.id}/invite",
        data={"csrf": token},
    )
    assert response.status == 404
    denied = [
        e for e in app.audit.entries(f"case:{seeded.case.id}") if e["action"] == "case.denied"
    ]
    assert [e["actor"] for e in denied] == ["other", "other"]
    assert "Fjärilen" not in await (await client.get("/dashboard/")).text()


async def test_bad_input_is_refused_beside_the_field_and_markup_is_text(env):
    app, _seeded, client, _clock = env
    await dashboard_login(client)
    token = await csrf_of(client)
    form = {
        "csrf": token,
        "label": "<script>alert(1)</script>",
        "need_noticed": "2026-02-30",
        "child_role": "child",
        "guardian1_dialog": "samtycke-vardnadshavare",
        "meeting_time": "15:00",
        "meeting_end": "14:00",
    }
    response = await client.post("/dashboard/cases/new", data=form)
    html = await response.text()
    assert response.status == 400
    assert "Skriv datumet som ÅÅÅÅ-MM-DD." in html
    assert "Sluttiden måste vara efter starttiden." in html
    assert "skriv skälet till ensam vårdnad" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    second = "vad-ar-viktigt-vardnadshavare"
    form |= {"need_noticed": "2026-05-01", "meeting_end": "16:00", "guardian2_dialog": second}
    response = await client.post("/dashboard/cases/new", data=form)
    assert (
        response.status == 200 and "&lt;script&gt;alert(1)&lt;/script&gt;" in await response.text()
    )
    assert len(app.case_store.cases(1)) == 2


async def test_invite_sheet_shows_links_and_qr_once(env):
    _app, seeded, client, _clock = env
    await dashboard_login(client)
    token = await csrf_of(client, f"/dashboard/cases/{seeded.case.id}")
    response = await client.post(
        f"/dashboard/cases/{seeded.case.id}/participants/{seeded.child.id}/invite",
        data={"csrf": token},
    )
    html = await response.text()
    assert response.status == 200 and response.headers["Cache-Control"] == "no-store"
    assert re.search(r'href="[^"]*/i/[A-Za-z0-9_-]{32}"', html)
    qr = re.search(r'<img class="qr" src="data:image/svg\+xml;charset=utf-8,([^"]+)"', html)
    svg = unquote(html_module.unescape(qr.group(1)))
    assert svg.startswith("<svg xmlns='http://www.w3.org/2000/svg'")  # or browsers draw nothing


async def test_the_pack_page_is_refused_without_consent_and_shown_with_it(env):
    app, seeded, client, _clock = env
    prepare_child(app, seeded)
    await dashboard_login(client)
    case = f"/dashboard/cases/{seeded.case.id}"
    response = await client.get(f"{case}/meeting.pdf")
    assert response.status == 409 and "Ingen vårdnadshavare har samtyckt" in await response.text()
    give_consent(app, seeded)
    for document, name in (("meeting", "underlag-for-motet"), ("coordinator", "endast-for")):
        response = await client.get(f"{case}/{document}.pdf")
        assert response.status == 200 and (await response.read()).startswith(b"%PDF")
        assert f'filename="{name}' in response.headers["Content-Disposition"]
    response = await client.get(f"{case}/kallelse.docx")
    assert response.status == 200 and (await response.read()).startswith(b"PK")
    assert (await client.get(f"{case}/kallelse.pdf")).status == 404
    page = await (await client.get(f"{case}/pack")).text()
    for href in ("meeting.pdf", "meeting.docx", "coordinator.json", "kallelse.docx"):
        assert f'href="{case}/{href}"' in page


async def test_a_participant_can_be_added_later_and_bad_input_is_shown_beside_the_field(env):
    app, seeded, client, _clock = env
    await dashboard_login(client)
    path = f"/dashboard/cases/{seeded.case.id}"
    token = await csrf_of(client, path)
    response = await client.post(
        f"{path}/participants", data={"csrf": token, "role": "child", "dialog": "nope"}
    )
    assert response.status == 400 and "Välj ett samtal." in await response.text()
    response = await client.post(
        f"{path}/participants",
        data={"csrf": token, "role": "child", "dialog": "samtycke-barn", "name": "<b>Lo</b>"},
    )
    assert response.status == 200 and "&lt;b&gt;Lo&lt;/b&gt;" in await response.text()
    assert [p.role for p in app.case_store.participants(seeded.case.id)][-1] == "child"

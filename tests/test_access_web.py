"""Issue 9 on the family web and the dashboard over real HTTP on loopback: read-aloud audio,
"Jag behöver hjälp nu" and telling the coordinator, right-to-left pages, "some text is in
Swedish" once."""

from __future__ import annotations

import re

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from conformance.drivers import WebDriver, form_data
from conformance.harness import Action
from pseudo_locale import PSEUDO, make_locales

from bot.engine.runner import position
from bot.i18n import Catalog
from bot.paths import locales_dir
from bot.testing.invite import open_invite
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.workspace_factory import give_consent, prepare_child, seed_case

A = Action.parse
AUDIO_SRC = re.compile(r'<audio id="listen-question"[^>]* src="([^"]+)"')
HELP_SRC = re.compile(r'<audio id="listen-help"[^>]* src="([^"]+)"')


@pytest.fixture
async def family(tmp_path):
    driver = WebDriver(tmp_path)
    await driver.start("demo", "sv")
    yield driver
    await driver.close()


def t(app, msg_id: str, lang: str = "sv", **args) -> str:
    return app.catalog.translator(lang)(msg_id, **args)


def is_mp3(body: bytes) -> bool:
    """An ID3 tag or an MPEG audio frame sync at the start."""
    return body[:3] == b"ID3" or (len(body) > 1 and body[0] == 0xFF and body[1] & 0xE0 == 0xE0)


async def html_of(driver: WebDriver) -> str:
    async with driver.http.get("/f") as response:
        return await response.text()


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


# ── Lyssna ──────────────────────────────────────────────────────────────────────────────────


async def test_the_audio_route_speaks_only_the_current_prompt(family):
    await family.act(A("continue"))  # the areas question
    html = await html_of(family)
    src = AUDIO_SRC.search(html).group(1)
    assert src == "/f/listen/areas.mp3"
    assert t(family.app, "action-listen") in html
    async with family.http.get(src) as response:
        assert response.status == 200
        assert response.content_type == "audio/mpeg"
        assert response.headers["Cache-Control"] == "no-store"
        whole = await response.read()
        assert is_mp3(whole)
    # Safari on iPhone plays media only from a server that answers byte ranges.
    async with family.http.get(src, headers={"Range": "bytes=0-1"}) as response:
        assert response.status == 206 and response.headers["Accept-Ranges"] == "bytes"
        assert await response.read() == whole[:2]
    help_src = HELP_SRC.search(html).group(1)
    async with family.http.get(help_src) as response:
        assert response.status == 200 and response.content_type == "audio/mpeg"
        assert is_mp3(await response.read())

    for other in ("/f/listen/welcome.mp3", "/f/listen/no-such-step.mp3"):
        async with family.http.get(other) as response:
            assert response.status == 404, other
    async with (
        aiohttp.ClientSession(family.server.url) as stranger,
        stranger.get(src) as response,
    ):
        assert response.status == 404


async def test_a_prompt_key_with_brackets_is_escaped_and_still_heard(family):
    await family.act(A("continue"))
    await family.act(A({"choose": ["school"]}))
    src = AUDIO_SRC.search(await html_of(family)).group(1)
    assert "[" not in src and "%5B" in src
    async with family.http.get(src) as response:
        assert response.status == 200 and is_mp3(await response.read())


# ── Jag behöver hjälp nu ────────────────────────────────────────────────────────────────────


async def test_help_now_keeps_the_place_and_shows_the_message(family):
    await family.act(A("continue"))
    await family.act(A({"choose": ["school"]}))
    before = family.app.dialogs.get(family.session_id).state
    html = await html_of(family)
    text = await family.post("/f/help-now", {"csrf": csrf_of(html)})
    assert "Ring 112" in text and "116 111" in text
    assert "Hur är det i skolan nu?" in text, "the same question under the notice"
    assert text.index("116 111") < text.index("Hur är det i skolan nu?")
    assert t(family.app, "help-now-tell") in text
    after = family.app.dialogs.get(family.session_id).state
    assert position(after) == position(before)
    assert await family.stored_answers() == {"areas": ["school"]}

    async with family.http.post("/f/help-now", data={"csrf": "wrong"}) as response:
        assert response.status == 403


async def test_help_now_is_on_every_family_page(family):
    await family.act(A("continue"))
    for action in (A({"choose": ["school"]}), A({"choose": "4"})):
        assert 'action="/f/help-now"' in await html_of(family)
        await family.act(action)
    form = family.main_form()
    await family.post("/f", form_data(form, family.button(form, "do", "pause")))
    assert 'action="/f/help-now"' in await html_of(family), "the paused page too"


async def test_telling_the_coordinator_is_urgent_on_the_dashboard_and_not_for_the_meeting(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    give_consent(app, seeded)
    prepare_child(app, seeded)
    app.case_store.update_case(
        seeded.case.id, coordinator_contact="08-123 456 78", coordinator_hours="vardagar 9–16"
    )
    app.case_store.notify(seeded.case.unit_id, seeded.case.id, "preparation-done")
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        token = app.cases.issue_invite(seeded.guardians[0].id)
        html = await open_invite(client, token)
        response = await client.post("/f/help-now", data={"csrf": csrf_of(html)})
        html = await response.text()
        assert "08-123 456 78" in html and "vardagar 9–16" in html
        response = await client.post("/f/help-now/tell", data={"csrf": csrf_of(html)})
        assert t(app, "help-now-told") in await response.text()

        await dashboard_login(client)
        cases = await (await client.get("/dashboard/")).text()
        told, other = t(app, "note-help-now"), t(app, "note-preparation-done")
        not_for_meeting = t(app, "dash-not-for-meeting")
        assert told in cases and other in cases
        assert cases.index(told) < cases.index(other) < cases.index('<table class="cases">')
        item = re.search(rf"<li class=\"urgent\">.*?{told}.*?</li>", cases, re.S).group(0)
        assert not_for_meeting in item and re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", item)

        page = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
        who = t(app, "dash-help-alert", role=t(app, "help-now-mail-role-guardian"))
        assert who in page and not_for_meeting in page  # the case page names the role
        assert page.index(who) < page.index(t(app, "dash-participants"))

        for fmt in ("html", "json"):
            async with client.get(f"/dashboard/cases/{seeded.case.id}/meeting.{fmt}") as response:
                assert response.status == 200, fmt
                body = await response.text()
            assert "help-now" not in body and "help_now" not in body and told not in body
        # The coordinator's own document says when (never what): not the meeting's.
        coordinator = f"/dashboard/cases/{seeded.case.id}/coordinator.html"
        body = await (await client.get(coordinator)).text()
        assert "Berätta för min samordnare" in body and "Sekretess" in body
        pack = await (await client.get(f"/dashboard/cases/{seeded.case.id}/pack")).text()
        assert told not in pack and "help-now" not in pack


async def test_the_case_form_keeps_coordinator_contact_and_protection_warns(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    case_url = f"/dashboard/cases/{seeded.case.id}"
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await dashboard_login(client)
        edit = await (await client.get(f"{case_url}/edit")).text()
        assert 'name="coordinator_contact"' in edit and 'name="coordinator_hours"' in edit
        form = {
            "csrf": csrf_of(edit),
            "label": "Fjärilen",
            "need_noticed": "2026-05-01",
            "coordinator_contact": "08-123 456 78",
            "coordinator_hours": "måndag till fredag 9–16",
        }
        response = await client.post(f"{case_url}/edit", data=form)
        assert response.status == 200
        case = app.case_store.case(seeded.case.id)
        assert case.coordinator_contact == "08-123 456 78"
        assert case.coordinator_hours == "måndag till fredag 9–16"

        page = await (await client.get(case_url)).text()
        warning = 'class="protected-warning"'
        assert warning not in page
        guardian = seeded.guardians[1]
        action = f"{case_url}/participants/{guardian.id}/protect"
        response = await client.post(action, data={"csrf": csrf_of(page), "protected": "1"})
        page = await response.text()
        assert app.case_store.participant(guardian.id).protected
        assert page.index(warning) < page.index(t(app, "dash-participants"))
        response = await client.post(action, data={"csrf": csrf_of(page), "protected": "0"})
        assert warning not in await response.text()
        assert not app.case_store.participant(guardian.id).protected
        actions = [e["action"] for e in app.audit.entries(f"case:{seeded.case.id}")]
        assert "participant.protect" in actions and "participant.unprotect" in actions


# ── Languages ───────────────────────────────────────────────────────────────────────────────


async def rtl_family(tmp_path, drop: tuple[str, ...] = ()) -> WebDriver:
    folder = make_locales(locales_dir(), tmp_path / "locales")
    for name in drop:
        (folder / PSEUDO / name).unlink()
    driver = WebDriver(tmp_path / "var")
    driver.app.catalog = Catalog(folder)
    driver.first_page = await driver.start("demo", PSEUDO)
    return driver


async def test_a_right_to_left_language_gets_dir_rtl(tmp_path):
    driver = await rtl_family(tmp_path)
    try:
        html = await html_of(driver)
        assert re.search(rf'<html lang="{PSEUDO}" dir="rtl">', html)
        assert t(driver.app, "notice-some-swedish", PSEUDO) not in html, "all translated"
        await driver.post("/f/lang", {"csrf": csrf_of(html), "lang": "sv"})
        assert '<html lang="sv" dir="ltr">' in await html_of(driver)
    finally:
        await driver.close()


async def test_some_swedish_is_said_once_until_the_language_changes(tmp_path):
    driver = await rtl_family(tmp_path, drop=("demo.ftl",))
    notice = t(driver.app, "notice-some-swedish", PSEUDO)
    try:
        assert notice in driver.first_page
        assert notice not in await html_of(driver), "once"
        await driver.act(A("continue"))
        assert notice not in await html_of(driver)
        html = await html_of(driver)
        english = await driver.post("/f/lang", {"csrf": csrf_of(html), "lang": "en"})
        assert t(driver.app, "notice-some-swedish", "en") not in english, "all English"
        again = await driver.post("/f/lang", {"csrf": csrf_of(html), "lang": PSEUDO})
        assert notice in again, "told again after changing language, as the console does"
        assert notice not in await html_of(driver)
    finally:
        await driver.close()

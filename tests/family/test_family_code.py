"""The person's own code and the safe invite link, over real HTTP on loopback with a real SQLite
file: a preview changes nothing, the code opens the link in any browser, five wrong codes lock
it, a new or revoked invite ends every browser at once, and text sent after the login ended is
kept and shown again only after the code (issue 15, items 1, 2 and the family part of 3)."""

from __future__ import annotations

import logging
from datetime import timedelta

import aiohttp
import pytest
from aiohttp import web
from conformance.drivers import PICTURE_CODE, FamilyServer, WebChannel, open_invite
from conformance.harness import Action

from bot.services.access import matches
from bot.services.clock import utc_clock
from bot.web.family import FAMILY_KEY
from bot.web.server import INVITE_PATH, RedactedAccessLogger, create_web_app
from tests.app_factory import dashboard_login
from tests.workspace_factory import PASSWORD

A = Action.parse
WRONG = ("code-dog", "code-dog", "code-dog")


class Phone(WebChannel):
    """One browser (its own cookie jar) on a running `FamilyServer`."""

    def __init__(self, server: FamilyServer):
        self.server, self.app, self.page = server, server.app, None
        self.http = aiohttp.ClientSession(server.url, cookie_jar=aiohttp.CookieJar(unsafe=True))


@pytest.fixture
async def server(tmp_path):
    server = FamilyServer(tmp_path)
    await server.start()
    phones: list[Phone] = []
    server.phone = lambda: phones.append(Phone(server)) or phones[-1]
    yield server
    for phone in phones:
        await phone.http.close()
    await server.close()


def t(server: FamilyServer, msg_id: str, lang: str = "sv", **args) -> str:
    return server.app.catalog.translator(lang)(msg_id, **args)


def dump(server: FamilyServer) -> str:
    """Every row of every table of the SQLite file."""
    return "\n".join(server.app.db.conn.iterdump())


async def test_a_link_preview_by_get_or_head_changes_nothing_and_then_the_link_opens(server):
    participant, token = server.invite("demo")
    before = dump(server)
    preview = server.phone()
    for method in ("HEAD", "GET", "GET"):
        headers = {"User-Agent": "WhatsApp/2.23 (link preview)"}
        async with preview.http.request(method, f"/i/{token}", headers=headers) as response:
            assert response.status == 200
            assert "Set-Cookie" not in response.headers
            assert "no-store" in response.headers["Cache-Control"]
            body = await response.text()
    assert dump(server) == before  # nothing written: not redeemed, no session, no audit row
    landing = await preview.get(f"/i/{token}")
    assert t(server, "landing-title") in landing and t(server, "landing-body") in landing
    assert t(server, "demo-welcome") not in landing and t(server, "landing-start") in body
    phone = server.phone()
    text = await phone.open_link(token)
    assert t(server, "demo-welcome") in text
    assert server.app.case_store.invites(participant.id)[0].used_at is not None


async def test_the_landing_page_is_in_the_persons_language(server):
    _, token = server.invite("demo", lang="en")
    text = await server.phone().get(f"/i/{token}")
    assert "Hi!" in text and "Tap Start." in text


async def test_help_now_is_one_tap_away_before_the_code_too(server):
    """The landing and code pages have no login, so "Jag behöver hjälp nu" is a link to a page
    anyone may open: who to call, with 112 and Bris."""
    _, token = server.invite("demo")
    phone = server.phone()
    landing = await phone.get(f"/i/{token}")
    assert 'class="help-now-button" href="/hjalp?lang=sv"' in phone.page.html, landing
    help_page = await phone.get("/hjalp?lang=sv")
    assert t(server, "web-help-now-body") in help_page and "116 111" in help_page


async def test_a_second_browser_must_enter_the_code_and_then_goes_on_where_the_first_was(server):
    _, token = server.invite("demo")
    first = server.phone()
    await first.open_link(token)
    await first.act(A("continue"))
    await first.act(A({"choose": ["friends"]}))
    second = server.phone()
    await second.get(f"/i/{token}")
    asked = await second.press("/i")
    assert t(server, "code-enter-title") in asked
    assert t(server, "code-enter-pictures") in asked
    assert "kompisar" not in asked.lower()
    async with second.http.get("/f") as response:
        assert response.status == 410  # no login without the code
    text = await second.open_link(token)
    assert "Hur är det med kompisar nu?" in text
    assert "Hur är det med kompisar nu?" in await first.get("/f")  # the first goes on too


async def test_the_code_is_stored_like_a_password(server):
    participant, token = server.invite("demo")
    await server.phone().open_link(token)
    row = server.app.db.execute(
        "SELECT code_kind, code_hash FROM invites WHERE participant_id = ?", [participant.id]
    ).fetchone()
    assert row[0] == "pictures" and row[1].startswith("$argon2id$")
    code = ",".join(PICTURE_CODE)
    assert code not in dump(server) and "code-cat" not in row[1]
    assert not matches(row[1], code)  # the hash cannot be tested without the key
    invite = server.app.case_store.invites(participant.id)[0]
    assert matches(row[1], server.app.access.secret(invite, code))


async def test_five_wrong_codes_lock_until_a_new_invite_which_ends_the_old_sessions(server):
    participant, token = server.invite("demo")
    server.app.users.add("coord", "Testenheten", PASSWORD)
    owner = server.phone()
    await owner.open_link(token)
    thief = server.phone()
    for left in (4, 3, 2, 1):
        text = await thief.open_link(token, WRONG)
        assert t(server, "code-wrong", left=left) in text
        assert t(server, "demo-welcome") not in text
    text = await thief.open_link(token, WRONG)
    assert t(server, "web-invite-locked-body") in text
    assert t(server, "web-invite-locked-body") in await thief.open_link(token)  # even the right
    assert t(server, "web-invite-locked-body") in await server.phone().get(f"/i/{token}")
    coordinator = server.phone()
    await dashboard_login(coordinator.http)
    case_page = f"/dashboard/cases/{server.case_id}"
    assert t(server, "dash-invite-locked") in await coordinator.get(case_page)

    new_token = server.app.cases.issue_invite(participant.id)
    async with owner.http.get("/f") as response:
        assert response.status == 410  # the new invite ended the old login at once
    assert t(server, "refused-revoked") in await server.phone().get(f"/i/{token}")
    fresh = server.phone()
    text = await fresh.open_link(new_token, ("code-fish", "code-car", "code-ball"))
    assert t(server, "demo-welcome") in text
    assert t(server, "dash-invite-locked") not in await coordinator.get(case_page)


async def test_revoking_ends_every_browser_of_the_link_at_once(server):
    participant, token = server.invite("demo")
    phones = [server.phone(), server.phone()]
    for phone in phones:
        await phone.open_link(token)
    server.app.cases.revoke_invites(participant.id)
    for phone in phones:
        async with phone.http.get("/f") as response:
            assert response.status == 403
            assert t(server, "refused-revoked") in await response.text()
    assert t(server, "refused-revoked") in await server.phone().open_link(token)


async def test_youth_and_guardians_may_choose_digits_and_a_child_may_not(server):
    _, token = server.invite("demo", role="guardian")
    phone = server.phone()
    await phone.get(f"/i/{token}")
    await phone.press("/i")
    form = phone.form("/i")
    text = await phone.post("/i", [*_hidden(form), ("switch", "digits")])
    assert t(server, "code-choose-digits", min=4, max=6) in text
    form = phone.form("/i")
    text = await phone.post("/i", [*_hidden(form), ("digits", "12"), ("save", "1")])
    assert t(server, "code-bad") in text  # too short: asked again, nothing counted
    form = phone.form("/i")
    text = await phone.post("/i", [*_hidden(form), ("digits", "4711"), ("save", "1")])
    assert t(server, "demo-welcome") in text
    other = server.phone()
    await other.get(f"/i/{token}")
    assert t(server, "code-enter-digits") in await other.press("/i")
    form = other.form("/i")
    text = await other.post("/i", [*_hidden(form), ("digits", "1111"), ("save", "1")])
    assert t(server, "code-wrong", left=4) in text
    form = other.form("/i")
    text = await other.post("/i", [*_hidden(form), ("digits", "4711"), ("save", "1")])
    assert t(server, "demo-welcome") in text

    _, child_token = server.invite("demo", role="child")
    child = server.phone()
    await child.get(f"/i/{child_token}")
    assert t(server, "code-use-digits") not in await child.press("/i")
    form = child.form("/i")
    text = await child.post("/i", [*_hidden(form), ("switch", "digits"), ("digits", "4711")])
    assert t(server, "code-choose-pictures") in text
    assert "digits" not in {i.get("name") for i in child.form("/i").inputs}
    kinds = server.app.db.execute("SELECT code_kind FROM invites ORDER BY id").fetchall()
    assert [k for (k,) in kinds] == ["digits", None]


async def test_text_sent_after_the_login_ended_is_kept_and_shown_only_after_the_code(server):
    participant, token = server.invite("demo")
    phone = server.phone()
    await phone.open_link(token)
    for action in ("continue", {"choose": ["friends"]}, {"choose": ["1"]}):
        await phone.act(A(action))
    assert "text" in phone.main_form().textareas  # at "what is hard", a text question
    logins = server.runner.app[FAMILY_KEY]
    logins.clock = lambda: utc_clock() + logins.idle + timedelta(seconds=1)
    form = phone.main_form()
    words = "Ingen vill vara med mig på rasten"
    text = await phone.post("/f", [*_hidden(form), ("text", words), ("do", "answer")])
    assert t(server, "web-draft-kept-body") in text
    logins.clock = utc_clock
    row = server.app.db.execute("SELECT text_enc FROM family_drafts").fetchone()
    assert row is not None and words not in row[0] and words not in dump(server)
    session_id = server.session_id(participant.id, "demo")
    assert "area-hard" not in {a.step for a in server.app.session_store.answers(session_id)}

    stranger = server.phone()
    await stranger.get(f"/i/{token}")
    asked = await stranger.press("/i")
    assert words not in asked
    text = await stranger.open_link(token, WRONG)
    assert words not in text

    back = await phone.open_link(token)
    assert t(server, "web-draft-back") in back
    assert phone.main_form().textareas["text"] == words
    form = phone.main_form()
    await phone.post("/f", form_data_with_text(form, words))
    assert server.app.db.execute("SELECT count(*) FROM family_drafts").fetchone()[0] == 0
    answers = {a.step: a.value for a in server.app.session_store.answers(session_id)}
    assert answers["area-hard"] == words


async def test_the_access_log_never_writes_an_invite_token(tmp_path, caplog):
    server = FamilyServer(tmp_path)
    runner = web.AppRunner(
        create_web_app(server.app),
        access_log_class=RedactedAccessLogger,
        access_log=logging.getLogger("aiohttp.access"),
    )
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    _, token = server.invite("demo")
    try:
        with caplog.at_level(logging.INFO, logger="aiohttp.access"):
            async with aiohttp.ClientSession(url) as http:
                for method in ("GET", "HEAD"):
                    async with http.request(method, f"/i/{token}") as response:
                        assert response.status == 200
                await open_invite(http, token)
        lines = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
        assert any(f"GET {INVITE_PATH} " in line for line in lines)
        assert any("POST /i " in line for line in lines)
        assert not any(token in line for line in lines)
    finally:
        await runner.cleanup()
        server.app.db.conn.close()


def _hidden(form) -> list[tuple[str, str]]:
    return [(i["name"], i["value"]) for i in form.inputs if i["type"] == "hidden"]


def form_data_with_text(form, text: str) -> list[tuple[str, str]]:
    return [*_hidden(form), ("text", text), ("do", "answer")]


async def test_an_erased_person_opening_their_link_is_told_so(server):
    participant, token = server.invite("demo")
    await server.phone().open_link(token)
    server.app.person.erase(participant.id)
    async with server.phone().http.get(f"/i/{token}") as response:
        assert response.status == 403
        assert t(server, "refused-erased") in await response.text()

"""The family web channel over real HTTP on loopback: invites, sessions, bad input, privacy."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import aiohttp
import pypdf
import pytest
from conformance.drivers import WebDriver, form_data, open_invite
from conformance.harness import Action
from PIL import Image

from bot.services.clock import utc_clock
from bot.services.consent import ConsentScope
from bot.web import min_rost
from bot.web.family import FAMILY_KEY
from bot.web.page_reader import parse_page

A = Action.parse


@pytest.fixture
async def family(tmp_path):
    driver = WebDriver(tmp_path)
    driver.first_page = await driver.start("demo", "sv")
    yield driver
    await driver.close()


def t(driver: WebDriver, msg_id: str, lang: str = "sv", **args) -> str:
    return driver.app.catalog.translator(lang)(msg_id, **args)


async def to_areas(family: WebDriver) -> None:
    await family.act(A("continue"))


def hidden(family: WebDriver) -> list[tuple[str, str]]:
    return [(i["name"], i["value"]) for i in family.main_form().inputs if i["type"] == "hidden"]


async def test_invite_opens_the_first_question_and_sets_a_safe_cookie(tmp_path):
    driver = WebDriver(tmp_path)
    await driver.start("demo", "sv")
    try:
        token = driver.app.cases.issue_invite(1)
        fresh = aiohttp.ClientSession(
            driver.http._base_url, cookie_jar=aiohttp.CookieJar(unsafe=True)
        )
        async with fresh:
            landing = await fresh.get(f"/i/{token}", allow_redirects=False)
            assert landing.status == 200 and "Set-Cookie" not in landing.headers
            await open_invite(fresh, token)
            login = fresh.cookie_jar.filter_cookies(driver.http._base_url)
            assert "delaktig_family" in login
            assert "delaktig_device" not in login  # the link and its code are the device now
            async with fresh.get("/f") as response:
                assert t(driver, "demo-welcome") in await response.text()
                assert "no-store" in response.headers["Cache-Control"]
    finally:
        await driver.close()


async def test_the_login_cookie_is_http_only_and_lax(family):
    form = next(f for f in parse_page(await _landing_then_code(family)).forms if f.action == "/i")
    async with family.http.post("/i", data=form_data(form, form.buttons[0])) as response:
        form = parse_page(await response.text()).forms[0]
    data = [(k, v) for k, v in form_data(form, None) if k != "picked"]
    data += [("picked", "code-cat,code-tree"), ("pick", "star")]
    async with family.http.post("/i", data=data, allow_redirects=False) as response:
        assert response.status == 303 and response.headers["Location"] == "/f"
        (cookie,) = response.headers.getall("Set-Cookie")
    assert cookie.startswith("delaktig_family=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age" not in cookie


async def _landing_then_code(family: WebDriver) -> str:
    """Log out, open the landing page again and press Börja: the code page's HTML."""
    logout = next(f for f in family.page.forms if f.action == "/f/logout")
    await family.post("/f/logout", form_data(logout, logout.buttons[0]))
    async with family.http.get(f"/i/{family.token}") as response:
        return await response.text()


async def test_a_link_redeemed_in_telegram_does_not_open_on_the_web(family):
    _, token = family.server.invite("demo")
    family.app.conversation.redeem(token, "telegram:4711")
    other = aiohttp.ClientSession(family.http._base_url, cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with other:
        async with other.get(f"/i/{token}") as used_elsewhere:
            used_body = await used_elsewhere.text()
        async with other.get("/i/no-such-token-at-all") as unknown:
            unknown_body = await unknown.text()
        assert used_elsewhere.status == unknown.status == 404
        assert used_body == unknown_body
        assert t(family, "web-invite-invalid-body") in used_body
        assert "no-store" in unknown.headers["Cache-Control"]


async def test_reopening_the_link_with_the_code_resumes(family):
    await family.act(A("continue"))
    await _landing_then_code(family)
    again = await family.open_link(family.token)
    assert t(family, "demo-areas") in again


async def test_an_unknown_option_and_another_steps_option_get_a_kind_notice(family):
    await to_areas(family)
    await family.act(A({"choose": ["school"]}))
    text = await family.post("/f", [*hidden(family), ("choice", "no-such-option")])
    assert t(family, "notice-invalid-option") in text
    assert "Hur är det i skolan nu?" in text
    text = await family.post("/f", [*hidden(family), ("choice", "friends")])
    assert t(family, "notice-invalid-option") in text
    assert await family.stored_answers() == {"areas": ["school"]}


async def test_a_missing_or_wrong_csrf_token_changes_nothing(family):
    await to_areas(family)
    data = [(k, v) for k, v in hidden(family) if k != "csrf"] + [("pick", "school")]
    for tampered in (data, [*data, ("csrf", "forged")]):
        async with family.http.post("/f", data=[*tampered, ("do", "answer")]) as response:
            assert response.status == 403
            body = await response.text()
        assert t(family, "web-csrf-body") in body
        assert 'href="/f"' in body
    assert await family.stored_answers() == {}


async def test_an_oversized_body_gets_a_kind_page(family):
    await to_areas(family)
    data = [*hidden(family), ("text", "x" * 70_000), ("do", "answer")]
    async with family.http.post("/f", data=data) as response:
        assert response.status == 413
        assert t(family, "web-too-large-body") in await response.text()
    assert t(family, "demo-areas") in await family.get("/f")


async def test_a_double_submit_is_recognised_as_stale(family):
    await to_areas(family)
    form = family.main_form()
    submit = form_data(form, family.button(form, "do", "answer"), picks={"school"})
    await family.post("/f", submit)
    again = await family.post("/f", submit)
    assert t(family, "notice-stale") in again
    assert "Hur är det i skolan nu?" in again
    back = form_data(family.main_form(), family.button(family.main_form(), "do", "back"))
    await family.post("/f", back)
    twice = await family.post("/f", back)
    assert t(family, "notice-stale") in twice
    assert t(family, "demo-areas") in twice
    assert await family.stored_answers() == {"areas": ["school"]}


async def test_the_back_button_shows_the_current_question(family):
    await to_areas(family)
    await family.act(A({"choose": ["school"]}))
    await family.act(A({"choose": "4"}))
    # The browser's back button re-requests the page (no-store), which is always /f.
    text = await family.get("/f")
    assert "Vad går bra i skolan?" in text
    assert await family.stored_answers() == {"areas": ["school"], "area-how[school]": "4"}


async def test_no_answer_text_or_token_ever_appears_in_a_url(family):
    urls = []
    await to_areas(family)
    for action in (A({"choose": ["school"]}), A({"choose": "4"}), A({"write": "Hemligt svar"})):
        form = family.main_form()
        async with family.http.post("/f", data=_submit(family, form, action)) as response:
            urls += [str(r.url) for r in response.history] + [str(response.url)]
            family._read(await response.text())
    assert urls and all(re.fullmatch(r"http://127\.0\.0\.1:\d+/f", u) for u in urls)


def _submit(family: WebDriver, form, action: Action):
    if action.kind == "write":
        return form_data(form, family.button(form, "do", "answer"), text=action.text)
    if any(i.get("name") == "pick" for i in form.inputs):
        return form_data(form, family.button(form, "do", "answer"), picks=set(action.ids))
    return form_data(form, family.button(form, "choice", action.ids[0]))


async def test_an_idle_session_expires_with_a_way_back(family):
    await to_areas(family)
    logins = family.runner.app[FAMILY_KEY]
    later = utc_clock() + logins.idle + timedelta(seconds=1)
    logins.clock = lambda: later
    async with family.http.get("/f") as response:
        assert response.status == 410
        assert t(family, "web-expired-body") in await response.text()
        assert "no-store" in response.headers["Cache-Control"]
    logins.clock = utc_clock
    assert t(family, "demo-areas") in await family.open_link(family.token)


async def test_switching_language_keeps_the_place(family):
    await to_areas(family)
    await family.act(A({"choose": ["school", "friends"]}))
    form = next(f for f in family.page.forms if f.action == "/f/lang")
    text = await family.post("/f/lang", form_data(form, family.button(form, "lang", "en")))
    assert "How are things at school now?" in text
    assert 'lang="en"' in await (await family.http.get("/f")).text()
    text = await family.post("/f/lang", form_data(form, family.button(form, "lang", "sv")))
    assert "Hur är det i skolan nu?" in text


async def test_logging_out_hides_the_answers_until_the_link_is_opened_again(family):
    await to_areas(family)
    await family.act(A({"choose": ["friends"]}))
    logout = next(f for f in family.page.forms if f.action == "/f/logout")
    text = await family.post("/f/logout", form_data(logout, logout.buttons[0]))
    assert t(family, "web-logged-out-body") in text
    async with family.http.get("/f") as response:
        assert response.status == 410
    landing = await family.get(f"/i/{family.token}")
    assert "Hur är det med kompisar nu?" not in landing
    asked = await family.press("/i")
    assert t(family, "code-enter-title") in asked and "kompisar" not in asked
    text = await family.open_link(family.token)
    assert "Hur är det med kompisar nu?" in text


async def test_pages_use_only_local_resources(family):
    async with family.http.get("/f") as response:
        html = await response.text()
        assert response.headers["Cache-Control"] == "no-store"
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    for path in ("/static/family.css", "/fonts/AtkinsonHyperlegible-Regular.woff2", "/p/wave.svg"):
        async with family.http.get(path) as response:
            assert response.status == 200, path
    async with family.http.get("/p/no-such-key.svg") as response:
        assert response.status == 404


async def test_min_rost_holds_only_what_is_shared_with_the_meeting(family):
    for action in (
        A("continue"),
        A({"choose": ["school"]}),
        A({"choose": "4"}),
        A({"write": "Matten går bra"}),
        A({"choose": "no"}),
        A({"write": "Hemlig text till samordnaren"}),
        A({"accept": {"area-good[school]": "meeting", "message": "coordinator"}}),
    ):
        await family.act(action)
    end = await family.get("/f")
    assert t(family, "web-min-rost-offer") in end
    session = family.app.dialogs.get(family.session_id)
    dialog = family.app.dialogs.dialog_of(session)
    case_id = family.server.case_id
    guardian = family.app.cases.add_participant(case_id, "guardian", "samtycke-vardnadshavare")
    scope = ConsentScope((), (), ("school",), (), None, None)
    family.app.consent.record(case_id, guardian.id, scope, "test", "sv")
    meeting = family.app.sharing.for_meeting(session, dialog)
    t_sv = family.app.catalog.translator("sv")
    page = min_rost.build_page(dialog, session.state, meeting, t_sv, family.app.manifest)
    assert [e.answer for e in page.entries] == ["Matten går bra"]
    async with family.http.get("/f/min-rost.png") as response:
        assert response.content_type == "image/png"
        assert response.headers["Cache-Control"] == "no-store"
        image = Image.open(io.BytesIO(await response.read()))
        assert image.width == 1080 and image.height > 300
    async with family.http.get("/f/min-rost.pdf") as response:
        assert response.content_type == "application/pdf"
        assert (await response.read()).startswith(b"%PDF")


#: How the guardian answers the consent dialog on the web, step by step.
WEB_CONSENT = {
    "sip": A({"choose": "yes"}),
    "exchange": A({"choose": "yes"}),
    "actors": A({"choose": ["other"]}),
    "own-actors": A({"write": "Morfar Sune"}),
    "areas": A({"choose": ["school"]}),
    "not-raise": A({"choose": "no"}),
    "pre-meeting": A({"choose": "no"}),
    "plan-to": A({"choose": "all"}),
    "duration": A({"choose": "this-month"}),
    "review": A({"accept": {}}),
    "confirm": A({"choose": "yes"}),
}


async def test_a_guardian_consents_gets_the_receipt_then_withdraws_and_asks_for_deletion(tmp_path):
    driver = WebDriver(tmp_path)
    text = await driver.start("samtycke-vardnadshavare", "sv")
    try:
        assert 'href="/f/withdraw"' not in await (await driver.http.get("/f")).text()
        async with driver.http.get("/f/receipt.pdf") as response:
            assert response.status == 404
        for _ in range(30):
            session = driver.app.dialogs.get(driver.session_id)
            if session.status == "done":
                break
            assert 'name="share:' not in (await (await driver.http.get("/f")).text())
            text = await driver.act(WEB_CONSENT.get(session.state["at"][0], A("continue")))
        assert t(driver, "sam-done") in text and t(driver, "web-min-rost-title") not in text
        stored = driver.app.consent_store.latest(driver.participant_id)
        assert stored.own_actors == ("Morfar Sune",) and stored.terms["pre_meeting"] is False
        async with driver.http.get("/f/receipt.pdf") as response:
            assert response.content_type == "application/pdf"
            pdf = pypdf.PdfReader(io.BytesIO(await response.read()))
        receipt = " ".join(page.extract_text() for page in pdf.pages)
        for line in ("Morfar Sune", "Skolan", f"Ditt ja gäller till: {stored.until}"):
            assert line in receipt
        text = await driver.get("/f/withdraw")
        assert t(driver, "withdraw-confirm") in text
        form = next(f for f in driver.page.forms if f.action == "/f/withdraw")
        text = await driver.post("/f/withdraw", form_data(form, form.buttons[0]))
        assert t(driver, "withdraw-done") in text
        assert t(driver, "web-withdraw") not in text
        case_id = driver.server.case_id
        assert driver.app.consent.case_status(case_id).status == "withdrawn"
        delete = next(f for f in driver.page.forms if f.action == "/f/withdraw/delete")
        text = await driver.post("/f/withdraw/delete", form_data(delete, delete.buttons[0]))
        assert t(driver, "withdraw-delete-sent") in text
        notes = driver.app.case_store.notifications(1, unread_only=True)
        assert "deletion-requested" in {n["kind"] for n in notes}
        text = await driver.post("/f/withdraw", form_data(form, form.buttons[0]))
        assert t(driver, "withdraw-already") in text
    finally:
        await driver.close()


async def test_children_have_no_withdraw_button(family):
    assert "/f/withdraw" not in await (await family.http.get("/f")).text()
    async with family.http.get("/f/withdraw") as response:
        assert response.status == 404


async def test_many_bad_links_from_one_address_get_a_kind_wait_page(family):
    for n in range(10):
        async with family.http.post("/i", data={"token": f"guessed-token-{n}"}) as response:
            assert response.status == 404
    _, token = family.server.invite("demo")
    async with family.http.post("/i", data={"token": token}) as response:
        assert response.status == 429
        assert t(family, "web-too-many-body") in await response.text()

"""In real headless Chromium: log in, create a case with the form's defaults, issue an invite,
the guardian gives consent on a phone through their invite, download the pack in each format;
and the case list as a screenshot."""

from __future__ import annotations

import io
import json
import socket

import docx
import pypdf
from aiohttp import web

from bot.services.links import Links
from bot.testing.invite import open_invite_in_browser
from bot.web.keys import LINKS_KEY
from bot.web.server import create_web_app
from tests.app_factory import make_app
from tests.browser import browser_context
from tests.qr import decode_qr
from tests.workspace_factory import PASSWORD


async def test_coordinator_creates_a_case_invites_and_downloads_the_pack(tmp_path):
    app = make_app(tmp_path / "var")
    app.users.add("coord", "Enhet Norr", PASSWORD)
    web_app = create_web_app(app)
    listener = socket.create_server(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    web_app[LINKS_KEY] = Links(base, "DelaktigTestBot")
    runner = web.AppRunner(web_app)
    await runner.setup()
    await web.SockSite(runner, listener).start()
    try:
        async with browser_context(tmp_path / "chromium") as context:
            page = await context.new_page()
            await page.goto(f"{base}/dashboard/")
            await page.fill("#f-username", "coord")
            await page.fill("#f-password", PASSWORD)
            await page.click("button[type=submit]")
            await page.click("text=Nytt ärende")
            await page.fill("#f-label", "Tranan")
            await page.fill("#f-need_noticed", "2026-11-02")
            await page.fill("#f-actors", "skola, elevhälsa, BUP")
            await page.select_option("#f-child_role", "youth")
            await page.select_option("#f-guardian2_dialog", "")
            await page.fill("#f-sole_custody_reason", "Ensam vårdnad enligt dom")
            await page.fill("#f-meeting_date", "2026-12-01")
            await page.fill("#f-meeting_time", "09:00")
            await page.fill("#f-meeting_end", "10:00")
            await page.select_option("#f-meeting_format", "in-person")
            await page.click("form[action='/dashboard/cases/new'] button[type=submit]")
            await page.wait_for_selector("h1:has-text('Tranan')")
            case = app.case_store.cases(1)[0]

            await page.click("button[name=invite] >> nth=0")
            web_link = await page.text_content("#web-link")
            assert web_link.startswith(f"{base}/i/")
            telegram = await page.text_content("#telegram-link")
            assert telegram.startswith("https://t.me/DelaktigTestBot?start=")
            assert await page.locator("img.qr").count() == 1
            assert await page.locator("#local-warning").count() == 1  # the links are loopback
            qr_png = tmp_path / "invite-qr.png"
            await page.locator("img.qr").screenshot(path=str(qr_png))
            assert decode_qr(qr_png) == [web_link]  # the browser draws it, and it scans
            scanned = await context.new_page()
            assert (await scanned.goto(web_link)).status == 200
            await scanned.close()
            assert app.case_store.invite_by_token(web_link.rsplit("/", 1)[1]) is not None

            await page.goto(f"{base}/dashboard/cases/{case.id}/pack")
            assert "Underlaget kan inte visas än" in await page.content()
            guardian = next(p for p in app.case_store.participants(case.id) if p.role == "guardian")
            # the default, not a trap: consent, then "Vad är viktigt för er?" in one invite
            assert guardian.journey == ("samtycke-vardnadshavare", "vad-ar-viktigt-vardnadshavare")
            phone = await context.new_page()
            await phone.set_viewport_size({"width": 360, "height": 740})
            await open_invite_in_browser(phone, base, app.cases.issue_invite(guardian.id))
            await give_consent_on_the_phone(app, phone, guardian.id, tmp_path)
            assert app.consent.case_status(case.id).status == "complete"
            assert app.consent.gate(case.id).actors == ("skola", "bup")

            await page.goto(f"{base}/dashboard/cases/{case.id}/pack")
            bodies = {}
            links = ["kallelse.docx"] + [
                f"{document}.{fmt}"
                for document in ("meeting", "coordinator")
                for fmt in ("pdf", "json", "docx", "html")
            ]
            for link in links:
                async with page.expect_download() as info:
                    await page.click(f"a[href$='/{link}']")
                download = await info.value
                saved = tmp_path / download.suggested_filename
                await download.save_as(saved)
                bodies[link] = saved.read_bytes()
            assert len({path.name for path in tmp_path.glob("*-case-*")}) == len(links)
            for document in ("meeting", "coordinator"):
                assert pypdf.PdfReader(io.BytesIO(bodies[f"{document}.pdf"])).pages
                data = json.loads(bodies[f"{document}.json"])
                assert data["case_label"] == "Tranan" and data["document"] == document
                assert b"Tranan" in bodies[f"{document}.html"]
                assert docx.Document(io.BytesIO(bodies[f"{document}.docx"])).paragraphs
            invitation = docx.Document(io.BytesIO(bodies["kallelse.docx"]))
            assert invitation.paragraphs[0].text == "Kallelse till SIP-möte"

            await page.goto(f"{base}/dashboard/")
            row = page.locator("table.cases tbody tr")
            assert await row.count() == 1
            assert "av 13" in await row.inner_text()
            await page.set_viewport_size({"width": 1400, "height": 700})
            await page.screenshot(path=str(tmp_path / "case-list.png"), full_page=True)
    finally:
        await runner.cleanup()
    entries = app.audit.entries(f"case:{case.id}")
    documents = [(e["document"], e["format"]) for e in entries if e["action"] == "pack.export"]
    assert sorted(documents) == sorted(
        [("invitation", "docx"), ("meeting", "html"), ("coordinator", "html")]
        + [(d, f) for d in ("meeting", "coordinator") for f in ("pdf", "json", "docx", "html")]
    )


#: The guardian's taps, by step; information steps are read and continued.
CONSENT_TAPS = {
    "sip": "yes",
    "exchange": "yes",
    "actors": ["skola", "bup"],
    "areas": ["school", "health"],
    "not-raise": "no",
    "pre-meeting": "no",
    "plan-to": "all",
    "duration": "date",
    "until-date": "2027-06-30",
    "confirm": "yes",
}


async def give_consent_on_the_phone(app, page, guardian_id: int, folder) -> None:
    """Tap through the consent dialog as the guardian would; screenshots of the date picker,
    the review and the receipt offer go to `folder`."""
    for _ in range(40):
        session_id = app.case_store.session_id_for(guardian_id, "samtycke-vardnadshavare")
        session = app.dialogs.get(session_id)
        if session.status == "done":
            break
        step, value = session.state["at"][0], CONSENT_TAPS.get(session.state["at"][0])
        if step in ("until-date", "review"):
            await page.screenshot(path=str(folder / f"consent-{step}.png"), full_page=True)
        if step == "review":
            assert await page.locator("input[type=radio]").count() == 0  # no share choices
        if isinstance(value, list):
            for option in value:
                box = page.locator(f"input[name=pick][value='{option}']")
                await page.locator(f"label:has(input[name=pick][value='{option}'])").click()
                assert await box.is_checked()
            target = "button[name=do][value=answer]"
        elif step == "until-date":
            assert await page.get_attribute("#answer-text", "type") == "date"
            await page.fill("#answer-text", value)
            target = "button[name=do][value=answer]"
        elif value:
            target = f"button[name=choice][value='{value}']"
        else:
            target = "form.step button.primary"
        async with page.expect_navigation():
            await page.locator(target).click()
    await page.screenshot(path=str(folder / "consent-done.png"), full_page=True)
    assert await page.locator("a[href='/f/receipt.pdf']").count() >= 1
    text = await page.text_content("main")
    assert "Tack! Ditt ja är sparat." in text and "Nu fortsätter vi med nästa del." in text

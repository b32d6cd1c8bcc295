"""In real headless Chromium: log in, create a case, issue an invite, download the pack in
each format; and the case list as a screenshot."""

from __future__ import annotations

import io
import json
import socket

import docx
import pypdf
from aiohttp import web

from bot.services.consent import ConsentScope
from bot.services.links import Links
from bot.web.keys import LINKS_KEY
from bot.web.server import create_web_app
from tests.app_factory import make_app
from tests.browser import browser_context
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
            assert app.case_store.invite_by_token(web_link.rsplit("/", 1)[1]) is not None

            await page.goto(f"{base}/dashboard/cases/{case.id}/pack")
            assert "Underlaget kan inte visas än" in await page.content()
            guardian = next(p for p in app.case_store.participants(case.id) if p.role == "guardian")
            scope = ConsentScope(("skola", "bup"), (), ("school",), (), None, None)
            app.consent.record(case.id, guardian.id, scope, "test", "sv")

            await page.goto(f"{base}/dashboard/cases/{case.id}/pack")
            bodies = {}
            for fmt in ("pdf", "json", "docx", "html"):
                async with page.expect_download() as info:
                    await page.click(f"a[href$='/pack.{fmt}']")
                download = await info.value
                saved = tmp_path / download.suggested_filename
                await download.save_as(saved)
                bodies[fmt] = saved.read_bytes()
            assert pypdf.PdfReader(io.BytesIO(bodies["pdf"])).pages
            assert json.loads(bodies["json"])["case_label"] == "Tranan"
            invitation = docx.Document(io.BytesIO(bodies["docx"]))
            assert invitation.paragraphs[0].text == "Kallelse till SIP-möte"
            assert b"Tranan" in bodies["html"]

            await page.goto(f"{base}/dashboard/")
            row = page.locator("table.cases tbody tr")
            assert await row.count() == 1
            assert "av 12" in await row.inner_text()
            await page.set_viewport_size({"width": 1400, "height": 700})
            await page.screenshot(path=str(tmp_path / "case-list.png"), full_page=True)
    finally:
        await runner.cleanup()
    entries = app.audit.entries(f"case:{case.id}")
    exports = [e["format"] for e in entries if e["action"] == "pack.export"]
    assert sorted(exports) == ["docx", "html", "html", "json", "pdf"]

"""The family home page in real Chromium on a 360×740 phone: after the plan is sent, "Nu finns
planen" and the plan's links fit the screen, the phone number is a `tel:` link a thumb can hit,
nothing overflows sideways, and axe finds no violations. Screenshot: tests/artifacts/home-360.png
(the clock is set to a weekday morning three days after the meeting)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import time_machine

from bot.runtime.reminder_job import InboxNotifier, ReminderRunner
from bot.services.clock import utc_clock
from family.browser import (
    axe_violations,
    browser,  # noqa: F401 (fixture)
    server,  # noqa: F401 (fixture)
)
from storage.inbox import InboxStore
from tests.after_support import PLAN
from tests.consent_support import ACTORS

ARTIFACTS = Path(__file__).parent.parent / "artifacts"
MIN_TAP = 44  # CSS pixels (WCAG 2.5.5)


async def test_home_page_on_a_phone(server, browser):  # noqa: F811
    app = server.app
    unit = app.case_store.unit_id("Testenheten", create=True)
    case = app.cases.create_case(unit, "Fjärilen 2026", actors=ACTORS, meeting_date="2026-11-20")
    server.case_id = case.id
    participant, token = server.invite("demo", role="child")
    page = await browser.new_page()
    await page.goto(f"{server.url}/i/{token}")
    await page.goto(f"{server.url}/f/home")
    assert "Här kommer planen" in await page.inner_text("main")
    assert await page.locator("a[href='/f/plan']").count() == 0  # nothing before it is sent

    with time_machine.travel(datetime.fromisoformat("2026-11-23T10:00+01:00")):
        app.plans.save(case.id, PLAN, "coord")
        app.plans.mark_sent(case.id, "coord")
        runner = ReminderRunner(app, [InboxNotifier(InboxStore(app.db))], utc_clock)
        assert f"plan-sent:{participant.id}:1" in await runner.run_once()

    await page.goto(f"{server.url}/f/home")
    main = await page.inner_text("main")
    assert "Nu finns planen från mötet." in main
    assert "Prata med Kim Exempel." in main
    call = page.locator("a[href^='tel:']")
    assert await call.get_attribute("href") == "tel:0700000000"
    box = await call.bounding_box()
    assert box["height"] >= MIN_TAP and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert await page.evaluate("document.documentElement.scrollWidth") <= 360
    first = await page.locator("a[href='/f/plan']").first.bounding_box()
    assert first["y"] + first["height"] <= 740  # "Läs planen" is in view without scrolling
    assert await axe_violations(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "home-360.png"), full_page=True)

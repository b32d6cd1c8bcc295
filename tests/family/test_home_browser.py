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
from bot.testing.invite import open_invite_in_browser
from family.browser import (
    axe_violations,
    browser,  # noqa: F401 (fixture)
    server,  # noqa: F401 (fixture)
)
from storage.inbox import InboxStore
from tests.after_support import PLAN
from tests.consent_support import ACTORS
from tests.workspace_factory import (
    MEETING_TEXT,
    PRIVATE_CANARY,
    give_consent,
    prepare_child,
    seed_case,
)

ARTIFACTS = Path(__file__).parent.parent / "artifacts"
MIN_TAP = 44  # CSS pixels (WCAG 2.5.5)
WAIT = "Vi pratade om det. Vi väntar med det till nästa möte."


async def test_home_page_on_a_phone(server, browser):  # noqa: F811
    app = server.app
    unit = app.case_store.unit_id("Testenheten", create=True)
    case = app.cases.create_case(unit, "Fjärilen 2026", actors=ACTORS, meeting_date="2026-11-20")
    server.case_id = case.id
    participant, token = server.invite("demo", role="child")
    page = await browser.new_page()
    await open_invite_in_browser(page, server.url, token)
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


async def test_the_youths_plan_page_shows_what_they_said(server, browser):  # noqa: F811
    """ "Det här sa du – så här blev det" on the phone: the youth's own words, each with the goal
    it became or the sentence why not. Screenshot: tests/artifacts/plan-said-360.png."""
    app = server.app
    seeded = seed_case(app)
    give_consent(app, seeded)
    prepare_child(app, seeded)
    plan = {
        "goals": [{"title": "Eleven ska ha studiero", "plain": "Du ska få lugn i klassrummet."}],
        "follow_up": {"date": "2026-08-20"},
        "contact": {"name": "Kim Exempel", "how": "ring 070-000 00 00"},
        "said": [
            {"participant": seeded.child.id, "key": "area-hard[school]", "goal": 1},
            {"participant": seeded.child.id, "key": "message", "why": WAIT},
        ],
    }
    app.plans.save(seeded.case.id, plan, "coord")
    app.plans.mark_sent(seeded.case.id, "coord")
    page = await browser.new_page()
    await open_invite_in_browser(page, server.url, app.cases.issue_invite(seeded.child.id))
    await page.goto(f"{server.url}/f/plan")
    said = page.locator("section.said")
    text = await said.inner_text()
    assert text.startswith("Det här sa du – så här blev det")
    assert MEETING_TEXT in text and "Det blev mål 1: Du ska få lugn i klassrummet." in text
    assert WAIT in text and PRIVATE_CANARY not in await page.inner_text("main")
    assert await page.evaluate("document.documentElement.scrollWidth") <= 360
    assert await axe_violations(page) == []
    await said.scroll_into_view_if_needed()
    await page.screenshot(path=str(ARTIFACTS / "plan-said-360.png"))

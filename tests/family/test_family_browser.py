"""The family pages in a real headless Chromium: tapping, keyboard only, axe-core on every page
type, reflow at 320 px and 200% zoom, and screenshots at 360×740."""

from __future__ import annotations

import pytest
from playwright.async_api import Page

from tests.conformance.drivers import FamilyServer
from tests.family.browser import (
    PHONE,
    axe_violations,
    browser,  # noqa: F401 (fixture)
    layout_problems,
    screenshot_dir,
)

DIALOG = "demo"


@pytest.fixture
async def server(tmp_path):
    server = FamilyServer(tmp_path)
    await server.start()
    yield server
    await server.close()


async def tap(page: Page, selector: str) -> None:
    async with page.expect_navigation():
        await page.locator(selector).click()


def answers_of(server: FamilyServer, participant_id: int) -> dict:
    session_id = server.session_id(participant_id, DIALOG)
    return dict(server.app.dialogs.get(session_id).state["answers"])


async def test_a_child_completes_the_dialog_by_tapping(server, browser):  # noqa: F811
    participant, token = server.invite(DIALOG, role="child")
    page = await browser.new_page()
    await page.goto(f"{server.url}/i/{token}")
    await tap(page, "button[value=continue]")
    # Pictures are labels of the checkboxes: tapping the picture ticks the box.
    await page.locator("label.option:has(input[value=school]) img").click()
    await page.locator("label.option:has(input[value=free-time]) img").click()
    await tap(page, "button[name=do][value=answer]")
    await tap(page, "button[name=choice][value='5'] img")
    await tap(page, "button[name=do][value=skip]")
    await tap(page, "button[name=choice][value='2'] img")
    await tap(page, "button[name=do][value=skip]")
    await tap(page, "button[name=do][value=skip]")
    await tap(page, "button[name=choice][value=yes] img")
    await page.locator("input[name='share:meeting'][value=meeting]").click()
    await tap(page, "button[name=do][value=answer]")
    assert await page.locator("h1").inner_text() == server.app.catalog.format("sv", "demo-done")
    assert answers_of(server, participant.id) == {
        "areas": ["school", "free-time"],
        "area-how[school]": "5",
        "area-how[free-time]": "2",
        "meeting": "yes",
    }
    shares = server.app.dialogs.get(server.session_id(participant.id, DIALOG)).state["shares"]
    assert shares == {"meeting": "meeting"}


async def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the focused element matches `selector`; fail if it never does."""
    for _ in range(limit):
        if await page.evaluate("s => document.activeElement.matches(s)", selector):
            outline = await page.evaluate(
                "() => getComputedStyle(document.activeElement).outlineStyle"
            )
            focus_within = await page.evaluate(
                "() => getComputedStyle(document.activeElement.closest('label') || "
                "document.activeElement).outlineStyle"
            )
            assert "none" not in (outline, focus_within) or outline != focus_within, selector
            return
        await page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


async def press(page: Page, key: str) -> None:
    async with page.expect_navigation():
        await page.keyboard.press(key)


async def test_a_youth_completes_the_dialog_by_keyboard_alone(server, browser):  # noqa: F811
    participant, token = server.invite(DIALOG, role="youth")
    page = await browser.new_page()
    await page.goto(f"{server.url}/i/{token}")
    await tab_to(page, "button[value=continue]")
    await press(page, "Enter")
    await tab_to(page, "input[value=school]")
    await page.keyboard.press("Space")
    await tab_to(page, "input[value=friends]")
    await page.keyboard.press("Space")
    await tab_to(page, "button[name=do][value=answer]")
    await press(page, "Enter")
    await tab_to(page, "button[name=choice][value='4']")
    await press(page, "Space")
    await tab_to(page, "textarea")
    await page.keyboard.type("Vi har en bra lärare")
    await tab_to(page, "button[name=do][value=answer]")
    await press(page, "Enter")
    await tab_to(page, "button[name=choice][value='3']")
    await press(page, "Enter")
    await tab_to(page, "button[name=do][value=skip]")
    await press(page, "Enter")
    await tab_to(page, "button[name=do][value=back]")
    await press(page, "Enter")
    await tab_to(page, "textarea")
    await page.keyboard.type("Lugna raster")
    await tab_to(page, "button[name=do][value=answer]")
    await press(page, "Enter")
    await tab_to(page, "button[name=choice][value=yes]")
    await press(page, "Enter")
    await tab_to(page, "input[name='share:area-good[school]']")
    await page.keyboard.press("Space")
    await tab_to(page, "button[name=do][value=answer]")
    await press(page, "Enter")
    assert await page.locator("h1").inner_text() == server.app.catalog.format("sv", "demo-done")
    assert answers_of(server, participant.id) == {
        "areas": ["school", "friends"],
        "area-how[school]": "4",
        "area-good[school]": "Vi har en bra lärare",
        "area-how[friends]": "3",
        "area-good[friends]": "Lugna raster",
        "meeting": "yes",
    }


async def check_page(page: Page, name: str, folder) -> list[str]:
    """axe violations and layout problems of the page as it is now, at 360 px, at 320 px and
    at 200% zoom of 360 px (180 CSS px); saves a screenshot at 360×740."""
    await page.screenshot(path=str(folder / f"{name}.png"), full_page=False)
    problems = [f"{name}: {v}" for v in await axe_violations(page)]
    problems += [f"{name} @360: {p}" for p in await layout_problems(page)]
    for width in (320, 180):
        await page.set_viewport_size({"width": width, "height": 740})
        problems += [f"{name} @{width}: {p}" for p in await layout_problems(page) if "wide" in p]
    await page.set_viewport_size(PHONE)
    return problems


async def test_every_page_type_passes_axe_and_reflows(server, browser, tmp_path):  # noqa: F811
    folder = screenshot_dir(tmp_path / "screenshots")
    page = await browser.new_page()
    problems: list[str] = []

    await page.goto(f"{server.url}/i/not-a-real-invite")
    problems += await check_page(page, "01-invite-invalid", folder)

    _, token = server.invite(DIALOG, role="youth")
    await page.goto(f"{server.url}/i/{token}")
    problems += await check_page(page, "02-info", folder)
    await tap(page, "button[value=continue]")
    problems += await check_page(page, "03-multi", folder)
    await tap(page, "button[name=do][value=answer]")  # nothing chosen: a kind notice
    problems += await check_page(page, "04-multi-notice", folder)
    await page.locator("input[value=school]").check()
    await tap(page, "button[name=do][value=answer]")
    problems += await check_page(page, "05-scale", folder)
    await tap(page, "button[name=choice][value='2']")
    problems += await check_page(page, "06-text", folder)
    await tap(page, "button[name=do][value=help]")
    problems += await check_page(page, "07-help", folder)
    await page.locator("textarea").fill("Det är stökigt i matsalen")
    await tap(page, "button[name=do][value=answer]")
    await tap(page, "button[name=do][value=skip]")
    problems += await check_page(page, "08-choice", folder)
    await tap(page, "button[name=choice][value=no]")
    await page.locator("textarea").fill("Jag vill att någon läser mitt brev")
    await tap(page, "button[name=do][value=answer]")
    problems += await check_page(page, "09-review", folder)
    await page.locator("input[name='share:message'][value=meeting]").check()
    await tap(page, "button[name=do][value=answer]")
    problems += await check_page(page, "10-end", folder)

    await tap(page, "button[name=do][value=back]")
    await tap(page, "button[name=do][value=pause]")
    problems += await check_page(page, "11-paused", folder)
    await tap(page, "button.lang[value=en]")
    problems += await check_page(page, "12-paused-en", folder)
    await tap(page, "button.logout")
    problems += await check_page(page, "13-logged-out", folder)
    await page.goto(f"{server.url}/f")
    problems += await check_page(page, "14-expired", folder)
    assert problems == []

"""The family pages in a real headless Chromium: tapping, keyboard only, axe-core on every page
type, reflow at 320 px and 200% zoom, and screenshots at 360×740."""

from __future__ import annotations

from conformance.drivers import FamilyServer
from playwright.async_api import Page

from bot.engine.runner import live_answers
from bot.services.consent import ConsentScope
from bot.testing.invite import open_invite_in_browser
from family.browser import (
    PHONE,
    axe_violations,
    browser,  # noqa: F401 (fixture)
    layout_problems,
    screenshot_dir,
    server,  # noqa: F401 (fixture)
    tap,
)

DIALOG = "demo"


async def at_of(page: Page) -> str:
    return await page.locator("form[action='/f'] input[name=at]").first.get_attribute("value")


async def kind_of(page: Page) -> str:
    """Which kind of page this is, read from its controls."""
    for kind, selector in (
        ("choice", "button[name=choice]"),
        ("multi", "input[name=pick]"),
        ("text", "textarea"),
        ("review", "input[type=radio]"),
        ("info", "button[name=do][value=continue]"),
        ("review", "ol.review, button[name=do][value=answer]"),
    ):
        if await page.locator(selector).count():
            return kind
    return "end"


async def walk(page: Page, answer, problems: list[str], seen: set[str]) -> dict:
    """Answer every page with `answer(page, kind, at)` until the end page; run axe on the
    first page of each kind. Returns the answers given, by prompt key."""
    given: dict = {}
    for _ in range(200):
        kind = await kind_of(page)
        if kind not in seen:
            seen.add(kind)
            problems += [f"{kind}: {v}" for v in await axe_violations(page)]
            problems += [f"{kind}: {p}" for p in await layout_problems(page)]
        if kind == "end":
            return given
        at = await at_of(page)
        value = await answer(page, kind, at)
        if value is not None:
            given[at] = value
    raise AssertionError("the dialog never ended")


async def values_of(page: Page, selector: str) -> list[str]:
    return [await b.get_attribute("value") for b in await page.locator(selector).all()]


async def by_tapping(page: Page, kind: str, at: str):
    """A child who taps pictures and buttons and types nothing: text questions are skipped."""
    if kind == "choice":
        options = page.locator("button[name=choice]")
        option = options.nth(await options.count() // 2)
        value = await option.get_attribute("value")
        await tap(page, f"button[name=choice][value='{value}'] img")
        return value
    if kind == "multi":
        values = await values_of(page, "input[name=pick]")
        picked = values[:2]
        for value in picked:
            await page.locator(f"label.option:has(input[value='{value}']) img").click()
        await tap(page, "button[name=do][value=answer]")
        return picked
    if kind == "text":
        await tap(page, "button[name=do][value=skip]")
        return None
    if kind == "review":
        for radio in await page.locator("input[type=radio][value=meeting]").all():
            await radio.click()
    await tap(page, "button[name=do][value=continue], button[name=do][value=answer]")
    return None


async def by_keyboard(page: Page, kind: str, at: str):
    """A youth with a keyboard only: Tab to a control, Space or Enter to use it."""
    if kind == "choice":
        values = await values_of(page, "button[name=choice]")
        value = values[len(values) // 2]
        await tab_to(page, f"button[name=choice][value='{value}']")
        await press(page, "Enter")
        return value
    if kind == "multi":
        values = await values_of(page, "input[name=pick]")
        picked = values[:2]
        for value in picked:
            await tab_to(page, f"input[name=pick][value='{value}']")
            await page.keyboard.press("Space")
        await tab_to(page, "button[name=do][value=answer]")
        await press(page, "Enter")
        return picked
    if kind == "text":
        await tab_to(page, "textarea")
        await page.keyboard.type("Jag vill bestämma mer själv")
        await tab_to(page, "button[name=do][value=answer]")
        await press(page, "Enter")
        return "Jag vill bestämma mer själv"
    if kind == "review":
        names = {
            await r.get_attribute("name") for r in await page.locator("input[type=radio]").all()
        }
        for name in sorted(names)[:3]:
            await tab_to(page, f'input[type=radio][name="{name}"]')
            await page.keyboard.press("Space")
    await tab_to(page, "button[name=do][value=continue], button[name=do][value=answer]")
    await press(page, "Enter")
    return None


def dialog_for(site: FamilyServer, wanted: str) -> str:
    return wanted if wanted in site.app.library.load() else DIALOG


def live_answers_of(site: FamilyServer, participant_id: int, dialog_id: str) -> dict:
    session = site.app.dialogs.get(site.session_id(participant_id, dialog_id))
    return live_answers(session.state)


async def complete(site: FamilyServer, context, wanted: str, role: str, answer) -> None:
    """Walk the dialog `wanted` (else the demo) to its end as `role`, answering with `answer`:
    no page shows a problem, and what was given is what the session holds."""
    dialog_id = dialog_for(site, wanted)
    participant, token = site.invite(dialog_id, role=role)
    page = await context.new_page()
    await open_invite_in_browser(page, site.url, token)
    problems: list[str] = []
    given = await walk(page, answer, problems, set())
    assert problems == []
    assert given and live_answers_of(site, participant.id, dialog_id) == given


async def test_a_child_completes_min_rost_by_tapping_pictures(server, browser):  # noqa: F811
    await complete(server, browser, "min-rost-barn", "child", by_tapping)


async def test_a_youth_completes_min_rost_by_keyboard_alone(server, browser):  # noqa: F811
    await complete(server, browser, "min-rost-ungdom", "youth", by_keyboard)


async def tab_to(page: Page, selector: str, limit: int = 80) -> None:
    """Press Tab until the focused element matches `selector`, checking that focus is visible
    (an outline on the control or on its label); fail if Tab never gets there."""
    for _ in range(limit):
        if await page.evaluate("s => document.activeElement.matches(s)", selector):
            visible = await page.evaluate(
                """() => {
                const el = document.activeElement;
                const box = el.closest('label') || el;
                return [el, box].some(e => getComputedStyle(e).outlineStyle !== 'none');
            }"""
            )
            assert visible, f"no visible focus on {selector}"
            return
        await page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


async def press(page: Page, key: str) -> None:
    async with page.expect_navigation():
        await page.keyboard.press(key)


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
    await open_invite_in_browser(page, server.url, token)
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
    await page.locator("input[type=radio][name='share:message'][value=meeting]").check()
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

    guardian, token = server.invite(dialog_for(server, "samtycke-vardnadshavare"), "guardian")
    scope = ConsentScope((), (), ("school",), (), None, None)
    server.app.consent.record(server.case_id, guardian.id, scope, "test", guardian.lang)
    await open_invite_in_browser(page, server.url, token)
    problems += await check_page(page, "15-guardian", folder)
    async with page.expect_navigation():
        await page.locator("a.withdraw").click()
    problems += await check_page(page, "16-withdraw-confirm", folder)
    await tap(page, "form[action='/f/withdraw'] button")
    problems += await check_page(page, "17-withdrawn", folder)
    assert problems == []

"""Issue 15 in a real headless Chromium on a 360×740 phone: the person chooses a picture code by
tapping, answers, logs out with "Logga ut och dölj mina svar", and the link opened again in a
fresh browser context shows nothing until the code is tapped in; then the answers are back.
The code pages fit the phone without scrolling and pass axe."""

from __future__ import annotations

from conformance.drivers import FamilyServer
from playwright.async_api import Page, async_playwright

from family.browser import (
    PHONE,
    axe_violations,
    layout_problems,
    screenshot_dir,
    server,  # noqa: F401 (fixture)
)
from tests.browser import ARGS, chromium_path

CODE = ("En katt", "Ett träd", "En stjärna")
WORDS = "Vi spelar fotboll på rasten"


async def tap(page: Page, name: str) -> None:
    """Tap the button with this accessible name and wait for the page it leads to."""
    async with page.expect_navigation():
        await page.get_by_role("button", name=name, exact=True).click()


async def fits_the_phone(page: Page) -> list[str]:
    """Layout problems, and any need to scroll down."""
    problems = await layout_problems(page)
    height = await page.evaluate("document.documentElement.scrollHeight")
    if height > PHONE["height"]:
        problems.append(f"the page is {height}px high in {PHONE['height']}px")
    return problems


async def test_a_picture_code_hides_the_answers_until_it_is_tapped_in_again(
    server: FamilyServer,  # noqa: F811
    tmp_path,
):
    shots = screenshot_dir(tmp_path / "shots")
    _, token = server.invite("demo", role="child")
    problems: list[str] = []
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=ARGS
        )
        try:
            first = await chromium.new_context(viewport=PHONE, locale="sv-SE")
            page = await first.new_page()
            await page.goto(f"{server.url}/i/{token}")
            assert "Tryck på Börja" in await page.inner_text("main")
            await page.screenshot(path=shots / "code-1-landing.png")
            await tap(page, "Börja")
            assert await page.locator("button[name=pick]").count() == 9
            assert await page.locator("input[name=digits], button[name=switch]").count() == 0
            problems += [f"choose: {p}" for p in await fits_the_phone(page)]
            problems += [f"choose: {v}" for v in await axe_violations(page)]
            await page.screenshot(path=shots / "code-2-choose.png")
            for name in CODE[:2]:
                await tap(page, name)
            await page.screenshot(path=shots / "code-3-two-chosen.png")
            await tap(page, CODE[2])
            assert await page.locator(".code-slots img").count() == 3
            problems += [f"chosen: {p}" for p in await fits_the_phone(page)]
            problems += [f"chosen: {v}" for v in await axe_violations(page)]
            await page.screenshot(path=shots / "code-4-chosen.png")
            await tap(page, "Spara min kod")

            await tap(page, "Fortsätt")
            await page.locator("input[value=friends]").check()
            await tap(page, "Klar")
            async with page.expect_navigation():
                await page.locator("button[name=choice][value='4']").click()
            await page.fill("textarea[name=text]", WORDS)
            await tap(page, "Skicka")
            await tap(page, "Logga ut och dölj mina svar")
            assert "dolda" in await page.inner_text("main")
            await first.close()

            second = await chromium.new_context(viewport=PHONE, locale="sv-SE")
            page = await second.new_page()
            await page.goto(f"{server.url}/i/{token}")
            await tap(page, "Börja")
            assert "Skriv din kod" in await page.inner_text("main")
            assert WORDS not in await page.content()
            problems += [f"enter: {p}" for p in await fits_the_phone(page)]
            problems += [f"enter: {v}" for v in await axe_violations(page)]
            await page.screenshot(path=shots / "code-5-enter.png")
            await tap(page, CODE[0])
            await page.screenshot(path=shots / "code-6-enter-one.png")
            await tap(page, CODE[1])
            await tap(page, CODE[2])
            assert "Vill du vara med på mötet?" in await page.inner_text("h1")
            await tap(page, "Tillbaka")
            assert await page.input_value("textarea[name=text]") == WORDS
            await page.screenshot(path=shots / "code-7-answers-back.png")
            await second.close()
        finally:
            await chromium.close()
    assert problems == []


async def test_a_guardian_may_choose_digits_on_a_page_that_fits_the_phone(
    server: FamilyServer,  # noqa: F811
    tmp_path,
):
    shots = screenshot_dir(tmp_path / "shots")
    _, token = server.invite("demo", role="guardian")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=ARGS
        )
        try:
            page = await (await chromium.new_context(viewport=PHONE, locale="sv-SE")).new_page()
            await page.goto(f"{server.url}/i/{token}")
            await tap(page, "Börja")
            await tap(page, "Använd siffror i stället")
            problems = await fits_the_phone(page) + await axe_violations(page)
            await page.screenshot(path=shots / "code-8-digits.png")
            await page.get_by_label("Din kod").fill("4711")
            await tap(page, "Spara min kod")
            assert "Hej! Det här är en kort prövning." in await page.inner_text("main")
        finally:
            await chromium.close()
    assert problems == []

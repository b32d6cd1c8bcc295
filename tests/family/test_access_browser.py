"""Issue 9 in a real headless Chromium: the "Lyssna" audio loads and has a duration, the
question page with "Lyssna" and "Jag behöver hjälp nu" still passes axe, and a right-to-left
language mirrors the page."""

from __future__ import annotations

from pathlib import Path

from conformance.drivers import FamilyServer
from playwright.async_api import Page
from pseudo_locale import PSEUDO, make_locales

from bot.i18n import Catalog
from bot.paths import locales_dir
from bot.testing.invite import open_invite_in_browser
from family.browser import (
    PHONE,
    axe_violations,
    browser,  # noqa: F401 (fixture)
    layout_problems,
    server,  # noqa: F401 (fixture)
    tap,
)

ARTIFACTS = Path(__file__).parent.parent / "artifacts"
DIRECTIONS = {"sv": "ltr", PSEUDO: "rtl"}


async def duration_of(page: Page, audio_id: str) -> float:
    """Ask the audio element to load, wait for its metadata, and give its duration."""
    await page.evaluate("id => document.getElementById(id).load()", audio_id)
    await page.wait_for_function(
        "id => { const a = document.getElementById(id);"
        " return a.readyState >= 1 || a.error !== null; }",
        arg=audio_id,
    )
    error = await page.evaluate("id => document.getElementById(id).error?.code ?? null", audio_id)
    assert error is None, f"the audio failed to load (MediaError {error})"
    return await page.evaluate("id => document.getElementById(id).duration", audio_id)


async def test_the_listen_audio_loads_with_a_duration(server, browser):  # noqa: F811
    _, token = server.invite("demo", role="youth")
    page = await browser.new_page()
    await open_invite_in_browser(page, server.url, token)
    await tap(page, "button[value=continue]")
    await page.locator("input[value=school]").check()
    await tap(page, "button[name=do][value=answer]")  # area-how[school]: a key with brackets
    for audio_id in ("listen-question", "listen-help"):
        duration = await duration_of(page, audio_id)
        assert 0 < duration < 120 and duration != float("inf"), (audio_id, duration)


async def test_question_pages_with_listen_and_help_now_pass_axe(server, browser):  # noqa: F811
    _, token = server.invite("demo", role="youth")
    page = await browser.new_page()
    await open_invite_in_browser(page, server.url, token)
    await tap(page, "button[value=continue]")
    assert await page.locator("section.listen audio").count() == 2
    assert await page.locator("h1#question + button.listen-button").count() == 1, "JS added it"
    problems = [f"question: {v}" for v in await axe_violations(page)]
    problems += [f"question: {p}" for p in await layout_problems(page)]

    await tap(page, "button.help-now-button")
    notice = page.locator(".notice-help-now")
    assert "116 111" in await notice.inner_text()
    assert await page.locator("input[name=pick]").count(), "still the same question"
    problems += [f"help-now: {v}" for v in await axe_violations(page)]
    problems += [f"help-now: {p}" for p in await layout_problems(page)]

    await tap(page, "button.help-now-tell")
    assert await page.locator(".notice-help-now-told").count() == 1
    problems += [f"told: {v}" for v in await axe_violations(page)]
    assert problems == []
    unit_id = server.app.case_store.case(server.case_id).unit_id
    assert server.app.case_store.notifications(unit_id)[0]["kind"] == "help-now"


def box_of(page: Page, selector: str):
    return page.locator(selector).first.bounding_box()


async def test_a_right_to_left_page_is_mirrored(tmp_path, browser):  # noqa: F811
    """In the pseudo-locale the question, its pictures and the help-now button start at the
    right edge; in Swedish at the left. A screenshot of each is kept in tests/artifacts."""
    rtl_server = FamilyServer(tmp_path / "var")
    rtl_server.app.catalog = Catalog(make_locales(locales_dir(), tmp_path / "locales"))
    await rtl_server.start()
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        for lang in ("sv", PSEUDO):
            _, token = rtl_server.invite("demo", role="youth", lang=lang)
            page = await browser.new_page()
            await open_invite_in_browser(page, rtl_server.url, token)
            await tap(page, "button[value=continue]")
            assert await page.evaluate("document.documentElement.dir") == DIRECTIONS[lang]
            await page.screenshot(path=ARTIFACTS / f"web-question-{lang}.png", full_page=True)
            width = PHONE["width"]
            heading = await box_of(page, "h1#question")
            words = await page.evaluate(
                """() => { const range = document.createRange();
                range.selectNodeContents(document.querySelector('h1#question'));
                const r = range.getBoundingClientRect(); return [r.left, r.right]; }"""
            )
            picture = await box_of(page, ".pictograms img")
            first, second = [await page.locator(".option").nth(n).bounding_box() for n in (0, 1)]
            help_now = await box_of(page, "button.help-now-button")
            assert help_now["width"] > width * 0.8, "help now stays a wide button"
            if lang == PSEUDO:
                assert width - words[1] < 40 and heading["x"] < 40, "words end at the right"
                assert picture["x"] > width / 2, "the question's picture on the right"
                assert first["x"] > second["x"], "options run from right to left"
            else:
                assert words[0] < 40 and picture["x"] < width / 2
                assert first["x"] < second["x"]
            assert await layout_problems(page) == []
            await page.close()
    finally:
        await rtl_server.close()

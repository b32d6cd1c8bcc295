"""Issue 9 in a real headless Chromium: the "Lyssna" audio loads and has a duration, and the
question page with "Lyssna" and "Jag behöver hjälp nu" still passes axe."""

from __future__ import annotations

from playwright.async_api import Page

from family.browser import (
    axe_violations,
    browser,  # noqa: F401 (fixture)
    layout_problems,
    server,  # noqa: F401 (fixture)
    tap,
)


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
    await page.goto(f"{server.url}/i/{token}")
    await tap(page, "button[value=continue]")
    await page.locator("input[value=school]").check()
    await tap(page, "button[name=do][value=answer]")  # area-how[school]: a key with brackets
    for audio_id in ("listen-question", "listen-help"):
        duration = await duration_of(page, audio_id)
        assert 0 < duration < 120 and duration != float("inf"), (audio_id, duration)


async def test_question_pages_with_listen_and_help_now_pass_axe(server, browser):  # noqa: F811
    _, token = server.invite("demo", role="youth")
    page = await browser.new_page()
    await page.goto(f"{server.url}/i/{token}")
    await tap(page, "button[value=continue]")
    assert await page.locator("section.listen audio").count() == 2
    assert await page.locator("section.listen button.listen-button").count() == 1, "JS added it"
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

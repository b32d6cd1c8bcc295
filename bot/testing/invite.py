"""Open a family's invite link as the person does, for tests and benchmarks: the landing page
("Hej! Tryck på Börja"), then their own picture code, chosen the first time and entered after
that (bot/services/access.py). One helper for an HTTP client, one for a real browser."""

from __future__ import annotations

from typing import Any

from bot.web.page_reader import Form, form_data, parse_page

#: The picture code the tests' and benchmarks' families choose.
PICTURE_CODE = ("code-cat", "code-tree", "star")


async def open_invite(http: Any, token: str, code: tuple[str, ...] = PICTURE_CODE) -> str:
    """Open the link in `http` (an aiohttp client or aiohttp's TestClient, following
    redirects): GET the landing page, press "Börja", tap each picture of `code`, and save it
    when choosing it. The HTML of the page that follows: the dialog once the code is right,
    else the page that says why not."""

    async def submit(form: Form, button: dict[str, str] | None) -> str:
        async with http.post(form.action, data=form_data(form, button)) as response:
            return await response.text()

    async with http.get(f"/i/{token}") as response:
        html = await response.text()
    for key in ("start", *code, "save"):
        form = next((f for f in parse_page(html).forms if f.action == "/i"), None)
        if form is None:
            return html
        button = _button(form, "pick", key) if key in code else None
        if key == "save":
            button = _button(form, "save", "1")
            if button is None:
                return html
        html = await submit(form, button)
    return html


async def open_invite_in_browser(
    page: Any, url: str, token: str, code: tuple[str, ...] = PICTURE_CODE
) -> None:
    """The same in a Playwright page: each tap waits for the page it leads to."""
    await page.goto(f"{url}/i/{token}")
    taps = ["form[action='/i'] button"]
    taps += [f"button[name=pick][value='{key}']" for key in code]
    for selector in taps:
        if not await page.locator(selector).count():
            return
        async with page.expect_navigation():
            await page.locator(selector).click()
    save = page.locator("button[name=save]")
    if await save.count():
        async with page.expect_navigation():
            await save.click()


def _button(form: Form, name: str, value: str) -> dict[str, str] | None:
    found = (b for b in form.buttons if b.get("name") == name and b.get("value") == value)
    return next(found, None)

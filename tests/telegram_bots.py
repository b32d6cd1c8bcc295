"""Running the real Telegram adapters against the local fake Bot API, for tests.

`running_bot` starts `delaktig serve`'s Telegram part (polling or webhook) on a real aiohttp
server on loopback; `Chat` plays one person: it pushes updates and waits for the bot's replies.
The rate limiter (aiogram's) runs on `VirtualTime`: it spaces the bot's messages as in
production, but the test does not wait those seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from unittest import mock

from aiohttp import web

from bot.app import App
from bot.channels import telegram_service
from bot.channels.telegram_service import TelegramOptions, attach
from bot.channels.telegram_transport import RateLimiter
from bot.testing.fake_bot_api import TOKEN, Call, FakeBotAPI
from bot.web.server import create_web_app

LIBRARIES = ("aiogram", "ptb")
#: Calls after which the bot is waiting for the person again.
SHOWS = {"sendphoto", "editmessagereplymarkup", "deletemessages"}


def invite(app: App, role: str = "youth", dialog: str = "demo", lang: str = "sv") -> str:
    unit = app.case_store.unit_id("Testenheten", create=True)
    case = app.cases.create_case(unit, "Fjärilen 2026")
    participant = app.cases.add_participant(case.id, role, dialog, lang=lang)
    return app.cases.issue_invite(participant.id)


class VirtualTime:
    """A clock whose sleeps return at once and move it forward by the time asked for."""

    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)

    def limiter(self) -> RateLimiter:
        """The production rate limiter, waiting in this time."""
        return RateLimiter(clock=self.clock, sleep=self.sleep)


@dataclass
class RunningBot:
    app: App
    fake: FakeBotAPI
    adapter: object
    url: str


@contextlib.asynccontextmanager
async def running_bot(
    app: App, fake: FakeBotAPI, library: str, webhook: bool = False
) -> AsyncIterator[RunningBot]:
    web_app = create_web_app(app)
    time = VirtualTime()
    runner = web.AppRunner(web_app, access_log=None)
    site_url = ""
    options = TelegramOptions(
        token=TOKEN,
        library=library,
        api_base=fake.base,
        poll_timeout=1,
        webhook_url="http://127.0.0.1/telegram/webhook" if webhook else None,
    )
    with mock.patch.object(telegram_service, "RateLimiter", time.limiter):
        attach(web_app, app, options)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    site_url = f"http://127.0.0.1:{port}"
    try:
        yield RunningBot(app, fake, web_app, site_url)
    finally:
        await runner.cleanup()


class Chat:
    """One person in a private chat with the bot."""

    def __init__(self, fake: FakeBotAPI, chat_id: int, deliver=None):
        self.fake, self.chat_id = fake, chat_id
        self.deliver = deliver or fake.push

    def calls(self) -> list[Call]:
        return self.fake.chat(self.chat_id)

    async def send(self, *updates: dict, until: str = "show", count: int = 1) -> list[Call]:
        """Deliver updates and wait until the bot has replied `count` times; return what it
        did for this chat meanwhile. `until`: "show" (a card, a changed keyboard, a cleared
        chat), "text" (any message) or a method's name ("sendvoice")."""
        before = len(self.calls())

        def done() -> list[Call] | None:
            new = self.calls()[before:]
            ends = [c for c in new if _ends(c, until)]
            return new if len(ends) >= count else None

        await self.deliver(*updates)
        return await self.fake.wait_for(done)

    async def say(self, text: str, **kw) -> list[Call]:
        return await self.send(self.fake.message(self.chat_id, text), **kw)

    def card(self) -> Call:
        """The last message with buttons the bot sent to this chat."""
        return [c for c in self.calls() if c.method in ("sendphoto", "sendmessage") and _kb(c)][-1]

    def button(self, action: str, card: Call | None = None) -> str:
        """The callback data of the button for `action` (e.g. "c", "a1", "t0") on a card."""
        for row in _kb(card or self.card()):
            for button in row:
                if button["callback_data"].split("|")[0] == action:
                    return button["callback_data"]
        raise AssertionError(f"no button {action!r} on the card")

    async def press(self, action: str, card: Call | None = None, **kw) -> list[Call]:
        card = card or self.card()
        data = self.button(action, card)
        return await self.send(self.fake.press(self.chat_id, data, card.result), **kw)


def _kb(call: Call) -> list:
    return (call.params.get("reply_markup") or {}).get("inline_keyboard", [])


def _ends(call: Call, until: str) -> bool:
    if until == "text":
        return call.method in ("sendmessage", "sendphoto")
    if until != "show":
        return call.method == until
    return call.method in SHOWS or (call.method == "sendmessage" and bool(_kb(call)))


def texts(calls: list[Call]) -> list[str]:
    return [c.params.get("text") or c.params.get("caption") or "" for c in calls]

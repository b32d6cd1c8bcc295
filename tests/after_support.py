"""Shared by the after-the-meeting tests: a sample SIP plan with invented content, the real web
app on loopback over a SQLite file (restartable), a phone's browser, and a real SMTP server on
loopback (aiosmtpd) that keeps what it receives."""

from __future__ import annotations

import asyncio
import copy
import queue
import socket
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import aiohttp
from aiohttp import web
from aiosmtpd.controller import Controller

from bot.adapters.mail import MailSettings
from bot.runtime.help_now_job import MAIL_KEY, help_now_job
from bot.runtime.reminder_job import InboxNotifier, ReminderRunner
from bot.web.server import create_web_app
from storage.inbox import InboxStore
from tests.app_factory import make_app
from tests.conformance.drivers import WebDriver
from tests.conformance.harness import Action

PLAN = {
    "goals": [
        {
            "title": "Elevens skolnärvaro ska öka till 80 procent",
            "plain": "Du ska vara i skolan fler dagar.",
            "pictogram": "school",
            "activities": [
                {
                    "what": "Anpassad studiegång och stödinsats från elevhälsan",
                    "plain": "Du får en egen plan i skolan. Kuratorn träffar dig.",
                    "responsible": "school",
                    "when": "från 1 december",
                    "how_often": "varje vecka",
                },
                {
                    "what": "Familjen följer med till skolan på morgonen",
                    "responsible": "family",
                    "when": "måndagar",
                },
            ],
        },
        {
            "title": "Förbättrad sömn och minskad oro",
            "plain": "Du ska sova bättre och känna mindre oro.",
            "pictogram": "health",
            "activities": [
                {
                    "what": "Stödsamtal på BUP",
                    "plain": "Du pratar med någon på BUP.",
                    "responsible": "bup",
                    "when": "varannan vecka",
                }
            ],
        },
    ],
    "follow_up": {"date": "2027-02-15", "place": "skolans konferensrum"},
    "contact": {"name": "Kim Exempel", "how": "ring 070-000 00 00"},
    "main_responsible": "school",
}


def plan(**changes) -> dict:
    data = copy.deepcopy(PLAN)
    data.update(changes)
    return data


class Server:
    """The real web app on 127.0.0.1 over the case's SQLite file; stop() is a shutdown."""

    def __init__(self, folder: Path, mail: MailSettings | None = None):
        self.app = make_app(folder)
        self.mail = mail

    async def start(self) -> str:
        self.web_app = create_web_app(self.app)
        if self.mail is not None:
            self.web_app[MAIL_KEY] = self.mail
            self.web_app.cleanup_ctx.append(help_now_job)
        self.runner = web.AppRunner(self.web_app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", 0).start()
        return f"http://127.0.0.1:{self.runner.addresses[0][1]}"

    def reminders(self) -> ReminderRunner:
        """What `serve`'s reminder job runs each minute (the clock is the travelled one)."""
        return ReminderRunner(
            self.app, [InboxNotifier(InboxStore(self.app.db))], lambda: datetime.now(UTC)
        )

    async def stop(self) -> None:
        await self.runner.cleanup()
        self.app.db.conn.close()


class Browser(WebDriver):
    """A phone's browser: its own cookie jar (its login survives a server restart); it opens
    the link as the person does, with the landing page and the picture code (WebDriver)."""

    def __init__(self, url: str, jar: aiohttp.CookieJar | None = None):
        self.jar = jar or aiohttp.CookieJar(unsafe=True)
        self.http = aiohttp.ClientSession(url, cookie_jar=self.jar)
        self.page = None

    async def run(self, actions) -> str:
        text = ""
        for raw in actions:
            text = await self.act(Action.parse(raw))
        return text

    async def fetch(self, path: str) -> tuple[int, str, bytes]:
        async with self.http.get(path) as response:
            return response.status, response.headers["Content-Type"], await response.read()

    async def post_form(self, action: str) -> str:
        form = next(f for f in self.page.forms if f.action == action)
        csrf = next(i["value"] for i in form.inputs if i.get("name") == "csrf")
        return await self.post(action, {"csrf": csrf})


class SmtpSink:
    """A real SMTP server on 127.0.0.1 (aiosmtpd, in its own thread); `next_message` waits for
    the next message it received (no sleeping: it blocks on a queue in a worker thread)."""

    def __init__(self):
        self.received: queue.Queue[EmailMessage] = queue.Queue()
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        self.received.put(message_from_bytes(raw, policy=policy.default))
        return "250 OK"

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def settings(self) -> MailSettings:
        return MailSettings("127.0.0.1", self.controller.port, "delaktig@test.invalid", "none")

    async def next_message(self, timeout: float = 20) -> EmailMessage:
        return await asyncio.to_thread(self.received.get, True, timeout)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

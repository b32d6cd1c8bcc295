"""Drivers for the conformance harness: the console channel and the web channel, each on a real
SQLite file, the web one over real HTTP on loopback. `WebDriver` is also the other web tests'
family: it makes a case of its own."""

from __future__ import annotations

import io
import queue
import threading
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.channels.console import ConsoleChannel
from bot.testing.invite import PICTURE_CODE, open_invite
from bot.web.page_reader import Form, Page, form_data, parse_page
from bot.web.server import create_web_app
from tests.app_factory import app_with, settings_in
from tests.conformance.harness import Action, Family, answers_by_key, shares_by_key

HANDLED_TIMEOUT = 30
#: The console's command line for each action that is a command.
CONSOLE_COMMANDS = {
    "skip": "/hoppa",
    "back": "/tillbaka",
    "help": "/hjalp",
    "help_now": "/hjalpnu",
    "tell": "/beratta",
    "evaluate": "/utvardera",
}


# ── Console ─────────────────────────────────────────────────────────────────────────────────


class _LineFeed:
    """Lines for `ConsoleChannel.run`, one at a time. When the channel asks for the next line,
    the previous one has been fully handled, so the driver can read what it wrote."""

    def __init__(self):
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.handled: queue.Queue[None] = queue.Queue()
        self.closed = False

    def __iter__(self):
        while not self.closed:
            self.handled.put(None)
            line = self.lines.get()
            if line is None:
                self.closed = True
                return
            yield line


class ConsoleDriver:
    """The real ConsoleChannel in a thread (it owns its SQLite connection there), opened with
    the invite as `delaktig chat --invite` opens it. When a dialog ends, the person opens the
    invite again (as a second `delaktig chat --invite` would) and goes on."""

    IDENTITY = "console:conformance"

    def __init__(self, folder: Path):
        self.settings = settings_in(folder)
        self.out = io.StringIO()
        self.feed = _LineFeed()
        self.channel: ConsoleChannel | None = None
        self.thread: threading.Thread | None = None
        self.failure: BaseException | None = None

    async def start(self, family: Family) -> str:
        self.thread = threading.Thread(target=self._run, args=(family.token,), daemon=True)
        self.thread.start()
        return self._wait(0)

    def _run(self, token: str) -> None:
        try:
            app = app_with(self.settings)
            self.channel = ConsoleChannel(app.conversation, self.out)
            place = self.channel.open_invite(token, self.IDENTITY)
            while place is not None and not self.feed.closed:
                self.channel.run(place, self.feed)
                if self.channel.place is not None and not self.feed.closed:
                    place = self.channel.open_invite(token, self.IDENTITY)
                else:
                    place = None
            app.db.conn.close()
        except BaseException as exc:  # reported to the test by _wait
            self.failure = exc
        finally:
            self.feed.handled.put(None)

    def _wait(self, since: int) -> str:
        self.feed.handled.get(timeout=HANDLED_TIMEOUT)
        if self.failure is not None:
            raise self.failure
        return self.out.getvalue()[since:]

    async def act(self, action: Action) -> str:
        since = len(self.out.getvalue())
        for line in self._lines(action):
            self.feed.lines.put(line)
            self._wait(since)
        return self.out.getvalue()[since:]

    def _lines(self, action: Action) -> list[str]:
        assert self.channel is not None and self.channel.prompt is not None
        prompt = self.channel.prompt
        match action.kind:
            case "continue":
                return [""]
            case "write":
                return [action.text]
            case "choose":
                ids = [o.id for o in prompt.options]
                return [",".join(str(ids.index(i) + 1) for i in action.ids)]
            case "accept":
                keys = [item.key for item in prompt.review]
                return [f"{keys.index(k) + 1} {share}" for k, share in action.shares] + ["ok"]
        return [CONSOLE_COMMANDS[action.kind]]

    async def close(self) -> None:
        self.feed.lines.put(None)
        if self.thread is not None:
            self.thread.join(HANDLED_TIMEOUT)


# ── Web ─────────────────────────────────────────────────────────────────────────────────────


class FamilyServer:
    """The real web app on 127.0.0.1 (a free port) over a fresh database, with a case to which
    `invite` adds participants."""

    def __init__(self, folder: Path):
        self.settings = settings_in(folder)
        self.app = app_with(self.settings)
        self.case_id: int | None = None

    async def start(self) -> str:
        self.runner = web.AppRunner(create_web_app(self.app))
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"
        return self.url

    def invite(self, dialog_id: str, role: str | None = None, lang: str = "sv"):
        """A new participant for the dialog (role from its audience) and their invite token."""
        if self.case_id is None:
            unit = self.app.case_store.unit_id("Testenheten", create=True)
            self.case_id = self.app.cases.create_case(unit, "Fjärilen 2026").id
        role = role or self.app.library.get(dialog_id).audience.value
        participant = self.app.cases.add_participant(self.case_id, role, dialog_id, lang=lang)
        return participant, self.app.cases.issue_invite(participant.id)

    def session_id(self, participant_id: int, dialog_id: str) -> str | None:
        return self.app.case_store.session_id_for(participant_id, dialog_id)

    async def close(self) -> None:
        await self.runner.cleanup()
        self.app.db.conn.close()


class WebChannel:
    """A phone's browser on a `FamilyServer`: aiohttp's client following redirects, reading
    pages as a browser would; `act` makes the form post a person's action makes."""

    def __init__(self, folder: Path):
        self.server = FamilyServer(folder)
        self.settings = self.server.settings
        self.app = self.server.app
        self.page: Page | None = None

    async def open(self, token: str) -> str:
        """Start the server and open the invite link in a fresh browser."""
        url = await self.server.start()
        self.runner = self.server.runner
        self.http = aiohttp.ClientSession(url, cookie_jar=aiohttp.CookieJar(unsafe=True))
        return await self.open_link(token)

    async def open_link(self, token: str, code: tuple[str, ...] = PICTURE_CODE) -> str:
        """Open the invite link as a person does: the landing page, "Börja", then their
        picture code, chosen the first time and entered after that."""
        return self._read(await open_invite(self.http, token, code))

    async def get(self, path: str) -> str:
        async with self.http.get(path) as response:
            return self._read(await response.text())

    async def post(self, path: str, data) -> str:
        async with self.http.post(path, data=data) as response:
            return self._read(await response.text())

    def _read(self, html: str) -> str:
        self.page = parse_page(html)
        return self.page.visible_text()

    def form(self, action: str) -> Form:
        """The form that posts to `action` on the page shown."""
        assert self.page is not None
        found = [f for f in self.page.forms if f.action == action]
        assert found, f"no form for {action} on the page:\n{self.page.visible_text()}"
        return found[0]

    def main_form(self) -> Form:
        return self.form("/f")

    def button(self, form: Form, name: str, value: str) -> dict[str, str]:
        found = [b for b in form.buttons if b.get("name") == name and b.get("value") == value]
        assert found, f"no {name}={value} button on the page"
        return found[0]

    async def press(self, action: str) -> str:
        """Submit the form for `action` with its (only) button."""
        form = self.form(action)
        return await self.post(action, form_data(form, form.buttons[0]))

    async def act(self, action: Action) -> str:
        match action.kind:
            case "help_now":
                return await self.press("/f/help-now")
            case "tell":
                return await self.press("/f/help-now/tell")
            case "evaluate":
                return await self.evaluate()
        form = self.main_form()
        match action.kind:
            case "continue":
                buttons = [b for b in form.buttons if b.get("value") in ("continue", "resume")]
                return await self.post("/f", form_data(form, buttons[0]))
            case "skip" | "back" | "help":
                return await self.post("/f", form_data(form, self.button(form, "do", action.kind)))
            case "write":
                done = self.button(form, "do", "answer")
                return await self.post("/f", form_data(form, done, text=action.text))
            case "choose":
                boxes = {i["value"] for i in form.inputs if i.get("name") == "pick"}
                if boxes:
                    assert set(action.ids) <= boxes, f"{action.ids} not among {boxes}"
                    done = self.button(form, "do", "answer")
                    return await self.post("/f", form_data(form, done, picks=set(action.ids)))
                (choice,) = action.ids
                return await self.post("/f", form_data(form, self.button(form, "choice", choice)))
            case "accept":
                radios = {f"share:{key}": share for key, share in action.shares}
                names = {i["name"] for i in form.inputs if i.get("type") == "radio"}
                assert set(radios) <= names, f"{set(radios)} not among {names}"
                done = self.button(form, "do", "answer")
                return await self.post("/f", form_data(form, done, radios=radios))
        raise ValueError(action.kind)

    async def evaluate(self) -> str:
        """`POST /f/evaluation` from the plan page (its button is there only while a reminder
        waits in the inbox; the form's CSRF token is the page's)."""
        await self.get("/f/plan")
        csrf = self.form("/f/help-now").inputs[0]["value"]
        return await self.post("/f/evaluation", {"csrf": csrf})

    async def close(self) -> None:
        await self.http.close()
        await self.server.close()


class WebFamilyDriver(WebChannel):
    """The conformance driver for the web channel: opens the harness's family's invite."""

    async def start(self, family: Family) -> str:
        return await self.open(family.token)


class WebDriver(WebChannel):
    """A family on the web channel for the web tests: a participant of a case of its own on
    the `FamilyServer`, and their invite opened."""

    def __init__(self, folder: Path, role: str | None = None):
        super().__init__(folder)
        self.role = role

    async def start(self, dialog_id: str, lang: str) -> str:
        participant, token = self.server.invite(dialog_id, self.role, lang)
        self.participant_id, self.token = participant.id, token
        text = await self.open(token)
        self.session_id = self.server.session_id(participant.id, dialog_id)
        return text

    async def stored_answers(self) -> dict[str, Any]:
        return answers_by_key(self.app.session_store.answers(self.session_id))

    async def stored_shares(self) -> dict[str, str]:
        return shares_by_key(self.app.session_store.answers(self.session_id))

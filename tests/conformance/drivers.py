"""Drivers for the conformance harness: the console channel and the web channel, each on a real
SQLite file, the web one over real HTTP on loopback."""

from __future__ import annotations

import io
import queue
import threading
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.config import Settings
from bot.web.page_reader import Form, Page, form_data, parse_page
from bot.web.server import create_web_app
from conformance.harness import Action, answers_by_key, shares_by_key
from storage.crypto import FieldCipher, load_or_create_key
from storage.database import open_database
from storage.sessions import SqliteSessionStore
from tests.app_factory import settings_in

HANDLED_TIMEOUT = 30


class StoredRecords:
    """Reads one session's answers from the SQLite file through a connection of its own."""

    settings: Settings
    session_id: str | None = None

    def _records(self):
        db = open_database(self.settings.db_path)
        try:
            cipher = FieldCipher(load_or_create_key(self.settings.key_file))
            return SqliteSessionStore(db, cipher).answers(self.session_id)
        finally:
            db.conn.close()

    async def stored_answers(self) -> dict[str, Any]:
        return answers_by_key(self._records())

    async def stored_shares(self) -> dict[str, str]:
        return shares_by_key(self._records())


# ── Console ─────────────────────────────────────────────────────────────────────────────────


class _LineFeed:
    """Lines for `ConsoleChannel.run`, one at a time. When the channel asks for the next line,
    the previous one has been fully handled, so the driver can read what it wrote."""

    def __init__(self):
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.handled: queue.Queue[None] = queue.Queue()

    def __iter__(self):
        while True:
            self.handled.put(None)
            line = self.lines.get()
            if line is None:
                return
            yield line


class ConsoleDriver(StoredRecords):
    """The real ConsoleChannel run loop in a thread (it owns its SQLite connection there)."""

    def __init__(self, folder: Path):
        self.settings = settings_in(folder)
        self.out = io.StringIO()
        self.feed = _LineFeed()
        self.channel: ConsoleChannel | None = None
        self.thread: threading.Thread | None = None
        self.failure: BaseException | None = None

    async def start(self, dialog_id: str, lang: str) -> str:
        self.thread = threading.Thread(target=self._run, args=(dialog_id, lang), daemon=True)
        self.thread.start()
        return self._wait(0)

    def _run(self, dialog_id: str, lang: str) -> None:
        try:
            app = App(self.settings)
            self.channel = ConsoleChannel(app.conversation, self.out, lang)
            place = self.channel.open(dialog_id, None)
            self.session_id = place.session_id
            self.channel.run(place, self.feed)
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
            case "skip" | "back" | "help":
                return [f"/{action.kind}"]
            case "write":
                return [action.text]
            case "choose":
                ids = [o.id for o in prompt.options]
                return [",".join(str(ids.index(i) + 1) for i in action.ids)]
            case "accept":
                keys = [item.key for item in prompt.review]
                return [f"{keys.index(k) + 1} {share}" for k, share in action.shares] + ["ok"]
        raise ValueError(action.kind)

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
        self.app = App(self.settings)
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


class WebDriver(StoredRecords):
    """A family on the web channel: a participant and an invite on a `FamilyServer`;
    aiohttp's client following redirects, reading pages as a browser would."""

    def __init__(self, folder: Path, role: str | None = None):
        self.server = FamilyServer(folder)
        self.settings = self.server.settings
        self.app = self.server.app
        self.role = role
        self.page: Page | None = None

    async def start(self, dialog_id: str, lang: str) -> str:
        url = await self.server.start()
        participant, token = self.server.invite(dialog_id, self.role, lang)
        self.participant_id = participant.id
        self.runner = self.server.runner
        self.http = aiohttp.ClientSession(url, cookie_jar=aiohttp.CookieJar(unsafe=True))
        text = await self.get(f"/i/{token}")
        self.session_id = self.server.session_id(participant.id, dialog_id)
        return text

    async def get(self, path: str) -> str:
        async with self.http.get(path) as response:
            return self._read(await response.text())

    async def post(self, path: str, data) -> str:
        async with self.http.post(path, data=data) as response:
            return self._read(await response.text())

    def _read(self, html: str) -> str:
        self.page = parse_page(html)
        return self.page.visible_text()

    def main_form(self) -> Form:
        assert self.page is not None
        return next(f for f in self.page.forms if f.action == "/f")

    def button(self, form: Form, name: str, value: str) -> dict[str, str]:
        found = [b for b in form.buttons if b.get("name") == name and b.get("value") == value]
        assert found, f"no {name}={value} button on the page"
        return found[0]

    async def act(self, action: Action) -> str:
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

    async def close(self) -> None:
        await self.http.close()
        await self.server.close()

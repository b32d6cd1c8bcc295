"""Telegram with several workers: `delaktig serve --workers 2` on PostgreSQL against the fake
Bot API over HTTP. Every update goes through the database inbox: posted to either worker's
webhook (or fetched by the one worker that polls), answered 200 only once stored, and handled
once, each chat's updates in order, by whichever worker claims them; a worker killed while
holding a claim is taken over when its lease runs out."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import aiohttp
import psycopg
import pytest

from bot.app import App
from bot.bench_web import Server, _listening, alive
from bot.config import Settings
from bot.runtime.retention_job import PURGE_LEASE, purge_today
from bot.testing.fake_bot_api import TOKEN, FakeBotAPI
from tests.postgresql import free_port
from tests.telegram_bots import Chat, invite

DEADLINE_SECONDS = 60
LEASE_SECONDS = 2
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture
def settings(postgresql_url, tmp_path, monkeypatch) -> Settings:
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    monkeypatch.delenv("DELAKTIG_KEY", raising=False)
    monkeypatch.delenv("DELAKTIG_KEY_FILE", raising=False)
    return Settings.from_env(postgresql_url)


@pytest.fixture
def app(settings):
    app = App(settings)
    yield app
    app.db.close()


async def until(condition: Callable[[], object], what: str) -> None:
    """Wait until `condition()` is truthy, looking every few milliseconds, or fail."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"still waiting: {what}"
        await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def serving(settings: Settings, fake: FakeBotAPI, webhook: bool) -> AsyncIterator[Server]:
    """`delaktig serve --workers 2` with a bot token, once both workers run the channel."""
    port = free_port()
    env = os.environ | {
        "DELAKTIG_VAR": str(settings.var_dir),
        "DELAKTIG_DATABASE_URL": settings.database_url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE": fake.base,
        "DELAKTIG_TELEGRAM_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    command = [sys.executable, "-m", "bot", "serve", "--port", str(port), "--workers", "2"]
    if webhook:
        command += ["--webhook-url", f"http://127.0.0.1:{port}/telegram/webhook"]
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
    )
    server = Server(process, port, 2)
    try:
        # each worker registers the command menu in two languages once its channel runs
        await until(lambda: len(fake.of("setmycommands")) >= 4, "both workers' channels")
        await until(lambda: _listening(port) >= 2, "both workers listening")
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
        await asyncio.wait_for(process.wait(), DEADLINE_SECONDS)


class Webhook:
    """Posts updates as Telegram does, each on a new connection (so either worker gets it)."""

    def __init__(self, server: Server, fake: FakeBotAPI):
        self.url = f"{server.url}/telegram/webhook"
        self.secret = fake.webhook["secret_token"]
        self.statuses: list[int] = []

    async def post(self, *updates: dict) -> None:
        headers = {SECRET_HEADER: self.secret}
        for update in updates:
            connector = aiohttp.TCPConnector(force_close=True)
            async with (
                aiohttp.ClientSession(connector=connector) as http,
                http.post(self.url, json=update, headers=headers) as response,
            ):
                self.statuses.append(response.status)


async def at_a_text_question(app: App, chat: Chat) -> str:
    """Bind the chat to a new invite and answer up to the first of two text questions in a
    row (what is hard at school, then what is good); the chat's session id."""
    await chat.say(f"/start {invite(app)}")
    await chat.press("c")
    areas = chat.card()
    await chat.press("t0", card=areas)  # school
    await chat.press("d", card=areas)
    await chat.press("a0")  # school: 1 → what is hard
    return app.conversation.place_for(f"tg:{chat.chat_id}").session_id


def answer(app: App, session_id: str, step: str) -> str | None:
    for record in app.session_store.answers(session_id):
        if record.step == step:
            return record.value
    return None


def shows(chat: Chat, since: int) -> list[str]:
    return [c.method for c in chat.calls()[since:] if c.method in ("sendphoto", "sendmessage")]


async def test_two_webhook_workers_handle_each_update_once_in_order_per_chat(app, fake, settings):
    async with serving(settings, fake, webhook=True) as server:
        hook = Webhook(server, fake)
        chats = [Chat(fake, 7001 + n, deliver=hook.post) for n in range(4)]
        sessions = [await at_a_text_question(app, chat) for chat in chats]
        before = [len(chat.calls()) for chat in chats]
        # every chat's two answers, sent one right after the other, the chats interleaved;
        # Telegram sends an update again when unsure (chat 0's first answer): still once
        for n in (1, 2):
            for chat in chats:
                update = fake.message(chat.chat_id, f"svar {n} från {chat.chat_id}")
                await hook.post(*([update, update] if chat is chats[0] and n == 1 else [update]))
        for chat, since in zip(chats, before, strict=True):
            await until(lambda c=chat, s=since: len(shows(c, s)) >= 2, "two cards per chat")
        assert hook.statuses[-9:] == [200] * 9
        await until(lambda: app.telegram_inbox.waiting() == 0, "the inbox empty")

    for chat, session, since in zip(chats, sessions, before, strict=True):
        assert answer(app, session, "area-hard") == f"svar 1 från {chat.chat_id}"
        assert answer(app, session, "area-good") == f"svar 2 från {chat.chat_id}"
        assert len(shows(chat, since)) == 2  # one card per update, none twice


async def test_an_update_claimed_by_a_killed_worker_is_handled_once_by_the_other(
    app, fake, settings
):
    async with serving(settings, fake, webhook=True) as server:
        hook = Webhook(server, fake)
        chat = Chat(fake, 7101, deliver=hook.post)
        session = await at_a_text_question(app, chat)
        since = len(chat.calls())
        with psycopg.connect(settings.database_url) as blocker:
            # hold the family's tables, so whichever worker claims the update waits inside it
            blocker.execute("LOCK TABLE participants, invites, sessions IN ACCESS EXCLUSIVE MODE")
            update = fake.message(chat.chat_id, "svar som inte får försvinna")
            await hook.post(update)
            # answered 200: stored in the inbox (sealed) before anything handled it
            assert hook.statuses[-1] == 200
            stored = blocker.execute(
                "SELECT update_enc FROM telegram_inbox WHERE update_id = %s", (update["update_id"],)
            ).fetchone()
            assert stored is not None and "försvinna" not in stored[0]
            claimer = await _claimer(blocker, update["update_id"])
            os.kill(claimer, signal.SIGKILL)
            await until(lambda: not alive(claimer), "the claimer gone")
            blocker.rollback()  # the tables free again; the dead worker's claim still holds
        await until(lambda: len(shows(chat, since)) >= 1, "the other worker's reply")
        (survivor,) = [pid for pid in server.worker_pids() if alive(pid)]
        assert survivor != claimer
        # the update is marked done just after its reply went out
        await until(lambda: app.telegram_inbox.waiting() == 0, "the inbox empty")

    assert answer(app, session, "area-hard") == "svar som inte får försvinna"
    assert answer(app, session, "area-good") is None
    assert len(shows(chat, since)) == 1


async def _claimer(conn: psycopg.Connection, update_id: int) -> int:
    """The process id of the worker holding the claim, once it waits on the locked tables."""
    found: list[int] = []

    def claimed_and_waiting() -> bool:
        row = conn.execute(
            "SELECT claimed_by FROM telegram_inbox WHERE update_id = %s", (update_id,)
        ).fetchone()
        (waiting,) = conn.execute("SELECT COUNT(*) FROM pg_locks WHERE NOT granted").fetchone()
        if row and row[0] and waiting:
            found.append(int(row[0].split(":")[1]))
        return bool(found)

    await until(claimed_and_waiting, "a worker holding the claim")
    return found[0]


async def test_with_polling_exactly_one_worker_polls(app, fake, settings):
    async with serving(settings, fake, webhook=False) as server:
        await until(lambda: fake.polls >= 1, "a poll")
        chats = [Chat(fake, 7201 + n) for n in range(3)]
        for chat in chats:
            replies = await chat.say(f"/start {invite(app)}")
            assert replies[-1].method == "sendphoto"
        polls = fake.polls
        await until(lambda: fake.polls >= polls + 3, "three polls more")
        holder = app.leases.holder("telegram-polling")
        assert int(holder.split(":")[1]) in server.worker_pids()
    # the other worker never polled beside it (Telegram would end both with 409 Conflict)
    assert fake.most_polling == 1
    for chat in chats:
        assert len(shows(chat, 0)) == 1


def test_the_daily_purge_runs_once_a_day_across_workers(settings):
    workers = [App(settings), App(settings)]  # two processes' pools on one database
    try:
        for day in (datetime(2026, 12, 1, 3, tzinfo=UTC), datetime(2026, 12, 2, 3, tzinfo=UTC)):
            ran = _at_once(workers, day)
            assert sorted(ran) == [False, True]
            later = day + timedelta(hours=12)
            assert _at_once(workers, later) == [False, False]  # the day's purge has run
        assert workers[0].leases.holder(PURGE_LEASE) in ("w0", "w1")
    finally:
        for worker in workers:
            worker.db.close()


def _at_once(workers: list[App], now: datetime) -> list[bool]:
    """Both workers' purge at the same moment, released together; which of them purged."""
    barrier, ran = threading.Barrier(len(workers)), [False] * len(workers)

    def run(n: int) -> None:
        barrier.wait(DEADLINE_SECONDS)
        ran[n] = purge_today(workers[n], f"w{n}", lambda: now) is not None

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE_SECONDS)
    return ran

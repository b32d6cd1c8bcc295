"""`delaktig bench --scenario telegram`: full scripted dialogs through each Telegram adapter
against the local fake Bot API, and a minimal echo bot on the same library in the same run
(the framework's own floor). Rate limiting is off for both: it measures the bots, not
Telegram's limits."""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.app import App
from bot.channels.telegram_inbox import UpdateInbox
from bot.channels.telegram_service import TelegramOptions, build_adapter, running
from bot.config import Settings
from bot.testing.fake_bot_api import TOKEN, Call, FakeBotAPI

LIBRARIES = ("aiogram", "ptb")
TEXT_ANSWER = "Det går bra i skolan nu."
FIRST_CHAT = 700_000
#: A dialog that takes more updates than this is a bug in the script or the bot.
MAX_UPDATES = 300


def telegram(options: dict[str, Any]) -> dict[str, Any]:
    chats = int(options.get("telegram_chats", 8))
    rounds = int(options.get("telegram_rounds", 3))
    return asyncio.run(_all(chats, rounds))


async def _all(chats: int, rounds: int) -> dict[str, Any]:
    result: dict[str, Any] = {"chats": chats, "dialogs_per_chat": rounds}
    for library in LIBRARIES:
        with tempfile.TemporaryDirectory() as tmp:
            updates, seconds, calls = await _adapter_run(library, Path(tmp), chats, rounds)
        echo_updates, echo_seconds = await _echo_run(library, chats, max(updates // chats, 1))
        per_update, echo_per_update = seconds / updates, echo_seconds / echo_updates
        ratio, calls_per_update = per_update / echo_per_update, calls / updates
        result[library] = {
            "updates": updates,
            "updates_per_s": round(updates / seconds, 1),
            "echo_updates_per_s": round(echo_updates / echo_seconds, 1),
            "ratio_to_echo": round(ratio, 2),
            # The echo bot makes one Bot API call per update; a card with its answered button
            # is two or more. Time per call, against the echo's, is the bot's own cost.
            "api_calls_per_update": round(calls_per_update, 2),
            "ratio_to_echo_per_call": round(ratio / calls_per_update, 2),
        }
    return result


# ── The adapter: whole dialogs, button by button ────────────────────────────────────────────


def _is_show(call: Call) -> bool:
    has_keyboard = bool((call.params.get("reply_markup") or {}).get("inline_keyboard"))
    return call.method in ("sendphoto", "editmessagereplymarkup") or (
        call.method == "sendmessage" and has_keyboard
    )


async def _adapter_run(
    library: str, folder: Path, chats: int, rounds: int
) -> tuple[int, float, int]:
    """Updates handled, seconds taken and Bot API calls made (polling aside) in the timed pass."""
    fake = FakeBotAPI()
    await fake.start()
    app = App(Settings(folder, folder / "bench.db", folder / "bench.key", folder / "cache"))
    options = TelegramOptions(TOKEN, library, api_base=fake.base, poll_timeout=1, rate_limit=False)
    adapter = build_adapter(app, options)
    dialogs = sorted(app.library.load())

    async def one_pass(first_chat: int) -> list[int]:
        tokens = _invites(app, dialogs, chats * rounds)
        return await asyncio.gather(
            *(
                _chat_dialogs(fake, first_chat + n * rounds, tokens[n::chats], n)
                for n in range(chats)
            )
        )

    # Through the database inbox, as `delaktig serve` runs it. The same dialogs and choices
    # twice: the first pass draws and uploads the cards (once per card, as a running bot
    # does), the second is timed.
    async with running(adapter, UpdateInbox(app, adapter, options.lease), options, ""):
        await one_pass(FIRST_CHAT)
        calls_before = len(fake.calls)
        start = time.perf_counter()
        counts = await one_pass(FIRST_CHAT + chats * rounds)
        seconds = time.perf_counter() - start
        calls = sum(c.method != "getupdates" for c in fake.calls[calls_before:])
    await fake.stop()
    app.db.conn.close()
    return sum(counts), seconds, calls


def _invites(app: App, dialogs: list[str], count: int) -> list[str]:
    """Invites for `count` participants, each in a case of their own, cycling the dialogs."""
    unit = app.case_store.unit_id("Benchenheten", create=True)
    tokens = []
    for n in range(count):
        dialog = app.library.get(dialogs[n % len(dialogs)])
        case = app.cases.create_case(unit, f"Bench {n}")
        participant = app.cases.add_participant(case.id, dialog.audience.value, dialog.id)
        tokens.append(app.cases.issue_invite(participant.id))
    return tokens


async def _chat_dialogs(fake: FakeBotAPI, first_chat: int, tokens: list[str], seed: int) -> int:
    """One person after another doing a dialog (each in a chat of their own)."""
    total = 0
    for n, token in enumerate(tokens):
        total += await _dialog(fake, first_chat + n, token, seed + n)
    return total


async def _dialog(fake: FakeBotAPI, chat_id: int, token: str, seed: int) -> int:
    """Play one dialog to its end; the number of updates it took."""
    rng = random.Random(seed)
    update = fake.message(chat_id, f"/start {token}")
    count, toggled, previous = 0, False, None
    while update is not None:
        if count >= MAX_UPDATES:
            raise RuntimeError(f"chat {chat_id}: the dialog did not end in {MAX_UPDATES} updates")
        show = await _exchange(fake, chat_id, update)
        count += 1
        asked_again = show.params.get("caption") == previous and "message" in update
        previous = show.params.get("caption")
        update, toggled = _next_update(fake, chat_id, show, rng, toggled, asked_again)
    return count


async def _exchange(fake: FakeBotAPI, chat_id: int, update: dict) -> Call:
    """Deliver one update and wait for the card (or changed keyboard) it leads to."""
    seen = len(fake.chat(chat_id))

    def shown() -> Call | None:
        calls = fake.chat(chat_id)
        return next((c for c in calls[seen:] if _is_show(c)), None)

    await fake.push(update)
    return await fake.wait_for(shown, timeout=60)


def _next_update(
    fake: FakeBotAPI,
    chat_id: int,
    show: Call,
    rng: random.Random,
    toggled: bool,
    asked_again: bool,
) -> tuple[dict | None, bool]:
    """What a person would do next on this card (skip a question our text did not fit);
    None at the end of the dialog."""
    card = show.result
    buttons = {
        b["callback_data"].split("|")[0]: b["callback_data"]
        for row in show.params["reply_markup"]["inline_keyboard"]
        for b in row
    }

    def press(action: str) -> dict:
        return fake.press(chat_id, buttons[action], card)

    if "k" in buttons:
        return None, False
    if asked_again:
        return press("s"), False
    for action in ("c", "x"):
        if action in buttons:
            return press(action), False
    toggles = [a for a in buttons if a.startswith("t")]
    if "d" in buttons:
        if toggled or not toggles:
            return press("d" if toggled else "s"), False
        return press(rng.choice(toggles)), True
    choices = [a for a in buttons if a.startswith("a")]
    if choices:
        return press(rng.choice(choices)), False
    return fake.message(chat_id, TEXT_ANSWER), False


# ── The echo bots: the library's own floor ──────────────────────────────────────────────────


async def _echo_run(library: str, chats: int, per_chat: int) -> tuple[int, float]:
    fake = FakeBotAPI()
    await fake.start()
    start_bot, stop_bot = await (_aiogram_echo if library == "aiogram" else _ptb_echo)(fake.base)
    await start_bot()
    await _echo_chat(fake, FIRST_CHAT - 1, 1)
    start = time.perf_counter()
    await asyncio.gather(*(_echo_chat(fake, FIRST_CHAT + n, per_chat) for n in range(chats)))
    seconds = time.perf_counter() - start
    await stop_bot()
    await fake.stop()
    return chats * per_chat, seconds


async def _echo_chat(fake: FakeBotAPI, chat_id: int, count: int) -> None:
    for n in range(count):
        seen = len(fake.chat(chat_id))
        await fake.push(fake.message(chat_id, f"eko {n}"))
        await fake.wait_for(lambda c=chat_id, s=seen: len(fake.chat(c)) > s, timeout=60)


async def _aiogram_echo(base: str):
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import Message

    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(base)))
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    task: list[asyncio.Task] = []

    async def start() -> None:
        task.append(
            asyncio.create_task(
                dispatcher.start_polling(bot, polling_timeout=1, handle_signals=False)
            )
        )

    async def stop() -> None:
        await dispatcher.stop_polling()
        await task[0]

    return start, stop


async def _ptb_echo(base: str):
    from telegram import Update
    from telegram.ext import Application, ContextTypes, MessageHandler, filters

    application = (
        Application.builder().token(TOKEN).base_url(f"{base}/bot").concurrent_updates(True).build()
    )

    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(update.message.text or "")

    application.add_handler(MessageHandler(filters.TEXT, echo))

    async def start() -> None:
        await application.initialize()
        await application.start()
        await application.updater.start_polling(poll_interval=0, timeout=1)

    async def stop() -> None:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()

    return start, stop

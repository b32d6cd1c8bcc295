"""The Telegram channel on aiogram: maps `BotPort` calls and incoming updates to aiogram."""

from __future__ import annotations

from pathlib import Path

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramRetryAfter
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    FSInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from bot.channels.telegram_core import TelegramCore
from bot.channels.telegram_transport import (
    ALLOWED_UPDATES,
    Incoming,
    Keyboard,
    RateLimiter,
    Sent,
    incoming_message,
    with_retry,
)

#: A long poll's HTTP request waits this much longer than the poll itself.
REQUEST_SLACK_SECONDS = 10


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=b.text, callback_data=b.data) for b in row]
            for row in keyboard
        ]
    )


def _retry_after(exc: BaseException) -> float | None:
    return exc.retry_after if isinstance(exc, TelegramRetryAfter) else None


def incoming_callback(update: Update, query: CallbackQuery) -> Incoming:
    message = query.message
    return Incoming(
        update_id=update.update_id,
        chat_id=message.chat.id if message else query.from_user.id,
        message_id=message.message_id if isinstance(message, Message) else None,
        callback_id=query.id,
        callback_data=query.data or "",
        language_code=query.from_user.language_code,
        private=message is None or message.chat.type == "private",
    )


class AiogramAdapter:
    """aiogram has no rate limiter of its own, so calls go through the core's `RateLimiter`."""

    def __init__(
        self,
        core: TelegramCore,
        token: str,
        api_base: str | None = None,
        limiter: RateLimiter | None = None,
    ):
        api = TelegramAPIServer.from_base(api_base) if api_base else None
        session = AiohttpSession(api=api) if api else AiohttpSession()
        self.core, self.limiter = core, limiter
        self.bot = Bot(token, session=session)
        self.dispatcher = Dispatcher()
        self.dispatcher.message.register(self._on_message)
        self.dispatcher.callback_query.register(self._on_callback)
        core.bot = self

    # incoming ──────────────────────────────────────────────────────────────────────────────

    async def _on_message(self, message: Message, event_update: Update) -> None:
        await self.core.handle(incoming_message(event_update.update_id, message))

    async def _on_callback(self, query: CallbackQuery, event_update: Update) -> None:
        await self.core.handle(incoming_callback(event_update, query))

    async def process(self, data: dict) -> None:
        """Handle one update from the inbox, to its end."""
        update = Update.model_validate(data, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict]:
        """One long poll: the updates as the Bot API sent them."""
        updates = await self.bot.get_updates(
            offset=offset,
            timeout=timeout,
            allowed_updates=ALLOWED_UPDATES,
            request_timeout=timeout + REQUEST_SLACK_SECONDS,
        )
        return [u.model_dump(mode="json", by_alias=True, exclude_none=True) for u in updates]

    # lifecycle ─────────────────────────────────────────────────────────────────────────────

    async def start_polling(self) -> None:
        await self.bot.delete_webhook()

    async def start_webhook(self, url: str, secret: str) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def stop(self) -> None:
        await self.bot.session.close()

    # BotPort ───────────────────────────────────────────────────────────────────────────────

    async def _send(self, chat_id: int | None, call):
        if self.limiter is not None:
            await self.limiter.acquire(chat_id)
        return await with_retry(call, _retry_after)

    async def send_text(self, chat_id: int, text: str, keyboard: Keyboard) -> Sent:
        message = await self._send(
            chat_id, lambda: self.bot.send_message(chat_id, text, reply_markup=markup(keyboard))
        )
        return Sent(message.message_id)

    async def send_photo(
        self, chat_id: int, photo: Path | str, caption: str, keyboard: Keyboard
    ) -> Sent:
        file = FSInputFile(photo) if isinstance(photo, Path) else photo
        message = await self._send(
            chat_id,
            lambda: self.bot.send_photo(
                chat_id, file, caption=caption, reply_markup=markup(keyboard)
            ),
        )
        return Sent(message.message_id, message.photo[-1].file_id if message.photo else None)

    async def send_voice(self, chat_id: int, voice: Path | str, keyboard: Keyboard) -> Sent:
        file = FSInputFile(voice) if isinstance(voice, Path) else voice
        message = await self._send(
            chat_id, lambda: self.bot.send_voice(chat_id, file, reply_markup=markup(keyboard))
        )
        return Sent(message.message_id, message.voice.file_id if message.voice else None)

    async def send_file(
        self, chat_id: int, data: bytes, filename: str, caption: str, photo: bool
    ) -> Sent:
        file = BufferedInputFile(data, filename)
        send = self.bot.send_photo if photo else self.bot.send_document
        message = await self._send(chat_id, lambda: send(chat_id, file, caption=caption))
        return Sent(message.message_id)

    async def edit_keyboard(self, chat_id: int, message_id: int, keyboard: Keyboard) -> None:
        await self._send(
            chat_id,
            lambda: self.bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=message_id, reply_markup=markup(keyboard)
            ),
        )

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        await with_retry(
            lambda: self.bot.answer_callback_query(callback_id, text=text), _retry_after
        )

    async def delete_messages(self, chat_id: int, message_ids: list[int]) -> None:
        await self._send(chat_id, lambda: self.bot.delete_messages(chat_id, message_ids))

    async def set_commands(self, commands: list[tuple[str, str]], language_code: str) -> None:
        listed = [BotCommand(command=name, description=text) for name, text in commands]
        await self._send(
            None, lambda: self.bot.set_my_commands(listed, language_code=language_code)
        )

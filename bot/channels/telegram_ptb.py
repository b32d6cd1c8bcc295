"""The Telegram channel on python-telegram-bot: maps `BotPort` calls and incoming updates to
PTB. Rate limits and 429 retries are PTB's own `AIORateLimiter`."""

from __future__ import annotations

from pathlib import Path

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import AIORateLimiter, Application, ContextTypes, TypeHandler

from bot.channels.telegram_core import TelegramCore
from bot.channels.telegram_transport import (
    ALLOWED_UPDATES,
    Incoming,
    Keyboard,
    Sent,
    incoming_message,
)

MAX_RETRIES = 3


def markup(keyboard: Keyboard) -> InlineKeyboardMarkup | None:
    if not keyboard:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in keyboard]
    )


def incoming(update: Update) -> Incoming | None:
    query, message = update.callback_query, update.message
    if query is not None:
        origin = query.message
        return Incoming(
            update_id=update.update_id,
            chat_id=origin.chat.id if origin else query.from_user.id,
            message_id=origin.message_id if origin else None,
            callback_id=query.id,
            callback_data=query.data or "",
            language_code=query.from_user.language_code,
            private=origin is None or origin.chat.type == "private",
        )
    if message is not None:
        return incoming_message(update.update_id, message)
    return None


class PtbAdapter:
    def __init__(
        self,
        core: TelegramCore,
        token: str,
        api_base: str | None = None,
        rate_limit: bool = True,
    ):
        builder = Application.builder().token(token)
        if api_base:
            base = api_base.rstrip("/")
            builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
        if rate_limit:
            builder = builder.rate_limiter(AIORateLimiter(max_retries=MAX_RETRIES))
        self.application = builder.build()
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.bot = self.application.bot
        self.core = core
        core.bot = self

    # incoming ──────────────────────────────────────────────────────────────────────────────

    async def _on_update(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        found = incoming(update)
        if found is not None:
            await self.core.handle(found)

    async def process(self, data: dict) -> None:
        """Handle one update from the inbox, to its end."""
        await self.application.process_update(Update.de_json(data, self.bot))

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict]:
        """One long poll: the updates as the Bot API sent them."""
        updates = await self.bot.get_updates(
            offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES
        )
        return [update.to_dict() for update in updates]

    # lifecycle ─────────────────────────────────────────────────────────────────────────────

    async def start_polling(self) -> None:
        await self.application.initialize()
        await self.application.start()
        await self.bot.delete_webhook()

    async def start_webhook(self, url: str, secret: str) -> None:
        await self.application.initialize()
        await self.application.start()
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def stop(self) -> None:
        await self.application.stop()
        await self.application.shutdown()

    # BotPort ───────────────────────────────────────────────────────────────────────────────

    async def send_text(self, chat_id: int, text: str, keyboard: Keyboard) -> Sent:
        message = await self.bot.send_message(chat_id, text, reply_markup=markup(keyboard))
        return Sent(message.message_id)

    async def send_photo(
        self, chat_id: int, photo: Path | str, caption: str, keyboard: Keyboard
    ) -> Sent:
        message = await self.bot.send_photo(
            chat_id, photo, caption=caption, reply_markup=markup(keyboard)
        )
        return Sent(message.message_id, message.photo[-1].file_id if message.photo else None)

    async def send_voice(self, chat_id: int, voice: Path | str, keyboard: Keyboard) -> Sent:
        message = await self.bot.send_voice(chat_id, voice, reply_markup=markup(keyboard))
        return Sent(message.message_id, message.voice.file_id if message.voice else None)

    async def send_file(
        self, chat_id: int, data: bytes, filename: str, caption: str, photo: bool
    ) -> Sent:
        send = self.bot.send_photo if photo else self.bot.send_document
        message = await send(chat_id, data, caption=caption, filename=filename)
        return Sent(message.message_id)

    async def edit_keyboard(self, chat_id: int, message_id: int, keyboard: Keyboard) -> None:
        await self.bot.edit_message_reply_markup(
            chat_id=chat_id, message_id=message_id, reply_markup=markup(keyboard)
        )

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        await self.bot.answer_callback_query(callback_id, text=text)

    async def delete_messages(self, chat_id: int, message_ids: list[int]) -> None:
        await self.bot.delete_messages(chat_id, message_ids)

    async def set_commands(self, commands: list[tuple[str, str]], language_code: str) -> None:
        listed = [BotCommand(name, text) for name, text in commands]
        await self.bot.set_my_commands(listed, language_code=language_code)

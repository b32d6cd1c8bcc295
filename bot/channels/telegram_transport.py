"""The Telegram channel's transport: updates as plain values (`Incoming`), the Bot API calls
the core makes (`BotPort`, which each adapter maps to its library), rate limiting and retries."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

log = logging.getLogger("delaktig.telegram")


#: The updates the bot asks Telegram for.
ALLOWED_UPDATES = ["message", "callback_query"]


@dataclass(frozen=True)
class Button:
    text: str
    data: str


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Incoming:
    """One update, as the core needs it. `media` is any message that is not text."""

    update_id: int
    chat_id: int
    message_id: int | None = None
    text: str | None = None
    callback_id: str | None = None
    callback_data: str | None = None
    media: bool = False
    language_code: str | None = None
    private: bool = True


def incoming_message(update_id: int, message: Any) -> Incoming:
    """A text or media message as Incoming. aiogram's and PTB's Message objects both mirror the
    Bot API's field names, so one function serves both adapters."""
    user = message.from_user
    return Incoming(
        update_id=update_id,
        chat_id=message.chat.id,
        message_id=message.message_id,
        text=message.text,
        media=message.text is None,
        language_code=user.language_code if user else None,
        private=message.chat.type == "private",
    )


@dataclass(frozen=True)
class Sent:
    message_id: int
    file_id: str | None = None


class BotPort(Protocol):
    """The Bot API calls the core makes; each adapter maps them to its library."""

    async def send_text(self, chat_id: int, text: str, keyboard: Keyboard) -> Sent: ...

    async def send_photo(
        self, chat_id: int, photo: Path | str, caption: str, keyboard: Keyboard
    ) -> Sent: ...

    async def send_voice(self, chat_id: int, voice: Path | str, keyboard: Keyboard) -> Sent: ...

    async def send_file(
        self, chat_id: int, data: bytes, filename: str, caption: str, photo: bool
    ) -> Sent: ...

    async def edit_keyboard(self, chat_id: int, message_id: int, keyboard: Keyboard) -> None: ...

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None: ...

    async def delete_messages(self, chat_id: int, message_ids: list[int]) -> None: ...

    async def set_commands(self, commands: list[tuple[str, str]], language_code: str) -> None: ...


class RateLimiter:
    """Token buckets: about 30 messages a second for the bot, about one a second per chat
    (with a small burst, as Telegram allows). For libraries without a limiter of their own.
    `clock` and `sleep` go together: tests give a clock that each sleep moves forward."""

    def __init__(
        self,
        overall_rate: float = 30.0,
        per_chat_rate: float = 1.0,
        per_chat_burst: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self.overall_rate, self.per_chat_rate = overall_rate, per_chat_rate
        self.per_chat_burst, self.clock, self.sleep = per_chat_burst, clock, sleep
        self._overall = (overall_rate, clock())
        self._chats: dict[int, tuple[float, float]] = {}

    def _fill(self, bucket: tuple[float, float], rate: float, cap: float, now: float) -> float:
        tokens, then = bucket
        return min(cap, tokens + (now - then) * rate)

    def reserve(self, chat_id: int | None) -> float:
        """Take a token for one message now, or say how many seconds until there is one."""
        now = self.clock()
        overall = self._fill(self._overall, self.overall_rate, self.overall_rate, now)
        chat = self.per_chat_burst
        if chat_id is not None:
            bucket = self._chats.get(chat_id, (self.per_chat_burst, now))
            chat = self._fill(bucket, self.per_chat_rate, self.per_chat_burst, now)
        if overall >= 1 and chat >= 1:
            self._overall = (overall - 1, now)
            if chat_id is not None:
                self._chats[chat_id] = (chat - 1, now)
            return 0.0
        return max((1 - overall) / self.overall_rate, (1 - chat) / self.per_chat_rate, 0.001)

    async def acquire(self, chat_id: int | None) -> None:
        while (wait := self.reserve(chat_id)) > 0:
            await self.sleep(wait)


T = TypeVar("T")
MAX_RETRIES = 3


async def with_retry(
    call: Callable[[], Awaitable[T]], retry_after: Callable[[BaseException], float | None]
) -> T:
    """Run a Bot API call; on a 429, wait the `retry_after` Telegram asked for and try again."""
    for _ in range(MAX_RETRIES):
        try:
            return await call()
        except Exception as exc:
            wait = retry_after(exc)
            if wait is None:
                raise
            log.warning("telegram asked to slow down; retrying after %ss", wait)
            await asyncio.sleep(wait)
    return await call()

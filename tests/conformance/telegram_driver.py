"""The Telegram channel in the conformance harness: a person in a private chat, on either
library, against the local fake Bot API, with the bot running as `delaktig serve` runs it."""

from __future__ import annotations

import contextlib
from pathlib import Path

from bot.conversation.core import Refused
from bot.engine.model import Kind
from bot.engine.runner import Prompt
from bot.testing.fake_bot_api import Call, FakeBotAPI
from tests.app_factory import make_app
from tests.conformance.harness import Action, Family
from tests.telegram_bots import Chat, running_bot, texts

CHAT = 515151
NAV = {"continue": "c", "skip": "s", "back": "b", "help": "h", "help_now": "n"}
#: Actions that are commands typed in the chat.
COMMANDS = {"evaluate": "/utvardera"}
#: Actions pressed on the latest card that has their button (the help-now notice has "tell").
ON_A_CARD = {"tell": "T"}


class TelegramDriver:
    """One private chat with the bot; the bot on its own App on the family's database."""

    def __init__(self, folder: Path, library: str):
        self.library = library
        self.app = make_app(folder)
        self.fake = FakeBotAPI()
        self.chat = Chat(self.fake, CHAT)
        self.stack = contextlib.AsyncExitStack()
        self.prompt: Prompt | None = None

    async def start(self, family: Family) -> str:
        await self.fake.start()
        self.stack.push_async_callback(self.fake.stop)
        await self.stack.enter_async_context(running_bot(self.app, self.fake, self.library))
        return "\n".join(texts(await self.chat.say(f"/start {family.token}")))

    def _look(self) -> bool:
        """Read the question the person now sees into `self.prompt`; False when the person is
        refused (then the question on the screen is the one read before)."""
        try:
            place = self.app.conversation.place_for(f"tg:{CHAT}")
            self.prompt = self.app.conversation.current_prompt(place)
        except Refused:
            return False
        return True

    def _awaited(self, action: Action) -> dict:
        """What ends the bot's answer: a refusal is a plain message; help now is two cards (the
        notice with "tell", then the question); anything else one card."""
        if not self._look():
            return {"until": "text"}
        return {"count": 2} if action.kind == "help_now" else {}

    async def act(self, action: Action) -> str:
        awaited = self._awaited(action)
        if action.kind in NAV:
            shown = await self.chat.press(NAV[action.kind], **awaited)
        elif action.kind in COMMANDS:
            shown = await self.chat.say(COMMANDS[action.kind], **awaited)
        elif action.kind in ON_A_CARD:
            button = ON_A_CARD[action.kind]
            shown = await self.chat.press(button, card=self._card_with(button), **awaited)
        elif action.kind == "write":
            shown = await self.chat.say(action.text, **awaited)
        else:
            shown = await self._choose_or_accept(action, awaited)
        self._look()
        return "\n".join(texts(shown))

    def _card_with(self, action: str) -> Call:
        """The latest message whose buttons include `action`."""
        for call in reversed(self.chat.calls()):
            keyboard = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
            if any(b["callback_data"].split("|")[0] == action for row in keyboard for b in row):
                return call
        raise AssertionError(f"no card with the button {action!r}")

    async def _choose_or_accept(self, action: Action, awaited: dict):
        """Ticks and share choices change the card's buttons, then one press sends them; when
        the person is refused, every press gets the refusal."""
        prompt, card = self.prompt, self.chat.card()
        ticked = awaited if "until" in awaited else {}
        if action.kind == "choose" and prompt.kind is Kind.MULTI:
            for n, option in enumerate(prompt.options):
                if option.selected != (option.id in action.ids):
                    await self.chat.press(f"t{n}", card=card, **ticked)
            return await self.chat.press("d", card=card, **awaited)
        if action.kind == "choose":
            ids = [o.id for o in prompt.options]
            return await self.chat.press(f"a{ids.index(action.ids[0])}", card=card, **awaited)
        keys = [item.key for item in prompt.review]
        for key, share in action.shares:
            await self.chat.press(f"r{keys.index(key)}{share[0]}", card=card, **ticked)
        return await self.chat.press("x", card=card, **awaited)

    async def close(self) -> None:
        await self.stack.aclose()
        self.app.db.conn.close()

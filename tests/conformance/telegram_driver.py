"""The Telegram channel in the conformance harness: a person in a private chat, on either
library, against the local fake Bot API, with the bot running as `delaktig serve` runs it."""

from __future__ import annotations

import contextlib
from pathlib import Path

from bot.engine.model import Kind
from bot.engine.runner import Prompt, prompt_for
from bot.testing.fake_bot_api import FakeBotAPI
from tests.app_factory import make_app, settings_in
from tests.conformance.drivers import StoredRecords
from tests.conformance.harness import Action
from tests.telegram_bots import Chat, running_bot, texts

CHAT = 515151
NAV = {"continue": "c", "skip": "s", "back": "b", "help": "h"}


class TelegramDriver(StoredRecords):
    def __init__(self, folder: Path, library: str):
        self.folder, self.library = folder, library
        self.settings = settings_in(folder)
        self.app = make_app(folder)
        self.fake = FakeBotAPI()
        self.chat = Chat(self.fake, CHAT)
        self.stack = contextlib.AsyncExitStack()

    async def start(self, dialog_id: str, lang: str) -> str:
        await self.fake.start()
        self.stack.push_async_callback(self.fake.stop)
        await self.stack.enter_async_context(running_bot(self.app, self.fake, self.library))
        role = self.app.library.get(dialog_id).audience.value
        unit = self.app.case_store.unit_id("Testenheten", create=True)
        case = self.app.cases.create_case(unit, "Fjärilen 2026")
        participant = self.app.cases.add_participant(case.id, role, dialog_id, lang=lang)
        token = self.app.cases.issue_invite(participant.id)
        shown = await self.chat.say(f"/start {token}")
        self.session_id = self.app.case_store.session_id_for(participant.id, dialog_id)
        return "\n".join(texts(shown))

    def _prompt(self) -> Prompt:
        session = self.app.dialogs.get(self.session_id)
        return prompt_for(self.app.dialogs.dialog_of(session), session.state)

    async def act(self, action: Action) -> str:
        prompt = self._prompt()
        ids = [o.id for o in prompt.options]
        if action.kind in NAV:
            shown = await self.chat.press(NAV[action.kind])
        elif action.kind == "write":
            shown = await self.chat.say(action.text)
        elif action.kind == "choose" and prompt.kind is Kind.MULTI:
            card = self.chat.card()
            for n, option in enumerate(prompt.options):
                if option.selected != (option.id in action.ids):
                    await self.chat.press(f"t{n}", card=card)
            shown = await self.chat.press("d", card=card)
        elif action.kind == "choose":
            shown = await self.chat.press(f"a{ids.index(action.ids[0])}")
        else:  # accept, with share choices on the review card
            card = self.chat.card()
            keys = [item.key for item in prompt.review]
            for key, share in action.shares:
                await self.chat.press(f"r{keys.index(key)}{share[0]}", card=card)
            shown = await self.chat.press("x", card=card)
        return "\n".join(texts(shown))

    async def close(self) -> None:
        await self.stack.aclose()

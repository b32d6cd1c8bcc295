"""The Telegram channel's dispatch, shared by both adapters: an update becomes an intent for the
conversation layer, and its reply becomes cards, voice messages and files. What a person may
do and what it causes is the conversation layer's (bot/conversation); updates and Bot API
calls are in `telegram_transport`, cards and signed buttons in `telegram_cards`.
`telegram_aiogram` and `telegram_ptb` only map `BotPort` to their library and call `handle`
(for each update the inbox hands them, `telegram_inbox`).
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Awaitable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bot.adapters.speech import SpeechError
from bot.app import App
from bot.channels.cards import CardRenderer
from bot.channels.telegram_cards import (
    ANY_STEP,
    SHARE_CODES,
    CallbackSigner,
    Card,
    CardBuilder,
)
from bot.channels.telegram_transport import BotPort, Incoming
from bot.conversation.core import Place, Reply
from bot.conversation.intents import (
    COMMANDS,
    Answer,
    Erase,
    Intent,
    Listen,
    Navigate,
    SwitchLanguage,
    TellCoordinator,
    Toggle,
    Withdraw,
    command_word,
    parse_command,
)
from bot.domain import Participant
from bot.engine.runner import EventKind, Notice, Prompt
from bot.errors import UserFacingError
from bot.i18n import Translator
from bot.runtime import render_jobs, workers
from bot.runtime.plan_files import plan_files
from bot.runtime.reminder_job import ReminderMessage
from bot.services.cases import InvalidInvite, TooManyAttempts, identity_hash
from bot.services.help_now import HELP_NOW_KIND

log = logging.getLogger("delaktig.telegram")

DELETE_BATCH = 100
#: Buttons that are engine events on the current question.
NAV_EVENTS = {
    "h": EventKind.HELP,
    "b": EventKind.BACK,
    "s": EventKind.SKIP,
    "p": EventKind.PAUSE,
    "n": EventKind.HELP_NOW,
}
#: The confirmation each `Reply.confirm` asks for: question, yes button (action), yes label.
CONFIRMS = {
    "withdraw": ("telegram-withdraw-confirm", "W", "✋ ", "telegram-withdraw-yes"),
    "erase": ("telegram-erase-confirm", "E", "🗑 ", "telegram-erase-yes"),
}
CLEAR = "k"
T = TypeVar("T")


def identity_of(chat_id: int) -> str:
    return f"tg:{chat_id}"


@dataclass
class Turn:
    """One update being handled: where replies go and the message ids to remember."""

    chat_id: int
    t: Translator
    callback: Incoming | None = None
    answered: bool = False


class TelegramCore:
    def __init__(self, app: App, secret: bytes):
        self.app = app
        self.conversation = app.conversation
        self.store = app.telegram_store
        self.signer = CallbackSigner(secret)
        self.cards = CardRenderer(
            app.settings.cache_dir / "cards", app.manifest, app.pictogram_cache
        )
        self.bot: BotPort | None = None
        self._file_ids: dict[Path, str] = {}
        self._sent: dict[int, list[int]] = {}

    async def register_commands(self) -> None:
        """The shared command words, in Swedish and in English, as the bot's menu."""
        assert self.bot is not None
        for lang in ("sv", "en"):
            t = self.app.catalog.translator(lang)
            listed = [(c.en if lang == "en" else c.sv, t(f"telegram-cmd-{c.sv}")) for c in COMMANDS]
            await self.bot.set_commands(listed, lang)

    # handling one update ───────────────────────────────────────────────────────────────────

    async def handle(self, inc: Incoming) -> None:
        """Handle one update (the inbox passes each once, a chat's in order). Never raises:
        a failure gets a kind reply."""
        if not inc.private:
            return
        lang = "en" if inc.language_code == "en" else "sv"
        turn = Turn(
            inc.chat_id, self.app.catalog.translator(lang), inc if inc.callback_id else None
        )
        if inc.message_id is not None and not inc.callback_id:
            self._sent.setdefault(inc.chat_id, []).append(inc.message_id)
        try:
            await self._dispatch(inc, turn)
        except UserFacingError as error:  # Refused and the rest: their kind message
            await self._notice(turn, getattr(error, "msg_id", "telegram-error"))
        except Exception as exc:
            # Only the kind of failure: exception texts may quote what the person wrote.
            log.error("update %s failed: %s", inc.update_id, type(exc).__name__)
            await self._notice(turn, "telegram-error")
        finally:
            if turn.callback and not turn.answered:
                await self.bot.answer_callback(inc.callback_id)
            ids = self._sent.pop(inc.chat_id, [])
            if ids:
                self.store.track(inc.chat_id, ids)

    async def _dispatch(self, inc: Incoming, turn: Turn) -> None:
        command = command_word(inc.text or "")
        if command is not None and command[0] == "start":
            await self._start(inc, turn, command[1].strip())
            return
        place = self.conversation.place_for(identity_of(inc.chat_id))
        if place is None:
            await self._notice(turn, "telegram-unbound")
            return
        if inc.callback_data is not None:
            await self._callback(place, inc, turn)
        elif inc.media or inc.text is None:
            turn.t = self.conversation.translator(place)
            await self._notice(turn, "telegram-media")
            await self._act(place, turn, Navigate(EventKind.RESUME))
        else:  # typed words answer whatever question is current
            await self._act(place, turn, parse_command(inc.text) or Answer(inc.text))

    async def _start(self, inc: Incoming, turn: Turn, token: str) -> None:
        identity = identity_of(inc.chat_id)
        if not token:
            place = self.conversation.place_for(identity)
            if place is None:
                await self._notice(turn, "telegram-no-invite")
            else:
                await self._act(place, turn, Navigate(EventKind.RESUME))
            return
        try:
            reply = self.conversation.redeem(token, identity, push_to=str(inc.chat_id))
        except (InvalidInvite, TooManyAttempts):  # a refused person gets their own words
            await self._notice(turn, "telegram-bad-invite")
            return
        await self._show(reply, turn)

    def _callback_intent(self, place: Place, prompt: Prompt, action: str) -> Intent | None:
        """The intent of a verified button; None for the channel's own (clearing the chat)."""
        kind, rest, key = action[0], action[1:], prompt.key
        numbered = rest.isdigit() and int(rest) < len(prompt.options)
        match kind:
            case _ if kind in NAV_EVENTS:
                return Navigate(NAV_EVENTS[kind], key)
            case "c" | "d" | "x":
                return Answer(None, key)
            case "a" if numbered:
                return Answer(prompt.options[int(rest)].id, key)
            case "t" if numbered:
                return Toggle(prompt.options[int(rest)].id, key)
            case "r" if rest[:-1].isdigit() and int(rest[:-1]) < len(prompt.review):
                item = prompt.review[int(rest[:-1])]
                return Toggle({item.key: SHARE_CODES.get(rest[-1], "")}, key)
            case "L":
                return SwitchLanguage(rest)
            case "v":
                return Listen()
            case "T":
                return TellCoordinator()
            case "E":
                return Erase(confirmed=True)
            case "W":
                return Withdraw(confirmed=True)
            case "k":
                return None
        return Navigate(EventKind.RESUME)

    async def _callback(self, place: Place, inc: Incoming, turn: Turn) -> None:
        session, prompt = self.conversation.current(place)
        turn.t = self.app.catalog.translator(session.lang)
        action = self.signer.verify(place.session_id, prompt.key, inc.callback_data or "")
        if action is None:
            await self._answer(turn, "notice-stale")
            await self._act(place, turn, Navigate(EventKind.RESUME))
            return
        intent = self._callback_intent(place, prompt, action)
        if intent is None:
            await self._clear(turn)
        elif isinstance(intent, Toggle):
            await self._toggle(place, turn, intent, inc)
        else:
            await self._act(place, turn, intent)

    # rendering replies ─────────────────────────────────────────────────────────────────────

    async def _act(self, place: Place, turn: Turn, intent: Intent) -> None:
        await self._show(self.conversation.act(place, intent), turn)

    async def _toggle(self, place: Place, turn: Turn, intent: Toggle, inc: Incoming) -> None:
        """A toggle changes only the buttons of the card it came from."""
        reply = self.conversation.act(place, intent)
        if any(isinstance(o, Notice) for o in reply.outputs) or inc.message_id is None:
            await self._show(reply, turn)
            return
        card = self._builder(reply.place, turn).card(reply.prompt)
        await self._with_answer(
            turn, self.bot.edit_keyboard(turn.chat_id, inc.message_id, card.keyboard)
        )

    async def _show(self, reply: Reply, turn: Turn) -> None:
        if reply.session is not None:
            turn.t = self.app.catalog.translator(reply.session.lang)
        builder = self._builder(reply.place, turn)
        for output in reply.outputs:
            if isinstance(output, Notice):
                await self._send(turn, self._notice_card(builder, output))
            elif isinstance(output, Prompt):
                await self._send(turn, builder.card(output, reply.part))
        if reply.confirm:
            question, action, mark, yes = CONFIRMS[reply.confirm]
            yes_button = builder.button(f"{mark}{turn.t(yes)}", action, ANY_STEP)
            no_button = builder.button(turn.t("telegram-erase-no"), "N", ANY_STEP)
            await self._send(turn, Card(turn.t(question), ((yes_button,), (no_button,))))
        if reply.choose_language:
            buttons = tuple(
                builder.button(turn.t(f"telegram-lang-{lang}"), f"L{lang}", ANY_STEP)
                for lang in self.app.catalog.languages
            )
            await self._send(turn, Card(turn.t("telegram-choose-language"), (buttons,)))
        if reply.speak is not None:
            await self._listen(turn, reply)
        if reply.plan:
            await self._send_plan(turn, reply.place)
        if reply.receipt is not None:
            await self._send_receipt(turn, reply.receipt)

    def _notice_card(self, builder: CardBuilder, notice: Notice) -> Card:
        """A notice as text; the help-now notice offers to tell the coordinator."""
        text = builder.t(notice.msg)
        if notice.kind != HELP_NOW_KIND:
            return Card(text, ())
        tell = builder.button(f"📣 {builder.t('help-now-tell')}", "T", ANY_STEP)
        return Card(text, ((tell,),))

    async def _listen(self, turn: Turn, reply: Reply) -> None:
        """The question and its options as a voice message (made once, then sent by file id)."""
        try:
            if not reply.speak:
                raise SpeechError("nothing to read")
            if reply.speak_once:
                audio = await workers.blocking(self.app.speech.synthesize_once, reply.speak, "ogg")
                return await self._send_voice_once(turn, audio)
            path = await workers.blocking(self.app.speech.synthesize_parts, reply.speak, "ogg")
        except SpeechError:
            await self._notice(turn, "speech-unavailable")
            return
        voice = self._file_ids.get(path, path)
        sent = await self._with_answer(turn, self.bot.send_voice(turn.chat_id, voice, ()))
        if sent.file_id:
            self._file_ids[path] = sent.file_id
        self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def _send_voice_once(self, turn: Turn, audio: bytes) -> None:
        """The review read in full (it holds answers): sent from a private temporary file that
        is gone once sent; its file id is not kept."""
        with tempfile.TemporaryDirectory(prefix="delaktig-voice-") as tmp:
            path = Path(tmp) / "review.ogg"
            path.write_bytes(audio)
            sent = await self._with_answer(turn, self.bot.send_voice(turn.chat_id, path, ()))
        self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def _send_plan(self, turn: Turn, place: Place) -> None:
        """The easy-read plan: as text, as a picture and as a PDF to keep."""
        delivered = self.conversation.plan_view(place)
        if delivered is None:
            return
        png, pdf = await plan_files(self.app, delivered)
        await self._send(turn, Card(delivered.text, ()))
        title = delivered.view.title
        for data, name, photo in ((png, "plan.png", True), (pdf, "plan.pdf", False)):
            sent = await self.bot.send_file(turn.chat_id, data, name, title, photo)
            self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def _send_receipt(self, turn: Turn, session_id: str) -> None:
        """At the end of a consent: its receipt as a PDF to keep (exactly the stored terms)."""
        consent = self.app.consent_store.by_session(session_id)
        _, labels = self.app.consent.receipt_data(consent.participant_id)
        data = await workers.render(render_jobs.receipt, turn.t.lang, consent, labels)
        title = turn.t("sam-receipt-title")
        sent = await self.bot.send_file(turn.chat_id, data, "kvitto.pdf", title, False)
        self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def push(self, participant: Participant, message: ReminderMessage) -> bool:
        """A reminder to the participant's bound chat; False when they have none here."""
        chat_enc = self.store.chat_of(participant.id)
        if chat_enc is None:
            return False
        chat_id = int(self.app.cipher.decrypt(chat_enc))
        if participant.identity_hash != identity_hash(identity_of(chat_id)):
            return False  # the participant has moved on to another chat or channel
        turn = Turn(chat_id, self.app.catalog.translator(participant.lang))
        await self._send(turn, Card(message.text, ()))
        if message.plan:
            place = self.conversation.place_for(identity_of(chat_id))
            if place is not None and self.app.plans.sent(participant.case_id) is not None:
                await self._send_plan(turn, place)
        self.store.track(chat_id, self._sent.pop(chat_id, []))
        return True

    async def _send(self, turn: Turn, card: Card) -> None:
        assert self.bot is not None
        path = None
        if card.pictograms is None:
            sending = self.bot.send_text(turn.chat_id, card.text, card.keyboard)
        else:
            lang = turn.t.lang
            direction = self.app.catalog.direction(lang)
            path = self.cards.card(card.pictograms, card.question, direction, lang)
            photo = self._file_ids.get(path, path)
            sending = self.bot.send_photo(turn.chat_id, photo, card.text, card.keyboard)
        sent = await self._with_answer(turn, sending)
        if path is not None and sent.file_id:
            self._file_ids[path] = sent.file_id
        self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def _with_answer(self, turn: Turn, call: Awaitable[T]) -> T:
        """Run a reply; a pressed button not yet answered is answered at the same time."""
        if not turn.callback or turn.answered:
            return await call
        _, result = await asyncio.gather(self._answer(turn, None), call)
        return result

    async def _notice(self, turn: Turn, msg_id: str) -> None:
        await self._send(turn, Card(turn.t(msg_id), ()))

    async def _answer(self, turn: Turn, msg_id: str | None) -> None:
        """Answer the pressed button once (Telegram shows a spinner until then)."""
        turn.answered = True
        assert turn.callback is not None and turn.callback.callback_id is not None
        text = turn.t(msg_id) if msg_id else None
        await self.bot.answer_callback(turn.callback.callback_id, text)

    async def _clear(self, turn: Turn) -> None:
        """Delete this private chat's messages (Telegram allows it for 48 hours)."""
        await self._answer(turn, "telegram-cleared")
        ids = self.store.deletable(turn.chat_id) + self._sent.pop(turn.chat_id, [])
        if turn.callback and turn.callback.message_id:
            ids.append(turn.callback.message_id)
        ids = sorted(set(ids))
        for start in range(0, len(ids), DELETE_BATCH):
            await self.bot.delete_messages(turn.chat_id, ids[start : start + DELETE_BATCH])
        self.store.forget_chat(turn.chat_id)

    def _builder(self, place: Place | None, turn: Turn) -> CardBuilder:
        session_id = place.session_id if place else ""

        def sign(key: str, action: str) -> str:
            return self.signer.sign(session_id, key, action)

        return CardBuilder(turn.t, self.app.manifest.char, sign)


class TelegramNotifier:
    """The reminder job's `Notifier` for Telegram: pushes to a participant's bound chat."""

    def __init__(self, core: TelegramCore):
        self.core = core

    async def deliver(self, participant: Participant, message: ReminderMessage) -> bool:
        return await self.core.push(participant, message)

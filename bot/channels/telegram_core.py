"""Everything the two Telegram adapters share: incoming updates as plain values, Prompts as
card + caption + keyboard, signed callback data, commands, at-most-once handling, per-chat
order, rate limiting and clearing the chat. `telegram_aiogram` and `telegram_ptb` only map
this to their library (the `BotPort` protocol and a handler that calls `TelegramCore.submit`).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bot.app import App
from bot.channels.cards import CardRenderer
from bot.engine.model import Kind, Share
from bot.engine.runner import (
    Event,
    EventKind,
    Notice,
    Output,
    Prompt,
    key_of,
    position,
    prompt_for,
)
from bot.errors import UserFacingError
from bot.exports.plan import family_plan
from bot.i18n import Translator
from bot.services.cases import identity_hash
from bot.services.help_now import HELP_NOW_KIND
from bot.services.reminder_job import ReminderMessage
from bot.services.speech import SpeechError, speakable_parts
from storage.cases import Participant
from storage.sessions import StoredSession
from storage.telegram import TelegramStore

log = logging.getLogger("delaktig.telegram")

CALLBACK_LIMIT = 64
CAPTION_LIMIT = 1024
TEXT_LIMIT = 4096
DELETE_BATCH = 100
#: Actions that belong to the session rather than one question are signed with this key.
ANY_STEP = "*"
#: Commands: Swedish name, English name, engine event (None: handled by the core itself).
COMMANDS: tuple[tuple[str, str, str | None], ...] = (
    ("hjalp", "help", EventKind.HELP),
    ("tillbaka", "back", EventKind.BACK),
    ("hoppa", "skip", EventKind.SKIP),
    ("pausa", "pause", EventKind.PAUSE),
    ("sprak", "language", None),
    ("aterkalla", "withdraw", None),
    ("radera", "erase", None),
    ("hjalpnu", "helpnow", EventKind.HELP_NOW),
    ("plan", "plan", None),
)
COMMAND_NAMES = {name: sv for sv, en, _ in COMMANDS for name in (sv, en)}
COMMAND_EVENTS = {sv: event for sv, _en, event in COMMANDS if event}
SHARE_MARKS = {Share.MEETING.value: "👥", Share.COORDINATOR.value: "👤", Share.PRIVATE.value: "🔒"}
SHARE_CODES = {share.value[0]: share.value for share in Share}
#: The reminder after which the family also gets the easy-read plan.
PLAN_REMINDER = "follow-up"
NAV_EVENTS = {
    "h": EventKind.HELP,
    "b": EventKind.BACK,
    "s": EventKind.SKIP,
    "p": EventKind.PAUSE,
    "n": EventKind.HELP_NOW,
}


# ── Values passed between the core and an adapter ───────────────────────────────────────────


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


# ── Rate limiting and retries ───────────────────────────────────────────────────────────────


class RateLimiter:
    """Token buckets: about 30 messages a second for the bot, about one a second per chat
    (with a small burst, as Telegram allows). For libraries without a limiter of their own."""

    def __init__(
        self,
        overall_rate: float = 30.0,
        per_chat_rate: float = 1.0,
        per_chat_burst: float = 20.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.overall_rate, self.per_chat_rate = overall_rate, per_chat_rate
        self.per_chat_burst, self.clock = per_chat_burst, clock
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
            await asyncio.sleep(wait)


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


# ── Callback data ───────────────────────────────────────────────────────────────────────────


class CallbackSigner:
    """`<action>|<mac>`: the mac binds the action to one session and one question, so a
    button from an old card (or a made-up one) never acts on the current question."""

    def __init__(self, secret: bytes):
        self.secret = secret

    def _mac(self, session_id: str, key: str, action: str) -> str:
        digest = hmac.new(
            self.secret, f"{session_id}|{key}|{action}".encode(), hashlib.sha256
        ).digest()
        return base64.urlsafe_b64encode(digest[:12]).decode()

    def sign(self, session_id: str, key: str, action: str) -> str:
        data = f"{action}|{self._mac(session_id, key, action)}"
        assert len(data.encode()) <= CALLBACK_LIMIT, "callback data over Telegram's limit"
        return data

    def verify(self, session_id: str, key: str, data: str) -> str | None:
        """The action, if `data` was signed for this session and `key` (or for any step)."""
        action, _, mac = data.rpartition("|")
        for bound in (key, ANY_STEP):
            if action and hmac.compare_digest(mac, self._mac(session_id, bound, action)):
                return action
        return None


# ── Turning prompts into what Telegram shows ────────────────────────────────────────────────


@dataclass(frozen=True)
class Card:
    """One message: a picture card (when `pictograms` is set) or text, with its keyboard."""

    text: str
    keyboard: Keyboard
    pictograms: tuple[str, ...] | None = None
    question: str = ""


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CardBuilder:
    """Builds the message for a prompt, with buttons signed for its session and question."""

    def __init__(self, t: Translator, char: Callable[[str | None], str], sign: Callable):
        self.t, self.char, self._sign = t, char, sign

    def button(self, text: str, action: str, key: str) -> Button:
        return Button(text, self._sign(key, action))

    def card(self, p: Prompt) -> Card:
        t = self.t
        question = t(p.text)
        if p.kind is Kind.REVIEW:
            return Card(clip(self._review_text(p, question), TEXT_LIMIT), self._keyboard(p))
        parts = [question]
        if p.kind is not Kind.END:
            parts.insert(0, t("progress", current=p.current, total=p.total))
        if p.kind is Kind.TEXT:
            parts.append(t("telegram-write-answer"))
        if p.kind is Kind.END:
            parts.append(t("telegram-clear-offer"))
        caption = clip("\n\n".join(parts), CAPTION_LIMIT)
        return Card(caption, self._keyboard(p), p.pictograms, question)

    def _review_text(self, p: Prompt, question: str) -> str:
        t = self.t
        lines = [question, ""]
        for n, item in enumerate(p.review, start=1):
            answer = ", ".join(t(m) for m in item.options) if item.options else item.text
            lines.append(f"{n}. {t(item.question)} → {clip(answer or '', 300)}")
        lines.append("")
        if p.review:
            lines.extend(f"{mark} {t('share-' + share)}" for share, mark in SHARE_MARKS.items())
            lines.append(t("share-default-note"))
        else:
            lines.append(t("review-empty"))
        return "\n".join(lines)

    def _keyboard(self, p: Prompt) -> Keyboard:
        t, b, key = self.t, self.button, p.key
        rows: list[tuple[Button, ...]] = []
        match p.kind:
            case Kind.INFO:
                rows.append((b(f"▶️ {t('action-continue')}", "c", key),))
            case Kind.CHOICE:
                rows.extend((b(self._label(o), f"a{n}", key),) for n, o in enumerate(p.options))
            case Kind.SCALE:
                buttons = [b(self._label(o), f"a{n}", key) for n, o in enumerate(p.options)]
                rows.extend(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))
            case Kind.MULTI:
                rows.extend(
                    (b(f"{'☑️' if o.selected else '⬜'} {self._label(o)}", f"t{n}", key),)
                    for n, o in enumerate(p.options)
                )
                rows.append((b(f"✅ {t('action-done')}", "d", key),))
            case Kind.REVIEW:
                for n, item in enumerate(p.review):
                    rows.append(
                        tuple(
                            b(f"{n + 1} {'✅' if item.share == s else ''}{m}", f"r{n}{s[0]}", key)
                            for s, m in SHARE_MARKS.items()
                        )
                    )
                rows.append((b(f"📨 {t('action-send')}", "x", key),))
            case Kind.END:
                return (
                    (b(f"🧹 {t('telegram-clear')}", "k", ANY_STEP),),
                    (b(f"🆘 {t('help-now-button')}", "n", ANY_STEP),),
                )
        nav = [b(f"❓ {t('action-help')}", "h", key), b(f"⏸ {t('action-pause')}", "p", key)]
        second = [b(f"⬅️ {t('action-back')}", "b", key)] if p.can_back else []
        if p.kind is not Kind.INFO:
            second.append(b(f"⏭ {t('action-skip')}", "s", key))
        rows.append(tuple(nav))
        if second:
            rows.append(tuple(second))
        rows.append((b(f"🔊 {t('action-listen')}", "v", key),))
        rows.append((b(f"🆘 {t('help-now-button')}", "n", ANY_STEP),))
        return tuple(rows)

    def _label(self, option) -> str:
        return f"{self.char(option.pictogram)} {self.t(option.label)}".strip()


# ── The channel ─────────────────────────────────────────────────────────────────────────────


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
        self.store = TelegramStore(app.db)
        self.signer = CallbackSigner(secret)
        self.cards = CardRenderer(
            app.settings.cache_dir / "cards", app.manifest, app.pictogram_cache
        )
        self.bot: BotPort | None = None
        self._tails: dict[int, asyncio.Task] = {}
        self._tasks: set[asyncio.Task] = set()
        self._file_ids: dict[Path, str] = {}
        self._sent: dict[int, list[int]] = {}
        #: (chat, language) pairs already told that some text is in Swedish.
        self._told_swedish: set[tuple[int, str]] = set()

    # scheduling ────────────────────────────────────────────────────────────────────────────

    def submit(self, incoming: Incoming) -> None:
        """Queue an update: each chat's updates run one after another, in arrival order."""
        previous = self._tails.get(incoming.chat_id)
        task = asyncio.create_task(self._after(previous, incoming))
        self._tails[incoming.chat_id] = task
        self._tasks.add(task)
        task.add_done_callback(lambda done: self._finished(incoming.chat_id, done))

    def _finished(self, chat_id: int, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if self._tails.get(chat_id) is task:
            del self._tails[chat_id]

    async def _after(self, previous: asyncio.Task | None, incoming: Incoming) -> None:
        if previous is not None:
            await asyncio.wait([previous])
        await self.handle(incoming)

    async def drain(self) -> None:
        """Wait for every queued update to be handled."""
        while self._tasks:
            await asyncio.wait(list(self._tasks))

    async def register_commands(self) -> None:
        assert self.bot is not None
        for lang in ("sv", "en"):
            t = self.app.catalog.translator(lang)
            listed = [
                (en if lang == "en" else sv, t(f"telegram-cmd-{sv}")) for sv, en, _ in COMMANDS
            ]

            await self.bot.set_commands(listed, lang)

    # handling one update ───────────────────────────────────────────────────────────────────

    async def handle(self, inc: Incoming) -> None:
        """Handle one update at most once. Never raises: a failure gets a kind reply."""
        if not inc.private or not self.store.first_time(inc.update_id):
            return
        session = self._session(inc.chat_id)
        lang = session.lang if session else ("en" if inc.language_code == "en" else "sv")
        callback = inc if inc.callback_id else None
        turn = Turn(inc.chat_id, self.app.catalog.translator(lang), callback)
        if inc.message_id is not None and not inc.callback_id:
            self._sent.setdefault(inc.chat_id, []).append(inc.message_id)
        try:
            await self._dispatch(inc, turn, session)
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

    def _session(self, chat_id: int) -> StoredSession | None:
        participant = self.app.cases.participant_for_identity(f"tg:{chat_id}")
        if participant is None:
            return None
        session_id = self.app.case_store.session_id_for(participant.id, participant.dialog_id)
        return self.app.dialogs.store.get(session_id) if session_id else None

    async def _dispatch(self, inc: Incoming, turn: Turn, session: StoredSession | None) -> None:
        if inc.text is not None and inc.text.startswith("/"):
            word, _, arg = inc.text.partition(" ")
            command = COMMAND_NAMES.get(word[1:].split("@")[0].lower(), word[1:].lower())
            if command == "start":
                await self._start(inc, turn, session, arg.strip())
                return
        else:
            command = None
        if session is None:
            await self._notice(turn, "telegram-unbound")
            return
        if inc.callback_data is not None:
            await self._callback(session, inc, turn)
        elif command in COMMAND_EVENTS:
            await self._event(session, turn, Event(COMMAND_EVENTS[command]))
        elif command is not None:
            await self._command(session, turn, command)
        elif inc.media or inc.text is None:
            await self._notice(turn, "telegram-media")
            await self._event(session, turn, Event(EventKind.RESUME))
        else:
            at = key_of(position(session.state))
            await self._event(session, turn, Event(EventKind.ANSWER, inc.text, at=at))

    async def _start(
        self, inc: Incoming, turn: Turn, session: StoredSession | None, token: str
    ) -> None:
        if not token:
            if session is None:
                await self._notice(turn, "telegram-no-invite")
            else:
                await self._event(session, turn, Event(EventKind.RESUME))
            return
        try:
            redeemed = self.app.cases.redeem(token, identity=f"tg:{inc.chat_id}")
        except UserFacingError:
            await self._notice(turn, "telegram-bad-invite")
            return
        chat_enc = self.app.cipher.encrypt(str(inc.chat_id))
        self.store.bind(redeemed.participant.id, chat_enc)
        session = self.app.dialogs.get(redeemed.session_id)
        turn.t = self.app.catalog.translator(session.lang)
        await self._show(session, turn, redeemed.outputs)

    async def _command(self, session: StoredSession, turn: Turn, command: str) -> None:
        t, sign = turn.t, self._signer_for(session)
        if command == "sprak":
            buttons = tuple(
                Button(t(f"telegram-lang-{lang}"), sign(ANY_STEP, f"L{lang}"))
                for lang in self.app.catalog.languages
            )
            await self._send(turn, Card(t("telegram-choose-language"), (buttons,)))
        elif command == "radera":
            yes = Button(f"🗑 {t('telegram-erase-yes')}", sign(ANY_STEP, "E"))
            no = Button(t("telegram-erase-no"), sign(ANY_STEP, "N"))
            await self._send(turn, Card(t("telegram-erase-confirm"), ((yes,), (no,))))
        elif command == "aterkalla":
            if self._participant(session).role != "guardian":
                await self._notice(turn, "telegram-withdraw-only-guardians")
                return
            yes = Button(f"✋ {t('telegram-withdraw-yes')}", sign(ANY_STEP, "W"))
            no = Button(t("telegram-erase-no"), sign(ANY_STEP, "N"))
            await self._send(turn, Card(t("telegram-withdraw-confirm"), ((yes,), (no,))))
        elif command == "plan":
            await self._send_plan(turn, self._participant(session))
        else:
            await self._notice(turn, "telegram-unknown-command")
            await self._event(session, turn, Event(EventKind.RESUME))

    async def _callback(self, session: StoredSession, inc: Incoming, turn: Turn) -> None:
        key = key_of(position(session.state))
        action = self.signer.verify(session.id, key, inc.callback_data or "")
        if action is None:
            await self._answer(turn, "notice-stale")
            await self._event(session, turn, Event(EventKind.RESUME))
            return
        prompt = self._prompt(session)
        kind, rest = action[0], action[1:]
        if kind in NAV_EVENTS:
            await self._event(session, turn, Event(NAV_EVENTS[kind], at=key))
        elif kind == "c" or kind == "d" or kind == "x":
            await self._event(session, turn, Event(EventKind.ANSWER, at=key))
        elif kind == "a" and rest.isdigit() and int(rest) < len(prompt.options):
            value = prompt.options[int(rest)].id
            await self._event(session, turn, Event(EventKind.ANSWER, value, at=key))
        elif kind == "t" and rest.isdigit() and int(rest) < len(prompt.options):
            value = prompt.options[int(rest)].id
            await self._toggle(session, turn, Event(EventKind.TOGGLE, value, at=key), inc)
        elif kind == "r" and rest[:-1].isdigit() and int(rest[:-1]) < len(prompt.review):
            item = prompt.review[int(rest[:-1])]
            value = {item.key: SHARE_CODES.get(rest[-1], "")}
            await self._toggle(session, turn, Event(EventKind.TOGGLE, value, at=key), inc)
        elif kind == "L" and rest in self.app.catalog.languages:
            session = self.app.dialogs.set_lang(session, rest)
            turn.t = self.app.catalog.translator(rest)
            await self._event(session, turn, Event(EventKind.RESUME))
        elif kind == "v":
            await self._listen(turn, prompt)
        elif kind == "T":
            told = self.app.help_now.alert_coordinator(self._participant(session).id)
            await self._notice(turn, "help-now-no-coordinator" if told is None else "help-now-told")
        elif kind == "E":
            participant_id = self._participant(session).id
            self.app.person.erase(participant_id, actor="participant")
            self.store.unbind(participant_id)
            await self._notice(turn, "telegram-erased")
        elif kind == "W":
            participant = self._participant(session)
            result = self.app.consent.withdraw(participant.case_id, participant.id)
            await self._notice(turn, result.message)
        elif kind == "k":
            await self._clear(turn)
        else:
            await self._event(session, turn, Event(EventKind.RESUME))

    # effects ───────────────────────────────────────────────────────────────────────────────

    async def _event(self, session: StoredSession, turn: Turn, event: Event) -> None:
        session, outputs = self.app.dialogs.handle(session.id, event)
        await self._show(session, turn, outputs)

    async def _toggle(self, session: StoredSession, turn: Turn, event: Event, inc: Incoming):
        """A toggle changes only the buttons of the card it came from."""
        session, outputs = self.app.dialogs.handle(session.id, event)
        if any(isinstance(o, Notice) for o in outputs) or inc.message_id is None:
            await self._show(session, turn, outputs)
            return
        prompt = next(o for o in outputs if isinstance(o, Prompt))
        card = self._builder(session, turn).card(prompt)
        await self._with_answer(
            turn, self.bot.edit_keyboard(turn.chat_id, inc.message_id, card.keyboard)
        )

    async def _show(self, session: StoredSession, turn: Turn, outputs: list[Output]) -> None:
        builder = self._builder(session, turn)
        cards = [
            self._notice_card(builder, o) if isinstance(o, Notice) else builder.card(o)
            for o in outputs
            if isinstance(o, (Notice, Prompt))
        ]
        told = (turn.chat_id, turn.t.lang)
        if turn.t.used_fallback and told not in self._told_swedish:
            self._told_swedish.add(told)
            await self._notice(turn, "notice-some-swedish")
        for card in cards:
            await self._send(turn, card)

    def _notice_card(self, builder: CardBuilder, notice: Notice) -> Card:
        """A notice as text; the help-now notice offers to tell the coordinator."""
        text = builder.t(notice.msg)
        if notice.kind != HELP_NOW_KIND:
            return Card(text, ())
        tell = builder.button(f"📣 {builder.t('help-now-tell')}", "T", ANY_STEP)
        return Card(text, ((tell,),))

    async def _listen(self, turn: Turn, prompt: Prompt) -> None:
        """The question and its options as a voice message (made once, then sent by file id)."""
        parts = speakable_parts(prompt, turn.t)
        try:
            path = await asyncio.to_thread(self.app.speech.synthesize_parts, parts, "ogg")
        except SpeechError:
            await self._notice(turn, "speech-unavailable")
            return
        voice = self._file_ids.get(path, path)
        sent = await self._with_answer(turn, self.bot.send_voice(turn.chat_id, voice, ()))
        if sent.file_id:
            self._file_ids[path] = sent.file_id
        self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def _send_plan(self, turn: Turn, participant: Participant, asked: bool = True) -> None:
        """The easy-read plan: as text, as a picture and as a PDF to keep. Without a plan yet,
        someone who `asked` is told so."""
        plan = await asyncio.to_thread(family_plan, self.app, participant)
        if plan is None:
            if asked:
                await self._notice(turn, "telegram-no-plan")
            return
        await self._send(turn, Card(plan.text, ()))
        title = plan.view.title
        for data, name, photo in ((plan.png, "plan.png", True), (plan.pdf, "plan.pdf", False)):
            sent = await self.bot.send_file(turn.chat_id, data, name, title, photo)
            self._sent.setdefault(turn.chat_id, []).append(sent.message_id)

    async def push(self, participant: Participant, message: ReminderMessage) -> bool:
        """A reminder to the participant's bound chat; False when they have none here."""
        chat_enc = self.store.chat_of(participant.id)
        if chat_enc is None:
            return False
        chat_id = int(self.app.cipher.decrypt(chat_enc))
        if participant.identity_hash != identity_hash(f"tg:{chat_id}"):
            return False  # the participant has moved on to another chat or channel
        t = self.app.catalog.translator(participant.lang)
        turn = Turn(chat_id, t)
        await self._send(turn, Card(message.text, ()))
        if message.kind == PLAN_REMINDER:
            await self._send_plan(turn, participant, asked=False)
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

    # helpers ───────────────────────────────────────────────────────────────────────────────

    def _participant(self, session: StoredSession) -> Participant:
        participant = self.app.case_store.participant(session.participant_id)
        assert participant is not None, "a bound chat's session has a participant"
        return participant

    def _prompt(self, session: StoredSession) -> Prompt:
        return prompt_for(self.app.dialogs.dialog_of(session), session.state)

    def _signer_for(self, session: StoredSession) -> Callable[[str, str], str]:
        return lambda key, action: self.signer.sign(session.id, key, action)

    def _builder(self, session: StoredSession, turn: Turn) -> CardBuilder:
        return CardBuilder(turn.t, self.app.manifest.char, self._signer_for(session))


class TelegramNotifier:
    """The reminder job's `Notifier` for Telegram: pushes to a participant's bound chat."""

    def __init__(self, core: TelegramCore):
        self.core = core

    async def deliver(self, participant: Participant, message: ReminderMessage) -> bool:
        return await self.core.push(participant, message)

"""The console channel: one input per line in, the transcript out. Used for trying dialogs,
scripted runs and tests.

`/hjalpnu` shows where to get help now (an engine event, so the place is kept); `/beratta` then
alerts the coordinator. `/lyssna` reads the question aloud into an audio file and says where.
When the chosen language lacks a message, Swedish is used for it and the person is told so
once per language (`notice-some-swedish`): the channel keeps a flag, the way
every channel should (in its session or chat data), so the notice is not repeated at each step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from bot.engine.model import Kind, Share
from bot.engine.runner import Event, EventKind, Msg, Notice, Output, Prompt
from bot.errors import UserFacingError
from bot.i18n import Catalog, Translator
from bot.pictograms import Manifest
from bot.services.dialogs import DialogService
from bot.services.help_now import HelpNowService
from bot.services.speech import SpeechError, SpeechService, speakable_parts
from storage.sessions import StoredSession

COMMANDS = {
    "/skip": EventKind.SKIP,
    "/back": EventKind.BACK,
    "/pause": EventKind.PAUSE,
    "/help": EventKind.HELP,
    "/hjalpnu": EventKind.HELP_NOW,
    "/helpnow": EventKind.HELP_NOW,
}
TELL_COORDINATOR = ("/beratta", "/berätta", "/tell")
LISTEN = ("/lyssna", "/listen")
SHARE_WORDS = {share.value: share.value for share in Share} | {
    share.value[0]: share.value for share in Share
}
INPUT_HINTS = {
    Kind.INFO: "console-hint-info",
    Kind.CHOICE: "console-hint-choice",
    Kind.SCALE: "console-hint-choice",
    Kind.MULTI: "console-hint-multi",
    Kind.TEXT: "console-hint-text",
    Kind.REVIEW: "console-hint-review",
}


@dataclass(frozen=True)
class SwitchLanguage:
    lang: str


@dataclass(frozen=True)
class TellCoordinator:
    """Berätta för min samordnare: not an engine event, a service call."""


@dataclass(frozen=True)
class Listen:
    """Read the current question aloud."""


Parsed = Event | SwitchLanguage | TellCoordinator | Listen


def parse_line(line: str, prompt: Prompt) -> Parsed:
    """One console line as an engine event, read against the prompt it answers."""
    text = line.strip()
    word, _, rest = text.partition(" ")
    if word in COMMANDS:
        return Event(COMMANDS[word])
    if word in TELL_COORDINATOR:
        return TellCoordinator()
    if word in LISTEN:
        return Listen()
    if word == "/lang" and rest.strip():
        return SwitchLanguage(rest.strip())
    match prompt.kind:
        case Kind.INFO | Kind.END:
            return Event(EventKind.ANSWER)
        case Kind.TEXT:
            return Event(EventKind.ANSWER, line.rstrip("\n"))
        case Kind.CHOICE | Kind.SCALE:
            picked = _numbers(text, prompt)
            return Event(EventKind.ANSWER, picked[0] if picked and len(picked) == 1 else text)
        case Kind.MULTI:
            picked = _numbers(text, prompt)
            return Event(EventKind.ANSWER, picked if picked else text)
        case Kind.REVIEW:
            if text.lower() in ("", "ok"):
                return Event(EventKind.ANSWER)
            number, _, share = text.partition(" ")
            items = prompt.review
            if number.isdigit() and 1 <= int(number) <= len(items) and share in SHARE_WORDS:
                item = items[int(number) - 1]
                return Event(EventKind.TOGGLE, {item.key: SHARE_WORDS[share]})
            return Event(EventKind.ANSWER, text)
    return Event(EventKind.ANSWER, text)


def _numbers(text: str, prompt: Prompt) -> list[str] | None:
    """`1,3` → the ids of options 1 and 3; None unless every part is a valid number."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() and 1 <= int(p) <= len(prompt.options) for p in parts):
        return None
    return [prompt.options[int(p) - 1].id for p in parts]


class ConsoleChannel:
    def __init__(
        self,
        service: DialogService,
        catalog: Catalog,
        manifest: Manifest,
        out: TextIO,
        lang: str = "sv",
        help_now: HelpNowService | None = None,
        speech: SpeechService | None = None,
    ):
        self.service, self.catalog, self.manifest, self.out = service, catalog, manifest, out
        self.help_now, self.speech = help_now, speech
        self.t: Translator = catalog.translator(lang)
        self.prompt: Prompt | None = None
        self.told_some_swedish = False

    def open(self, dialog_id: str, name: str | None, context: dict | None = None) -> StoredSession:
        """Resume the named session, or start a new one."""
        existing = self.service.store.by_name(name) if name else None
        if existing is not None and existing.dialog_id != dialog_id:
            raise UserFacingError(
                f"the session `{name}` belongs to the dialog `{existing.dialog_id}`; "
                "use another --session name"
            )
        if existing is not None:
            self.t = self.catalog.translator(existing.lang)
            session, outputs = self.service.handle(existing.id, Event(EventKind.RESUME))
        else:
            session, outputs = self.service.start(
                dialog_id, lang=self.t.lang, name=name, context=context
            )
        self.show(outputs)
        self._line(f"({self.t('console-hint-help-now')})")
        if self.speech is not None:
            self._line(f"({self.t('console-hint-listen')})")
        return session

    def run(self, session: StoredSession, lines: Iterable[str], interactive: bool = False) -> int:
        """Feed lines until the dialog ends, the person pauses, or input runs out (pause)."""
        for line in lines:
            assert self.prompt is not None
            parsed = parse_line(line, self.prompt)
            if isinstance(parsed, SwitchLanguage):
                self.t = self.catalog.translator(parsed.lang)
                self.told_some_swedish = False
                session = self.service.set_lang(session, self.t.lang)
                self.show([self.prompt])
                continue
            if isinstance(parsed, TellCoordinator):
                self.show([self._tell_coordinator(session), self.prompt])
                continue
            if isinstance(parsed, Listen):
                self._listen()
                continue
            session, outputs = self.service.handle(session.id, parsed)
            self.show(outputs)
            if session.status in ("done", "paused"):
                return 0
            if interactive:
                self.out.write("> ")
                self.out.flush()
        if session.status == "active":
            _, outputs = self.service.handle(session.id, Event(EventKind.PAUSE))
            self.show(outputs)
        return 0

    def show(self, outputs: list[Output]) -> None:
        lines: list[str] = []
        for output in outputs:
            if isinstance(output, Notice):
                lines.append(f"* {self.t(output.msg)}")
                if output.kind == "help-now":
                    lines.append(f"({self.t('console-hint-tell')})")
            elif isinstance(output, Prompt):
                self.prompt = output
                lines.extend(self._prompt(output))
        if self.t.used_fallback and not self.told_some_swedish:
            self.told_some_swedish = True
            lines.insert(0, f"* {self.t('notice-some-swedish')}")
        for line in lines:
            self._line(line)
        self.out.flush()

    def _tell_coordinator(self, session: StoredSession) -> Notice:
        alerted = None
        if self.help_now is not None and session.participant_id is not None:
            alerted = self.help_now.alert_coordinator(session.participant_id)
        return Notice(Msg("help-now-told" if alerted else "help-now-no-coordinator"))

    def _listen(self) -> None:
        """The question as an MP3 file (a terminal cannot play it; a person or a test can)."""
        try:
            if self.speech is None:
                raise SpeechError("no speech service")
            path = self.speech.synthesize_parts(speakable_parts(self.prompt, self.t))
            self._line(f"* {self.t('console-audio', path=str(path))}")
        except SpeechError:
            self._line(f"* {self.t('speech-unavailable')}")
        self.out.flush()

    def _prompt(self, p: Prompt) -> list[str]:
        t, char = self.t, self.manifest.char
        lines = []
        if p.kind is not Kind.END:
            lines.append(f"── {t('progress', current=p.current, total=p.total)} ──")
        picture = "".join(char(k) for k in p.pictograms)
        lines.append(f"{picture} {t(p.text)}".strip())
        for number, option in enumerate(p.options, start=1):
            mark = "[x] " if p.kind is Kind.MULTI and option.selected else ""
            lines.append(f"  {number}. {mark}{char(option.pictogram)} {t(option.label)}".rstrip())
        for number, item in enumerate(p.review, start=1):
            answer = ", ".join(t(m) for m in item.options) if item.options else item.text
            lines.append(f"  {number}. {t(item.question)} → {answer}  [{t('share-' + item.share)}]")
        if p.kind is Kind.REVIEW:
            lines.append(t("share-default-note") if p.review else t("review-empty"))
        if p.kind in INPUT_HINTS:
            lines.append(f"({t(INPUT_HINTS[p.kind])})")
        return lines

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")

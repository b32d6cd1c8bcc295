"""The console channel: one input per line in, the transcript out. Used for trying dialogs,
scripted runs and tests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from bot.engine.model import Kind, Share
from bot.engine.runner import Event, EventKind, Notice, Output, Prompt
from bot.errors import UserFacingError
from bot.i18n import Catalog, Translator
from bot.pictograms import Manifest
from bot.services.dialogs import DialogService
from storage.sessions import StoredSession

COMMANDS = {
    "/skip": EventKind.SKIP,
    "/back": EventKind.BACK,
    "/pause": EventKind.PAUSE,
    "/help": EventKind.HELP,
}
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


def parse_line(line: str, prompt: Prompt) -> Event | SwitchLanguage:
    """One console line as an engine event, read against the prompt it answers."""
    text = line.strip()
    word, _, rest = text.partition(" ")
    if word in COMMANDS:
        return Event(COMMANDS[word])
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
    ):
        self.service, self.catalog, self.manifest, self.out = service, catalog, manifest, out
        self.t: Translator = catalog.translator(lang)
        self.prompt: Prompt | None = None

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
        return session

    def run(self, session: StoredSession, lines: Iterable[str], interactive: bool = False) -> int:
        """Feed lines until the dialog ends, the person pauses, or input runs out (pause)."""
        for line in lines:
            assert self.prompt is not None
            parsed = parse_line(line, self.prompt)
            if isinstance(parsed, SwitchLanguage):
                self.t = self.catalog.translator(parsed.lang)
                session = self.service.set_lang(session, self.t.lang)
                self.show([self.prompt])
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
        for output in outputs:
            if isinstance(output, Notice):
                self._line(f"* {self.t(output.msg)}")
            elif isinstance(output, Prompt):
                self.prompt = output
                self._prompt(output)
        self.out.flush()

    def _prompt(self, p: Prompt) -> None:
        t, char = self.t, self.manifest.char
        if p.kind is not Kind.END:
            self._line(f"── {t('progress', current=p.current, total=p.total)} ──")
        picture = "".join(char(k) for k in p.pictograms)
        self._line(f"{picture} {t(p.text)}".strip())
        for number, option in enumerate(p.options, start=1):
            mark = "[x] " if p.kind is Kind.MULTI and option.selected else ""
            self._line(f"  {number}. {mark}{char(option.pictogram)} {t(option.label)}".rstrip())
        for number, item in enumerate(p.review, start=1):
            answer = ", ".join(t(m) for m in item.options) if item.options else item.text
            self._line(f"  {number}. {t(item.question)} → {answer}  [{t('share-' + item.share)}]")
        if p.kind is Kind.REVIEW:
            self._line(t("share-default-note") if p.review else t("review-empty"))
        if p.kind in INPUT_HINTS:
            self._line(f"({t(INPUT_HINTS[p.kind])})")

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")

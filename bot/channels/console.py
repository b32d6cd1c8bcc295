"""The console channel: one input per line in, the transcript out. Used for trying dialogs,
scripted runs, tests, and (with `delaktig chat --invite`) as a family's channel.

A line is a command word of the shared vocabulary (`/hoppa` or `/skip`, `/hjalpnu`, `/beratta`,
`/lyssna`, `/sprak en`, `/aterkalla ja`, … see bot/conversation/intents.py) or an answer read
against the question shown. Everything else (who may go on, what a command does, the "some
text is in Swedish" notice) is the conversation layer's; this module only parses and prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from bot.adapters.speech import SpeechError, SpeechService
from bot.conversation.core import Conversation, Place, Refused, Reply
from bot.conversation.intents import Answer, Intent, Toggle, parse_command
from bot.engine.model import Kind, Share
from bot.engine.runner import Notice, Output, Prompt
from bot.i18n import Translator

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
CONFIRM_HINTS = {"withdraw": "console-hint-withdraw", "erase": "console-hint-erase"}
CONFIRM_QUESTIONS = {"withdraw": "withdraw-confirm", "erase": "telegram-erase-confirm"}


def parse_line(line: str, prompt: Prompt) -> Intent:
    """One console line as an intent, read against the prompt it answers."""
    text = line.strip()
    command = parse_command(text)
    if command is not None:
        return command
    match prompt.kind:
        case Kind.INFO | Kind.END:
            return Answer()
        case Kind.TEXT:
            return Answer(line.rstrip("\n"))
        case Kind.CHOICE | Kind.SCALE:
            picked = _numbers(text, prompt)
            return Answer(picked[0] if picked and len(picked) == 1 else text)
        case Kind.MULTI:
            picked = _numbers(text, prompt)
            return Answer(picked if picked else text)
        case Kind.REVIEW:
            if text.lower() in ("", "ok"):
                return Answer()
            number, _, share = text.partition(" ")
            items = prompt.review
            if number.isdigit() and 1 <= int(number) <= len(items) and share in SHARE_WORDS:
                item = items[int(number) - 1]
                return Toggle({item.key: SHARE_WORDS[share]})
            return Answer(text)
    return Answer(text)


def _numbers(text: str, prompt: Prompt) -> list[str] | None:
    """`1,3` → the ids of options 1 and 3; None unless every part is a valid number."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() and 1 <= int(p) <= len(prompt.options) for p in parts):
        return None
    return [prompt.options[int(p) - 1].id for p in parts]


class ConsoleChannel:
    def __init__(
        self,
        conversation: Conversation,
        out: TextIO,
        lang: str = "sv",
        speech: SpeechService | None = None,
    ):
        self.conversation, self.out = conversation, out
        app = conversation.app
        self.catalog, self.manifest = app.catalog, app.manifest
        self.speech = speech or app.speech
        self.t: Translator = self.catalog.translator(lang)
        self.prompt: Prompt | None = None
        self.place: Place | None = None
        self.status: str | None = None

    def open(self, dialog_id: str, name: str | None, context: dict | None = None) -> Place:
        """Resume the named trial session, or start a new one (no case, no participant)."""
        return self._opened(self.conversation.open_trial(dialog_id, name, self.t.lang, context))

    def open_invite(self, token: str, identity: str) -> Place | None:
        """Redeem an invite as the family would; None (and why, printed) when it does not work."""
        try:
            return self._opened(self.conversation.redeem(token, identity))
        except Refused as refused:
            self._line(f"* {self.t(refused.msg_id)}")
            return None

    def _opened(self, reply: Reply) -> Place:
        self.place, self.status = reply.place, reply.session.status
        self.t = self.catalog.translator(reply.session.lang)
        self.show(reply)
        self._line(f"({self.t('console-hint-help-now')})")
        self._line(f"({self.t('console-hint-listen')})")
        return reply.place

    def run(self, place: Place, lines: Iterable[str], interactive: bool = False) -> int:
        """Feed lines until the dialog ends, the person pauses or may not go on, or input runs
        out (then the dialog is paused)."""
        self.place = place
        for line in lines:
            assert self.prompt is not None
            reply = self.act(parse_line(line, self.prompt))
            if reply is None or reply.ended:
                return 0
            if interactive:
                self.out.write("> ")
                self.out.flush()
        if self.place is not None and self.status == "active":
            self.act(parse_command("/pause"))
        return 0

    def act(self, intent: Intent) -> Reply | None:
        """Do one intent and print the reply; None (and why, printed) when refused."""
        assert self.place is not None
        try:
            reply = self.conversation.act(self.place, intent)
        except Refused as refused:
            self._line(f"* {self.t(refused.msg_id)}")
            self.out.flush()
            self.place = None
            return None
        self.place = reply.place
        if reply.session is not None:
            self.t = self.catalog.translator(reply.session.lang)
            self.status = reply.session.status
        self.show(reply)
        return reply

    def show(self, reply: Reply | list[Output]) -> None:
        reply = reply if isinstance(reply, Reply) else Reply(self.place, reply)
        lines: list[str] = []
        for output in reply.outputs:
            if isinstance(output, Notice):
                lines.append(f"* {self.t(output.msg)}")
                if output.kind == "help-now":
                    lines.append(f"({self.t('console-hint-tell')})")
            elif isinstance(output, Prompt):
                self.prompt = output
                if reply.part and output.kind is not Kind.END:
                    lines.append(self.t("journey-part", part=reply.part[0], parts=reply.part[1]))
                lines.extend(self._prompt(output))
        if reply.confirm:
            lines.append(f"* {self.t(CONFIRM_QUESTIONS[reply.confirm])}")
            lines.append(f"({self.t(CONFIRM_HINTS[reply.confirm])})")
        if reply.choose_language:
            names = ", ".join(f"/sprak {lang}" for lang in self.catalog.languages)
            lines.append(f"* {self.t('telegram-choose-language')} {names}")
        if reply.speak is not None:
            lines.append(f"* {self._audio(reply)}")
        if reply.plan:
            plan = self.conversation.family_plan(reply.place)
            lines.append(plan.text if plan else self.t("plan-none-yet"))
        for line in lines:
            self._line(line)
        self.out.flush()

    def _audio(self, reply: Reply) -> str:
        """The question as an MP3 file (a terminal cannot play it; a person or a test can)."""
        try:
            if not reply.speak:
                raise SpeechError("nothing to read")
            if reply.speak_once:  # the review with its answers: not kept in the cache
                audio = self.speech.synthesize_once(reply.speak)
                return self.t("console-audio-once", size=len(audio))
            path = self.speech.synthesize_parts(reply.speak)
        except SpeechError:
            return self.t("speech-unavailable")
        return self.t("console-audio", path=str(path))

    def _prompt(self, p: Prompt) -> list[str]:
        t, char = self.t, self.manifest.char
        lines = []
        if p.kind is not Kind.END:
            lines.append(f"── {t('progress', current=p.current, total=p.total)} ──")
        picture = "".join(char(k) for k in p.pictograms)
        lines.append(f"{picture} {t(p.text)}".strip())
        for number, option in enumerate(p.options, start=1):
            mark = "[x] " if p.kind is Kind.MULTI and option.selected else ""
            bullet = "•" if p.kind is Kind.INFO else f"{number}."  # people shown, not picked
            lines.append(f"  {bullet} {mark}{char(option.pictogram)} {t(option.label)}".rstrip())
        for number, item in enumerate(p.review, start=1):
            answer = ", ".join(t(m) for m in item.options) if item.options else item.text
            share = f"  [{t('share-' + item.share)}]" if p.shares else ""
            lines.append(f"  {number}. {t(item.question)} → {answer}{share}")
        if p.kind is Kind.REVIEW and (p.shares or not p.review):
            lines.append(t("share-default-note") if p.review else t("review-empty"))
        if p.kind in INPUT_HINTS:
            lines.append(f"({t(INPUT_HINTS[p.kind])})")
        return lines

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")

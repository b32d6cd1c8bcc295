"""What Telegram shows for a prompt: a picture card or a text with its inline keyboard, and
the signed callback data that binds each button to one session and one question."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass

from bot.channels.telegram_transport import Button, Keyboard
from bot.engine.model import Kind, Share
from bot.engine.runner import Prompt
from bot.i18n import Translator

CALLBACK_LIMIT = 64
CAPTION_LIMIT = 1024
TEXT_LIMIT = 4096
#: Actions that belong to the session rather than one question are signed with this key.
ANY_STEP = "*"
SHARE_MARKS = {Share.MEETING.value: "👥", Share.COORDINATOR.value: "👤", Share.PRIVATE.value: "🔒"}
SHARE_CODES = {share.value[0]: share.value for share in Share}


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

    def card(self, p: Prompt, part: tuple[int, int] | None = None) -> Card:
        """The question's card; `part` is (this part, all parts) of a journey of dialogs."""
        t = self.t
        question = t(p.text)
        if p.kind is Kind.REVIEW:
            return Card(clip(self._review_text(p, question), TEXT_LIMIT), self._keyboard(p))
        parts = [question]
        if p.kind is not Kind.END:
            parts.insert(0, t("progress", current=p.current, total=p.total))
            if part:
                parts.insert(0, t("journey-part", part=part[0], parts=part[1]))
        if p.kind is Kind.INFO and p.options:  # the people coming: shown, not picked
            parts.append("\n".join(self._label(o) for o in p.options))
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
        if p.review and p.shares:
            lines.extend(f"{mark} {t('share-' + share)}" for share, mark in SHARE_MARKS.items())
            lines.append(t("share-default-note"))
        elif not p.review:
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
                for n, item in enumerate(p.review if p.shares else ()):
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

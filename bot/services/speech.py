"""Read-aloud: which words every prompt is heard as, in the participant's language.

`speakable_text` turns a prompt into natural spoken words: the question, then its options
numbered (`speakable_help` gives the help text on its own, `speakable_msgs` any messages).
`speakable_review` reads the review in full: every question, the person's answer and who may
see it. Those words hold answers, so a channel has them made once and kept nowhere
(`SpeechService.synthesize_once`); everything else is prompts, cached. The voices that speak
them are an adapter (`bot/adapters/speech.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.engine.model import Kind
from bot.engine.runner import Prompt
from bot.i18n import DEFAULT_LOCALE, Translator
from bot.messages import Msg

_SENTENCE_END = tuple(".!?:…")

#: (language, text): words to read in one language's voice.
SpokenPart = tuple[str, str]


def speakable_parts(prompt: Prompt, t: Translator) -> list[SpokenPart]:
    """The question, then the options numbered, as (language, text) parts: a message that
    falls back to Swedish is marked Swedish, so the Swedish voice reads it. A review step
    speaks only its question here (its answers: `speakable_review`)."""
    parts = [_part(t, prompt.text)]
    if prompt.kind is Kind.MULTI:
        parts.append(_part(t, Msg("speech-choose-many")))
    for number, option in enumerate(prompt.options, start=1):
        lang, label = _part(t, option.label)
        numbered = label.split(" ", 1)[0] == str(number)  # scale labels: "1 Mycket dåligt"
        if not numbered:
            speaker = t if lang == t.lang else t.catalog.translator(lang)
            label = speaker("speech-option", number=number, label=label)
        parts.append((lang, label))
    return _merged(parts)


def speakable_review(prompt: Prompt, t: Translator) -> list[SpokenPart]:
    """The review read aloud in full: its question and who sees an answer when nothing is
    chosen, then each answer numbered, with its question, the answer and who may see it."""
    parts = [_part(t, prompt.text)]
    if prompt.shares and prompt.review:
        parts.append(_part(t, Msg("share-default-note")))
    elif not prompt.review:
        parts.append(_part(t, Msg("review-empty")))
    for number, item in enumerate(prompt.review, start=1):
        answer = ", ".join(t(m) for m in item.options) if item.options else item.text or ""
        question = _sentence(t(item.question))
        parts.append((t.lang, t("speech-review-item", number=number, question=question,
                                answer=answer)))  # fmt: skip
        if prompt.shares:
            parts.append(_part(t, Msg("speech-review-share", {"share": item.share})))
    return _merged(parts)


def speakable_msgs(msgs: Iterable[Msg], t: Translator) -> list[SpokenPart]:
    """Messages read one after another, each marked with the language it is in."""
    return _merged(_part(t, msg) for msg in msgs)


def _merged(parts: Iterable[SpokenPart]) -> list[SpokenPart]:
    """Parts as sentences, neighbours in the same language joined into one part."""
    merged: list[SpokenPart] = []
    for lang, text in parts:
        text = _sentence(text)
        if not text:
            continue
        if merged and merged[-1][0] == lang:
            merged[-1] = (lang, f"{merged[-1][1]} {text}")
        else:
            merged.append((lang, text))
    return merged


def speakable_text(prompt: Prompt, t: Translator) -> str:
    """The words of `speakable_parts` as one text."""
    return " ".join(text for _lang, text in speakable_parts(prompt, t))


def _part(t: Translator, msg: Msg) -> SpokenPart:
    lang = t.lang if t.catalog.has(t.lang, msg.id) else DEFAULT_LOCALE
    return lang, t(msg)


def speakable_help(prompt: Prompt, t: Translator) -> str | None:
    """The step's help text to speak on its own, or None when the step has none."""
    return _sentence(t(prompt.help)) if prompt.help else None


def _sentence(text: str) -> str:
    """One line per thought, each ending like a sentence, so the voice pauses between them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if line.endswith(_SENTENCE_END) else line + "." for line in lines)

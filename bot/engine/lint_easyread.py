"""Easy-read rules for `delaktig lint`: LIX and sentence length per audience, jargon, and
Telegram's size limits for every rendered prompt."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from bot.easyread import hardest, jargon_hits, lix, parse_word_list, words
from bot.engine.model import Audience, Dialog
from bot.engine.visible import visible_msgs
from bot.i18n import DEFAULT_LOCALE, Catalog

#: audience → (highest LIX of all the dialog's Swedish text, longest sentence in words)
LIMITS = {
    Audience.CHILD: (25.0, 10),
    Audience.YOUTH: (30.0, 15),
    Audience.GUARDIAN: (35.0, 20),
}
#: Words every channel shows beside a dialog's own; they count towards its LIX.
SHARED_VISIBLE = (
    "progress",
    "action-continue",
    "action-done",
    "action-skip",
    "action-back",
    "action-pause",
    "action-help",
    "share-default-note",
    "review-empty",
    "notice-invalid-option",
    "notice-empty-text",
    "notice-too-long",
    "notice-stale",
    "notice-need-choice",
    "notice-not-understood",
    "notice-paused",
    "notice-resumed",
    "notice-finished",
    "notice-first-step",
)
EXAMPLE_ARGS = {"current": 3, "total": 12, "max": 2000, "label": "Skolan"}
#: Shorter texts (button labels) are left out of the "hardest messages" ranking.
MIN_RANKED_WORDS = 4
TELEGRAM_CAPTION = 1024
TELEGRAM_TEXT = 4096
TELEGRAM_BUTTON = 32
#: Room a channel needs in a button for the emoji and a space.
BUTTON_PICTURE = 2


def jargon_words(locales: Path) -> list[str]:
    path = locales / DEFAULT_LOCALE / "jargon.txt"
    return parse_word_list(path.read_text(encoding="utf-8")) if path.exists() else []


def check_easy_read(report, dialog: Dialog, catalog: Catalog, jargon: list[str]) -> None:
    """Add findings and the dialog's LIX figures to `report` (a LintReport)."""
    max_lix, max_words = LIMITS[dialog.audience]
    texts: dict[str, str] = {}
    helps: dict[str, str] = defaultdict(str)
    counted: set[tuple[str, str]] = set()
    for where, msg in visible_msgs(dialog):
        text = catalog.format(DEFAULT_LOCALE, msg.id, {**EXAMPLE_ARGS, **msg.args})
        if text is None:
            continue
        if (msg.id, text) in counted:
            continue  # the same words again (a help that reads alike for every area) count once
        counted.add((msg.id, text))
        key = f"{where} ({msg.id})"
        texts[key] = text
        step = where.split(":")[0]
        if where.endswith(": help"):
            helps[step] += " " + text
        _check_telegram(report, dialog, where, msg.id, catalog, {**EXAMPLE_ARGS, **msg.args})
    for msg_id in SHARED_VISIBLE:
        shared = catalog.format(DEFAULT_LOCALE, msg_id, EXAMPLE_ARGS)
        if shared is not None:
            texts[f"shared ({msg_id})"] = shared
    result = lix(texts.values())
    # One-word labels ("Familjen") score LIX 101 on their own; rank sentences instead.
    sentences_only = {k: v for k, v in texts.items() if len(words(v)) >= MIN_RANKED_WORDS}
    where = f"{dialog.id} ({dialog.audience.value})"
    if result.lix > max_lix:
        report.error(where, f"LIX {result.lix} is above {max_lix}")
    for key, text in texts.items():
        own = lix(text)
        if own.longest_sentence > max_words:
            report.error(
                f"{dialog.id}: {key}",
                f"a sentence of {own.longest_sentence} words (at most {max_words}): "
                f"{own.longest_sentence_text!r}",
            )
        _check_jargon(report, dialog, key, text, helps, jargon)
    report.dialogs.setdefault(dialog.id, {}).update(
        {
            "lix": result.lix,
            "lix_limit": max_lix,
            "longest_sentence": result.longest_sentence,
            "sentence_limit": max_words,
            "hardest": [
                {"message": key, "lix": res.lix} for key, res in hardest(sentences_only, 5)
            ],
        }
    )


def _check_jargon(report, dialog, key, text, helps, jargon) -> None:
    if key.startswith("shared") or ": help" in key:
        return
    step = key.split(" ")[0].split(":")[0]
    explained = set(jargon_hits(helps.get(step, ""), jargon))
    for word in jargon_hits(text, jargon):
        if word in explained:
            continue
        message = f"jargon `{word}` (explain it in this step's help, or use plainer words)"
        if dialog.audience is Audience.GUARDIAN:
            report.warning(f"{dialog.id}: {key}", message)
        else:
            report.error(f"{dialog.id}: {key}", message)


def _check_telegram(report, dialog, where, msg_id, catalog, args) -> None:
    for lang in catalog.languages:
        text = catalog.format(lang, msg_id, args)
        if text is None:
            continue
        if ": option" in where:
            limit, what = TELEGRAM_BUTTON - BUTTON_PICTURE, "a Telegram button"
        elif ": help" in where:
            limit, what = TELEGRAM_TEXT, "a Telegram message"
        else:
            limit, what = TELEGRAM_CAPTION, "a Telegram photo caption"
        if len(text) > limit:
            report.error(
                f"{dialog.id}: {where} `{msg_id}` ({lang})",
                f"{len(text)} characters is too long for {what} (at most {limit})",
            )

"""What `delaktig lint` reads besides LIX: one word per concept (`locales/<lang>/glossary.yaml`)
across every dialog, the meeting's pack and the consent; screen words ("Tryck", "Klar") in text
meant for paper (`locales/<lang>/screen-words.txt`); and how rare each child's and youth's
dialog's words are, from wordfreq's Zipf frequencies (its word lists ship in the package,
nothing is downloaded)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml
from wordfreq import zipf_frequency

from bot.easyread import parse_word_list, words
from bot.engine.lint_easyread import EXAMPLE_ARGS
from bot.engine.model import Audience, Dialog
from bot.engine.visible import on_paper, visible_steps
from bot.i18n import DEFAULT_LOCALE, Catalog
from bot.messages import Msg

#: Locale files besides the dialogs' own whose words the glossary holds: the pack, consent.
GLOSSARY_FILES = ("pack.ftl", "consent.ftl")
#: A word rarer than this (Zipf: 3 is once in a million words) counts as rare.
RARE_ZIPF = 3.0
RAREST_LISTED = 8
RARITY_AUDIENCES = (Audience.CHILD, Audience.YOUTH)
_MESSAGE_ID = re.compile(r"^([A-Za-z][\w-]*)\s*=", re.M)


def glossary(locales: Path, lang: str) -> dict[str, dict]:
    """concept → {word, not: [...]} for a language (empty without a glossary file)."""
    path = locales / lang / "glossary.yaml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def screen_words(locales: Path, lang: str) -> list[str]:
    path = locales / lang / "screen-words.txt"
    return parse_word_list(path.read_text(encoding="utf-8")) if path.exists() else []


def found(phrase: str, text: str) -> bool:
    """`phrase` in `text` as whole words, case as written ("Hoppa över." ends in its mark)."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


def _text(catalog: Catalog, lang: str, msg: Msg) -> str | None:
    return catalog.format(lang, msg.id, {**EXAMPLE_ARGS, **msg.args})


def _concept_texts(catalog: Catalog, lang: str, dialogs: list[Dialog]) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the glossary holds: each dialog's, the pack's, consent's."""
    for dialog in dialogs:
        for shown in visible_steps(dialog):
            where = f"{dialog.id}: {shown.step.id}" + (f"[{shown.item}]" if shown.item else "")
            msgs = [shown.text, *(label for label, _ in shown.options)]
            for msg in [*msgs, *([shown.help] if shown.help else [])]:
                if (text := _text(catalog, lang, msg)) is not None:
                    yield f"{where} ({msg.id})", text
    for name in GLOSSARY_FILES:
        path = catalog.folder / lang / name
        if path.exists():
            for msg_id in _MESSAGE_ID.findall(path.read_text(encoding="utf-8")):
                if (text := _text(catalog, lang, Msg(msg_id))) is not None:
                    yield f"{name}: {msg_id}", text


def check_glossary(report, catalog: Catalog, dialogs: list[Dialog]) -> None:
    """An error for each word the glossary says is not ours ("Hälsan" where we say "Hur jag
    mår"), in every dialog, the pack and consent, in every language with a glossary."""
    for lang in catalog.languages:
        concepts = glossary(catalog.folder, lang)
        if not concepts:
            continue
        for where, text in _concept_texts(catalog, lang, dialogs):
            for concept, entry in concepts.items():
                for other in entry.get("not", []):
                    if found(str(other), text):
                        report.error(
                            f"{where} ({lang})",
                            f"`{other}`: say `{entry['word']}` (one word for {concept})",
                        )


def _paper_texts(catalog: Catalog, lang: str, dialogs: list[Dialog]) -> Iterator[tuple[str, str]]:
    """(where, text) for what goes on paper: the printed words (`print-…`, `…-paper`), and
    each dialog's questions (their paper words where they have them), options and help (the
    blank booklet prints it)."""
    messages = catalog.locales[lang].messages
    for msg_id in sorted(m for m in messages if m.startswith("print-") or m.endswith("-paper")):
        if (text := _text(catalog, lang, Msg(msg_id))) is not None:
            yield msg_id, text
    for dialog in dialogs:
        for shown in visible_steps(dialog):
            has = lambda msg_id: catalog.has(lang, msg_id)  # noqa: E731
            helps = [on_paper(shown.help, has)] if shown.help else []
            question = on_paper(shown.text, has)
            for msg in [question, *(label for label, _ in shown.options), *helps]:
                if (text := _text(catalog, lang, msg)) is not None:
                    yield f"{dialog.id}: {shown.step.id} ({msg.id})", text


def check_paper_words(report, catalog: Catalog, dialogs: list[Dialog]) -> None:
    """An error for each screen word ("Tryck", "Klar") in text meant for paper."""
    for lang in catalog.languages:
        banned = screen_words(catalog.folder, lang)
        if not banned:
            continue
        for where, text in _paper_texts(catalog, lang, dialogs):
            for word in banned:
                if found(word, text):
                    report.error(
                        f"{where} ({lang})",
                        f"`{word}` is a screen word; on paper say what to do with a pen "
                        "(write a `-paper` message)",
                    )


def rarity(dialog: Dialog, catalog: Catalog) -> dict[str, object]:
    """How rare the dialog's Swedish words are: the share of rare words (Zipf below
    RARE_ZIPF) and the rarest ones with their Zipf frequency, rarest first."""
    counted: list[str] = []
    for shown in visible_steps(dialog):
        for msg in [shown.text, *(label for label, _ in shown.options)]:
            text = _text(catalog, DEFAULT_LOCALE, msg) or ""
            counted += [w.lower() for w in words(text) if not w.isdigit()]
    zipf = {w: zipf_frequency(w, DEFAULT_LOCALE) for w in set(counted)}
    rare = [w for w in counted if zipf[w] < RARE_ZIPF]
    rarest = sorted(zipf, key=lambda w: (zipf[w], w))[:RAREST_LISTED]
    return {
        "rare_words_percent": round(100 * len(rare) / len(counted), 1) if counted else 0.0,
        "rarest": [{"word": w, "zipf": zipf[w]} for w in rarest],
    }


def check_rarity(report, catalog: Catalog, dialogs: list[Dialog]) -> None:
    """Each child's and youth's dialog's rarity, in its facts (information, not an error)."""
    for dialog in dialogs:
        if dialog.audience in RARITY_AUDIENCES:
            report.dialogs.setdefault(dialog.id, {}).update(rarity(dialog, catalog))

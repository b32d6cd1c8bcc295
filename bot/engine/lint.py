"""The content linter behind `delaktig lint`: dialogs, words and pictures, checked together."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.syntax import ast, visitor

from bot.engine.lint_easyread import SHARED_VISIBLE, check_easy_read, jargon_words
from bot.engine.lint_words import check_glossary, check_paper_words, check_rarity
from bot.engine.loader import DialogError, load_file
from bot.engine.model import SCALES, Dialog, Kind
from bot.i18n import DEFAULT_LOCALE, DIRECTIONS, Catalog
from bot.pictograms import ROLE_FALLBACK, Manifest, emoji_font_has, role_pictograms
from bot.translation import TEAM_LOCALES, checked_by, coverage, is_translated
from bot.voices import VoiceMap

#: Messages the code itself shows, so they must exist even if no dialog names them.
CODE_MESSAGES = (
    *SHARED_VISIBLE,
    "context-option",
    "share-meeting",
    "share-coordinator",
    "share-private",
    "notice-no-help",
    "notice-some-swedish",
    "help-now",
    "help-now-button",
    "help-now-tell",
    "help-now-told",
    "help-now-no-coordinator",
    "help-now-paper",
    "action-listen",
    "speech-option",
    "speech-choose-many",
    "speech-unavailable",
    "pack-answered-in",
    *(label for scale in SCALES.values() for _, label, _ in scale),
)


#: Locales that must have every message (errors), not just fall back (warnings).
PARITY_LOCALES = ("sv", "en")


@dataclass(frozen=True)
class Finding:
    level: str  # "error" | "warning"
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


@dataclass
class LintReport:
    findings: list[Finding] = field(default_factory=list)
    dialogs: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Per language: direction, who checked it, its voice, and how much is translated.
    languages: dict[str, dict[str, Any]] = field(default_factory=dict)

    def error(self, where: str, message: str) -> None:
        self.findings.append(Finding("error", where, message))

    def warning(self, where: str, message: str) -> None:
        self.findings.append(Finding("warning", where, message))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == "warning"]

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": not self.errors,
            "errors": [vars(f) for f in self.errors],
            "warnings": [vars(f) for f in self.warnings],
            "dialogs": self.dialogs,
            "languages": self.languages,
        }


def dialog_messages(dialog: Dialog) -> Iterator[tuple[str, str]]:
    """(where, message id) for every message a dialog names."""
    yield f"{dialog.id}: title", dialog.title
    for step in dialog.steps.values():
        where = f"{dialog.id}: step `{step.id}`"
        yield f"{where}: text", step.text
        if step.help:
            yield f"{where}: help", step.help
        for option in step.options:
            yield f"{where}: option `{option.id}`", option.label


def lint_content(dialogs_dir: Path, catalog: Catalog, manifest: Manifest) -> LintReport:
    report = LintReport()
    dialogs = []
    for path in sorted(dialogs_dir.glob("*.yaml")):
        try:
            dialogs.append(load_file(path))
        except DialogError as exc:
            report.error(path.name, str(exc).removeprefix(f"{path.name}: "))
    if not dialogs:
        report.error(str(dialogs_dir), "no dialogs found")
    for files in catalog.locales.values():
        for problem in files.errors:
            report.error("locales", problem)
    if DEFAULT_LOCALE not in catalog.locales:
        report.error("locales", f"the default locale `{DEFAULT_LOCALE}` is missing")
    _check_messages(report, catalog, dialogs, manifest)
    _check_pictograms(report, dialogs, manifest)
    jargon = jargon_words(catalog.folder)
    for dialog in dialogs:
        report.dialogs[dialog.id] = {
            "audience": dialog.audience.value,
            "version": dialog.version,
            "steps": len(dialog.steps),
        }
        check_easy_read(report, dialog, catalog, jargon)
    check_glossary(report, catalog, dialogs)
    check_paper_words(report, catalog, dialogs)
    check_rarity(report, catalog, dialogs)
    _check_languages(report, catalog, dialogs)
    return report


def _check_languages(report: LintReport, catalog: Catalog, dialogs: list[Dialog]) -> None:
    """Each language's coverage per dialog, direction, voice, and who checked it. A language
    other than Swedish and English ships only with a CHECKED.md that names a person."""
    swedish = catalog.locales.get(DEFAULT_LOCALE)
    if swedish is None:
        return
    voices_file = catalog.folder / "voices.yaml"
    voices = VoiceMap.load(voices_file).voices if voices_file.exists() else {}
    for lang, files in catalog.locales.items():
        where = f"locales/{lang}"
        checker = "the Delaktig team" if lang in TEAM_LOCALES else checked_by(files.folder)
        if checker is None:
            report.error(where, "no CHECKED.md naming who checked it (`Checked by:`)")
        if files.meta.get("direction", "ltr") not in DIRECTIONS:
            report.error(f"{where}/meta.yaml", f"direction must be one of {DIRECTIONS}")
        if lang not in voices:
            report.warning(where, "no espeak-ng voice in locales/voices.yaml; Swedish reads it")
        same = [
            m
            for m, message in files.messages.items()
            if lang not in TEAM_LOCALES and not is_translated(message, swedish.messages.get(m))
        ]
        if same:
            report.warning(where, f"{len(same)} the same as Swedish: {', '.join(same)}")
        overall = coverage(files, swedish, list(swedish.messages))
        report.languages[lang] = {
            "direction": files.direction,
            "checked_by": checker,
            "voice": voices.get(lang),
            "translated": overall.translated,
            "messages": overall.total,
            "percent": overall.percent,
            "dialogs": {
                d.id: coverage(files, swedish, [m for _, m in dialog_messages(d)]).percent
                for d in dialogs
            },
        }


def _check_messages(
    report: LintReport, catalog: Catalog, dialogs: list[Dialog], manifest: Manifest
) -> None:
    needed: dict[str, str] = {msg: "code" for msg in CODE_MESSAGES}
    for dialog in dialogs:
        for where, msg_id in dialog_messages(dialog):
            needed.setdefault(msg_id, where)
    for pictogram in manifest.entries.values():
        needed.setdefault(pictogram.alt, f"pictogram `{pictogram.key}`: alt")
    langs = catalog.languages
    missing_by_lang: dict[str, list[str]] = {lang: [] for lang in langs}
    for msg_id, where in needed.items():
        present = [lang for lang in langs if catalog.has(lang, msg_id)]
        if not present:
            report.error(where, f"message `{msg_id}` is in no locale")
        for lang in langs:
            if present and lang not in present:
                missing_by_lang[lang].append(msg_id)
    for lang, ids in missing_by_lang.items():
        if not ids:
            continue
        where = f"locales/{lang}"
        message = f"{len(ids)} missing (Swedish is used): {', '.join(ids)}"
        # Swedish and English ship together, so a gap there is an error; any other language
        # may grow message by message.
        if lang in PARITY_LOCALES:
            report.error(where, message)
        else:
            report.warning(where, message)
    _check_parity(report, catalog)


class _Variables(visitor.Visitor):
    def __init__(self):
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def variables(message: ast.Message) -> set[str]:
    collector = _Variables()
    collector.visit(message)
    return collector.names


def _check_parity(report: LintReport, catalog: Catalog) -> None:
    """A translation uses the same variables as the Swedish message (selectors included)."""
    source = catalog.locales.get(DEFAULT_LOCALE)
    if source is None:
        return
    for lang, files in catalog.locales.items():
        if lang == DEFAULT_LOCALE:
            continue
        for msg_id, message in files.messages.items():
            original = source.messages.get(msg_id)
            if original is None:
                report.warning(
                    f"locales/{lang}", f"`{msg_id}` is not in Swedish; is it still used?"
                )
                continue
            ours, theirs = variables(original), variables(message)
            if ours != theirs:
                report.error(
                    f"locales/{lang}",
                    f"`{msg_id}` uses variables {sorted(theirs)} but Swedish uses {sorted(ours)}",
                )


#: Pictures that say no or bad: never the picture drawn for a person (a context option takes
#: its step's first pictogram when it has none of its own).
NEGATIVE_PICTOGRAMS = frozenset({"stop", "no-one", "thumbs-down", "minus", "sad", "worried"})


def _check_pictograms(report: LintReport, dialogs: list[Dialog], manifest: Manifest) -> None:
    for key, pictogram in manifest.entries.items():
        if not pictogram.svg_path.exists() or not emoji_font_has(pictogram):
            report.error(f"pictogram `{key}`", f"OpenMoji has no {pictogram.codepoints}")
    roles = manifest.path.parent / "roles.yaml"
    for key in [ROLE_FALLBACK, *role_pictograms(roles)] if roles.exists() else []:
        if key not in manifest or key in NEGATIVE_PICTOGRAMS:
            report.error("pictograms/roles.yaml", f"pictogram `{key}` is missing or negative")
    for dialog in dialogs:
        for step in dialog.steps.values():
            where = f"{dialog.id}: step `{step.id}`"
            keys = [*step.pictograms]
            if step.kind is not Kind.END and not step.pictograms:
                report.error(where, "no pictogram")
            if (
                step.options_from
                and step.pictograms[:1]
                and step.pictograms[0] in NEGATIVE_PICTOGRAMS
            ):
                report.error(where, f"`{step.pictograms[0]}` would be drawn for every person")
            for option in step.options:
                if option.pictogram is None:
                    report.error(f"{where}: option `{option.id}`", "no pictogram")
                else:
                    keys.append(option.pictogram)
            for key in keys:
                if key not in manifest:
                    report.error(where, f"pictogram `{key}` is not in the manifest")

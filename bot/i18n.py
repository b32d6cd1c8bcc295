"""Words: Fluent messages per locale, Swedish first, falling back to Swedish per message.

A locale is a folder `locales/LANG/` of `.ftl` files, with an optional `meta.yaml` (for now
`direction: rtl` for right-to-left languages; the default is ltr) and, for every language but
Swedish and English, a `CHECKED.md` saying who checked the translation (`delaktig lint`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast

from bot.messages import Msg
from bot.paths import locales_dir

DEFAULT_LOCALE = "sv"
DIRECTIONS = ("ltr", "rtl")
#: Digit groups split by spaces or dashes, such as the phone number "116 111".
NUMBER_GROUPS = re.compile(r"\d+(?:[ \u00a0-]\d+)+")
LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2069"


@dataclass
class LocaleFiles:
    """One locale's parsed files: messages by id, each file's syntax tree, and syntax errors by
    file."""

    lang: str
    folder: Path = Path()
    messages: dict[str, ast.Message] = field(default_factory=dict)
    resources: dict[str, ast.Resource] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    @property
    def direction(self) -> str:
        value = self.meta.get("direction", "ltr")
        return value if value in DIRECTIONS else "ltr"


def read_meta(folder: Path) -> dict:
    """The locale's `meta.yaml` as a dict ({} when there is none or it is not a mapping)."""
    path = folder / "meta.yaml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.exists() else None
    return data if isinstance(data, dict) else {}


def direction(lang: str, folder: Path | None = None) -> str:
    """ "ltr" or "rtl" for a language, from `locales/LANG/meta.yaml` (default ltr)."""
    try:
        meta = read_meta((folder or locales_dir()) / lang)
    except yaml.YAMLError:
        meta = {}
    return LocaleFiles(lang, meta=meta).direction


def parse_locale(folder: Path) -> LocaleFiles:
    parser = FluentParser()
    files = LocaleFiles(folder.name, folder)
    try:
        files.meta = read_meta(folder)
    except yaml.YAMLError as exc:
        files.errors.append(f"{folder.name}/meta.yaml: {str(exc).splitlines()[0]}")
    for path in sorted(folder.glob("*.ftl")):
        resource = files.resources[path.name] = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                files.messages[entry.id.name] = entry
            elif isinstance(entry, ast.Junk):
                first = entry.annotations[0].message if entry.annotations else "syntax error"
                files.errors.append(f"{folder.name}/{path.name}: {first}: {entry.content[:60]!r}")
    return files


class Catalog:
    """Every locale under a folder, as Fluent bundles built without isolation marks (from the
    syntax trees parsed once for both)."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or locales_dir()
        self.locales = {
            p.name: parse_locale(p) for p in sorted(self.folder.iterdir()) if p.is_dir()
        }
        self._bundles: dict[str, FluentBundle] = {}
        for lang, files in self.locales.items():
            bundle = _bundle(lang)
            for resource in files.resources.values():
                bundle.add_resource(resource)
            self._bundles[lang] = bundle

    @property
    def languages(self) -> list[str]:
        return list(self.locales)

    def direction(self, lang: str) -> str:
        files = self.locales.get(lang)
        return files.direction if files else "ltr"

    def has(self, lang: str, msg_id: str) -> bool:
        bundle = self._bundles.get(lang)
        return bundle is not None and bundle.has_message(msg_id)

    def translator(self, lang: str) -> Translator:
        return Translator(self, lang if lang in self._bundles else DEFAULT_LOCALE)

    def format(self, lang: str, msg_id: str, args: dict | None = None) -> str | None:
        bundle = self._bundles.get(lang)
        if bundle is None or not bundle.has_message(msg_id):
            return None
        message = bundle.get_message(msg_id)
        if message.value is None:
            return None
        text, _errors = bundle.format_pattern(message.value, args or {})
        return text


def _bundle(lang: str) -> FluentBundle:
    """A bundle without isolation marks. A code Babel cannot read (a test pseudo-locale such
    as `qps-rtl`) gets Swedish plural rules instead of an error."""
    try:
        return FluentBundle([lang], use_isolating=False)
    except ValueError:
        return FluentBundle([DEFAULT_LOCALE], use_isolating=False)


def keep_numbers_left_to_right(text: str) -> str:
    """Isolates each run of digit groups as left-to-right text. In a right-to-left line the
    bidirectional algorithm would otherwise show "116 111" as "111 116"."""
    return NUMBER_GROUPS.sub(
        lambda m: f"{LEFT_TO_RIGHT_ISOLATE}{m.group(0)}{POP_DIRECTIONAL_ISOLATE}", text
    )


class Translator:
    """Turns `Msg`s into words in one language; remembers whether it had to use Swedish.
    In a right-to-left language, phone numbers and other digit groups stay left to right."""

    def __init__(self, catalog: Catalog, lang: str):
        self.catalog, self.lang = catalog, lang
        self.direction = catalog.direction(lang)
        self.used_fallback = False

    def __call__(self, msg: Msg | str, **args) -> str:
        if isinstance(msg, Msg):
            msg_id, args = msg.id, {**msg.args, **args}
        else:
            msg_id = msg
        text = self.catalog.format(self.lang, msg_id, args)
        if text is None and self.lang != DEFAULT_LOCALE:
            text = self.catalog.format(DEFAULT_LOCALE, msg_id, args)
            self.used_fallback = self.used_fallback or text is not None
        if text is None:
            return msg_id
        return keep_numbers_left_to_right(text) if self.direction == "rtl" else text

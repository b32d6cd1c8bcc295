"""Words: Fluent messages per locale, Swedish first, falling back to Swedish per message."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

from bot.engine.runner import Msg
from bot.paths import locales_dir

DEFAULT_LOCALE = "sv"


@dataclass
class LocaleFiles:
    """One locale's parsed files: messages by id, and syntax errors by file."""

    lang: str
    messages: dict[str, ast.Message] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def parse_locale(folder: Path) -> LocaleFiles:
    parser = FluentParser()
    files = LocaleFiles(folder.name)
    for path in sorted(folder.glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        files.sources[path.name] = text
        for entry in parser.parse(text).body:
            if isinstance(entry, ast.Message):
                files.messages[entry.id.name] = entry
            elif isinstance(entry, ast.Junk):
                first = entry.annotations[0].message if entry.annotations else "syntax error"
                files.errors.append(f"{folder.name}/{path.name}: {first}: {entry.content[:60]!r}")
    return files


class Catalog:
    """Every locale under a folder, as Fluent bundles built without isolation marks."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or locales_dir()
        self.locales = {
            p.name: parse_locale(p) for p in sorted(self.folder.iterdir()) if p.is_dir()
        }
        self._bundles: dict[str, FluentBundle] = {}
        for lang, files in self.locales.items():
            bundle = FluentBundle([lang], use_isolating=False)
            for text in files.sources.values():
                bundle.add_resource(FluentResource(text))
            self._bundles[lang] = bundle

    @property
    def languages(self) -> list[str]:
        return list(self.locales)

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


class Translator:
    """Turns `Msg`s into words in one language; remembers whether it had to use Swedish."""

    def __init__(self, catalog: Catalog, lang: str):
        self.catalog, self.lang = catalog, lang
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
        return text if text is not None else msg_id

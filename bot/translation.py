"""Adding a language is a content task: scaffold its folder from Swedish, measure how much is
translated, and know whether a person checked it.

`scaffold_locale` writes `locales/LANG/` with every Swedish message as a *comment* (the
translator writes the translation and removes the `# `), a `meta.yaml` with the writing
direction, and a `CHECKED.md` to fill in. Untranslated messages stay comments on purpose: the
Translator then falls back to Swedish for them, sets `used_fallback`, and the channel tells the
person that some text is in Swedish. A Swedish placeholder would pass for a translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from fluent.syntax import FluentParser, ast

from bot.i18n import DEFAULT_LOCALE, LocaleFiles

#: Languages maintained with the Swedish by the team itself; every other needs CHECKED.md.
TEAM_LOCALES = ("sv", "en")
CHECKED_FILE = "CHECKED.md"
CHECKED_BY = re.compile(r"^Checked by:[ \t]*(\S.*)?$", re.MULTILINE)
LANG_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

CHECKED_TEMPLATE = """# Who checked this translation ({lang})

Delaktig shows a language to children and families only when a person who reads it well has
checked every translated message against the Swedish. A machine translation is a draft, not a
check. `delaktig lint` fails until the line "Checked by:" names someone.

Checked by:
Their skill in the language (for example: mother tongue, authorised interpreter):
Date:
Files checked:
Notes:
"""


class ScaffoldError(ValueError):
    pass


def scaffold_locale(locales: Path, lang: str) -> list[Path]:
    """Create `locales/LANG/` from Swedish; the files written. Refuses an existing folder."""
    if not LANG_CODE.match(lang):
        raise ScaffoldError(f"{lang!r} is not a language code such as ar, fa or so")
    target = locales / lang
    if target.exists():
        raise ScaffoldError(f"{target} exists already; edit its files instead")
    source = locales / DEFAULT_LOCALE
    target.mkdir(parents=True)
    written = []
    for path in sorted(source.glob("*.ftl")):
        out = target / path.name
        out.write_text(commented_copy(path.read_text("utf-8"), lang), encoding="utf-8")
        written.append(out)
    meta = target / "meta.yaml"
    meta.write_text(
        "# About this language for Delaktig's code. direction: ltr, or rtl (right to left).\n"
        f"direction: {default_direction(lang)}\n",
        encoding="utf-8",
    )
    checked = target / CHECKED_FILE
    checked.write_text(CHECKED_TEMPLATE.format(lang=lang), encoding="utf-8")
    return [*written, meta, checked]


def commented_copy(swedish: str, lang: str) -> str:
    """The Swedish file with every message and term commented out, under a how-to header;
    Swedish comments are kept as they are."""
    lines = [
        f"### {lang}: translate each message from the Swedish below it, then remove the `# `",
        "### at the start of its lines. A message left as a comment is shown in Swedish.",
        "",
    ]
    for entry in FluentParser().parse(swedish).body:
        if isinstance(entry, ast.Junk):
            continue
        text = swedish[entry.span.start : entry.span.end].rstrip("\n")
        if isinstance(entry, ast.Message | ast.Term):
            text = "\n".join(
                line if line.startswith("#") else f"# {line}".rstrip() for line in text.splitlines()
            )
        lines += [text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def default_direction(lang: str) -> str:
    try:
        order = Locale.parse(lang.replace("-", "_")).character_order
    except (UnknownLocaleError, ValueError):
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


def checked_by(folder: Path) -> str | None:
    """Who checked the translation, from CHECKED.md; None when nobody is named (or no file)."""
    path = folder / CHECKED_FILE
    match = CHECKED_BY.search(path.read_text("utf-8")) if path.exists() else None
    return match.group(1).strip() if match and match.group(1) else None


#: A message word for word the Swedish with at least this many words was not translated;
#: shorter ones ("OK", "Bris", `{ $label }`) may well be the same in both languages.
SAME_WORDS = 3


def is_translated(message: ast.Message, swedish: ast.Message | None) -> bool:
    """False for a message that is word for word the Swedish and has SAME_WORDS words or more."""
    if swedish is None or not message.equals(swedish, ignored_fields=["span", "comment"]):
        return True
    text = " ".join(node.value for node in _elements(message) if isinstance(node, ast.TextElement))
    return len(re.findall(r"[^\W\d_]+", text)) < SAME_WORDS


def _elements(message: ast.Message) -> list[ast.PatternElement]:
    patterns = [message.value, *(a.value for a in message.attributes)]
    found: list[ast.PatternElement] = []
    while patterns:
        pattern = patterns.pop()
        if pattern is None:
            continue
        for element in pattern.elements:
            found.append(element)
            expression = getattr(element, "expression", None)
            if isinstance(expression, ast.SelectExpression):
                patterns += [variant.value for variant in expression.variants]
    return found


@dataclass(frozen=True)
class Coverage:
    translated: int
    total: int

    @property
    def percent(self) -> float:
        return round(100 * self.translated / self.total, 1) if self.total else 100.0


def coverage(files: LocaleFiles, swedish: LocaleFiles, msg_ids: list[str]) -> Coverage:
    """How many of `msg_ids` (that Swedish has) the locale translates. In a language the team
    does not keep itself, a message word for word the Swedish does not count."""
    wanted = [m for m in dict.fromkeys(msg_ids) if m in swedish.messages]
    if files.lang == swedish.lang:
        return Coverage(len(wanted), len(wanted))
    trusted = files.lang in TEAM_LOCALES
    done = sum(
        1
        for m in wanted
        if m in files.messages
        and (trusted or is_translated(files.messages[m], swedish.messages[m]))
    )
    return Coverage(done, len(wanted))

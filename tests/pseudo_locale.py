"""The test-only right-to-left pseudo-locale `qps-rtl`, generated from the Swedish: every word
spelled backwards and wrapped in right-to-left marks (U+200F), so the words run from right to
left like Arabic, with `direction: rtl` in its meta.yaml. It proves the right-to-left path
without a real translation."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast, visitor

RLM = "\u200f"
PSEUDO = "qps-rtl"
_WORD = re.compile(r"[^\W\d_]+")


class _Mirror(visitor.Transformer):
    def visit_TextElement(self, node: ast.TextElement) -> ast.TextElement:
        node.value = _WORD.sub(lambda m: f"{RLM}{m.group(0)[::-1]}{RLM}", node.value)
        return node


def pseudo_rtl(swedish: str) -> str:
    resource = FluentParser().parse(swedish)
    return FluentSerializer().serialize(_Mirror().visit(resource))


def make_locales(source: Path, target: Path) -> Path:
    """A copy of `source` (Swedish, English, voices) plus the generated qps-rtl locale."""
    shutil.copytree(source, target)
    folder = target / PSEUDO
    folder.mkdir()
    for path in (source / "sv").glob("*.ftl"):
        (folder / path.name).write_text(pseudo_rtl(path.read_text("utf-8")), encoding="utf-8")
    (folder / "meta.yaml").write_text("direction: rtl\n", encoding="utf-8")
    (folder / "CHECKED.md").write_text(
        "Checked by: nobody; generated for tests, never shipped\n", encoding="utf-8"
    )
    return target

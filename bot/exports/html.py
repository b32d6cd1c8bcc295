"""A pack document as standalone HTML (plain semantic HTML, a few inline styles, no scripts)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from bot.i18n import Translator
from bot.services.prep_pack import PrepPack

TEMPLATES = Path(__file__).resolve().parents[1] / "web" / "templates"
_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def render_html(pack: PrepPack, document: str, t: Translator) -> str:
    """`document` (meeting | coordinator) as one HTML page."""
    return _ENV.get_template("pack/document.html").render(
        pack=pack, document=document, t=t, lang=t.lang
    )

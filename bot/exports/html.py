"""The pack as a standalone HTML document (no styles, no scripts: plain semantic HTML)."""

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


def render_html(pack: PrepPack, t: Translator) -> str:
    return _ENV.get_template("pack/document.html").render(pack=pack, t=t, lang=t.lang)

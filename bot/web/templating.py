"""Shared page machinery for every web feature: one Jinja environment (aiohttp-jinja2) and the
vendored fonts. `setup_templates(web_app)` is idempotent, so each feature may call it."""

from __future__ import annotations

from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web

from bot.paths import pictograms_dir

TEMPLATES_DIR = Path(__file__).parent / "templates"
FONTS_ROUTE = "fonts"


def setup_templates(web_app: web.Application) -> jinja2.Environment:
    """The app's Jinja environment (templates in `bot/web/templates`, HTML autoescaped) and the
    `/fonts/` route for the vendored Atkinson Hyperlegible; set up once, however often called."""
    if aiohttp_jinja2.APP_KEY not in web_app:
        aiohttp_jinja2.setup(
            web_app,
            loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
            autoescape=jinja2.select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
    if FONTS_ROUTE not in web_app.router.named_resources():
        web_app.router.add_static("/fonts/", pictograms_dir() / "fonts", name=FONTS_ROUTE)
    return aiohttp_jinja2.get_env(web_app)

"""The jobs a worker process runs (`bot.runtime.workers.render`): each builds what it needs
from a language code and a folder, once per process, and returns bytes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.domain import StoredConsent
from bot.exports.pack import render as render_pack
from bot.exports.plan import plan_files
from bot.exports.receipt import receipt_pdf
from bot.i18n import Catalog
from bot.pictograms import Manifest, PictogramCache
from bot.services.plan import EasyReadPlan
from bot.services.prep_pack import PrepPack
from bot.web import min_rost


@cache
def _catalog() -> Catalog:
    return Catalog()


@cache
def _manifest() -> Manifest:
    return Manifest()


def plan(view: EasyReadPlan, lang: str, pictures: str) -> tuple[bytes, bytes]:
    """The family plan as (PNG, PDF)."""
    return plan_files(
        view, _catalog().translator(lang), _manifest(), PictogramCache(Path(pictures))
    )


def pack(fmt: str, document: str, built: PrepPack, lang: str) -> tuple[bytes, str, str]:
    """A pack document: (body, content type, file suffix)."""
    return render_pack(fmt, document, built, _catalog().translator(lang))


def min_rost_page(fmt: str, page: min_rost.Page, lang: str, pictures: str) -> bytes:
    """The child's Min röst page as PNG or PDF."""
    cache = PictogramCache(Path(pictures))
    if fmt == "png":
        return min_rost.render_png(page, cache, _manifest())
    return min_rost.render_pdf(page, _catalog().translator(lang), cache, _manifest())


def receipt(lang: str, consent: StoredConsent, labels: dict[str, str]) -> bytes:
    """A consent's receipt as PDF."""
    return receipt_pdf(_catalog().translator(lang), consent, labels)

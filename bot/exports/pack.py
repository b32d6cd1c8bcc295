"""The preparation pack in every export format: HTML, PDF, JSON and the pre-filled
invitation (DOCX). Adapters only: each turns a built PrepPack into bytes."""

from __future__ import annotations

from bot.i18n import Translator
from bot.services.prep_pack import PrepPack


def render(fmt: str, pack: PrepPack, t: Translator) -> tuple[bytes, str, str]:
    """(body, content type, file suffix) for `fmt`: html | pdf | json | docx."""
    if fmt == "html":
        from bot.exports.html import render_html

        return render_html(pack, t).encode(), "text/html", "html"
    if fmt == "pdf":
        from bot.exports.pack_pdf import render_pdf

        return render_pdf(pack, t), "application/pdf", "pdf"
    if fmt == "json":
        from bot.exports.json_export import render_json

        return render_json(pack).encode(), "application/json", "json"
    if fmt == "docx":
        from bot.exports.docx_export import render_docx

        return (
            render_docx(pack, t),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        )
    raise ValueError(fmt)

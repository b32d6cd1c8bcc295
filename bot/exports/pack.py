"""The preparation pack's two documents (meeting, coordinator) in every export format: HTML,
PDF, JSON and DOCX, and the pre-filled invitation (DOCX). Adapters only: each turns a built
PrepPack into bytes."""

from __future__ import annotations

from bot.i18n import Translator
from bot.services.prep_pack import PrepPack

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def render(fmt: str, document: str, pack: PrepPack, t: Translator) -> tuple[bytes, str, str]:
    """(body, content type, file suffix) of `document` (meeting | coordinator | invitation) as
    `fmt`: html | pdf | json | docx (the invitation: docx only)."""
    if document == "invitation":
        from bot.exports.docx_export import render_invitation

        return render_invitation(pack, t), DOCX, "docx"
    if fmt == "html":
        from bot.exports.html import render_html

        return render_html(pack, document, t).encode(), "text/html", "html"
    if fmt == "pdf":
        from bot.exports.pack_pdf import render_pdf

        return render_pdf(pack, document, t), "application/pdf", "pdf"
    if fmt == "json":
        from bot.exports.json_export import render_json

        return render_json(pack, document, t).encode(), "application/json", "json"
    if fmt == "docx":
        from bot.exports.docx_export import render_docx

        return render_docx(pack, document, t), DOCX, "docx"
    raise ValueError(fmt)

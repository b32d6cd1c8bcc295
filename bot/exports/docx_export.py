"""Word documents: each pack document (marked in every page's header and footer, with "Sida n
av m"), and the pre-filled invitation (kallelse) with the fields of the kallelse templates in
the seeds: who is invited, time, place, format, purpose ("Syfte – utifrån vad som är viktigt
för mig"), the questions, and the responsible coordinator with their contact. Word wraps long
text itself; nothing is cut."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from bot.exports.pack_layout import write_document
from bot.i18n import Translator
from bot.services.prep_pack import COORDINATOR, PackAnswer, PrepPack

QUIET = RGBColor(0x50, 0x56, 0x60)
SECRET = RGBColor(0x96, 0x14, 0x1E)


def _document() -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Atkinson Hyperlegible"
    doc.styles["Normal"].font.size = Pt(12)
    return doc


def _bytes(doc: Document) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _list(doc, values: tuple[str, ...]) -> None:
    for value in values or ("–",):
        doc.add_paragraph(value, style="List Bullet")


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in on every page."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


class DocxWriter:
    """`pack_layout.Writer` on a Word document."""

    def __init__(self, doc: Document, t: Translator):
        self.doc, self.t = doc, t

    def heading(self, body: str, level: int) -> None:
        self.doc.add_heading(body, level=level).paragraph_format.keep_with_next = True

    def text(self, body: str, bold: bool = False, quiet: bool = False) -> None:
        run = self.doc.add_paragraph().add_run(body)
        run.bold = bold
        if quiet:
            run.font.size, run.font.color.rgb = Pt(10), QUIET

    def answer(self, answer: PackAnswer) -> None:
        question = self.doc.add_paragraph()
        question.paragraph_format.keep_with_next = True
        question.paragraph_format.space_after = Pt(0)
        run = question.add_run(answer.question)
        run.font.size, run.font.color.rgb = Pt(10), QUIET
        reply = self.doc.add_paragraph().add_run(f"{self.t('pack-answer')}: {answer.answer or '–'}")
        reply.bold = True

    def items(self, values: tuple[str, ...]) -> None:
        _list(self.doc, values)


def render_docx(pack: PrepPack, document: str, t: Translator) -> bytes:
    """`document` (meeting | coordinator) as Word, marked on every page."""
    doc = _document()
    mark = pack.markings[document]
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(mark)
    run.bold = True
    if document == COORDINATOR:
        run.font.color.rgb = SECRET
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, after = t("print-page", page="\0", total="\1").partition("\0")
    middle, _, end = after.partition("\1")
    foot.add_run(f"{mark} · {before}")
    _field(foot, "PAGE")
    foot.add_run(middle)
    _field(foot, "NUMPAGES")
    foot.add_run(end)
    write_document(DocxWriter(doc, t), pack, document, t)
    return _bytes(doc)


def render_invitation(pack: PrepPack, t: Translator) -> bytes:
    """The kallelse: from the case and the answers that say something (never "vet inte")."""
    doc = _document()
    doc.add_heading(t("kallelse-title"), level=0)
    doc.add_paragraph(t("kallelse-intro"))
    m = pack.meeting
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    rows = (
        (t("kallelse-case"), pack.case_label),
        (t("pack-when"), f"{m.date or '–'} {m.start or ''}{'–' + m.end if m.end else ''}"),
        (t("pack-where"), m.place or "–"),
        (t("kallelse-format"), m.format or "–"),
        (t("pack-adaptations"), m.adaptations or "–"),
    )
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_heading(t("kallelse-participants"), level=1)
    _list(doc, pack.invitation.participants)
    doc.add_heading(t("pack-purpose"), level=1)
    _list(doc, pack.invitation.purpose)
    doc.add_heading(t("pack-questions"), level=1)
    _list(doc, pack.invitation.questions)
    doc.add_heading(t("pack-not-to-raise"), level=1)
    _list(doc, pack.not_to_raise)
    doc.add_heading(t("kallelse-responsible"), level=1)
    doc.add_paragraph(pack.coordinator)
    if pack.coordinator_contact:
        doc.add_paragraph(f"{t('pack-contact')}: {pack.coordinator_contact}")
    doc.add_paragraph(t("kallelse-welcome"))
    return _bytes(doc)

"""The printed easy-read questionnaire (`delaktig print`): the whole dialog on paper, with
pictograms, tick boxes and writing lines; or as plain text, one visible text per line.

With a base URL every page carries a QR code for `{base}/listen/{dialog}/{lang}/{page}`, where
that page's questions are read aloud (`bot/web/listen.py`). The listen page finds its
questions with `questionnaire_layout`, the same layout the PDF is made with."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import segno

from bot.engine.model import Dialog, Kind
from bot.engine.runner import Prompt, PromptOption
from bot.engine.visible import VisibleStep, visible_steps
from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator
from bot.pictograms import Manifest, PictogramCache

QUESTION_PT, OPTION_PT, HELP_PT = 17, 15, 12
ICON_MM, OPTION_ICON_MM, BOX_MM = 18, 9, 7
#: Where a question's words begin, measured from the start margin: after its pictogram.
TEXT_OFFSET_MM = ICON_MM + 4
WRITING_LINES = 4
QR_MM = 24
#: Room at the foot of each page for the QR code above the footer.
QR_PAGE_BREAK_MM = 22 + QR_MM + 4


def listen_url(base_url: str, dialog_id: str, lang: str, page: int) -> str:
    return f"{base_url.rstrip('/')}/listen/{dialog_id}/{lang}/{page}"


@dataclass(frozen=True)
class QuestionnaireLayout:
    pdf: bytes
    steps: tuple[VisibleStep, ...]
    #: page number (from 1) → indexes into `steps` of the questions on that page
    pages: dict[int, tuple[int, ...]]
    #: page number → the URL in its QR code (empty without a base URL)
    qr: dict[int, str]


class QuestionnairePdf(EasyReadPDF):
    """The easy-read PDF with a read-aloud QR code at the foot of every page."""

    def __init__(self, t: Translator, title: str, qr_url: Callable[[int], str] | None):
        super().__init__(t, title)
        self.qr_url, self.qr = qr_url, {}
        if qr_url:
            self.set_auto_page_break(auto=True, margin=QR_PAGE_BREAK_MM)

    def footer(self) -> None:
        if self.qr_url:
            url = self.qr[self.page_no()] = self.qr_url(self.page_no())
            png = io.BytesIO()
            segno.make(url, error="m").save(png, kind="png", scale=8, border=2)
            # The code stands at the far end of the line, its words just before it.
            y = self.h - 18 - QR_MM
            x = self.x_from_start(self.epw - QR_MM, QR_MM)
            self.image(png, x=x, y=y, w=QR_MM, h=QR_MM, alt_text=self.t("print-listen-qr"))
            self.set_y(y + QR_MM / 2 - 4)
            self.set_font(FONT, "", HELP_PT)
            words_width = self.epw - QR_MM - 3
            self.set_x(self.x_from_start(0, words_width))
            far_end = "L" if self.rtl else "R"
            self.multi_cell(words_width, 6, self.t("print-listen-qr"), align=far_end)
        super().footer()


def printed_prompt(shown: VisibleStep) -> Prompt:
    """A printed question as the engine's Prompt, so it is spoken like any other."""
    options = tuple(PromptOption(str(n), label, picto) for n, (label, picto) in
                    enumerate(shown.options, 1))  # fmt: skip
    return Prompt(
        shown.step.id, shown.step.id, shown.item, shown.step.kind, shown.text, shown.help,
        shown.step.pictograms, options, 0, 0, False,
    )  # fmt: skip


def questionnaire_txt(dialog: Dialog, t: Translator) -> str:
    """Exactly the texts a user of the dialog can see, one per line, in order."""
    lines = [t(dialog.title)]
    for shown in visible_steps(dialog):
        lines.append(t(shown.text))
        lines.extend(t(label) for label, _ in shown.options)
        if shown.help:
            lines.append(t(shown.help))
    return "\n".join(" ".join(line.split()) for line in lines) + "\n"


def questionnaire_pdf(
    dialog: Dialog,
    t: Translator,
    manifest: Manifest,
    pictures: PictogramCache,
    base_url: str | None = None,
) -> bytes:
    return questionnaire_layout(dialog, t, manifest, pictures, base_url).pdf


def questionnaire_layout(
    dialog: Dialog,
    t: Translator,
    manifest: Manifest,
    pictures: PictogramCache,
    base_url: str | None = None,
) -> QuestionnaireLayout:
    """Lay the dialog out on paper; record which questions land on which page."""
    qr_url = (lambda page: listen_url(base_url, dialog.id, t.lang, page)) if base_url else None
    pdf = QuestionnairePdf(t, t(dialog.title), qr_url)
    steps = tuple(visible_steps(dialog))
    pages: dict[int, list[int]] = {}
    pdf.add_page()
    pdf.set_font(FONT, "B", 24)
    pdf.paragraph(11, t(dialog.title))
    pdf.set_font(FONT, "", OPTION_PT)
    pdf.paragraph(8, t("print-intro"))
    pdf.ln(4)
    group_heading = None
    for index, shown in enumerate(steps):
        heading = _group_heading(dialog, shown, t)
        if heading and heading != group_heading:
            _ensure_room(pdf, 40)
            pdf.set_font(FONT, "B", QUESTION_PT + 2)
            pdf.set_fill_color(235, 240, 250)
            pdf.paragraph(10, heading, fill=True)
            pdf.ln(2)
        group_heading = heading
        first = _step_block(pdf, shown, t, manifest, pictures)
        for page in range(first, pdf.page_no() + 1):
            pages.setdefault(page, []).append(index)
    body = bytes(pdf.output())
    return QuestionnaireLayout(
        body, steps, {page: tuple(found) for page, found in pages.items()}, dict(pdf.qr)
    )


def _group_heading(dialog: Dialog, shown: VisibleStep, t: Translator) -> str | None:
    if shown.item is None or not shown.step.for_each:
        return None
    source = dialog.step(shown.step.for_each)
    option = next(o for o in source.options if o.id == shown.item)
    return t("print-group-heading", option=t(option.label))


def _ensure_room(pdf: EasyReadPDF, needed_mm: float) -> None:
    if pdf.room_left() < needed_mm:
        pdf.add_page()


def _step_block(
    pdf: EasyReadPDF, shown: VisibleStep, t: Translator, manifest: Manifest, pictures
) -> int:
    """Draw one question; the page its question text is on."""
    kind = shown.step.kind
    rows = len(shown.options) + (WRITING_LINES if kind is Kind.TEXT else 0)
    _ensure_room(pdf, 30 + rows * 10)
    first = pdf.page_no()
    top = pdf.get_y()
    if shown.step.pictograms and shown.step.pictograms[0] in manifest:
        image = pictures.png(manifest[shown.step.pictograms[0]], 160)
        alt = t(manifest[shown.step.pictograms[0]].alt)
        x = pdf.x_from_start(0, ICON_MM)
        pdf.image(str(image), x=x, y=top, w=ICON_MM, h=ICON_MM, alt_text=alt)
    pdf.set_y(top)
    pdf.set_font(FONT, "B" if kind is not Kind.INFO else "", QUESTION_PT)
    pdf.paragraph(8, t(shown.text), offset=TEXT_OFFSET_MM)
    pdf.set_y(max(pdf.get_y(), top + ICON_MM) + 2)
    for label, picto in shown.options:
        _option_row(pdf, t(label), picto, manifest, pictures, t)
    if kind is Kind.TEXT:
        _writing_lines(pdf)
    if shown.help:
        pdf.set_font(FONT, "", HELP_PT)
        pdf.set_text_color(50, 50, 50)
        pdf.paragraph(6, t(shown.help), offset=TEXT_OFFSET_MM)
        pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)
    return first


def _option_row(pdf, label: str, picto, manifest: Manifest, pictures, t: Translator) -> None:
    """A tick box, the option's picture and its words, in reading order from the start side."""
    _ensure_room(pdf, 12)
    y = pdf.get_y()
    offset = TEXT_OFFSET_MM
    pdf.set_line_width(0.5)
    pdf.rect(pdf.x_from_start(offset, BOX_MM), y + 1, BOX_MM, BOX_MM)
    offset += BOX_MM + 3
    if picto and picto in manifest:
        pdf.image(
            str(pictures.png(manifest[picto], 96)),
            x=pdf.x_from_start(offset, OPTION_ICON_MM),
            y=y,
            w=OPTION_ICON_MM,
            h=OPTION_ICON_MM,
            alt_text=t(manifest[picto].alt),
        )
        offset += OPTION_ICON_MM + 3
    pdf.set_y(y + 0.5)
    pdf.set_font(FONT, "", OPTION_PT)
    pdf.paragraph(8, label, offset=offset)
    pdf.set_y(max(pdf.get_y(), y + OPTION_ICON_MM + 1.5))


def _writing_lines(pdf: EasyReadPDF) -> None:
    pdf.set_draw_color(120, 120, 120)
    width = pdf.epw - TEXT_OFFSET_MM
    x0 = pdf.x_from_start(TEXT_OFFSET_MM, width)
    for _ in range(WRITING_LINES):
        pdf.ln(10)
        pdf.line(x0, pdf.get_y(), x0 + width, pdf.get_y())
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)

"""The printed easy-read questionnaire (`delaktig print`): the whole dialog on paper, with
pictograms, tick boxes and writing lines; or as plain text, one visible text per line."""

from __future__ import annotations

from bot.engine.model import Dialog, Kind
from bot.engine.visible import VisibleStep, visible_steps
from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator
from bot.pictograms import Manifest, PictogramCache

QUESTION_PT, OPTION_PT, HELP_PT = 17, 15, 12
ICON_MM, OPTION_ICON_MM, BOX_MM = 18, 9, 7
WRITING_LINES = 4


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
    dialog: Dialog, t: Translator, manifest: Manifest, pictures: PictogramCache
) -> bytes:
    pdf = EasyReadPDF(t, t(dialog.title))
    pdf.add_page()
    pdf.set_font(FONT, "B", 24)
    pdf.multi_cell(0, 11, t(dialog.title), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font(FONT, "", OPTION_PT)
    pdf.multi_cell(0, 8, t("print-intro"), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    group_heading = None
    for shown in visible_steps(dialog):
        heading = _group_heading(dialog, shown, t)
        if heading and heading != group_heading:
            _ensure_room(pdf, 40)
            pdf.set_font(FONT, "B", QUESTION_PT + 2)
            pdf.set_fill_color(235, 240, 250)
            pdf.multi_cell(0, 10, heading, fill=True, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(2)
        group_heading = heading
        _step_block(pdf, shown, t, manifest, pictures)
    return bytes(pdf.output())


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
) -> None:
    kind = shown.step.kind
    rows = len(shown.options) + (WRITING_LINES if kind is Kind.TEXT else 0)
    _ensure_room(pdf, 30 + rows * 10)
    top = pdf.get_y()
    if shown.step.pictograms and shown.step.pictograms[0] in manifest:
        image = pictures.png(manifest[shown.step.pictograms[0]], 160)
        alt = t(manifest[shown.step.pictograms[0]].alt)
        pdf.image(str(image), x=pdf.l_margin, y=top, w=ICON_MM, h=ICON_MM, alt_text=alt)
    text_x = pdf.l_margin + ICON_MM + 4
    pdf.set_xy(text_x, top)
    pdf.set_font(FONT, "B" if kind is not Kind.INFO else "", QUESTION_PT)
    pdf.multi_cell(0, 8, t(shown.text), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(max(pdf.get_y(), top + ICON_MM) + 2)
    for label, picto in shown.options:
        _option_row(pdf, t(label), picto, manifest, pictures, t)
    if kind is Kind.TEXT:
        _writing_lines(pdf)
    if shown.help:
        pdf.set_font(FONT, "", HELP_PT)
        pdf.set_text_color(50, 50, 50)
        pdf.set_x(text_x)
        pdf.multi_cell(0, 6, t(shown.help), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)


def _option_row(pdf, label: str, picto, manifest: Manifest, pictures, t: Translator) -> None:
    _ensure_room(pdf, 12)
    y = pdf.get_y()
    x = pdf.l_margin + ICON_MM + 4
    pdf.set_line_width(0.5)
    pdf.rect(x, y + 1, BOX_MM, BOX_MM)
    x += BOX_MM + 3
    if picto and picto in manifest:
        image = pictures.png(manifest[picto], 96)
        pdf.image(
            str(image),
            x=x,
            y=y,
            w=OPTION_ICON_MM,
            h=OPTION_ICON_MM,
            alt_text=t(manifest[picto].alt),
        )
        x += OPTION_ICON_MM + 3
    pdf.set_xy(x, y + 0.5)
    pdf.set_font(FONT, "", OPTION_PT)
    pdf.multi_cell(0, 8, label, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_y(max(pdf.get_y(), y + OPTION_ICON_MM + 1.5))


def _writing_lines(pdf: EasyReadPDF) -> None:
    pdf.set_draw_color(120, 120, 120)
    x0, x1 = pdf.l_margin + ICON_MM + 4, pdf.w - pdf.r_margin
    for _ in range(WRITING_LINES):
        pdf.ln(10)
        pdf.line(x0, pdf.get_y(), x1, pdf.get_y())
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)

"""The child's own "Min röst" page to show at the meeting, as a PNG (Pillow) or a PDF (fpdf2).
It holds only what `sharing.for_meeting` lets the meeting see: answers shared with the meeting,
inside the guardians' consent, a protected person's free text held back."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from bot.engine.model import Dialog, Share
from bot.engine.runner import ReviewItem, State, options_of, review_items
from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator
from bot.pictograms import Manifest, PictogramCache
from bot.render.text_image import StartSideWriter, font_for, has_emoji
from bot.services.dialogs import split_key
from bot.services.sharing import MeetingAnswers

WIDTH, MARGIN, PICTO = 1080, 64, 112
PAPER, RULE = (255, 255, 255), (11, 83, 148)


@dataclass(frozen=True)
class Entry:
    question: str
    answer: str
    pictograms: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    title: str
    intro: str
    entries: tuple[Entry, ...]
    lang: str = "sv"
    direction: str = "ltr"


def shared_items(dialog: Dialog, state: State) -> list[ReviewItem]:
    """The answers the person chose to share with the meeting."""
    return [item for item in review_items(dialog, state) if item.share == Share.MEETING.value]


def build_page(
    dialog: Dialog, state: State, meeting: MeetingAnswers, t: Translator, manifest: Manifest
) -> Page:
    """The page from `meeting` (`SharingService.for_meeting`), never from the raw answers."""
    kept = {a.key: a for a in meeting.kept}
    view = {**state, "answers": {key: a.value for key, a in kept.items()}}
    entries = []
    for item in review_items(dialog, view):
        step = dialog.step(split_key(item.key)[0])
        chosen = [
            o.pictogram
            for o in options_of(dialog, step, view)
            if o.pictogram in manifest and o.id in _ids(view["answers"][item.key])
        ]
        pictos = tuple(chosen) or tuple(p for p in step.pictograms if p in manifest)
        if kept[item.key].withheld:
            answer = t("pack-answer-withheld")
        elif item.options:
            answer = ", ".join(t(m) for m in item.options)
        else:
            answer = item.text or ""
        entries.append(Entry(t(item.question), answer, pictos[:3]))
    intro = "web-min-rost-intro" if entries else "web-min-rost-empty"
    return Page(t("web-min-rost-title"), t(intro), tuple(entries), t.lang, t.direction)


def _ids(answer: object) -> set[str]:
    return set(answer) if isinstance(answer, list) else {str(answer)}


def render_png(page: Page, cache: PictogramCache, manifest: Manifest) -> bytes:
    """A tall card to show on a phone; text and pictures start from the language's side."""
    title, body = font_for(page.title, 72, bold=True), font_for(page.intro, 40)
    measure = StartSideWriter(Image.new("RGB", (1, 1)), page.direction, page.lang)
    text_width = WIDTH - 2 * MARGIN - PICTO - 32
    blocks = []
    for entry in page.entries:
        bold = font_for(entry.question, 40, bold=True)
        lines = [(bold, s) for s in measure.wrap(entry.question, bold, text_width)]
        answer = font_for(entry.answer, 40)
        lines += [(answer, s) for s in measure.wrap(entry.answer, answer, text_width)]
        blocks.append((entry, lines, max(PICTO, 52 * len(lines)) + 48))
    intro = measure.wrap(page.intro, body, WIDTH - 2 * MARGIN)
    height = MARGIN * 2 + 100 + 52 * len(intro) + 32 + sum(b[2] for b in blocks)
    image = Image.new("RGB", (WIDTH, height), PAPER)
    writer = StartSideWriter(image, page.direction, page.lang)
    y = MARGIN
    writer.text(MARGIN, y, page.title, title)
    y += 100
    for line in intro:
        writer.text(MARGIN, y, line, body)
        y += 52
    y += 32
    for entry, lines, block in blocks:
        writer.draw.line((MARGIN, y, WIDTH - MARGIN, y), fill=RULE, width=4)
        y += 24
        if entry.pictograms:
            picture = Image.open(cache.png(manifest[entry.pictograms[0]], PICTO))
            writer.paste(picture.convert("RGBA"), MARGIN, y)
        ty = y
        for font, text in lines:
            writer.text(MARGIN + PICTO + 32, ty, text, font)
            ty += 52
        y += block - 24
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def render_pdf(page: Page, t: Translator, cache: PictogramCache, manifest: Manifest) -> bytes:
    """One A4 page to show in the meeting (a second only for long texts): the answers in two
    columns, each with its pictogram at the start side; emoji the child typed in colour."""
    pdf = EasyReadPDF(t, page.title)
    if any(has_emoji(e.question + e.answer) for e in page.entries):
        pdf.allow_emoji()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font(FONT, "B", 24)
    pdf.paragraph(11, page.title)
    pdf.set_font(FONT, "", 12)
    pdf.paragraph(6, page.intro)
    top = pdf.get_y() + 4
    bottom = pdf.h - pdf.b_margin - 2
    width = (pdf.epw - COLUMN_GAP_MM) / 2
    column, y = 0, top
    for entry in page.entries:
        # A text too tall for a column spans the page, on a page of its own if need be.
        wide = _entry_height(pdf, entry, width) > bottom - pdf.t_margin - 20
        span = pdf.epw if wide else width
        height = _entry_height(pdf, entry, span)
        full = y + height > bottom and y > top
        if wide and (column or full):
            pdf.add_page()
            column, top, y = 0, pdf.t_margin, pdf.t_margin
        elif full:
            column, y = (1, top) if column == 0 else (0, pdf.t_margin)
            if column == 0:
                pdf.add_page()
                top = y
        _entry(pdf, entry, column * (width + COLUMN_GAP_MM), y, span, cache, manifest)
        y += height + ENTRY_GAP_MM
        if wide:
            top = y  # the columns go on below it
    return bytes(pdf.output())


COLUMN_GAP_MM, ENTRY_GAP_MM, PICTO_MM = 8, 3, 13
QUESTION_PT, ANSWER_PT = 10.5, 12.5


def _texts(entry: Entry) -> list[tuple[str, float, str]]:
    return [("B", QUESTION_PT, entry.question), ("", ANSWER_PT, entry.answer or "–")]


def _entry_height(pdf: EasyReadPDF, entry: Entry, width: float) -> float:
    text_width = width - PICTO_MM - 3
    height = 0.0
    for style, size, text in _texts(entry):
        pdf.set_font(FONT, style, size)
        height += pdf.multi_cell(text_width, size * 0.45, text, dry_run=True, output="HEIGHT")
    return max(height, PICTO_MM)


def _entry(
    pdf: EasyReadPDF,
    entry: Entry,
    offset: float,
    y: float,
    width: float,
    cache: PictogramCache,
    manifest: Manifest,
) -> None:
    if entry.pictograms:
        picture = cache.png(manifest[entry.pictograms[0]], 128)
        x = pdf.x_from_start(offset, PICTO_MM)
        pdf.image(str(picture), x=x, y=y, w=PICTO_MM, alt_text=entry.pictograms[0])
    text_width = width - PICTO_MM - 3
    pdf.set_y(y)
    for style, size, text in _texts(entry):
        pdf.set_font(FONT, style, size)
        pdf.set_x(pdf.x_from_start(offset + PICTO_MM + 3, text_width))
        pdf.multi_cell(
            text_width, size * 0.45, text, align=pdf.start_align, new_x="LMARGIN", new_y="NEXT"
        )

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
from bot.render.text_image import StartSideWriter, font_for
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
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def render_pdf(page: Page, t: Translator, cache: PictogramCache, manifest: Manifest) -> bytes:
    pdf = EasyReadPDF(t, page.title)
    pdf.add_page()
    pdf.set_font(FONT, "B", 28)
    pdf.paragraph(14, page.title)
    pdf.set_font(FONT, "", 14)
    pdf.paragraph(8, page.intro)
    pdf.ln(4)
    for entry in page.entries:
        top = pdf.get_y()
        if entry.pictograms:
            picture = cache.png(manifest[entry.pictograms[0]], 128)
            pdf.image(str(picture), x=pdf.x_from_start(0, 18), y=top, w=18)
        pdf.set_y(top)
        pdf.set_font(FONT, "B", 15)
        pdf.paragraph(8, entry.question, offset=24)
        pdf.set_font(FONT, "", 15)
        pdf.paragraph(8, entry.answer, offset=24)
        pdf.set_y(max(pdf.get_y(), top + 20) + 6)
    return bytes(pdf.output())

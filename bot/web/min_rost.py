"""The child's own "Min röst" page to show at the meeting, as a PNG (Pillow) or a PDF (fpdf2).
It holds only the answers the person chose to share with the meeting."""

from __future__ import annotations

import io
from dataclasses import dataclass

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from bot.engine.model import Dialog, Share
from bot.engine.runner import ReviewItem, State, options_of, review_items
from bot.i18n import Translator
from bot.paths import pictograms_dir
from bot.pictograms import Manifest, PictogramCache
from bot.services.dialogs import split_key

WIDTH, MARGIN, PICTO = 1080, 64, 112
INK, PAPER, RULE = (26, 26, 26), (255, 255, 255), (11, 83, 148)


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


def shared_items(dialog: Dialog, state: State) -> list[ReviewItem]:
    """The answers the person chose to share with the meeting."""
    return [item for item in review_items(dialog, state) if item.share == Share.MEETING.value]


def build_page(dialog: Dialog, state: State, t: Translator, manifest: Manifest) -> Page:
    entries = []
    for item in shared_items(dialog, state):
        step = dialog.step(split_key(item.key)[0])
        chosen = [
            o.pictogram
            for o in options_of(dialog, step, state)
            if o.pictogram in manifest and o.id in _ids(state["answers"].get(item.key))
        ]
        pictos = tuple(chosen) or tuple(p for p in step.pictograms if p in manifest)
        answer = ", ".join(t(m) for m in item.options) if item.options else (item.text or "")
        entries.append(Entry(t(item.question), answer, pictos[:3]))
    intro = "web-min-rost-intro" if entries else "web-min-rost-empty"
    return Page(t("web-min-rost-title"), t(intro), tuple(entries))


def _ids(answer: object) -> set[str]:
    return set(answer) if isinstance(answer, list) else {str(answer)}


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    return ImageFont.truetype(str(pictograms_dir() / "fonts" / name), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int):
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and draw.textlength(candidate, font=font) > width:
                yield line
                line = word
            else:
                line = candidate
        yield line


def render_png(page: Page, cache: PictogramCache, manifest: Manifest) -> bytes:
    title, body, bold = _font(True, 72), _font(False, 40), _font(True, 40)
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    text_width = WIDTH - 2 * MARGIN - PICTO - 32
    blocks = []
    for entry in page.entries:
        lines = [(bold, s) for s in _wrap(measure, entry.question, bold, text_width)]
        lines += [(body, s) for s in _wrap(measure, entry.answer, body, text_width)]
        blocks.append((entry, lines, max(PICTO, 52 * len(lines)) + 48))
    intro = list(_wrap(measure, page.intro, body, WIDTH - 2 * MARGIN))
    height = MARGIN * 2 + 100 + 52 * len(intro) + 32 + sum(b[2] for b in blocks)
    image = Image.new("RGB", (WIDTH, height), PAPER)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    draw.text((MARGIN, y), page.title, font=title, fill=INK)
    y += 100
    for line in intro:
        draw.text((MARGIN, y), line, font=body, fill=INK)
        y += 52
    y += 32
    for entry, lines, block in blocks:
        draw.line((MARGIN, y, WIDTH - MARGIN, y), fill=RULE, width=4)
        y += 24
        for n, key in enumerate(entry.pictograms[:1]):
            picture = Image.open(cache.png(manifest[key], PICTO)).convert("RGBA")
            image.paste(picture, (MARGIN, y + n * PICTO), picture)
        ty = y
        for font, text in lines:
            draw.text((MARGIN + PICTO + 32, ty), text, font=font, fill=INK)
            ty += 52
        y += block - 24
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def render_pdf(page: Page, cache: PictogramCache, manifest: Manifest) -> bytes:
    fonts = pictograms_dir() / "fonts"
    pdf = FPDF(format="A4")
    pdf.add_font("Atkinson", "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
    pdf.add_font("Atkinson", "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
    pdf.set_title(page.title)
    pdf.add_page()
    pdf.set_font("Atkinson", "B", 28)
    pdf.multi_cell(0, 14, page.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Atkinson", "", 14)
    pdf.multi_cell(0, 8, page.intro, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for entry in page.entries:
        top = pdf.get_y()
        if entry.pictograms:
            picture = cache.png(manifest[entry.pictograms[0]], 128)
            pdf.image(str(picture), x=pdf.l_margin, y=top, w=18)
        pdf.set_left_margin(pdf.l_margin + 24)
        pdf.set_xy(pdf.l_margin, top)
        pdf.set_font("Atkinson", "B", 15)
        pdf.multi_cell(0, 8, entry.question, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Atkinson", "", 15)
        pdf.multi_cell(0, 8, entry.answer, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(pdf.l_margin - 24)
        pdf.set_y(max(pdf.get_y(), top + 20) + 6)
    return bytes(pdf.output())

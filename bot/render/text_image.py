"""Words drawn on an image in either direction: Swedish and English left to right, Arabic and
Persian right to left, shaped (joined letters) by Pillow's libraqm layout.

For the Telegram cards and printed pages: `render_text_card(text, direction=..., language=...)`
gives an RGB image with an optional pictogram on top and the text wrapped to the width. Take the
direction from `bot.i18n.direction(lang)`. The font follows the script: Atkinson Hyperlegible
for Latin letters, Noto Sans Arabic (its Arabic and Latin parts) for Arabic script. Needs
Pillow built with libraqm (Debian's `libraqm0`, see scripts/ensure-system-packages).
"""

from __future__ import annotations

import re
from functools import cache

from PIL import Image, ImageDraw, ImageFont, features

from bot.paths import pictograms_dir

LATIN_FONT = "AtkinsonHyperlegible-Regular.ttf"
#: The first script in the text that has a font of its own decides the font.
SCRIPT_FONTS = (
    (
        re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
        "NotoSansArabic-Regular.ttf",
    ),
)
INK = (20, 20, 20)
PAPER = (255, 255, 255)


class RenderError(RuntimeError):
    pass


def has_raqm() -> bool:
    return bool(features.check("raqm"))


@cache
def font_for(text: str, size: int) -> ImageFont.FreeTypeFont:
    """A font for the script of `text`, with complex (libraqm) layout."""
    if not has_raqm():
        raise RenderError("Pillow has no libraqm; run scripts/ensure-system-packages")
    name = next((font for script, font in SCRIPT_FONTS if script.search(text)), LATIN_FONT)
    path = pictograms_dir() / "fonts" / name
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def wrap(
    text: str, font: ImageFont.FreeTypeFont, width: int, direction: str, language: str | None
) -> list[str]:
    """Lines of at most `width` pixels, broken between words, in logical (reading) order."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            fits = font.getlength(candidate, direction=direction, language=language) <= width
            if line and not fits:
                lines.append(line)
                candidate = word
            line = candidate
        lines.append(line)
    return lines


def render_text_card(
    text: str,
    *,
    direction: str = "ltr",
    language: str | None = None,
    width: int = 900,
    size: int = 44,
    pictogram: Image.Image | None = None,
) -> Image.Image:
    """A card: the pictogram (if any) centred on top, then the text, aligned to the side the
    language starts from."""
    if direction not in ("ltr", "rtl"):
        raise RenderError(f"direction must be ltr or rtl, not {direction!r}")
    font = font_for(text, size)
    margin, leading = size, round(size * 1.45)
    lines = wrap(text, font, width - 2 * margin, direction, language)
    top = margin + (pictogram.height + margin if pictogram else 0)
    card = Image.new("RGB", (width, top + leading * len(lines) + margin), PAPER)
    if pictogram:
        card.paste(pictogram, ((width - pictogram.width) // 2, margin), pictogram)
    draw = ImageDraw.Draw(card)
    x, anchor = (width - margin, "ra") if direction == "rtl" else (margin, "la")
    for number, line in enumerate(lines):
        draw.text(
            (x, top + number * leading),
            line,
            font=font,
            fill=INK,
            anchor=anchor,
            direction=direction,
            language=language,
        )
    return card

"""Words drawn on an image in either direction: Swedish and English left to right, Arabic and
Persian right to left, shaped (joined letters) by Pillow's libraqm layout.

For the Telegram cards: `render_text_card(text, direction=..., language=...)` gives an RGB image
with an optional pictogram on top and the text wrapped to the width. For larger images (the
plan, the child's own page) `StartSideWriter` places text and pictures from the side the
language starts from. Take the direction from `Translator.direction`. The font follows the
script: Atkinson Hyperlegible for Latin letters, Noto Sans Arabic (its Arabic and Latin parts)
for Arabic script. Emoji (a child may type them) are drawn in colour from the OpenMoji font.
Needs Pillow built with libraqm (Debian's `libraqm0`, see scripts/ensure-system-packages).
"""

from __future__ import annotations

import re
from functools import cache

from PIL import Image, ImageDraw, ImageFont, features

from bot.paths import pictograms_dir
from bot.pictograms import OPENMOJI_FONT

LATIN_FONT, LATIN_BOLD_FONT = "AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"
#: The first script in the text that has a font of its own decides the font.
SCRIPT_FONTS = (
    (
        re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
        "NotoSansArabic-Regular.ttf",
    ),
)
#: Emoji and the joiners and selectors inside them: drawn with the OpenMoji colour font.
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d"
    "\U000e0020-\U000e007f]+"
)
INK = (20, 20, 20)
PAPER = (255, 255, 255)


class RenderError(RuntimeError):
    pass


def has_raqm() -> bool:
    return bool(features.check("raqm"))


def font_for(text: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A font for the script of `text`, with complex (libraqm) layout. Arabic script has a
    regular weight only."""
    latin = LATIN_BOLD_FONT if bold else LATIN_FONT
    return _font(next((font for script, font in SCRIPT_FONTS if script.search(text)), latin), size)


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    if not has_raqm():
        raise RenderError("Pillow has no libraqm; run scripts/ensure-system-packages")
    path = pictograms_dir() / "fonts" / name
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def has_emoji(text: str) -> bool:
    return bool(EMOJI.search(text))


def emoji_runs(text: str) -> list[tuple[bool, str]]:
    """`text` cut into (is emoji, part) runs, in reading order."""
    runs, at = [], 0
    for match in EMOJI.finditer(text):
        if match.start() > at:
            runs.append((False, text[at : match.start()]))
        runs.append((True, match.group()))
        at = match.end()
    if at < len(text):
        runs.append((False, text[at:]))
    return runs


@cache
def emoji_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(OPENMOJI_FONT), size, layout_engine=ImageFont.Layout.RAQM)


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
    font = font_for(text, size)
    margin, leading = size, round(size * 1.45)
    lines = wrap(text, font, width - 2 * margin, direction, language)
    top = margin + (pictogram.height + margin if pictogram else 0)
    card = Image.new("RGB", (width, top + leading * len(lines) + margin), PAPER)
    if pictogram:
        card.paste(pictogram, ((width - pictogram.width) // 2, margin), pictogram)
    writer = StartSideWriter(card, direction, language)
    for number, line in enumerate(lines):
        writer.text(margin, top + number * leading, line, font)
    return card


class StartSideWriter:
    """Draws on an image from the side its language starts from: offsets are pixels in from
    the left edge, or from the right edge for a right-to-left language."""

    def __init__(self, image: Image.Image, direction: str = "ltr", language: str | None = None):
        if direction not in ("ltr", "rtl"):
            raise RenderError(f"direction must be ltr or rtl, not {direction!r}")
        self.image, self.draw = image, ImageDraw.Draw(image)
        self.direction, self.language = direction, language
        self.rtl = direction == "rtl"

    def x(self, offset: int, box: int = 0) -> int:
        """The left edge of a box `box` pixels wide standing `offset` pixels in."""
        return self.image.width - offset - box if self.rtl else offset

    def text(self, offset: int, y: int, line: str, font: ImageFont.FreeTypeFont, fill=INK):
        """One line; emoji in it in colour, each run after the other from the start side."""
        x = self.x(offset)
        for is_emoji, part in emoji_runs(line):
            face = emoji_font(int(font.size)) if is_emoji else font
            options = {"direction": self.direction, "language": self.language}
            self.draw.text(
                (x, y),
                part,
                font=face,
                fill=fill,
                anchor="ra" if self.rtl else "la",
                embedded_color=is_emoji,
                **options,
            )
            width = face.getlength(part, **options)
            x += -width if self.rtl else width

    def paste(self, picture: Image.Image, offset: int, y: int) -> None:
        self.image.paste(picture, (self.x(offset, picture.width), y), picture)

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
        return wrap(text, font, width, self.direction, self.language)

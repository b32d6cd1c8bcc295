"""Question cards: the step's pictograms above the question in large, legible type, as a PNG
cached on disk by a hash of everything that goes into it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.paths import pictograms_dir
from bot.pictograms import Manifest, PictogramCache

WIDTH = 800
MARGIN = 48
PICTOGRAM_SIZE = 220
TEXT_SIZE = 46
LINE_GAP = 14
BACKGROUND = (255, 252, 242)
INK = (28, 28, 36)
#: Bumped when the layout changes, so old cached cards are not reused.
LAYOUT_VERSION = 1


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    path = pictograms_dir() / "fonts" / "AtkinsonHyperlegible-Bold.ttf"
    return ImageFont.truetype(str(path), size)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break `text` into lines no wider than `width`, keeping the author's line breaks."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and font.getlength(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class CardRenderer:
    def __init__(self, folder: Path, manifest: Manifest, pictograms: PictogramCache):
        self.folder, self.manifest, self.pictograms = folder, manifest, pictograms

    def card(self, pictogram_keys: tuple[str, ...], question: str) -> Path:
        """The card's PNG file, drawn the first time these pictograms and words are asked for."""
        keys = tuple(k for k in pictogram_keys if k in self.manifest)[:3]
        digest = hashlib.sha256(repr((LAYOUT_VERSION, keys, question)).encode("utf-8")).hexdigest()[
            :24
        ]
        path = self.folder / f"card-{digest}.png"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            image = self._draw(keys, question)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                image.save(handle, format="PNG", optimize=True)
            os.replace(tmp, path)
        return path

    def _draw(self, keys: tuple[str, ...], question: str) -> Image.Image:
        font = _font(TEXT_SIZE)
        lines = wrap(question, font, WIDTH - 2 * MARGIN)
        line_height = TEXT_SIZE + LINE_GAP
        top = MARGIN + (PICTOGRAM_SIZE + MARGIN if keys else 0)
        height = top + line_height * len(lines) + MARGIN
        image = Image.new("RGB", (WIDTH, height), BACKGROUND)
        if keys:
            gap = (WIDTH - len(keys) * PICTOGRAM_SIZE) // (len(keys) + 1)
            for n, key in enumerate(keys):
                picture = Image.open(self.pictograms.png(self.manifest[key], PICTOGRAM_SIZE))
                x = gap + n * (PICTOGRAM_SIZE + gap)
                image.paste(picture, (x, MARGIN), picture.convert("RGBA"))
        draw = ImageDraw.Draw(image)
        for n, line in enumerate(lines):
            draw.text((MARGIN, top + n * line_height), line, font=font, fill=INK)
        return image

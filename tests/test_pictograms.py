"""Pictograms: every manifest key renders to a coloured PNG, cached on disk once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from bot.cli import main
from bot.commands.pictograms import CELL_H, CELL_W, COLUMNS, usages
from bot.pictograms import (
    ROLE_FALLBACK,
    Manifest,
    Pictogram,
    PictogramCache,
    UnknownPictogram,
    emoji_font_has,
    role_pictogram,
)

MANIFEST = Manifest()


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> PictogramCache:
    return PictogramCache(tmp_path_factory.mktemp("pictograms"))


def test_the_manifest_is_not_empty():
    assert len(MANIFEST.entries) >= 10
    assert "wave" in MANIFEST and MANIFEST.char("wave") == "\U0001f44b"
    assert MANIFEST.char(None) == "" and MANIFEST.char("nope") == ""


@pytest.mark.parametrize("key", sorted(MANIFEST.entries))
def test_every_key_renders_to_a_coloured_png(cache, key):
    path = cache.png(MANIFEST[key], size=64)
    assert path.suffix == ".png" and path.stat().st_size > 0
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (64, 64)
        rgba = image.convert("RGBA")
    alpha = rgba.getchannel("A")
    assert alpha.getextrema()[1] > 0, "fully transparent"
    opaque = opaque_pixels(rgba)
    # Some OpenMoji symbols (⏸) are black line art; colour is proven by the heart below.
    assert len(opaque) > 64 * 64 * 0.05, "almost nothing drawn"


def opaque_pixels(image: Image.Image) -> list[tuple[int, int, int]]:
    r, g, b, a = (list(band.tobytes()) for band in image.split())
    return [(r[i], g[i], b[i]) for i in range(len(a)) if a[i] > 128]


def test_pictograms_are_drawn_in_colour(cache):
    with Image.open(cache.png(MANIFEST["heart"], size=64)) as image:
        opaque = opaque_pixels(image.convert("RGBA"))
    red = [c for c in opaque if c[0] > 150 and c[1] < 100 and c[2] < 100]
    assert len(red) > len(opaque) / 3, "the heart is not red"


def test_the_cache_returns_the_same_file_without_rewriting(tmp_path: Path):
    cache = PictogramCache(tmp_path / "cache")
    first = cache.png(MANIFEST["heart"], size=32)
    before = first.stat()
    second = cache.png(MANIFEST["heart"], size=32)
    after = second.stat()
    assert second == first
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [first.name]
    other = cache.png(MANIFEST["heart"], size=48)
    assert other != first and other.exists()


def test_an_unknown_key_raises():
    with pytest.raises(UnknownPictogram):
        MANIFEST["no-such-pictogram"]


def test_every_key_is_in_the_emoji_font_and_a_private_code_point_is_not():
    assert all(emoji_font_has(p) for p in MANIFEST.entries.values())
    assert not emoji_font_has(Pictogram("nothing", "10FFFD", "picto-none"))


def test_a_professional_gets_the_picture_of_their_kind_and_nobody_a_stop_sign():
    assert role_pictogram("Anna, kurator i skolan") == "social-worker"
    assert role_pictogram("BUP") == "care"
    assert role_pictogram("Sara, skolsköterska") == "care"
    assert role_pictogram("klassläraren") == "teacher"
    assert role_pictogram("Polisen") == ROLE_FALLBACK


def test_the_pictogram_sheet_shows_every_picture_with_its_label(tmp_path):
    sheet = tmp_path / "sheet.png"
    assert main(["pictograms", "--sheet", str(sheet)]) == 0
    image = Image.open(sheet)
    rows = -(-len(Manifest().entries) // COLUMNS)
    assert image.size == (COLUMNS * CELL_W, rows * CELL_H)
    assert len(image.convert("RGB").getcolors(1_000_000)) > 100  # pictures, not a blank page
    labels = usages("sv")
    assert "Kompisar" in labels["friends"] and "Bra" in labels["happy"]

"""`delaktig pictograms --sheet FILE`: every pictogram with its alt text and the labels it
stands beside in the dialogs, on one PNG sheet, for a content reviewer to look at."""

from __future__ import annotations

import argparse
import textwrap
from collections import defaultdict
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot.engine.library import DialogLibrary
from bot.i18n import Catalog
from bot.paths import pictograms_dir
from bot.pictograms import Manifest, render_emoji

COLUMNS = 4
CELL_W, CELL_H, PICTURE = 300, 300, 120
WRAP = 28


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pictograms", help="a sheet of every pictogram and its label")
    parser.add_argument("--sheet", type=Path, required=True, help="the PNG file to write")
    parser.add_argument("--lang", default="sv", help="language of the labels (default sv)")
    parser.set_defaults(func=run)


def usages(lang: str) -> dict[str, list[str]]:
    """For each pictogram key, the option labels and questions it is drawn beside."""
    t = Catalog().translator(lang)
    used: dict[str, set[str]] = defaultdict(set)
    for dialog in DialogLibrary().load().values():
        for step in dialog.steps.values():
            for key in step.pictograms:
                used[key].add(f"{dialog.id}/{step.id}")
            for option in step.options:
                if option.pictogram:
                    used[option.pictogram].add(t(option.label))
        for option in dialog.scale_options(next(iter(dialog.steps.values()))):
            used[option.pictogram].add(t(option.label))
    return {key: sorted(labels) for key, labels in used.items()}


def run(args: argparse.Namespace) -> int:
    manifest = Manifest()
    t = Catalog().translator(args.lang)
    used = usages(args.lang)
    keys = list(manifest.entries)
    rows = -(-len(keys) // COLUMNS)
    sheet = Image.new("RGB", (COLUMNS * CELL_W, rows * CELL_H), "white")
    draw = ImageDraw.Draw(sheet)
    fonts = pictograms_dir() / "fonts"
    bold = ImageFont.truetype(str(fonts / "AtkinsonHyperlegible-Bold.ttf"), 20)
    plain = ImageFont.truetype(str(fonts / "AtkinsonHyperlegible-Regular.ttf"), 16)
    for n, key in enumerate(keys):
        x, y = (n % COLUMNS) * CELL_W, (n // COLUMNS) * CELL_H
        draw.rectangle((x, y, x + CELL_W - 1, y + CELL_H - 1), outline="#bbbbbb")
        picture = render_emoji(manifest[key], PICTURE)
        sheet.paste(picture, (x + (CELL_W - PICTURE) // 2, y + 8), picture)
        draw.text((x + 8, y + PICTURE + 12), key, font=bold, fill="#0b5394")
        lines = textwrap.wrap(t(manifest[key].alt), WRAP)
        labels = [label for label in used.get(key, []) if "/" not in label] or ["(ingen etikett)"]
        lines += textwrap.wrap("= " + " · ".join(labels), WRAP)
        text_y = y + PICTURE + 38
        for line in lines[:6]:
            draw.text((x + 8, text_y), line, font=plain, fill="#1a1a1a")
            text_y += 20
    sheet.save(args.sheet)
    print(f"{args.sheet}: {len(keys)} pictograms")
    return 0

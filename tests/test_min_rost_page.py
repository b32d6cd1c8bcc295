"""The child's Min röst page: the shared answers with pictograms on one A4 page (two at most
for long texts), and emoji the child typed drawn in colour in the PNG and the PDF, where a
missing glyph would be a grey box."""

from __future__ import annotations

import io
import subprocess

import pypdf
import pytest
from PIL import Image

from bot.web.min_rost import MARGIN, PICTO, RULE, WIDTH, Entry, Page, render_pdf, render_png
from tests.app_factory import make_app
from tests.qr import pdf_page_png

EMOJI = "Jag gillar fotboll ⚽ och min katt 🐱"
NO_GLYPH = "Jag gillar fotboll \U000f0001 och min katt \U000f0002"  # drawn as a blank box
LONG = ("Jag vill att vuxna lyssnar på mig och frågar vad jag tycker innan de bestämmer. " * 25)[
    :2000
]  # the longest message a child can write


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


def page_of(app, answers: list[str], pictures: bool = True) -> Page:
    t = app.catalog.translator("sv")
    keys = list(app.manifest.entries)
    entries = tuple(
        Entry(f"Fråga {n}: hur är det med det här?", answer, (keys[n],) if pictures else ())
        for n, answer in enumerate(answers, 1)
    )
    return Page(t("web-min-rost-title"), t("web-min-rost-intro"), entries)


def coloured(image: Image.Image) -> int:
    """How many pixels are clearly coloured (not black, grey, white or the blue rule)."""
    pixels = image.convert("RGB").get_flattened_data()
    return sum(1 for p in pixels if max(p) - min(p) > 80 and p != RULE)


def pdf_for(app, page: Page) -> bytes:
    return render_pdf(page, app.catalog.translator("sv"), app.pictogram_cache, app.manifest)


def test_twenty_one_answers_fit_one_page_with_their_pictograms(app):
    answers = ["Ja", "Nej", "Vet inte än", "Skolan, Kompisar", "Jag vill ha lugn"] * 4 + ["Ja"]
    page = page_of(app, answers)
    reader = pypdf.PdfReader(io.BytesIO(pdf_for(app, page)))
    assert len(reader.pages) == 1
    assert len(reader.pages[0].images) == 21  # every answer keeps its pictogram
    text = " ".join(reader.pages[0].extract_text().split())
    for entry in page.entries:
        assert entry.question in text


def test_a_long_text_takes_two_pages_at_most(app):
    answers = ["Ja", "Nej", "Vet inte än", "Skolan, Kompisar", "Jag vill ha lugn"] * 4
    for at in (0, 10, 20):
        page = page_of(app, [*answers[:at], LONG, *answers[at:]])
        reader = pypdf.PdfReader(io.BytesIO(pdf_for(app, page)))
        assert len(reader.pages) <= 2, at
        text = "".join(" ".join(p.extract_text() for p in reader.pages).split())
        assert "".join(LONG.split()) in text, "nothing is cut"


def test_emoji_in_the_png_are_drawn_in_colour_not_as_boxes(app):
    def text_column(answer: str) -> Image.Image:
        body = render_png(page_of(app, [answer], pictures=False), app.pictogram_cache, app.manifest)
        image = Image.open(io.BytesIO(body))
        return image.crop((MARGIN + PICTO + 32, 0, WIDTH, image.height))

    assert coloured(text_column(NO_GLYPH)) == 0  # boxes and letters: only ink
    assert coloured(text_column(EMOJI)) > 200


def test_emoji_in_the_pdf_are_drawn_in_colour(app, tmp_path):
    counts = {}
    for answer in (NO_GLYPH, EMOJI):
        path = tmp_path / "min-rost.pdf"
        path.write_bytes(pdf_for(app, page_of(app, [answer], pictures=False)))
        counts[answer] = coloured(Image.open(pdf_page_png(path, 1, tmp_path / "page.png")))
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        assert ("Type 3" in fonts) == (answer == EMOJI)  # the colour glyphs
    assert counts[NO_GLYPH] == 0 and counts[EMOJI] > 200

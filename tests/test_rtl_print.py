"""Right to left on paper and in pictures. In the test-only pseudo-locale `qps-rtl` the printed
questionnaire, the plan and the child's own page are mirrored (words start at the right margin,
pictures and tick boxes stand on the right), Arabic letters are shaped in the PDF, and a phone
number keeps its order inside right-to-left text. Each check is made against Swedish too, so it
fails when the page is not mirrored."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import pytest
from fpdf import FPDF
from PIL import Image, ImageChops
from pseudo_locale import PSEUDO, RLM, make_locales

from bot.exports.pdf import FONT, EasyReadPDF
from bot.exports.plan import plan_png
from bot.exports.questionnaire import questionnaire_layout
from bot.i18n import Catalog
from bot.paths import locales_dir, pictograms_dir
from bot.services.plan import EasyReadPlan, Line
from bot.web.min_rost import Entry, Page, render_pdf, render_png
from tests.app_factory import make_app

BASE = "https://delaktig.example"
ARABIC = "هل أنت في خطر الآن؟"
A4_WIDTH_PT = 595.28


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Catalog:
    return Catalog(make_locales(locales_dir(), tmp_path_factory.mktemp("rtl") / "locales"))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return make_app(tmp_path_factory.mktemp("app"))


def drawn(page: pypdf.PageObject) -> tuple[list[tuple[float, str]], list[tuple[float, float]]]:
    """The x of every line of text, and (x, width) of every image, in PDF points."""
    texts: list[tuple[float, str]] = []
    images: list[tuple[float, float]] = []
    matrix: list = []

    def before(operator, operands, cm, tm):
        nonlocal matrix
        if operator == b"cm":
            matrix = operands
        elif operator == b"Do":
            images.append((float(matrix[4]), float(matrix[0])))

    def text(body, cm, tm, font, size):
        if body.strip():
            texts.append((float(tm[4]), body))

    page.extract_text(visitor_operand_before=before, visitor_text=text)
    return texts, images


def first_page(pdf: bytes) -> pypdf.PageObject:
    return pypdf.PdfReader(io.BytesIO(pdf)).pages[0]


def test_the_printed_questionnaire_is_mirrored_right_to_left(app, catalog):
    dialog = app.library.get("demo")
    pages = {}
    for lang in ("sv", PSEUDO):
        layout = questionnaire_layout(
            dialog, catalog.translator(lang), app.manifest, app.pictogram_cache, BASE
        )
        pages[lang] = drawn(first_page(layout.pdf))
    middle = A4_WIDTH_PT / 2

    (sv_title_x, sv_title), *_ = pages["sv"][0]
    (rtl_title_x, rtl_title), *_ = pages[PSEUDO][0]
    assert sv_title.startswith("Demo") or sv_title_x < 60, sv_title
    assert sv_title_x < 60 < middle < rtl_title_x, "the title starts at the right margin"
    assert rtl_title.startswith(RLM)

    qr_codes = {
        lang: [x for x, width in images if width > 60] for lang, (_, images) in pages.items()
    }
    pictures = {lang: [x for x, w in images if w <= 60] for lang, (_, images) in pages.items()}
    assert qr_codes["sv"] and qr_codes["sv"][0] > middle > qr_codes[PSEUDO][0]
    assert pictures["sv"] and all(x < middle for x in pictures["sv"])
    assert pictures[PSEUDO] and all(x > middle for x in pictures[PSEUDO]), "pictures on the right"


def test_a_phone_number_keeps_its_order_in_right_to_left_text(catalog):
    t = catalog.translator(PSEUDO)
    pdf = EasyReadPDF(t, "116 111")
    pdf.add_page()
    pdf.set_font(FONT, "", 14)
    pdf.paragraph(8, t("help-now-no-coordinator"))
    pdf.paragraph(8, f"{RLM}sirB{RLM} 116 111")  # not through the translator: the bidi trap
    first, raw = (
        pypdf.PdfReader(io.BytesIO(bytes(pdf.output()))).pages[0].extract_text().split("\n")[:2]
    )
    assert "116 111" in first and "111 116" not in first
    assert "111 116" in raw, "without isolation the groups swap places, so the check can fail"
    assert "\u2066" not in catalog.translator("sv")("help-now-no-coordinator")


def rendered(pdf: bytes) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf)
    return document[0].render(scale=1).to_pil().convert("L")


def test_arabic_is_shaped_and_drawn_from_the_right_in_the_pdf(catalog):
    pdf = EasyReadPDF(catalog.translator(PSEUDO), "ar")
    pdf.add_page()
    pdf.set_font(FONT, "", 20)
    shaped_width = pdf.get_string_width(ARABIC)
    pdf.paragraph(10, ARABIC)
    page = rendered(bytes(pdf.output()))
    left, _, right, _ = ImageChops.invert(page.crop((0, 0, page.width, 100))).getbbox()
    assert left > page.width / 2 and right > page.width - 80, "drawn, from the right margin"

    plain = FPDF()
    plain.add_font("arabic", "", str(pictograms_dir() / "fonts" / "NotoSansArabic-Regular.ttf"))
    plain.set_font("arabic", "", 20)
    assert abs(plain.get_string_width(ARABIC) - shaped_width) > 1, "joined letters are narrower"


def ink_columns(png: bytes, rows: tuple[int, int]) -> tuple[int, int]:
    """Left and right edge of the ink in a band of rows."""
    image = Image.open(io.BytesIO(png)).convert("L")
    band = ImageChops.invert(image.crop((0, rows[0], image.width, rows[1])))
    left, _, right, _ = band.getbbox()
    return left, right


def coloured_columns(png: bytes, top: int = 0) -> tuple[int, int]:
    """Left and right edge of the strongly coloured pixels below `top`: the pictograms."""
    image = Image.open(io.BytesIO(png)).convert("HSV")
    image = image.crop((0, top, image.width, image.height))
    saturation = image.getchannel("S").point(lambda s: 255 if s > 150 else 0)
    left, _, right, _ = saturation.getbbox()
    return left, right


def test_the_childs_own_page_and_the_plan_picture_start_at_the_right(catalog, app):
    t = catalog.translator(PSEUDO)
    entry = Entry(t("help-now-tell"), t("help-now-told"), ("wave",))
    for direction, lang in (("ltr", "sv"), ("rtl", PSEUDO)):
        page = Page(t("web-min-rost-title"), t("web-min-rost-intro"), (entry,), lang, direction)
        png = render_png(page, app.pictogram_cache, app.manifest)
        width = Image.open(io.BytesIO(png)).width
        title_left, title_right = ink_columns(png, (64, 140))
        picture_left, _ = coloured_columns(png, top=260)  # below the blue rule
        if direction == "rtl":
            assert title_right > width - 70 and title_left > 100, "the title ends at the right"
            assert picture_left > width / 2, "the pictogram stands on the right"
        else:
            assert title_left < 70 and picture_left < width / 2

    plan = EasyReadPlan(
        PSEUDO, "child", t("help-now-tell"), t("help-now-told"),
        (Line("goal", t("help-now-tell"), "wave", ()),), t("help-now-tell"),
    )  # fmt: skip
    for direction in ("ltr", "rtl"):
        png = plan_png(plan, app.manifest, direction)
        left, right = coloured_columns(png)
        width = Image.open(io.BytesIO(png)).width
        assert (left > width / 2) if direction == "rtl" else (right < width / 2), direction


def test_the_childs_own_page_pdf_is_mirrored(catalog, app):
    t = catalog.translator(PSEUDO)
    page = Page("x", t("web-min-rost-intro"), (Entry("q", "a", ("wave",)),), PSEUDO, "rtl")
    texts, images = drawn(first_page(render_pdf(page, t, app.pictogram_cache, app.manifest)))
    assert images and all(x > A4_WIDTH_PT / 2 for x, _ in images)
    assert texts[0][0] > A4_WIDTH_PT / 2

"""The easy-read PDF base: the vendored legible font, large type, page numbers and the OpenMoji
attribution in every footer. No system fonts needed.

Text is shaped by HarfBuzz (uharfbuzz), so Arabic letters join, with Noto Sans Arabic as the
fallback font for Arabic script. In a right-to-left language (`direction: rtl` in the locale's
meta.yaml) the page is mirrored: lines start at the right margin, and pictures and tick boxes
stand on the right of their text. Lay pages out with `x_from_start` and `paragraph` rather than
with left-margin positions, and both directions come out right."""

from __future__ import annotations

from fpdf import FPDF

from bot.i18n import Translator
from bot.paths import pictograms_dir
from bot.pictograms import OPENMOJI_FONT

FONT = "Atkinson"
ARABIC_FONT = "NotoSansArabic"
EMOJI_FONT = "OpenMoji"


class EasyReadPDF(FPDF):
    def __init__(self, t: Translator, title: str):
        super().__init__(format="A4")
        self.t = t
        self.rtl = t.direction == "rtl"
        self.start_align = "R" if self.rtl else "L"
        fonts = pictograms_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
        self.add_font(FONT, "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
        self.add_font(ARABIC_FONT, "", str(fonts / "NotoSansArabic-Regular.ttf"))
        self.set_fallback_fonts([ARABIC_FONT], exact_match=False)
        # Without a direction HarfBuzz takes each paragraph's own, so an Arabic answer quoted
        # in a Swedish pack still reads right to left.
        self.set_text_shaping(use_shaping_engine=True, direction="rtl" if self.rtl else None)
        self.set_title(title)
        self.set_lang(t.lang)
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(18, 16, 18)
        self.alias_nb_pages("{nb}")

    def allow_emoji(self) -> None:
        """Emoji in the text drawn in colour from the OpenMoji font (loading it takes a
        second or two, so only for pages that hold emoji)."""
        self.add_font(EMOJI_FONT, "", str(OPENMOJI_FONT))
        self.set_fallback_fonts([ARABIC_FONT, EMOJI_FONT], exact_match=False)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font(FONT, "", 9)
        self.set_text_color(60, 60, 60)
        self.cell(0, 5, self.t("print-page", page=str(self.page_no()), total="{nb}"), align="C")
        self.ln(5)
        self.cell(0, 4, self.t("print-attribution"), align="C")
        self.set_text_color(0, 0, 0)

    def room_left(self) -> float:
        return self.h - self.b_margin - self.get_y()

    def x_from_start(self, offset: float, width: float) -> float:
        """The left edge of a box `width` mm wide that stands `offset` mm in from the margin
        the language starts from: the left one, or the right one in a right-to-left language."""
        if self.rtl:
            return self.w - self.r_margin - offset - width
        return self.l_margin + offset

    def paragraph(self, height: float, text: str, offset: float = 0, **options) -> None:
        """Text from `offset` mm in from the start margin to the far margin, aligned to the
        start; the cursor goes to the next line at the left margin."""
        width = self.epw - offset
        self.set_x(self.x_from_start(offset, width))
        options.setdefault("align", self.start_align)
        self.multi_cell(width, height, text, new_x="LMARGIN", new_y="NEXT", **options)

"""The easy-read PDF base: the vendored legible font, large type, page numbers and the OpenMoji
attribution in every footer. No system fonts needed."""

from __future__ import annotations

from fpdf import FPDF

from bot.i18n import Translator
from bot.paths import pictograms_dir

FONT = "Atkinson"


class EasyReadPDF(FPDF):
    def __init__(self, t: Translator, title: str):
        super().__init__(format="A4")
        self.t = t
        fonts = pictograms_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
        self.add_font(FONT, "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
        self.set_title(title)
        self.set_lang(t.lang)
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(18, 16, 18)
        self.alias_nb_pages("{nb}")

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

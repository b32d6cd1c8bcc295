"""The preparation pack's two documents as PDF, on the easy-read PDF base (the vendored font).
Every page carries the document's marking at the top and, with "Sida n av m", at the foot; the
coordinator's document is marked "Sekretess – endast för samordnaren". Answers read as answers:
the question in small plain type, the answer under it; only section names are headings, and a
heading never stands alone at the foot of a page. Long words and answers wrap; nothing is cut."""

from __future__ import annotations

from fpdf.enums import WrapMode, XPos, YPos

from bot.exports.pack_layout import write_document
from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator
from bot.services.prep_pack import COORDINATOR, PackAnswer, PrepPack

#: Room a heading needs below it (its first answer) or it moves to the next page.
KEEP_WITH_NEXT_MM = 28
INK = (29, 36, 48)
QUIET = (80, 86, 96)
SECRET = (150, 20, 30)


class PackPdf(EasyReadPDF):
    def __init__(self, t: Translator, title: str, mark: str, secret: bool):
        super().__init__(t, title)
        self.mark, self.secret = mark, secret
        self.set_margins(18, 24, 18)

    def header(self) -> None:
        self.set_y(8)
        self.set_font(FONT, "B", 10)
        if self.secret:
            self.set_fill_color(*SECRET)
            self.set_text_color(255, 255, 255)
        else:
            self.set_fill_color(230, 236, 245)
            self.set_text_color(*INK)
        self.cell(0, 7, self.mark, align="C", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 9)
        self.set_text_color(*QUIET)
        page = self.t("print-page", page=str(self.page_no()), total="{nb}")
        self.cell(0, 5, f"{self.mark} · {page}", align="C")
        self.set_text_color(*INK)

    def text(self, body: str, bold: bool = False, quiet: bool = False) -> None:
        self.set_font(FONT, "B" if bold else "", 9.5 if quiet else 11)
        self.set_text_color(*(QUIET if quiet else INK))
        self.multi_cell(0, 5.5, body, wrapmode=WrapMode.WORD, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(1.5)

    def heading(self, body: str, level: int = 1) -> None:
        if self.room_left() < KEEP_WITH_NEXT_MM:
            self.add_page()
        self.ln(2 if level > 1 else 4)
        self.set_font(FONT, "B", {1: 18, 2: 14, 3: 12}[level])
        self.multi_cell(0, 8, body, wrapmode=WrapMode.WORD, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def answer(self, answer: PackAnswer) -> None:
        """The question as the person read it, then their answer, indented."""
        if self.room_left() < 14:
            self.add_page()
        self.text(answer.question, quiet=True)
        self.set_x(self.l_margin + 4)
        self.set_font(FONT, "B", 11)
        self.multi_cell(
            self.epw - 4,
            5.5,
            f"{self.t('pack-answer')}: {answer.answer or '–'}",
            wrapmode=WrapMode.WORD,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(2.5)

    def items(self, values: tuple[str, ...]) -> None:
        for value in values or ("–",):
            self.text(f"• {value}")


def render_pdf(pack: PrepPack, document: str, t: Translator) -> bytes:
    title = f"{t(f'pack-doc-{document}')}: {pack.case_label}"
    pdf = PackPdf(t, title, pack.markings[document], secret=document == COORDINATOR)
    pdf.add_page()
    write_document(pdf, pack, document, t)
    return bytes(pdf.output())

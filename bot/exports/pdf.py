"""The pack as PDF (fpdf2) in Atkinson Hyperlegible, with the OpenMoji attribution in every
page's footer. Long words and answers wrap; nothing is cut."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import WrapMode, XPos, YPos

from bot.i18n import Translator
from bot.paths import pictograms_dir
from bot.services.prep_pack import PackAnswer, PrepPack

FONT = "Atkinson"


class PackPdf(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(format="A4")
        self.footer_text = footer_text
        fonts = pictograms_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
        self.add_font(FONT, "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(18, 18, 18)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 99, 114)
        self.multi_cell(0, 4, f"{self.footer_text}   {self.page_no()}", align="C")

    def text(self, body: str, size: float = 11, bold: bool = False, gap: float = 1.5) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(29, 36, 48)
        self.multi_cell(
            0, size * 0.5, body, wrapmode=WrapMode.CHAR, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(gap)

    def heading(self, body: str, level: int = 1) -> None:
        self.ln(2 if level > 1 else 4)
        self.text(body, size={1: 18, 2: 14, 3: 12}[level], bold=True)

    def answer(self, answer: PackAnswer) -> None:
        self.text(answer.question, size=10, bold=True, gap=0)
        self.text(answer.answer or "–", size=11)

    def items(self, values: tuple[str, ...]) -> None:
        for value in values or ("–",):
            self.text(f"• {value}")


def render_pdf(pack: PrepPack, t: Translator) -> bytes:
    pdf = PackPdf(t("pack-footer-openmoji"))
    pdf.set_title(f"{t('pack-title')}: {pack.case_label}")
    pdf.add_page()
    pdf.heading(f"{t('pack-title')}: {pack.case_label}")
    pdf.text(t("pack-generated", at=pack.generated_at[:16].replace("T", " ")))
    pdf.text(f"{t('pack-coordinator')}: {pack.coordinator}")
    m = pack.meeting
    pdf.heading(t("pack-meeting"), 2)
    when = f"{m.date or '–'} {m.start or ''}{'–' + m.end if m.end else ''}"
    pdf.text(f"{t('pack-when')}: {when}")
    pdf.text(f"{t('pack-where')}: {m.place or '–'}{f' ({m.format})' if m.format else ''}")
    pdf.text(f"{t('pack-adaptations')}: {m.adaptations or '–'}")
    c = pack.consent
    pdf.heading(t("pack-consent"), 2)
    pdf.text(t(f"consent-case-{c.status}"), bold=True)
    pdf.items(tuple(f"{g.title}: {t(f'consent-state-{g.status}')}" for g in c.guardians))
    pdf.text(f"{t('pack-consent-actors')}: {', '.join(c.actors) or '–'}")
    pdf.text(f"{t('pack-consent-areas')}: {', '.join(c.areas) or '–'}")
    pdf.text(f"{t('pack-consent-until')}: {c.until or t('pack-consent-until-closed')}")
    for part in pack.voices + pack.guardians:
        title = "pack-voice-of" if part.role != "guardian" else "pack-view-of"
        pdf.heading(t(title, who=part.title), 2)
        pdf.text(f"{t('pack-preparation')}: {t('session-' + part.preparation)}", size=9)
        if not part.sections:
            pdf.text(t("pack-nothing-shared"))
        for section in part.sections:
            pdf.heading(section.title, 3)
            for answer in section.answers:
                pdf.answer(answer)
    pdf.heading(t("pack-not-to-raise"), 2)
    pdf.items(pack.not_to_raise)
    pdf.heading(t("pack-invitation"), 2)
    pdf.heading(t("pack-purpose"), 3)
    pdf.items(pack.invitation.purpose)
    pdf.heading(t("pack-questions"), 3)
    pdf.items(pack.invitation.questions)
    pdf.heading(t("pack-invited"), 3)
    pdf.items(pack.invitation.participants)
    coordinator_parts = [p for p in pack.voices + pack.guardians if p.coordinator_only]
    if coordinator_parts:
        pdf.add_page()
        pdf.heading(t("pack-coordinator-only"), 2)
        for part in coordinator_parts:
            pdf.heading(part.title, 3)
            for answer in part.coordinator_only:
                pdf.answer(answer)
    return bytes(pdf.output())

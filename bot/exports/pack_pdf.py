"""The preparation pack as PDF, on the easy-read PDF base (the vendored font, page numbers and
the OpenMoji attribution in every footer). Long words and answers wrap; nothing is cut."""

from __future__ import annotations

from fpdf.enums import WrapMode, XPos, YPos

from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator
from bot.services.prep_pack import PackAnswer, PrepPack


class PackPdf(EasyReadPDF):
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
    pdf = PackPdf(t, f"{t('pack-title')}: {pack.case_label}")
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
    if c.terms:
        pdf.items(c.terms)
    for part in pack.voices + pack.guardians:
        title = "pack-voice-of" if part.role != "guardian" else "pack-view-of"
        pdf.heading(t(title, who=part.title), 2)
        pdf.text(f"{t('pack-preparation')}: {t('session-' + part.preparation)}", size=9)
        if part.answered_in:
            pdf.text(part.answered_in, bold=True)
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
    coordinator_parts = [p for p in pack.voices + pack.guardians if p.for_coordinator]
    if coordinator_parts or c.child_say:
        pdf.add_page()
        pdf.heading(t("pack-coordinator-only"), 2)
        if c.child_say:
            pdf.heading(t("pack-child-say"), 3)
            pdf.items(c.child_say)
        for part in coordinator_parts:
            pdf.heading(part.title, 3)
            for answer in part.coordinator_only:
                pdf.answer(answer)
            if part.held_back:
                pdf.text(t("pack-held-back-title"), size=10, bold=True, gap=0)
                pdf.items(tuple(h.text for h in part.held_back))
    return bytes(pdf.output())

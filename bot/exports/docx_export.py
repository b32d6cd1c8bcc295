"""The pre-filled invitation (kallelse) as DOCX, with the fields of the kallelse templates in
the seeds: who is invited and in what function, time, place, format, purpose ("Syfte –
utifrån vad som är viktigt för mig"), the questions, the consent scope and the responsible
coordinator. Word wraps long text itself; nothing is cut."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from bot.i18n import Translator
from bot.services.prep_pack import PrepPack


def _list(doc, values: tuple[str, ...]) -> None:
    for value in values or ("–",):
        doc.add_paragraph(value, style="List Bullet")


def render_docx(pack: PrepPack, t: Translator) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Atkinson Hyperlegible"
    doc.styles["Normal"].font.size = Pt(12)
    doc.add_heading(t("kallelse-title"), level=0)
    doc.add_paragraph(t("kallelse-intro"))
    m = pack.meeting
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    rows = (
        (t("kallelse-case"), pack.case_label),
        (t("pack-when"), f"{m.date or '–'} {m.start or ''}{'–' + m.end if m.end else ''}"),
        (t("pack-where"), m.place or "–"),
        (t("kallelse-format"), m.format or "–"),
        (t("pack-adaptations"), m.adaptations or "–"),
    )
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_heading(t("kallelse-participants"), level=1)
    _list(doc, pack.invitation.participants)
    doc.add_heading(t("pack-purpose"), level=1)
    _list(doc, pack.invitation.purpose)
    doc.add_heading(t("pack-questions"), level=1)
    _list(doc, pack.invitation.questions)
    doc.add_heading(t("pack-not-to-raise"), level=1)
    _list(doc, pack.not_to_raise)
    c = pack.consent
    doc.add_heading(t("pack-consent"), level=1)
    doc.add_paragraph(t(f"consent-case-{c.status}"))
    _list(doc, tuple(f"{g.title}: {t(f'consent-state-{g.status}')}" for g in c.guardians))
    doc.add_paragraph(f"{t('pack-consent-actors')}: {', '.join(c.actors) or '–'}")
    doc.add_paragraph(f"{t('pack-consent-areas')}: {', '.join(c.areas) or '–'}")
    doc.add_paragraph(f"{t('pack-consent-until')}: {c.until or t('pack-consent-until-closed')}")
    doc.add_heading(t("kallelse-responsible"), level=1)
    doc.add_paragraph(f"{t('pack-coordinator')}: {pack.coordinator}")
    doc.add_paragraph(t("kallelse-welcome"))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()

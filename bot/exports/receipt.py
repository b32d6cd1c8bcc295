"""The guardian's receipt for a consent: the date, the version and the scope in words, as text
and as a PDF in the vendored legible font."""

from __future__ import annotations

from bot.domain import StoredConsent
from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator


def receipt_lines(t: Translator, consent: StoredConsent, actor_labels: dict[str, str]) -> list[str]:
    """The receipt's lines: exactly the stored terms, in the order the dialog asked them."""

    def listed(items: list[str]) -> str:
        return ", ".join(items) if items else t("sam-receipt-none")

    terms = consent.terms or {}
    own = {f"own:{n}": name for n, name in enumerate(consent.own_actors, start=1)}
    actors = [own.get(a) or actor_labels.get(a, a) for a in consent.actors]
    areas = [t(f"sam-area-{a}") for a in consent.areas]
    lines = [
        t("sam-receipt-title"),
        t("sam-receipt-date", date=consent.created_at[:10]),
        t("sam-receipt-version", version=str(consent.version)),
        t("sam-receipt-sip"),
    ]
    if terms.get("exchange", True):
        lines.append(t("sam-receipt-actors", actors=listed(actors)))
        lines.append(t("sam-receipt-areas", areas=listed(areas)))
    else:
        lines.append(t("sam-receipt-no-exchange"))
    if consent.not_raise_areas:
        not_raise = [t(f"sam-area-{a}") for a in consent.not_raise_areas]
        lines.append(t("sam-receipt-not-raise", areas=listed(not_raise)))
    if terms.get("pre_meeting") is not None and terms.get("exchange", True):
        lines.append(t(f"sam-receipt-pre-meeting-{'yes' if terms['pre_meeting'] else 'no'}"))
    if terms.get("plan_to"):
        lines.append(t(f"sam-receipt-plan-to-{terms['plan_to']}"))
    if consent.until:
        lines.append(t("sam-receipt-until", until=consent.until))
    else:
        lines.append(t("sam-receipt-until-closed"))
    if terms.get("child_view"):
        view = t(f"sam-child-{terms['child_view']}")
        lines.append(t("sam-receipt-child-view", view=view))
    lines.append(t("sam-receipt-withdraw"))
    return lines


def receipt_text(t: Translator, consent: StoredConsent, actor_labels: dict[str, str]) -> str:
    return "\n".join(receipt_lines(t, consent, actor_labels)) + "\n"


def receipt_pdf(t: Translator, consent: StoredConsent, actor_labels: dict[str, str]) -> bytes:
    title, *rest = receipt_lines(t, consent, actor_labels)
    pdf = EasyReadPDF(t, title)
    pdf.add_page()
    pdf.set_font(FONT, "B", 20)
    pdf.paragraph(11, title)
    pdf.ln(4)
    pdf.set_font(FONT, "", 14)
    for line in rest:
        pdf.paragraph(8, line)
        pdf.ln(2)
    return bytes(pdf.output())

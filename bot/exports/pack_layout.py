"""What each pack document says, in order, once for every paged format: the PDF and the DOCX
writers implement `Writer` and get the same headings, texts, answers and lists."""

from __future__ import annotations

from typing import Protocol

from bot.i18n import Translator
from bot.services.prep_pack import MEETING, PackAnswer, PrepPack


class Writer(Protocol):
    def heading(self, body: str, level: int) -> None: ...
    def text(self, body: str, bold: bool = False, quiet: bool = False) -> None: ...
    def answer(self, answer: PackAnswer) -> None: ...
    def items(self, values: tuple[str, ...]) -> None: ...


def write_document(w: Writer, pack: PrepPack, document: str, t: Translator) -> None:
    """`document` (meeting | coordinator) from its title to its end."""
    w.heading(f"{t(f'pack-doc-{document}')}: {pack.case_label}", 1)
    w.text(t(f"pack-doc-{document}-about"), bold=True)
    w.text(t("pack-generated", at=pack.generated_at[:16].replace("T", " ")))
    w.text(f"{t('pack-coordinator')}: {pack.coordinator}")
    (_meeting if document == MEETING else _coordinator)(w, pack, t)


def _meeting(w: Writer, pack: PrepPack, t: Translator) -> None:
    m = pack.meeting
    w.heading(t("pack-meeting"), 2)
    when = f"{m.date or '–'} {m.start or ''}{'–' + m.end if m.end else ''}"
    w.text(f"{t('pack-when')}: {when}")
    w.text(f"{t('pack-where')}: {m.place or '–'}{f' ({m.format})' if m.format else ''}")
    w.text(f"{t('pack-adaptations')}: {m.adaptations or '–'}")
    for part in pack.voices + pack.guardians:
        title = "pack-voice-of" if part.role != "guardian" else "pack-view-of"
        w.heading(t(title, who=part.title), 2)
        w.text(f"{t('pack-preparation')}: {t('session-' + part.preparation)}", quiet=True)
        if part.answered_in:
            w.text(part.answered_in, bold=True)
        if not part.sections:
            w.text(t("pack-nothing-shared"))
        for section in part.sections:
            w.heading(section.title, 3)
            for answer in section.answers:
                w.answer(answer)
    w.heading(t("pack-not-to-raise"), 2)
    w.items(pack.not_to_raise)
    w.heading(t("pack-invitation"), 2)
    w.heading(t("pack-purpose"), 3)
    w.items(pack.invitation.purpose)
    w.heading(t("pack-questions"), 3)
    w.items(pack.invitation.questions)
    w.heading(t("pack-invited"), 3)
    w.items(pack.invitation.participants)


def _coordinator(w: Writer, pack: PrepPack, t: Translator) -> None:
    c = pack.consent
    w.heading(t("pack-consent"), 2)
    w.text(t(f"consent-case-{c.status}"), bold=True)
    if c.sole_custody:
        w.text(t("pack-sole-custody"))
    w.items(tuple(f"{g.title}: {t(f'consent-state-{g.status}')}" for g in c.guardians))
    w.text(f"{t('pack-consent-actors')}: {', '.join(c.actors) or '–'}")
    w.text(f"{t('pack-consent-areas')}: {', '.join(c.areas) or '–'}")
    w.text(f"{t('pack-consent-until')}: {c.until or t('pack-consent-until-closed')}")
    if c.terms:
        w.items(c.terms)
    if c.child_say:
        w.heading(t("pack-child-say"), 3)
        w.items(c.child_say)
    w.heading(t("pack-help-now"), 2)
    if pack.help_now:
        w.items(tuple(t("pack-help-now-at", at=at) for at in pack.help_now))
    else:
        w.text(t("pack-help-now-none"))
    w.heading(t("pack-coordinator-answers"), 2)
    parts = [p for p in pack.voices + pack.guardians if p.for_coordinator]
    if not parts:
        w.text(t("pack-nothing-for-coordinator"))
    for part in parts:
        w.heading(part.title, 3)
        for answer in part.coordinator_only:
            w.answer(answer)
        if part.held_back:
            w.text(t("pack-held-back-title"), bold=True)
            w.items(tuple(h.text for h in part.held_back))

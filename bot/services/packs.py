"""Gather what a preparation pack may use (behind the consent gate, each answer through
`SharingService.for_meeting`), build it, export it; every build and export is audit-logged.
The pack is two documents (`MEETING`, `COORDINATOR`) in every format; the invitation (kallelse)
is a third, in DOCX."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.domain import Case, Participant
from bot.engine.library import DialogLibrary
from bot.errors import UserFacingError
from bot.i18n import Catalog
from bot.ports import AuditLog, CaseStore
from bot.services.consent import (
    ASSENT_DIALOG,
    CONSENT_DIALOG,
    OWN_CONSENT_DIALOG,
    ConsentService,
)
from bot.services.dialogs import DialogService
from bot.services.help_now import HELP_NOW_KIND
from bot.services.prep_pack import COORDINATOR, MEETING, PersonInput, PrepPack, build_pack
from bot.services.sharing import SharingService

FORMATS = ("html", "pdf", "json", "docx")
INVITATION = "invitation"
#: Each document and the formats it comes in.
EXPORTS: dict[str, tuple[str, ...]] = {
    MEETING: FORMATS,
    COORDINATOR: FORMATS,
    INVITATION: ("docx",),
}
FILENAMES = {
    MEETING: "underlag-for-motet",
    COORDINATOR: "endast-for-samordnaren",
    INVITATION: "kallelse",
}
PACK_LANG = "sv"


@dataclass(frozen=True)
class Export:
    body: bytes
    content_type: str
    filename: str


class UnknownFormat(UserFacingError):
    pass


class PackService:
    def __init__(
        self,
        store: CaseStore,
        consent: ConsentService,
        sharing: SharingService,
        dialogs: DialogService,
        library: DialogLibrary,
        catalog: Catalog,
        audit: AuditLog,
        clock: Callable[[], datetime],
    ):
        self.store, self.consent, self.sharing = store, consent, sharing
        self.dialogs, self.library, self.catalog = dialogs, library, catalog
        self.audit, self.clock = audit, clock

    def build(
        self,
        actor: str,
        case_id: int,
        dialog_for: Callable[[Participant], str | None] | None = None,
    ) -> PrepPack:
        """The pack, or ConsentMissing (a plain reason) while consent is not complete.
        `dialog_for` picks another round's dialog per person (the follow-up pack); people
        without one are left out."""
        self.consent.gate(case_id)
        case = self.store.case(case_id)
        people = []
        for participant in self.store.participants(case_id):
            if participant.dialog_id in (ASSENT_DIALOG, OWN_CONSENT_DIALOG):
                continue  # the same child or youth: their say is in the consent part
            dialog_id = dialog_for(participant) if dialog_for else participant.dialog_id
            if dialog_id is None:
                continue
            session_id = self.store.session_id_for(participant.id, dialog_id)
            if session_id is None:
                people.append(PersonInput(participant, None, {}, "not-started"))
                continue
            session = self.dialogs.get(session_id)
            if session.dialog_id == CONSENT_DIALOG:  # the scope is in the consent part
                people.append(PersonInput(participant, None, {}, session.status))
                continue
            dialog = self.dialogs.dialog_of(session)
            people.append(
                PersonInput(
                    participant,
                    dialog,
                    session.state.get("context", {}),
                    session.status,
                    self.sharing.for_meeting(session, dialog, actor),
                    tuple(self.sharing.coordinator_only(session, dialog, actor)),
                    session.lang,
                )
            )
        translate = self.catalog.translator(PACK_LANG)
        return build_pack(
            case,
            people,
            self.consent.case_status(case_id),
            case.coordinator_name or translate("pack-coordinator-of", unit=self._unit(case)),
            self.clock().isoformat(timespec="seconds"),
            translate,
            help_now=self._help_now(case.unit_id, case_id),
        )

    def record_export(self, actor: str, case_id: int, fmt: str, document: str = MEETING) -> None:
        self.audit.record(actor, "pack.export", f"case:{case_id}", format=fmt, document=document)

    def export(self, actor: str, case_id: int, fmt: str, document: str = MEETING) -> Export:
        """`document` (meeting | coordinator | invitation) as `fmt`; audit-logged."""
        from bot.exports.pack import render

        pack = self.for_export(actor, case_id, fmt, document)
        rendered = render(fmt, document, pack, self.catalog.translator(PACK_LANG))
        return self.exported(actor, case_id, fmt, document, rendered)

    def for_export(self, actor: str, case_id: int, fmt: str, document: str) -> PrepPack:
        """The pack to render as `document` in `fmt` (UnknownFormat when it does not come so);
        the web renders it in a worker process, then calls `exported`."""
        formats = EXPORTS.get(document)
        if formats is None:
            raise UnknownFormat(f"document must be one of {', '.join(EXPORTS)}")
        if fmt not in formats:
            raise UnknownFormat(f"the {document} comes as {', '.join(formats)}")
        return self.build(actor, case_id)

    def exported(
        self, actor: str, case_id: int, fmt: str, document: str, rendered: tuple[bytes, str, str]
    ) -> Export:
        """The rendered (body, content type, suffix) as a named file; the export audit-logged."""
        body, content_type, suffix = rendered
        self.record_export(actor, case_id, fmt, document)
        return Export(body, content_type, f"{FILENAMES[document]}-case-{case_id}.{suffix}")

    def _help_now(self, unit_id: int, case_id: int) -> tuple[str, ...]:
        """When the family asked for help now in this case (oldest first), for the coordinator."""
        rows = self.store.notifications(unit_id)
        times = [
            r["created_at"][:16].replace("T", " ")
            for r in rows
            if r["case_id"] == case_id and r["kind"] == HELP_NOW_KIND
        ]
        return tuple(sorted(times))

    def _unit(self, case: Case) -> str:
        return self.store.unit_name(case.unit_id) or "–"

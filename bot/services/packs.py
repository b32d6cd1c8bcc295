"""Gather what a preparation pack may use (behind the consent gate, each answer through
`SharingService.for_meeting`), build it, export it; every build and export is audit-logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.engine.library import DialogLibrary
from bot.errors import UserFacingError
from bot.i18n import Catalog
from bot.services.consent import (
    ASSENT_DIALOG,
    CONSENT_DIALOG,
    OWN_CONSENT_DIALOG,
    ConsentService,
)
from bot.services.dialogs import DialogService
from bot.services.prep_pack import PersonInput, PrepPack, build_pack
from bot.services.sharing import SharingService
from storage.audit import AuditLog
from storage.cases import CaseStore

FORMATS = ("html", "pdf", "json", "docx")
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

    def build(self, actor: str, case_id: int) -> PrepPack:
        """The pack, or ConsentMissing (a plain reason) while consent is not complete."""
        self.consent.gate(case_id)
        case = self.store.case(case_id)
        people = []
        for participant in self.store.participants(case_id):
            if participant.dialog_id in (ASSENT_DIALOG, OWN_CONSENT_DIALOG):
                continue  # the same child or youth: their say is in the consent part
            session_id = self.store.session_id_for(participant.id, participant.dialog_id)
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
        coordinator = self._coordinator(case.coordinator_id) or actor
        translate = self.catalog.translator(PACK_LANG)
        return build_pack(
            case,
            people,
            self.consent.case_status(case_id),
            coordinator,
            self.clock().isoformat(timespec="seconds"),
            translate,
        )

    def record_export(self, actor: str, case_id: int, fmt: str) -> None:
        self.audit.record(actor, "pack.export", f"case:{case_id}", format=fmt)

    def export(self, actor: str, case_id: int, fmt: str) -> Export:
        from bot.exports.pack import render

        if fmt not in FORMATS:
            raise UnknownFormat(f"format must be one of {', '.join(FORMATS)}")
        pack = self.build(actor, case_id)
        body, content_type, suffix = render(fmt, pack, self.catalog.translator(PACK_LANG))
        self.record_export(actor, case_id, fmt)
        name = "kallelse" if fmt == "docx" else "underlag"
        return Export(body, content_type, f"{name}-case-{case_id}.{suffix}")

    def _coordinator(self, user_id: int | None) -> str | None:
        if user_id is None:
            return None
        row = self.store.db.execute("SELECT username FROM users WHERE id = ?", [user_id]).fetchone()
        return row[0] if row else None

"""A person's rights over their data: everything stored about one participant (right of
access) and erasure on request. Both are audit-logged; neither logs what it found."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bot.errors import UserFacingError
from bot.ports import (
    AuditLog,
    CaseStore,
    ConsentStore,
    ErasedIdentities,
    Erasure,
    LoginStore,
    SessionStore,
    UnitOfWork,
)
from bot.services.clock import utc_clock


class PersonError(UserFacingError):
    pass


class PersonService:
    def __init__(
        self,
        cases: CaseStore,
        sessions: SessionStore,
        consents: ConsentStore,
        audit: AuditLog,
        logins: LoginStore,
        erased: ErasedIdentities,
        erasure: Erasure,
        uow: UnitOfWork,
    ):
        self.cases, self.sessions, self.consents, self.audit = cases, sessions, consents, audit
        self.logins, self.erased, self.erasure, self.uow = logins, erased, erasure, uow

    def export(self, participant_id: int, actor: str = "system") -> dict[str, Any]:
        """Everything stored about one participant, decrypted, as plain JSON data."""
        participant = self.cases.participant(participant_id)
        if participant is None:
            raise PersonError(f"no participant {participant_id}")
        case = self.cases.case(participant.case_id)
        sessions = []
        for row in self.cases.session_rows(participant_id):
            stored = self.sessions.get(row["id"])
            sessions.append(
                {
                    "id": row["id"],
                    "dialog": row["dialog_id"],
                    "dialog_version": row["dialog_version"],
                    "lang": row["lang"],
                    "status": row["status"],
                    "created_at": row["created_at"],
                    "updated_at": row["updated_at"],
                    "answers": [asdict(a) for a in self.sessions.answers(row["id"])],
                    "context": stored.state.get("context", {}),
                }
            )
        data = {
            "participant": {
                **{k: v for k, v in asdict(participant).items() if k != "identity_hash"},
                "bound_to_a_device_or_chat": participant.identity_hash is not None,
            },
            "case": {"id": case.id, "label": case.label, "status": case.status},
            "invites": [asdict(i) for i in self.cases.invites(participant_id)],
            "sessions": sessions,
            "consents": [asdict(c) for c in self.consents.versions(participant_id)],
            "consent_changes": [
                asdict(c)
                for c in self.consents.changes(participant.case_id, pending_only=False)
                if c.participant_id == participant_id
            ],
            "shown_to_guardian": self.cases.guardian_views_of(participant_id),
            "audit": self.audit.about_person(participant_id),
        }
        self.audit.record(actor, "person.export", f"case:{case.id}", participant=participant_id)
        return json.loads(json.dumps(data, ensure_ascii=False, default=list))

    def erase(self, participant_id: int, actor: str = "system") -> dict[str, int]:
        """Delete the participant and everything under them; the audit log keeps the event."""
        participant = self.cases.participant(participant_id)
        if participant is None:
            raise PersonError(f"no participant {participant_id}")
        with self.uow.atomic():
            now = utc_clock().isoformat(timespec="milliseconds")
            for remembered in (participant.identity_hash, *self.logins.hashes_of(participant_id)):
                if remembered:
                    self.erased.remember(remembered, now)
            counts = self.erasure.delete_participant(participant_id)
            self.audit.record(
                actor, "person.erase", f"case:{participant.case_id}", participant=participant_id
            )
        return counts

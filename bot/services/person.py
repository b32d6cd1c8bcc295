"""A person's rights over their data: everything stored about one participant (right of
access) and erasure on request. Both are audit-logged; neither logs what it found."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from bot.errors import UserFacingError
from storage.audit import AuditLog
from storage.cases import CaseStore
from storage.consents import ConsentStore
from storage.erase import ErasedIdentities, delete_tree
from storage.sessions import SqliteSessionStore, utc_now
from storage.unit_of_work import atomic


class PersonError(UserFacingError):
    pass


class PersonService:
    def __init__(
        self,
        cases: CaseStore,
        sessions: SqliteSessionStore,
        consents: ConsentStore,
        audit: AuditLog,
    ):
        self.cases, self.sessions, self.consents, self.audit = cases, sessions, consents, audit

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
        with atomic(self.cases.db):
            if participant.identity_hash:
                ErasedIdentities(self.cases.db).remember(participant.identity_hash, utc_now())
            counts = delete_tree(self.cases.db, "participants", "id = ?", [participant_id])
            self.audit.record(
                actor, "person.erase", f"case:{participant.case_id}", participant=participant_id
            )
        return counts

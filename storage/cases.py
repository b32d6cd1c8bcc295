"""Units, cases, participants and invites in SQLite. Names and contact details are encrypted;
invite tokens and channel identities are stored only as hashes."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from bot.domain import Case, Invite, Participant, Standing, Tick, token_hash
from storage.crypto import FieldCipher
from storage.database import select
from storage.times import utc_now
from storage.unit_of_work import writes

CASE_PLAIN_FIELDS = (
    "status",
    "need_noticed",
    "meeting_date",
    "meeting_time",
    "meeting_format",
    "invitation_sent_on",
    "plan_sent_on",
    "follow_up_date",
    "meeting_end",
    "coordinator_id",
    "easy_read_plan_sent_on",
    "evaluation_offered_on",
    "meeting_place_given_by",
)
#: Every case field a coordinator types: encrypted at rest (the actors as one JSON text).
CASE_SECRET_FIELDS = (
    "label",
    "meeting_place",
    "adaptations",
    "sole_custody_reason",
    "coordinator_contact",
    "coordinator_hours",
    "coordinator_name",
)


#: Columns an older Delaktig kept in clear, besides the label and the actors.
LEGACY_CLEAR = (
    "sole_custody_reason",
    "coordinator_contact",
    "coordinator_hours",
    "coordinator_name",
)


class CaseStore:
    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher = db, cipher

    # units ─────────────────────────────────────────────────────────────────────────────────

    @writes
    def unit_id(self, name: str, create: bool = False) -> int | None:
        row = self.db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
        if row:
            return row[0]
        if not create:
            return None
        return self.db["units"].insert({"name": name, "created_at": utc_now()}).last_pk

    def unit_name(self, unit_id: int) -> str | None:
        row = self.db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()
        return row[0] if row else None

    # cases ─────────────────────────────────────────────────────────────────────────────────

    @writes
    def create_case(self, unit_id: int, **values: Any) -> Case:
        now = utc_now()
        row = self._case_row(values) | {"unit_id": unit_id, "created_at": now, "updated_at": now}
        case_id = self.db["cases"].insert(row).last_pk
        return self.case(case_id)

    @writes
    def update_case(self, case_id: int, **values: Any) -> Case:
        self.db["cases"].update(case_id, self._case_row(values) | {"updated_at": utc_now()})
        return self.case(case_id)

    def case(self, case_id: int) -> Case | None:
        rows = list(select(self.db, "cases", "id = ?", [case_id]))
        return self._case(rows[0]) if rows else None

    def open_case_ids(self) -> list[int]:
        """Every open case of every unit (for the reminder job)."""
        rows = self.db.execute("SELECT id FROM cases WHERE status = 'open' ORDER BY id")
        return [case_id for (case_id,) in rows.fetchall()]

    def cases(self, unit_id: int) -> list[Case]:
        return [
            self._case(r) for r in select(self.db, "cases", "unit_id = ?", [unit_id], order_by="id")
        ]

    def _case_row(self, values: dict[str, Any]) -> dict[str, Any]:
        row = {k: v for k, v in values.items() if k in CASE_PLAIN_FIELDS}
        if "actors" in values:
            row["actors_enc"] = self.cipher.encrypt(
                json.dumps(values["actors"], ensure_ascii=False)
            )
        for key in CASE_SECRET_FIELDS:
            if key in values:
                row[f"{key}_enc"] = self.cipher.encrypt(values[key]) if values[key] else None
        return row

    def _case(self, row: dict[str, Any]) -> Case:
        secrets = {k: row.get(f"{k}_enc") for k in CASE_SECRET_FIELDS}
        opened = {k: self.cipher.decrypt(v) if v else None for k, v in secrets.items()}
        actors = row.get("actors_enc")
        return Case(
            id=row["id"],
            unit_id=row["unit_id"],
            actors=json.loads(self.cipher.decrypt(actors)) if actors else [],
            created_at=row.get("created_at"),
            **opened | {"label": opened["label"] or ""},
            **{k: row.get(k) for k in CASE_PLAIN_FIELDS},
        )

    @writes
    def seal_typed_text(self) -> int:
        """Encrypt what an older Delaktig kept in clear (see schema `_typed_text_encrypted`):
        each case's label, actors, sole-custody reason and coordinator details move to their
        `_enc` columns and the clear columns are emptied. Returns the cases sealed."""
        clear = ("label", "actors_json", *LEGACY_CLEAR)
        where = " OR ".join(f"[{c}] IS NOT NULL" for c in clear if c != "actors_json")
        where += " OR ([actors_json] IS NOT NULL AND [actors_json] <> '[]')"
        rows = self.db.execute(f"SELECT id, {', '.join(clear)} FROM cases WHERE {where}")
        sealed = 0
        for case_id, label, actors_json, *rest in rows.fetchall():
            values = dict(zip(("label", *LEGACY_CLEAR), (label, *rest), strict=True))
            if actors_json is not None:
                values["actors"] = json.loads(actors_json)
            update = self._case_row({k: v for k, v in values.items() if v is not None})
            update |= dict.fromkeys(clear)
            self.db.execute(
                f"UPDATE cases SET {', '.join(f'[{c}] = ?' for c in update)} WHERE id = ?",
                [*update.values(), case_id],
            )
            sealed += 1
        return sealed

    # participants ──────────────────────────────────────────────────────────────────────────

    @writes
    def add_participant(
        self,
        case_id: int,
        role: str,
        dialog_id: str,
        name: str | None = None,
        contact: str | None = None,
        child_asked: bool = False,
        protected: bool = False,
        lang: str = "sv",
        decides_self: bool = False,
        before: tuple[str, ...] = (),
    ) -> Participant:
        pid = (
            self.db["participants"]
            .insert(
                {
                    "case_id": case_id,
                    "role": role,
                    "dialog_id": dialog_id,
                    "name_enc": self.cipher.encrypt(name) if name else None,
                    "contact_enc": self.cipher.encrypt(contact) if contact else None,
                    "child_asked": int(child_asked),
                    "protected": int(protected),
                    "lang": lang,
                    "decides_self": int(decides_self),
                    "before_json": json.dumps(list(before)),
                    "created_at": utc_now(),
                }
            )
            .last_pk
        )
        return self.participant(pid)

    def participant(self, participant_id: int) -> Participant | None:
        rows = list(select(self.db, "participants", "id = ?", [participant_id]))
        return self._participant(rows[0]) if rows else None

    def standing(self, participant_id: int) -> Standing | None:
        """The participant's standing in one query; None when they or their case are gone."""
        row = self.db.execute(
            "SELECT c.status, (SELECT i.revoked_at FROM invites i WHERE i.participant_id = p.id "
            "AND i.used_at IS NOT NULL ORDER BY i.used_at DESC, i.id LIMIT 1) "
            "FROM participants p JOIN cases c ON c.id = p.case_id WHERE p.id = ?",
            [participant_id],
        ).fetchone()
        return Standing(row[0], row[1] is not None) if row else None

    def participants(self, case_id: int) -> list[Participant]:
        rows = select(self.db, "participants", "case_id = ?", [case_id], order_by="id")
        return [self._participant(r) for r in rows]

    @writes
    def update_participant(self, participant_id: int, **values: Any) -> Participant:
        row: dict[str, Any] = {}
        for key in ("name", "contact"):
            if key in values:
                row[f"{key}_enc"] = self.cipher.encrypt(values[key]) if values[key] else None
        for key in ("role", "dialog_id", "lang", "identity_hash"):
            if key in values:
                row[key] = values[key]
        for key in ("child_asked", "protected"):
            if key in values:
                row[key] = int(values[key])
        self.db["participants"].update(participant_id, row)
        return self.participant(participant_id)

    def participant_by_identity(self, identity_hash: str) -> Participant | None:
        rows = list(select(self.db, "participants", "identity_hash = ?", [identity_hash]))
        return self._participant(rows[0]) if rows else None

    def _participant(self, row: dict[str, Any]) -> Participant:
        def open_(value: str | None) -> str | None:
            return self.cipher.decrypt(value) if value else None

        return Participant(
            id=row["id"],
            case_id=row["case_id"],
            role=row["role"],
            dialog_id=row["dialog_id"],
            name=open_(row["name_enc"]),
            contact=open_(row["contact_enc"]),
            child_asked=bool(row["child_asked"]),
            protected=bool(row["protected"]),
            lang=row["lang"],
            identity_hash=row["identity_hash"],
            decides_self=bool(row.get("decides_self")),
            before=tuple(json.loads(row.get("before_json") or "[]")),
        )

    # invites ───────────────────────────────────────────────────────────────────────────────

    @writes
    def add_invite(self, participant_id: int, token: str, expires_at: str) -> Invite:
        invite_id = (
            self.db["invites"]
            .insert(
                {
                    "participant_id": participant_id,
                    "token_hash": token_hash(token),
                    "created_at": utc_now(),
                    "expires_at": expires_at,
                }
            )
            .last_pk
        )
        return self.invite(invite_id)

    def invite(self, invite_id: int) -> Invite | None:
        return self._invite_where("id = ?", invite_id)

    def invite_by_token(self, token: str) -> Invite | None:
        return self._invite_where("token_hash = ?", token_hash(token))

    def invites(self, participant_id: int) -> list[Invite]:
        rows = select(self.db, "invites", "participant_id = ?", [participant_id], order_by="id")
        return [self._invite(r) for r in rows]

    @writes
    def mark_invite(self, invite_id: int, **values: str) -> None:
        self.db["invites"].update(invite_id, values)

    def _invite_where(self, where: str, value: Any) -> Invite | None:
        rows = list(select(self.db, "invites", where, [value]))
        return self._invite(rows[0]) if rows else None

    @staticmethod
    def _invite(row: dict[str, Any]) -> Invite:
        return Invite(
            row["id"],
            row["participant_id"],
            row["created_at"],
            row["expires_at"],
            row["used_at"],
            row["revoked_at"],
            row.get("locked_at"),
        )

    # sessions of participants ──────────────────────────────────────────────────────────────

    def session_id_for(self, participant_id: int, dialog_id: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM sessions WHERE participant_id = ? AND dialog_id = ? "
            "ORDER BY created_at DESC LIMIT 1",
            [participant_id, dialog_id],
        ).fetchone()
        return row[0] if row else None

    def session_rows(self, participant_id: int) -> list[dict[str, Any]]:
        """The participant's sessions as stored (no state), oldest first."""
        return select(self.db, "sessions", "participant_id = ?", [participant_id], "created_at")

    def guardian_views_of(self, participant_id: int) -> list[dict[str, Any]]:
        """The "show my guardian" records by or about the participant."""
        rows = select(
            self.db,
            "guardian_views",
            "guardian_id = ? OR session_id IN (SELECT id FROM sessions WHERE participant_id = ?)",
            [participant_id, participant_id],
            order_by="id",
        )
        return [{k: r[k] for k in ("session_id", "guardian_id", "created_at")} for r in rows]

    def finished_since(self, participant_id: int, dialog_id: str, since: str) -> bool:
        """Whether the participant finished a session of this dialog started at or after
        `since` (an ISO time)."""
        row = self.db.execute(
            "SELECT 1 FROM sessions WHERE participant_id = ? AND dialog_id = ? "
            "AND status = 'done' AND created_at >= ? LIMIT 1",
            [participant_id, dialog_id, since],
        ).fetchone()
        return row is not None

    def latest_session_id(self, participant_id: int) -> str | None:
        """The participant's most recently started session, whatever its dialog."""
        row = self.db.execute(
            "SELECT id FROM sessions WHERE participant_id = ? ORDER BY created_at DESC LIMIT 1",
            [participant_id],
        ).fetchone()
        return row[0] if row else None

    # notifications ─────────────────────────────────────────────────────────────────────────

    @writes
    def notify(self, unit_id: int, case_id: int, kind: str, urgent: bool = False) -> int:
        """A dashboard notice of `kind` for the case (no text); its id."""
        return (
            self.db["notifications"]
            .insert(
                {
                    "unit_id": unit_id,
                    "case_id": case_id,
                    "kind": kind,
                    "urgent": int(urgent),
                    "created_at": utc_now(),
                }
            )
            .last_pk
        )

    def notifications(self, unit_id: int, unread_only: bool = False) -> list[dict[str, Any]]:
        where = "unit_id = ?" + (" AND read_at IS NULL" if unread_only else "")
        return list(
            select(self.db, "notifications", where, [unit_id], order_by="urgent DESC, id DESC")
        )

    # hand-ticked checklist items ───────────────────────────────────────────────────────────

    def checklist_ticks(self, case_id: int) -> dict[str, Tick]:
        rows = select(self.db, "checklist_ticks", "case_id = ?", [case_id])
        return {r["item"]: Tick(r["ticked_by"], r["ticked_at"]) for r in rows}

    @writes
    def tick(self, case_id: int, item: str, by: str, at: str) -> None:
        self.db["checklist_ticks"].upsert(
            {"case_id": case_id, "item": item, "ticked_by": by, "ticked_at": at},
            pk=("case_id", "item"),
        )

    @writes
    def untick(self, case_id: int, item: str) -> None:
        self.db.execute(
            "DELETE FROM checklist_ticks WHERE case_id = ? AND item = ?", [case_id, item]
        )

    @writes
    def mark_notifications_read(self, unit_id: int) -> None:
        self.db.execute(
            "UPDATE notifications SET read_at = ? WHERE unit_id = ? AND read_at IS NULL",
            [utc_now(), unit_id],
        )

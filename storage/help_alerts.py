"""Help-now alerts, one row per participant and alert: times and counts only, never words.
A press within the rate window of an alert the coordinator has not handled is folded into it;
the e-mail job claims each alert (one conditional UPDATE, so of several workers exactly one
mails it), sends it and marks it mailed, or releases the claim when the send failed; the
coordinator marks it handled; the person is then told once that the coordinator has seen it."""

from __future__ import annotations

import sqlite_utils

from bot.domain import HelpAlert
from storage.crypto import FieldCipher
from storage.unit_of_work import atomic

COLUMNS = (
    "a.id, a.participant_id, a.case_id, a.notification_id, a.raised_at, a.last_at, a.folded, "
    "a.mailed_at, a.handled_at, a.handled_by, p.role, c.label_enc, c.unit_id, c.coordinator_id"
)
JOINS = (
    "help_alerts a JOIN participants p ON p.id = a.participant_id JOIN cases c ON c.id = a.case_id"
)


class HelpAlertStore:
    def __init__(self, db: sqlite_utils.Database, cipher: FieldCipher):
        self.db, self.cipher = db, cipher

    def _select(self, where: str, params: list) -> list[HelpAlert]:
        rows = self.db.execute(f"SELECT {COLUMNS} FROM {JOINS} WHERE {where}", params).fetchall()
        return [HelpAlert(*row[:11], self._label(row[11]), *row[12:]) for row in rows]

    def _label(self, sealed: str | None) -> str:
        return self.cipher.decrypt(sealed) if sealed else ""

    def open_since(self, participant_id: int, since: str) -> HelpAlert | None:
        """The participant's unhandled alert raised at or after `since`, if any."""
        found = self._select(
            "a.participant_id = ? AND a.handled_at IS NULL AND a.raised_at >= ? "
            "ORDER BY a.id DESC LIMIT 1",
            [participant_id, since],
        )
        return found[0] if found else None

    def fold(self, alert_id: int, at: str) -> None:
        with atomic(self.db):
            self.db.execute(
                "UPDATE help_alerts SET folded = folded + 1, last_at = ? WHERE id = ?",
                [at, alert_id],
            )

    def add(self, participant_id: int, case_id: int, notification_id: int, at: str) -> int:
        with atomic(self.db):
            cursor = self.db.execute(
                "INSERT INTO help_alerts (participant_id, case_id, notification_id, raised_at, "
                "last_at, folded) VALUES (?, ?, ?, ?, ?, 0)",
                [participant_id, case_id, notification_id, at, at],
            )
        return cursor.lastrowid

    def unmailed(self) -> list[HelpAlert]:
        return self._select("a.mailed_at IS NULL ORDER BY a.id", [])

    def claim_mail(self, alert_id: int, now: str, stale_before: str) -> bool:
        """True when this caller may mail the alert now: not mailed, and not claimed, or
        claimed before `stale_before` by a sender that died mid-send."""
        with atomic(self.db):
            cursor = self.db.execute(
                "UPDATE help_alerts SET mail_claimed_at = ? WHERE id = ? AND mailed_at IS NULL "
                "AND (mail_claimed_at IS NULL OR mail_claimed_at < ?)",
                [now, alert_id, stale_before],
            )
        return cursor.rowcount == 1

    def release_mail(self, alert_id: int) -> None:
        """Give up a claim whose send failed: the next round tries again."""
        with atomic(self.db):
            self.db.execute(
                "UPDATE help_alerts SET mail_claimed_at = NULL WHERE id = ? AND mailed_at IS NULL",
                [alert_id],
            )

    def mark_mailed(self, alert_id: int, at: str) -> None:
        with atomic(self.db):
            self.db.execute("UPDATE help_alerts SET mailed_at = ? WHERE id = ?", [at, alert_id])

    def recipients(self, alert: HelpAlert) -> list[str]:
        """The e-mail addresses to tell: the case's coordinator, or else every coordinator of
        the unit who has one."""
        rows = self.db.execute(
            "SELECT email FROM users WHERE email IS NOT NULL AND email <> '' AND "
            "(id = ? OR (? IS NULL AND unit_id = ?)) ORDER BY id",
            [alert.coordinator_id, alert.coordinator_id, alert.unit_id],
        ).fetchall()
        return [row[0] for row in rows]

    def for_case(self, case_id: int, open_only: bool = True) -> list[HelpAlert]:
        where = "a.case_id = ?" + (" AND a.handled_at IS NULL" if open_only else "")
        return self._select(f"{where} ORDER BY a.id DESC", [case_id])

    def handle(self, alert_id: int, case_id: int, by: str, at: str) -> bool:
        """Mark the case's alert handled (its dashboard notice read); False when it is not
        this case's or already handled."""
        with atomic(self.db):
            cursor = self.db.execute(
                "UPDATE help_alerts SET handled_at = ?, handled_by = ? "
                "WHERE id = ? AND case_id = ? AND handled_at IS NULL",
                [at, by, alert_id, case_id],
            )
            self.db.execute(
                "UPDATE notifications SET read_at = ? WHERE read_at IS NULL AND id = "
                "(SELECT notification_id FROM help_alerts WHERE id = ?)",
                [at, alert_id],
            )
        return cursor.rowcount == 1

    def seen_to_tell(self, participant_id: int) -> HelpAlert | None:
        """A handled alert the person has not yet been told about."""
        found = self._select(
            "a.participant_id = ? AND a.handled_at IS NOT NULL AND a.seen_shown_at IS NULL "
            "ORDER BY a.id DESC LIMIT 1",
            [participant_id],
        )
        return found[0] if found else None

    def mark_seen_shown(self, participant_id: int, at: str) -> None:
        with atomic(self.db):
            self.db.execute(
                "UPDATE help_alerts SET seen_shown_at = ? "
                "WHERE participant_id = ? AND handled_at IS NOT NULL AND seen_shown_at IS NULL",
                [at, participant_id],
            )

    def set_email(self, username: str, email: str | None) -> bool:
        """A coordinator's work address for help-now e-mail (None removes it)."""
        with atomic(self.db):
            cursor = self.db.execute(
                "UPDATE users SET email = ? WHERE username = ?", [email, username]
            )
        return cursor.rowcount == 1

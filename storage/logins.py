"""Web logins and failed coordinator login attempts, in the database so they survive a restart
and are shared by several workers. A login is stored by a hash of its cookie token (never the
token); a family login names the invite it came from and ends when a newer invite replaces it,
or when its participant is erased (the rows hang on them by foreign
keys, so erasing and purging reach them too)."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from bot.domain import StoredLogin
from bot.domain import login_token_hash as token_hash
from storage.unit_of_work import atomic

#: What a family login needs to stay valid: its participant, and its invite still their newest
#: (a revoked invite is refused with its reason by the conversation layer, which ends the login).
FAMILY_VALID = (
    "participant_id IN (SELECT id FROM participants) AND invite_id = "
    "(SELECT MAX(id) FROM invites WHERE invites.participant_id = logins.participant_id)"
)


class LoginStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db, self.conn = db, db.conn

    def hashes_of(self, participant_id: int) -> list[str]:
        """The token hashes of the participant's logins (kept when they are erased, so an
        ended login can still be told why)."""
        rows = self.conn.execute(
            "SELECT token_hash FROM logins WHERE participant_id = ?", [participant_id]
        ).fetchall()
        return [row[0] for row in rows]

    def add(
        self,
        kind: str,
        token: str,
        csrf: str,
        now: datetime,
        ends_at: datetime,
        user_id: int | None = None,
        participant_id: int | None = None,
        data: str | None = None,
    ) -> None:
        """A new login; a family login is tied to its participant's newest invite."""
        with atomic(self.db):
            self.conn.execute(
                "INSERT INTO logins (token_hash, kind, csrf, user_id, participant_id, invite_id, "
                "data, created_at, seen_at, ends_at) VALUES (?, ?, ?, ?, ?, "
                "(SELECT MAX(id) FROM invites WHERE participant_id = ?), ?, ?, ?, ?)",
                (
                    token_hash(token), kind, csrf, user_id, participant_id, participant_id,
                    data, now.isoformat(), now.isoformat(), ends_at.isoformat(),
                ),
            )  # fmt: skip

    def get(self, kind: str, token: str) -> StoredLogin | None:
        """The login of this kind for a cookie token, if its family login is still valid
        (whether it is too old is the caller's to say)."""
        valid = f" AND {FAMILY_VALID}" if kind == "family" else ""
        row = self.conn.execute(
            "SELECT kind, csrf, created_at, seen_at, user_id, participant_id, data FROM logins "
            f"WHERE token_hash = ? AND kind = ?{valid}",
            (token_hash(token), kind),
        ).fetchone()
        if row is None:
            return None
        created, seen = datetime.fromisoformat(row[2]), datetime.fromisoformat(row[3])
        return StoredLogin(row[0], row[1], created, seen, row[4], row[5], row[6])

    def touch(self, token: str, now: datetime, data: str | None = None) -> None:
        """Mark the login used now, and keep its data when given."""
        with atomic(self.db):
            self.conn.execute(
                "UPDATE logins SET seen_at = ?, data = COALESCE(?, data) WHERE token_hash = ?",
                (now.isoformat(), data, token_hash(token)),
            )

    def drop(self, token: str) -> None:
        with atomic(self.db):
            self.conn.execute("DELETE FROM logins WHERE token_hash = ?", (token_hash(token),))

    def purge(self, now: datetime, idle_cutoffs: dict[str, datetime]) -> int:
        """Delete logins past their end, or of a kind idle since before its cutoff; the count."""
        with atomic(self.db):
            count = self.conn.execute(
                "DELETE FROM logins WHERE ends_at <= ?", (now.isoformat(),)
            ).rowcount
            for kind, cutoff in idle_cutoffs.items():
                count += self.conn.execute(
                    "DELETE FROM logins WHERE kind = ? AND seen_at < ?", (kind, cutoff.isoformat())
                ).rowcount
        return count


class LoginFailures:
    """Failed login attempts by key (a keyed hash of an address, or of an address and a
    username), each with its time."""

    def __init__(self, db: sqlite_utils.Database):
        self.db, self.conn = db, db.conn

    def count_since(self, key: str, since: datetime) -> int:
        return self.conn.execute(
            "SELECT COUNT(*) FROM login_failures WHERE throttle_key = ? AND failed_at > ?",
            (key, since.isoformat()),
        ).fetchone()[0]

    def add(self, keys: list[str], now: datetime) -> None:
        with atomic(self.db):
            self.conn.executemany(
                "INSERT INTO login_failures (throttle_key, failed_at) VALUES (?, ?)",
                [(key, now.isoformat()) for key in keys],
            )

    def forget_before(self, cutoff: datetime) -> int:
        with atomic(self.db):
            return self.conn.execute(
                "DELETE FROM login_failures WHERE failed_at <= ?", (cutoff.isoformat(),)
            ).rowcount

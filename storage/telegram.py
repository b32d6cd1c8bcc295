"""What the Telegram channel remembers: the ids of updates already received (the inbox,
`storage/telegram_inbox.py`, takes each once), and the message ids of each private chat so the
conversation can be cleared. No message text is stored here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import sqlite_utils

from storage.times import utc_clock
from storage.unit_of_work import atomic

#: Telegram lets a bot delete messages in a private chat for 48 hours.
DELETABLE_FOR = timedelta(hours=48)
#: Received update ids are kept this long; Telegram redelivers for at most a day.
UPDATES_KEPT_FOR = timedelta(days=7)
#: What `prune` deletes: (table, time column, kept for).
STALE = (
    ("telegram_updates", "seen_at", UPDATES_KEPT_FOR),
    ("telegram_messages", "sent_at", DELETABLE_FOR),
)


class TelegramStore:
    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = utc_clock):
        self.db, self.conn, self.clock = db, db.conn, clock

    def first_time(self, update_id: int) -> bool:
        """Record the update as received; False when it was received before."""
        with atomic(self.db):
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO telegram_updates (update_id, seen_at) VALUES (?, ?)",
                (update_id, self.clock().isoformat()),
            )
        return cursor.rowcount == 1

    def prune(self, dry_run: bool = False) -> dict[str, int]:
        """Forget update ids handled more than UPDATES_KEPT_FOR ago and message ids past the
        48 hours they can be deleted; the rows per table (with `dry_run`, counted only)."""
        now = self.clock()
        counts = {}
        with atomic(self.db):
            for table, column, kept_for in STALE:
                rows, cutoff = f"FROM {table} WHERE {column} < ?", ((now - kept_for).isoformat(),)
                counts[table] = self.conn.execute(f"SELECT COUNT(*) {rows}", cutoff).fetchone()[0]
                if not dry_run:
                    self.conn.execute(f"DELETE {rows}", cutoff)
        return counts

    def track(self, chat_id: int, message_ids: list[int]) -> None:
        """Remember messages of a chat (the bot's and the person's) for clearing later."""
        now = self.clock().isoformat()
        with atomic(self.db):
            self.conn.executemany(
                "INSERT OR IGNORE INTO telegram_messages (chat_id, message_id, sent_at) "
                "VALUES (?, ?, ?)",
                [(chat_id, mid, now) for mid in message_ids],
            )

    def deletable(self, chat_id: int) -> list[int]:
        """Message ids still inside Telegram's 48-hour limit, oldest first."""
        since = (self.clock() - DELETABLE_FOR).isoformat()
        rows = self.conn.execute(
            "SELECT message_id FROM telegram_messages WHERE chat_id = ? AND sent_at > ? "
            "ORDER BY message_id",
            (chat_id, since),
        ).fetchall()
        return [row[0] for row in rows]

    def forget_chat(self, chat_id: int) -> None:
        with atomic(self.db):
            self.conn.execute("DELETE FROM telegram_messages WHERE chat_id = ?", (chat_id,))

    def bind(self, participant_id: int, chat_enc: str) -> None:
        """Remember which (encrypted) chat a participant uses, for pushed messages."""
        with atomic(self.db):
            self.conn.execute(
                "INSERT OR REPLACE INTO telegram_chats (participant_id, chat_enc) VALUES (?, ?)",
                (participant_id, chat_enc),
            )

    def chat_of(self, participant_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT chat_enc FROM telegram_chats WHERE participant_id = ?", (participant_id,)
        ).fetchone()
        return row[0] if row else None

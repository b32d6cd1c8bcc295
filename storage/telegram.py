"""What the Telegram channel remembers: updates already handled, and the message ids of each
private chat so the conversation can be cleared. No message text is stored here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlite_utils

from storage.unit_of_work import atomic

#: Telegram lets a bot delete messages in a private chat for 48 hours.
DELETABLE_FOR = timedelta(hours=48)
#: Handled update ids are kept this long; Telegram redelivers for at most a day.
UPDATES_KEPT_FOR = timedelta(days=7)


def _now() -> datetime:
    return datetime.now(UTC)


class TelegramStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db, self.conn = db, db.conn

    def first_time(self, update_id: int) -> bool:
        """Record the update as handled; False when it was handled before."""
        with atomic(self.db):
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO telegram_updates (update_id, seen_at) VALUES (?, ?)",
                (update_id, _now().isoformat()),
            )
        return cursor.rowcount == 1

    def forget_old_updates(self) -> None:
        with atomic(self.db):
            self.conn.execute(
                "DELETE FROM telegram_updates WHERE seen_at < ?",
                ((_now() - UPDATES_KEPT_FOR).isoformat(),),
            )

    def track(self, chat_id: int, message_ids: list[int]) -> None:
        """Remember messages of a chat (the bot's and the person's) for clearing later."""
        now = _now().isoformat()
        with atomic(self.db):
            self.conn.executemany(
                "INSERT OR IGNORE INTO telegram_messages (chat_id, message_id, sent_at) "
                "VALUES (?, ?, ?)",
                [(chat_id, mid, now) for mid in message_ids],
            )

    def deletable(self, chat_id: int) -> list[int]:
        """Message ids still inside Telegram's 48-hour limit, oldest first."""
        since = (_now() - DELETABLE_FOR).isoformat()
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

    def unbind(self, participant_id: int) -> None:
        with atomic(self.db):
            self.conn.execute(
                "DELETE FROM telegram_chats WHERE participant_id = ?", (participant_id,)
            )

"""The Telegram update inbox: every update is written here first, encrypted (it holds what the
person wrote) and keyed by its update id, with a keyed hash of its chat. Whichever worker claims
an update handles it: only the oldest unhandled update of a chat with none in progress can be
claimed, by one conditional UPDATE (of several workers exactly one gets it), so a chat's
updates run one at a time and in order while different chats run in parallel. A claim is a
lease: the claimer renews it while handling, and a worker that died holding one loses it when
it runs out. A handled update is deleted; its id stays in `telegram_updates` for a week, so
Telegram sending it again is a no-op."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

import sqlite_utils

from bot.domain import InboxUpdate
from storage.crypto import FieldCipher
from storage.telegram import TelegramStore
from storage.times import stamp, utc_clock
from storage.unit_of_work import atomic

#: The update is the oldest of its chat still in the inbox.
_OLDEST_OF_ITS_CHAT = (
    "NOT EXISTS (SELECT 1 FROM telegram_inbox AS older WHERE older.chat_tag = "
    "telegram_inbox.chat_tag AND older.update_id < telegram_inbox.update_id)"
)
_UNCLAIMED = "(claimed_until IS NULL OR claimed_until < ?)"


class TelegramInbox:
    def __init__(
        self,
        db: sqlite_utils.Database,
        cipher: FieldCipher,
        clock: Callable[[], datetime] = utc_clock,
    ):
        self.db, self.conn, self.cipher, self.clock = db, db.conn, cipher, clock
        self.seen = TelegramStore(db, clock)

    def put(self, updates: Iterable[tuple[int, int | None, dict]]) -> int:
        """Write (update id, chat id, update) in one commit; an update id seen before is left
        out. How many were new."""
        received, new = stamp(self.clock()), 0
        with atomic(self.db):
            for update_id, chat_id, data in updates:
                if not self.seen.first_time(update_id):
                    continue
                self.conn.execute(
                    "INSERT INTO telegram_inbox (update_id, chat_tag, update_enc, received_at) "
                    "VALUES (?, ?, ?, ?)",
                    (
                        update_id,
                        self.cipher.tag(f"telegram-chat:{chat_id}"),
                        self.cipher.encrypt(json.dumps(data)),
                        received,
                    ),
                )
                new += 1
        return new

    def claim(self, holder: str, lease: timedelta, limit: int) -> list[InboxUpdate]:
        """Claim up to `limit` updates for `holder` until `lease` from now, oldest first: of
        each chat with no update in progress (or whose claim ran out), its oldest update."""
        now = self.clock()
        rows = self.conn.execute(
            f"SELECT update_id FROM telegram_inbox WHERE {_UNCLAIMED} AND {_OLDEST_OF_ITS_CHAT} "
            "ORDER BY update_id LIMIT ?",
            (stamp(now), limit),
        ).fetchall()
        claimed = []
        for (update_id,) in rows:
            with atomic(self.db):
                taken = self.conn.execute(
                    "UPDATE telegram_inbox SET claimed_by = ?, claimed_until = ? "
                    f"WHERE update_id = ? AND {_UNCLAIMED} AND {_OLDEST_OF_ITS_CHAT}",
                    (holder, stamp(now + lease), update_id, stamp(now)),
                )
                if taken.rowcount != 1:
                    continue  # another worker was first
                (sealed,) = self.conn.execute(
                    "SELECT update_enc FROM telegram_inbox WHERE update_id = ?", (update_id,)
                ).fetchone()
            claimed.append(InboxUpdate(update_id, json.loads(self.cipher.decrypt(sealed))))
        return claimed

    def renew(self, update_id: int, holder: str, lease: timedelta) -> bool:
        """Keep the claim `lease` longer; False when it is not `holder`'s any more."""
        with atomic(self.db):
            cursor = self.conn.execute(
                "UPDATE telegram_inbox SET claimed_until = ? "
                "WHERE update_id = ? AND claimed_by = ?",
                (stamp(self.clock() + lease), update_id, holder),
            )
        return cursor.rowcount == 1

    def done(self, update_id: int) -> None:
        """The update is handled: nothing of it is kept but its id (in telegram_updates)."""
        with atomic(self.db):
            self.conn.execute("DELETE FROM telegram_inbox WHERE update_id = ?", (update_id,))

    def waiting(self) -> int:
        """Updates not handled yet."""
        return self.conn.execute("SELECT COUNT(*) FROM telegram_inbox").fetchone()[0]

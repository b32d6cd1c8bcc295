"""The Telegram update inbox and job leases as stores, on SQLite and on a real PostgreSQL
server: an update is stored sealed and once; a chat's updates are claimed one at a time and in
order, different chats at once; a claim that ran out is taken over; a lease has one holder."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage.crypto import FieldCipher
from storage.database import open_database
from storage.leases import Leases
from storage.telegram_inbox import TelegramInbox

pytestmark = pytest.mark.backends

CIPHER = FieldCipher(b"\x03" * 32)
START = datetime(2026, 12, 1, 12, tzinfo=UTC)
LEASE = timedelta(seconds=60)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(database_backend: str, tmp_path: Path):
    database = open_database(os.environ.get("DELAKTIG_DATABASE_URL") or tmp_path / "d.db")
    yield database
    database.conn.close()


def update(update_id: int, chat_id: int, text: str) -> tuple[int, int, dict]:
    message = {"message_id": update_id, "chat": {"id": chat_id}, "text": text}
    return update_id, chat_id, {"update_id": update_id, "message": message}


def test_updates_are_stored_sealed_and_once(db):
    inbox = TelegramInbox(db, CIPHER)
    assert inbox.put([update(1, 10, "Hemlig Kanarie 8812"), update(2, 10, "två")]) == 2
    assert inbox.put([update(1, 10, "Hemlig Kanarie 8812")]) == 0  # sent again: a no-op
    rows = db.execute("SELECT chat_tag, update_enc FROM telegram_inbox").fetchall()
    assert len(rows) == 2
    assert not any("Kanarie" in str(row) or row[0] == "10" for row in rows)
    (first,) = inbox.claim("w1", LEASE, 10)
    assert first.data["message"]["text"] == "Hemlig Kanarie 8812"
    inbox.done(1)
    assert inbox.put([update(1, 10, "Hemlig Kanarie 8812")]) == 0  # handled: still once
    assert inbox.waiting() == 1


def test_a_chat_runs_in_order_one_at_a_time_and_chats_at_once(db):
    inbox = TelegramInbox(db, CIPHER)
    inbox.put([update(1, 10, "a1"), update(2, 20, "b1"), update(3, 10, "a2")])
    first = inbox.claim("w1", LEASE, 10)
    assert [u.update_id for u in first] == [1, 2]  # one of each chat, oldest first
    assert inbox.claim("w2", LEASE, 10) == []  # chat 10's next waits for its first
    inbox.done(1)
    assert [u.update_id for u in inbox.claim("w2", LEASE, 10)] == [3]
    assert inbox.claim("w1", LEASE, 10) == []


def test_a_claim_that_ran_out_is_taken_over_and_renewing_keeps_it(db):
    clock = Clock()
    inbox = TelegramInbox(db, CIPHER, clock)
    inbox.put([update(1, 10, "a1"), update(2, 20, "b1")])
    assert len(inbox.claim("dead", LEASE, 10)) == 2
    clock.now += LEASE / 2
    assert inbox.renew(2, "dead", LEASE)  # chat 20's holder is still at work
    clock.now += LEASE
    assert [u.update_id for u in inbox.claim("alive", LEASE, 10)] == [1]
    assert not inbox.renew(1, "dead", LEASE)  # the claim is not the dead worker's any more


def test_a_lease_has_one_holder_until_it_runs_out_or_is_given_up(db):
    clock = Clock()
    leases = Leases(db, clock)
    assert leases.take("polling", "w1", START + LEASE)
    assert not leases.take("polling", "w2", START + LEASE)
    assert leases.take("polling", "w1", START + 2 * LEASE)  # renewed by its holder
    assert leases.take("purge", "w2", START + LEASE, renew=False)
    assert not leases.take("purge", "w2", START + LEASE, renew=False)  # once, even for w2
    clock.now += 3 * LEASE
    assert leases.take("polling", "w2", clock.now + LEASE)  # w1 stopped renewing
    leases.release("polling", "w2")
    assert leases.take("polling", "w1", clock.now + LEASE)

"""One storage contract, run on SQLite and on a real PostgreSQL server: what the stores promise
(keys of new rows, insert-or-ignore/replace, upserts, one commit per unit of work with inner
savepoints, deleting a tree by foreign keys, the append-only audit log, encryption at rest,
forward migrations that refuse a newer schema) holds on both backends."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.engine.library import DialogLibrary
from bot.services.dialogs import DialogService
from storage import schema
from storage.audit import AuditLog
from storage.cases import CaseStore
from storage.consents import ConsentStore
from storage.crypto import FieldCipher
from storage.database import StorageError, open_database, schema_version
from storage.erase import Erasure, delete_tree
from storage.inbox import InboxStore
from storage.plans import PlanStore
from storage.reminders import ReminderStore
from storage.sessions import SqliteSessionStore
from storage.telegram import TelegramStore
from storage.transactions import InnerBlockFailed
from storage.unit_of_work import atomic, unit_of_work
from storage.users import UserStore
from tests.test_storage import write_in_demo

pytestmark = pytest.mark.backends

CIPHER = FieldCipher(b"\x02" * 32)
CANARY = "KontraktKanarie-5521"


@pytest.fixture
def target(database_backend: str, tmp_path: Path) -> str | Path:
    return os.environ.get("DELAKTIG_DATABASE_URL") or tmp_path / "d.db"


@pytest.fixture
def db(target):
    database = open_database(target)
    yield database
    database.conn.close()


@pytest.fixture
def case(db):
    store = CaseStore(db, CIPHER)
    unit = store.unit_id("Enheten Kontrakt", create=True)
    return store.create_case(unit, label="Kontrakt 2026", meeting_place=CANARY)


def test_new_rows_get_keys_and_encrypted_fields_read_back(db, case):
    store = CaseStore(db, CIPHER)
    assert store.unit_id("Enheten Kontrakt") == case.unit_id
    assert store.case(case.id).meeting_place == CANARY
    child = store.add_participant(case.id, "child", "child-prep", name="Lo Test")
    guardian = store.add_participant(case.id, "guardian", "consent", contact="lo@example.org")
    assert child.id != guardian.id and store.participant(child.id).name == "Lo Test"
    assert [p.id for p in store.participants(case.id)] == [child.id, guardian.id]
    updated = store.update_case(case.id, status="closed", actors=[{"id": "bup", "label": "BUP"}])
    assert (updated.status, updated.actors[0]["id"]) == ("closed", "bup")
    raw = db.execute("SELECT meeting_place_enc FROM cases WHERE id = ?", [case.id]).fetchone()
    assert raw[0].startswith("v1:") and CANARY not in raw[0]
    inbox = InboxStore(db)
    first = inbox.add(child.id, "reminder-meeting", {"day": "2026-05-04"})
    second = inbox.add(child.id, "plan-ready", {})
    assert second > first > 0
    assert [i.kind for i in inbox.items(child.id, unread_only=True)] == [
        "reminder-meeting",
        "plan-ready",
    ]
    inbox.mark_read(child.id)
    assert inbox.items(child.id, unread_only=True) == []


def test_upserts_insert_or_ignore_and_insert_or_replace(db, case):
    store = CaseStore(db, CIPHER)
    store.tick(case.id, "invite", "c:1", "2026-05-01")
    store.tick(case.id, "invite", "c:2", "2026-05-02")
    assert store.checklist_ticks(case.id)["invite"].by == "c:2"
    plans = PlanStore(db, CIPHER)
    assert plans.save(case.id, {"goal": CANARY}, "c:1").version == 1
    again = plans.save(case.id, {"goal": "Ny"}, "c:1")
    assert (again.version, again.data) == (2, {"goal": "Ny"})
    telegram = TelegramStore(db)
    assert telegram.first_time(1001) is True
    assert telegram.first_time(1001) is False
    telegram.track(77, [1, 2])
    telegram.track(77, [2, 3])
    assert telegram.deletable(77) == [1, 2, 3]
    child = store.add_participant(case.id, "child", "child-prep")
    telegram.bind(child.id, "sealed-1")
    telegram.bind(child.id, "sealed-2")
    assert telegram.chat_of(child.id) == "sealed-2"


def test_a_reminder_is_claimed_once_until_its_claim_goes_stale(db, case):
    reminders = ReminderStore(db)
    args = ("meeting:1", case.id, None, "meeting", "2026-05-04")
    assert reminders.claim(*args, now="2026-05-03T10:00", stale_before="2026-05-03T09:00")
    assert not reminders.claim(*args, now="2026-05-03T10:05", stale_before="2026-05-03T09:05")
    assert reminders.claim(*args, now="2026-05-03T12:00", stale_before="2026-05-03T11:00")
    reminders.mark_sent("meeting:1", "2026-05-03T12:00")
    assert not reminders.claim(*args, now="2026-05-04T12:00", stale_before="2026-05-04T11:00")
    assert reminders.sent_keys(case.id) == {"meeting:1"}


def test_of_workers_claiming_one_reminder_at_once_exactly_one_gets_it(target, case):
    workers = [ReminderStore(open_database(target)) for _ in range(4)]
    start = threading.Barrier(len(workers))

    def claim(store: ReminderStore) -> bool:
        start.wait()
        return store.claim(
            "meeting:9", case.id, None, "meeting", "2026-05-04", "2026-05-03T10:00", "2026-05-03"
        )

    with ThreadPoolExecutor(len(workers)) as pool:
        won = list(pool.map(claim, workers))
    assert sorted(won) == [False, False, False, True]
    for store in workers:
        store.db.conn.close()


def test_a_unit_of_work_commits_once_and_a_failed_inner_block_undoes_the_whole(db, case):
    store = CaseStore(db, CIPHER)
    with pytest.raises(RuntimeError), atomic(db):
        store.add_participant(case.id, "child", "child-prep")
        raise RuntimeError("the whole block goes")
    assert store.participants(case.id) == []
    # Inner blocks join the outer one (no savepoint): a failure caught inside the outer block
    # must not let the rest commit half a unit of work.
    with pytest.raises(InnerBlockFailed), atomic(db):
        store.add_participant(case.id, "child", "child-prep")
        with pytest.raises(RuntimeError), atomic(db):
            store.add_participant(case.id, "guardian", "consent")
            raise RuntimeError("the inner block fails")
    assert store.participants(case.id) == []
    with atomic(db):
        store.add_participant(case.id, "child", "child-prep")
        with atomic(db):
            store.add_participant(case.id, "guardian", "consent")
    assert [p.role for p in store.participants(case.id)] == ["child", "guardian"]


def test_deleting_a_case_reaches_every_row_under_it_but_not_the_audit_log(db, case):
    store = CaseStore(db, CIPHER)
    child = store.add_participant(case.id, "child", "child-prep")
    store.add_invite(child.id, "token-abc", "2026-06-01")
    consents = ConsentStore(db, CIPHER)
    consents.add_change(case.id, child.id, "actor", "bup")
    AuditLog(db).record("c:1", "case.create", f"case:{case.id}", participant=child.id)
    counts = delete_tree(db, "cases", "id = ?", [case.id], dry_run=True)
    assert counts == {"cases": 1, "participants": 1, "invites": 1, "consent_changes": 1}
    assert store.case(case.id) is not None
    assert delete_tree(db, "cases", "id = ?", [case.id]) == counts
    assert store.case(case.id) is None and store.invites(child.id) == []
    assert [e["participant"] for e in AuditLog(db).about_person(child.id)] == [child.id]


def test_the_user_store_and_erasure_behave_alike(db, case):
    """The stores that replaced SQL in UserService, the purge and erasure (bot/ports.py)."""
    users = UserStore(db)
    users.add(case.unit_id, "kim.exempel", "hash-1", "coordinator", "2026-05-01T10:00:00+00:00")
    kim = users.by_username("kim.exempel")
    assert (kim.username, kim.unit_id, kim.role) == ("kim.exempel", case.unit_id, "coordinator")
    users.set_password_hash(kim.id, "hash-2")
    assert users.by_id(kim.id).password_hash == "hash-2"
    assert users.by_username("ingen") is None and users.by_id(kim.id + 1) is None

    store, erasure = CaseStore(db, CIPHER), Erasure(db)
    child = store.add_participant(case.id, "child", "child-prep")
    guardian = store.add_participant(case.id, "guardian", "consent")
    assert erasure.delete_participant(guardian.id) == {"participants": 1}
    assert [p.id for p in store.participants(case.id)] == [child.id]
    assert erasure.ended_cases("2999-01-01") == []  # still open
    store.update_case(case.id, status="closed")
    assert erasure.ended_cases("2000-01-01") == []
    assert erasure.ended_cases("2999-01-01") == [case.id]
    counts = erasure.delete_cases([case.id], dry_run=True)
    assert counts == {"cases": 1, "participants": 1} and store.case(case.id) is not None
    assert erasure.delete_cases([case.id]) == counts and store.case(case.id) is None


def test_the_audit_log_is_append_only(db):
    audit = AuditLog(db)
    audit.record("c:1", "case.create", "case:1", guardian=4)
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(Exception, match="append-only"):
        db.execute("DELETE FROM audit_log")
    assert [e["actor"] for e in audit.entries("case:")] == ["c:1"]
    assert audit.about_person(4)[0]["guardian"] == 4 and audit.about_person(44) == []


def test_a_step_is_stored_encrypted_and_read_back(db):
    store = SqliteSessionStore(db, CIPHER)
    service = DialogService(DialogLibrary(), store, unit_of_work(store.db))
    session = write_in_demo(service, CANARY)
    store.forget(session.id)
    assert store.get(session.id).state["answers"]["area-good[school]"] == CANARY
    assert [r.value for r in store.answers(session.id) if r.is_text] == [CANARY]
    rows = db.execute("SELECT text_enc, value_json FROM answers ORDER BY id").fetchall()
    assert rows and all(CANARY not in repr(row) for row in rows)
    (sealed,) = db.execute("SELECT state_enc FROM sessions").fetchone()
    assert CANARY not in sealed


def test_a_migration_in_the_house_style_runs_and_a_newer_schema_is_refused(
    target, monkeypatch: pytest.MonkeyPatch
):
    """A migration another engineer appends (sqlite-utils helpers and plain SQL) runs on both
    backends; then a database newer than this code is refused."""

    def _login_sessions(db) -> None:
        db["login_sessions"].create(
            {"id": str, "user_id": int, "created_at": str, "seen": int},
            pk="id",
            foreign_keys=[("user_id", "users", "id")],
            not_null={"created_at"},
            defaults={"seen": 0},
        )
        db["login_sessions"].create_index(["user_id"])
        db["users"].add_column("display_name", str)
        db["users"].add_column("attempts", int, not_null_default=0)
        db.execute("UPDATE users SET display_name = username")

    migrations = [*schema.MIGRATIONS, _login_sessions]
    monkeypatch.setattr("storage.database.MIGRATIONS", migrations)
    db = open_database(target)
    assert schema_version(db) == len(migrations)
    db["users"].insert(
        {"unit_id": None, "username": "kim", "password_hash": "x", "role": "c", "created_at": "t"}
    )
    db["login_sessions"].insert({"id": "s1", "user_id": 1, "created_at": "t"})
    row = next(db["login_sessions"].rows_where("id = ?", ["s1"]))
    assert row["seen"] == 0
    db.conn.close()
    monkeypatch.setattr("storage.database.MIGRATIONS", schema.MIGRATIONS)
    with pytest.raises(StorageError, match="newer than this Delaktig knows"):
        open_database(target)

"""Storage on a real SQLite file: WAL, migrations, refusals, the append-only audit log,
encryption at rest, the key file, and one transaction per step."""

from __future__ import annotations

import base64
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from bot.domain import AnswerRecord
from bot.engine.library import DialogLibrary
from bot.engine.runner import Event, EventKind
from bot.services.dialogs import DialogService
from storage.crypto import FieldCipher, KeyError_, load_or_create_key
from storage.database import StorageError, open_database, schema_version
from storage.schema import MIGRATIONS
from storage.sessions import SqliteSessionStore
from storage.unit_of_work import unit_of_work

CANARY = "KANARIEFAGEL-7391-hemligt"
KEY = b"\x01" * 32


def service_on(path: Path) -> tuple[DialogService, SqliteSessionStore]:
    store = SqliteSessionStore(open_database(path), FieldCipher(KEY))
    return DialogService(DialogLibrary(), store, unit_of_work(store.db)), store


def test_database_is_in_wal_mode_with_current_schema(tmp_path: Path):
    path = tmp_path / "d.db"
    db = open_database(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(db) == len(MIGRATIONS) >= 1
    assert {"sessions", "answers", "audit_log", "dialog_versions"} <= set(db.table_names())
    db.conn.close()
    again = open_database(path)
    assert schema_version(again) == len(MIGRATIONS)
    again.conn.close()


def test_a_newer_schema_is_refused(tmp_path: Path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(StorageError, match="newer than this Delaktig knows"):
        open_database(path)


def test_an_unwritable_path_is_refused(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="cannot open the database"):
        open_database(blocker / "d.db")


def test_the_audit_log_refuses_update_and_delete(tmp_path: Path):
    db = open_database(tmp_path / "d.db")
    db.execute(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
        ("2026-01-01T00:00:00Z", "coordinator", "case.create", "case:1", ""),
    )
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM audit_log")
    rows = db.execute("SELECT actor, action FROM audit_log").fetchall()
    assert rows == [("coordinator", "case.create")]


def write_in_demo(service, text: str):
    """The demo dialog answered up to its first free text, which gets `text`; the session."""
    session, _ = service.start("demo")
    for event in [
        Event(EventKind.ANSWER),
        Event(EventKind.ANSWER, ["school"]),
        Event(EventKind.ANSWER, "5"),
        Event(EventKind.ANSWER, text),
    ]:
        session, _ = service.handle(session.id, event)
    return session


def test_free_text_and_state_are_encrypted_at_rest(tmp_path: Path):
    path = tmp_path / "d.db"
    service, store = service_on(path)
    session = write_in_demo(service, CANARY)
    # The canary really was stored (so the check below can fail).
    assert session.state["answers"]["area-good[school]"] == CANARY
    texts = [r.value for r in store.answers(session.id) if r.is_text]
    assert texts == [CANARY]
    assert store.get(session.id).state["answers"]["area-good[school]"] == CANARY
    raw_text = store.conn.execute(
        "SELECT text_enc, value_json FROM answers WHERE text_enc IS NOT NULL"
    ).fetchone()
    assert raw_text[0].startswith("v1:") and raw_text[1] is None
    files = [path, Path(f"{path}-wal")]
    assert files[1].exists()
    for file in files:
        assert CANARY.encode() not in file.read_bytes()
    store.conn.close()
    assert CANARY.encode() not in path.read_bytes()


def test_key_file_is_created_private_and_reused(tmp_path: Path):
    key_file = tmp_path / "keys" / "delaktig.key"
    key = load_or_create_key(key_file)
    assert len(key) == 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    before = key_file.stat()
    assert load_or_create_key(key_file) == key
    after = key_file.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    cipher = FieldCipher(key)
    assert FieldCipher(load_or_create_key(key_file)).decrypt(cipher.encrypt("hej")) == "hej"


def test_delaktig_key_env_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    wanted = os.urandom(32)
    monkeypatch.setenv("DELAKTIG_KEY", base64.urlsafe_b64encode(wanted).decode().rstrip("="))
    key_file = tmp_path / "delaktig.key"
    assert load_or_create_key(key_file) == wanted
    assert not key_file.exists()
    monkeypatch.setenv("DELAKTIG_KEY", "too-short")
    with pytest.raises(KeyError_, match="DELAKTIG_KEY"):
        load_or_create_key(key_file)


def test_a_wrong_key_is_refused_clearly():
    token = FieldCipher(KEY).encrypt("hej")
    with pytest.raises(KeyError_, match="not the one"):
        FieldCipher(b"\x02" * 32).decrypt(token)


def test_each_value_gets_its_own_nonce():
    cipher = FieldCipher(KEY)
    assert cipher.encrypt("samma") != cipher.encrypt("samma")


def test_a_failing_step_changes_nothing(tmp_path: Path):
    path = tmp_path / "d.db"
    service, store = service_on(path)
    session, _ = service.start("demo")
    session, _ = service.handle(session.id, Event(EventKind.ANSWER))
    session, _ = service.handle(session.id, Event(EventKind.ANSWER, ["school"]))
    before_state = store.get(session.id).state
    before_answers = store.answers(session.id)
    changed = {**before_state, "status": "paused", "answers": {"x": "y"}}
    good = AnswerRecord("meeting", "", "yes", False, None)
    bad = AnswerRecord(None, "", "no", False, None)  # type: ignore[arg-type]  # NOT NULL step
    with pytest.raises(sqlite3.IntegrityError):
        store.save_step(session.id, changed, "paused", [good, bad], [("areas", "")])
    assert store.get(session.id).state == before_state
    assert store.get(session.id).status == "active"
    assert store.answers(session.id) == before_answers
    # The connection is usable afterwards and the next step commits.
    session, _ = service.handle(session.id, Event(EventKind.ANSWER, "4"))
    assert store.get(session.id).state["answers"]["area-how[school]"] == "4"
    store.conn.close()
    # And it is on disk: a new connection sees it.
    _, fresh = service_on(path)
    assert fresh.get(session.id).state["answers"]["area-how[school]"] == "4"


def test_text_with_lone_surrogates_is_stored(tmp_path: Path):
    service, store = service_on(tmp_path / "d.db")
    session, _ = service.start("demo")
    for value in [None, ["school"], "5", "bra\ud83d i skolan\udc00"]:
        session, _ = service.handle(session.id, Event(EventKind.ANSWER, value))
    assert [r.value for r in store.answers(session.id) if r.is_text] == ["bra i skolan"]
    assert store.get(session.id).state == session.state
    store.conn.close()


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the pages of a SQLite database" * 100)
    with pytest.raises(StorageError, match="cannot open the database"):
        open_database(path)

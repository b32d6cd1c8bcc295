"""Channel bindings belong to the participant: erasing the person or purging the case deletes
the Telegram chat binding, and old Telegram update and message ids are pruned by the retention
job. Against a real SQLite file, the real Telegram channel and the real command line."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from aiohttp import web

from bot.cli import main
from bot.runtime.retention_job import purge_daily
from bot.testing.fake_bot_api import FakeBotAPI
from bot.web.server import create_web_app
from storage.database import open_database, schema_version
from storage.erase import delete_tree
from storage.schema import MIGRATIONS, _chats_belong_to_participants
from storage.telegram import TelegramStore
from tests.app_factory import make_app
from tests.consent_support import make_family
from tests.telegram_bots import LIBRARIES, Chat, invite, running_bot

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
CHAT = 515151
#: The schema just before telegram_chats had a foreign key to participants.
WITHOUT_FOREIGN_KEY = MIGRATIONS.index(_chats_belong_to_participants)


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.delenv("DELAKTIG_RETENTION_DAYS", raising=False)
    return make_app(tmp_path)


def bound(path: Path) -> dict[int, str]:
    """participant id → encrypted chat, read from the file on a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT participant_id, chat_enc FROM telegram_chats"))
    finally:
        conn.close()


def kept_ids(app) -> tuple[set[int], set[int]]:
    """The update ids and message ids still stored."""
    updates = {row[0] for row in app.db.execute("SELECT update_id FROM telegram_updates")}
    messages = {row[0] for row in app.db.execute("SELECT message_id FROM telegram_messages")}
    return updates, messages


def at(app, moment: datetime) -> TelegramStore:
    return TelegramStore(app.db, clock=lambda: moment)


# ── Erase and purge reach the binding ───────────────────────────────────────────────────────


@pytest.mark.parametrize("library", LIBRARIES)
async def test_erasing_a_person_deletes_their_telegram_chat_binding(app, library, capsys):
    fake = FakeBotAPI()
    await fake.start()
    try:
        async with running_bot(app, fake, library):
            await Chat(fake, CHAT).say(f"/start {invite(app)}")
    finally:
        await fake.stop()
    participant = app.cases.participant_for_identity(f"tg:{CHAT}")
    other = app.cases.add_participant(participant.case_id, "guardian", "samtycke-vardnadshavare")
    TelegramStore(app.db).bind(other.id, app.cipher.encrypt("616161"))
    path = app.settings.db_path
    assert app.cipher.decrypt(bound(path)[participant.id]) == str(CHAT)

    assert main(["erase-person", "--participant", str(participant.id), "--db", str(path),
                 "--yes"]) == 0  # fmt: skip

    assert participant.id not in bound(path)
    assert other.id in bound(path)
    assert TelegramStore(app.db).chat_of(participant.id) is None


def test_purging_an_old_withdrawn_case_deletes_its_participants_bindings(app):
    old, kept = make_family(app, "Gamla 1"), make_family(app, "Nya 2")
    store = TelegramStore(app.db)
    for number, person in enumerate((old.mother, old.child, kept.mother), start=1):
        store.bind(person.id, app.cipher.encrypt(str(number)))
    app.consent.withdraw(old.case.id, old.mother.id)
    withdrawn_at = (NOW - timedelta(days=200)).isoformat()
    app.db.conn.execute(
        "UPDATE cases SET withdrawn_at = ? WHERE id = ?", (withdrawn_at, old.case.id)
    )

    report = app.retention.purge(90, now=NOW)

    assert report.cases == (old.case.id,)
    assert report.rows["telegram_chats"] == 2
    assert set(bound(app.settings.db_path)) == {kept.mother.id}


# ── Pruning old update and message ids ──────────────────────────────────────────────────────


def test_the_retention_purge_prunes_old_update_and_message_ids_and_keeps_fresh_ones(app):
    at(app, NOW - timedelta(days=8)).first_time(1)
    at(app, NOW - timedelta(days=6)).first_time(2)
    at(app, NOW - timedelta(hours=49)).track(CHAT, [10])
    at(app, NOW - timedelta(hours=47)).track(CHAT, [11])

    dry = app.retention.purge(90, now=NOW, dry_run=True)
    assert dry.pruned == {"telegram_updates": 1, "telegram_messages": 1}
    assert kept_ids(app) == ({1, 2}, {10, 11})

    report = app.retention.purge(90, now=NOW)

    assert report.pruned == {"telegram_updates": 1, "telegram_messages": 1}
    assert kept_ids(app) == ({2}, {11})
    assert at(app, NOW).deletable(CHAT) == [11]


async def test_the_server_prunes_old_update_ids_at_start(app):
    now = datetime.now(UTC)
    at(app, now - timedelta(days=8)).first_time(1)
    at(app, now - timedelta(hours=1)).first_time(2)
    web_app = create_web_app(app)
    web_app.cleanup_ctx.append(purge_daily)
    runner = web.AppRunner(web_app)
    await runner.setup()
    try:
        assert kept_ids(app) == ({2}, set())
    finally:
        await runner.cleanup()


def test_delaktig_purge_prunes_old_update_ids(app, capsys):
    now = datetime.now(UTC)
    at(app, now - timedelta(days=8)).first_time(1)
    at(app, now - timedelta(hours=1)).first_time(2)
    db = str(app.settings.database)

    assert main(["purge", "--dry-run", "--db", db]) == 0
    assert "would prune 1 old row(s) of telegram_updates" in capsys.readouterr().out
    assert kept_ids(app) == ({1, 2}, set())

    assert main(["purge", "--db", db]) == 0
    assert "pruned 1 old row(s) of telegram_updates" in capsys.readouterr().out
    assert kept_ids(app) == ({2}, set())


# ── The migration ───────────────────────────────────────────────────────────────────────────


def database_at(path: Path, version: int) -> sqlite_utils.Database:
    """A database file made by the Delaktig that had schema `version`."""
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    db.execute("PRAGMA foreign_keys=ON")
    for migration in MIGRATIONS[:version]:
        migration(db)
    db.execute(f"PRAGMA user_version={version}")
    return db


def test_migrating_drops_orphan_bindings_and_keeps_the_rest(tmp_path):
    path = tmp_path / "old.db"
    old = database_at(path, WITHOUT_FOREIGN_KEY)
    old["units"].insert({"id": 1, "name": "Enheten"})
    old["cases"].insert({"id": 1, "unit_id": 1, "label": "Fjärilen"})
    old["participants"].insert({"id": 1, "case_id": 1, "role": "youth", "dialog_id": "demo"})
    old["telegram_chats"].insert_all(
        [{"participant_id": 1, "chat_enc": "kept"}, {"participant_id": 99, "chat_enc": "orphan"}]
    )
    old.conn.close()

    db = open_database(path)

    assert schema_version(db) == len(MIGRATIONS)
    assert bound(path) == {1: "kept"}
    assert [(fk.column, fk.other_table) for fk in db["telegram_chats"].foreign_keys] == [
        ("participant_id", "participants")
    ]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        TelegramStore(db).bind(99, "orphan")
    assert delete_tree(db, "participants", "id = ?", [1])["telegram_chats"] == 1
    assert bound(path) == {}

"""At rest: every case field a coordinator types is encrypted in the SQLite file and its WAL
(rows an older Delaktig kept in clear are sealed on first open), and the database, its WAL and
shared memory, the key and every exported file are the owner's only (0600). Real command line,
real SQLite file."""

from __future__ import annotations

import stat

import sqlite_utils

from bot.cli import main
from storage.database import PRAGMAS, migrate
from storage.schema import MIGRATIONS
from tests.app_factory import make_app
from tests.workspace_factory import give_consent, prepare_child, seed_case

TYPED = {
    "label": "Ärendet Kanarieörn",
    "actor": "Moster Vanja-Testperson",
    "sole_custody": "Domen från Kanarietingsrätten",
    "coordinator_name": "Kanarie Samordnarsson",
    "contact": "kanarie.samordnare@example.org",
    "hours": "Kanarietider tisdagar 9–11",
}


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def raw(folder) -> bytes:
    """The database file, its WAL and its shared memory, as bytes on disk."""
    return b"".join(p.read_bytes() for p in folder.iterdir() if "delaktig.db" in p.name)


def assert_sealed(stored: bytes) -> None:
    for what, text in TYPED.items():
        for encoding in ("utf-8", "utf-16-le"):
            assert text.encode(encoding) not in stored, f"{what} stored in clear"


def test_typed_case_text_is_encrypted_and_every_file_is_private(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    db = str(tmp_path / "delaktig.db")
    assert main(["user", "add", "coord", "--unit", "Enhet Norr", "--generate", "--db", db]) == 0
    new = ["case", "new", "--user", "coord", "--db", db, "--label", TYPED["label"]]
    new += ["--need-noticed", "2026-05-01", "--actors", f"skola, {TYPED['actor']}"]
    new += ["--sole-custody", TYPED["sole_custody"]]
    assert main(new) == 0
    app = make_app(tmp_path)
    case = app.case_store.cases(app.users.get("coord").unit_id)[0]
    app.case_store.update_case(
        case.id,
        coordinator_name=TYPED["coordinator_name"],
        coordinator_contact=TYPED["contact"],
        coordinator_hours=TYPED["hours"],
    )
    # ... readable through the store ...
    case = app.case_store.case(case.id)
    assert case.label == TYPED["label"] and case.sole_custody_reason == TYPED["sole_custody"]
    assert TYPED["actor"] in [a["label"] for a in case.actors]
    assert case.coordinator_hours == TYPED["hours"]
    # ... and nowhere in clear on disk
    assert (tmp_path / "delaktig.db-wal").exists()
    assert_sealed(raw(tmp_path))
    for name in ("delaktig.db", "delaktig.db-wal", "delaktig.db-shm", "delaktig.key"):
        assert mode(tmp_path / name) == 0o600, name


def test_every_exported_file_is_private(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    monkeypatch.setenv("DELAKTIG_DB", str(tmp_path / "delaktig.db"))
    app = make_app(tmp_path)
    seeded = seed_case(app)
    prepare_child(app, seeded)
    give_consent(app, seeded)
    db = str(app.settings.db_path)
    export = ["export", "prep", "--user", "coord", "--db", db, "--case", str(seeded.case.id)]
    outs = {
        "pack.pdf": [*export, "--format", "pdf"],
        "pack.json": [*export, "--format", "json"],
        "invitation.docx": [*export, "--format", "docx", "--document", "invitation"],
        "person.json": ["export-person", "--db", db, "--participant", str(seeded.child.id)],
        "questions.txt": ["print", "--dialog", "demo", "--format", "txt"],
    }
    for name, argv in outs.items():
        out = tmp_path / name
        assert main([*argv, "--out", str(out)]) == 0, name
        assert out.stat().st_size > 0, name
        assert mode(out) == 0o600, name


def test_clear_text_from_an_older_delaktig_is_sealed_on_first_open(tmp_path):
    """A database made before the typed fields were encrypted: its clear columns are moved into
    the encrypted ones and nothing of them is left in the file or the WAL."""
    path = tmp_path / "delaktig.db"
    old = sqlite_utils.Database(path)
    for pragma in PRAGMAS:
        old.execute(pragma)
    migrate_to(old, len(MIGRATIONS) - 1)
    unit = old["units"].insert({"name": "Enhet Norr"}).last_pk
    old["cases"].insert(
        {
            "unit_id": unit,
            "label": TYPED["label"],
            "status": "open",
            "actors_json": f'[{{"id": "moster", "label": "{TYPED["actor"]}"}}]',
            "sole_custody_reason": TYPED["sole_custody"],
            "coordinator_name": TYPED["coordinator_name"],
            "coordinator_contact": TYPED["contact"],
            "coordinator_hours": TYPED["hours"],
        }
    )
    old.close()
    assert TYPED["actor"].encode() in raw(tmp_path)  # the old file holds it in clear

    app = make_app(tmp_path)
    case = app.case_store.cases(unit)[0]
    assert case.label == TYPED["label"] and case.actors[0]["label"] == TYPED["actor"]
    assert case.sole_custody_reason == TYPED["sole_custody"]
    assert case.coordinator_contact == TYPED["contact"]
    assert_sealed(raw(tmp_path))
    assert app.case_store.seal_typed_text() == 0  # once is enough


def migrate_to(db: sqlite_utils.Database, version: int) -> None:
    """`db` at schema `version` (the migrations up to it), as an older Delaktig left it."""
    kept = MIGRATIONS[version:]
    del MIGRATIONS[version:]
    try:
        migrate(db)
    finally:
        MIGRATIONS.extend(kept)

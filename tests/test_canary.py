"""Canary strings written through the real dialogs and services must appear nowhere in the
database file, its WAL or journal (on PostgreSQL: in no table's rows, and nowhere in a
`pg_dump`), nor in any log line (DEBUG and up)."""

from __future__ import annotations

import logging

import pytest

from bot.exports.receipt import receipt_pdf
from tests.app_factory import make_app
from tests.consent_support import make_family, run_child, run_consent

pytestmark = pytest.mark.backends

CANARIES = {
    "name": "KanarieNamnQ7",
    "contact": "kanarie.kontakt.Q7@example.org",
    "place": "KanariePlatsQ7",
    "hard": "KanarieSvarHardQ7",
    "good": "KanarieSvarBraQ7",
    "friends": "KanarieKompisQ7",
    "message": "KanarieMeddelandeQ7",
    "own_actor": "KanarieMorbrorQ7",
    "not_raise": "KanarieHemlighetQ7",
}


def stored_bytes(app, backend: str, request: pytest.FixtureRequest) -> bytes:
    """Everything the database holds, as bytes: the SQLite files, or every row of every
    PostgreSQL table and a `pg_dump` of the database."""
    if backend == "sqlite":
        files = sorted(p for p in app.settings.db_path.parent.iterdir() if "delaktig.db" in p.name)
        assert any(p.name.endswith("-wal") for p in files), "the WAL should hold recent writes"
        return b"".join(p.read_bytes() for p in files)
    rows = []
    for table in app.db.table_names():
        rows += [repr(row) for row in app.db.execute(f"SELECT * FROM {table}").fetchall()]
    assert len(rows) > 20, "the tables should hold the family's rows"
    dump = request.getfixturevalue("postgresql_cluster").run(
        "pg_dump", "--data-only", app.settings.database_url
    )
    assert "COPY public.answers" in dump.stdout, "pg_dump should list the answers"
    return ("\n".join(rows) + dump.stdout).encode()


def test_canaries_never_reach_the_database_or_the_logs(tmp_path, caplog, database_backend, request):
    log_file = tmp_path / "all.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    try:
        app = make_app(tmp_path)
        family = make_family(app, child_asked=True)
        app.case_store.update_participant(
            family.mother.id, name=CANARIES["name"], contact=CANARIES["contact"]
        )
        app.case_store.update_case(family.case.id, meeting_place=CANARIES["place"])
        token = app.cases.issue_invite(family.child.id)
        redeemed = app.cases.redeem(token, "telegram:4242", source="192.0.2.1")
        assert redeemed.participant.id == family.child.id
        session_id = run_child(
            app,
            family.child,
            hard=CANARIES["hard"],
            good=CANARIES["good"],
            friends=CANARIES["friends"],
            message=CANARIES["message"],
            shares={"area-hard[school]": "meeting", "message": "private"},
        )
        run_consent(
            app,
            family.mother,
            own=f"{CANARIES['own_actor']}\nTränaren",
            not_raise=(("family",), CANARIES["not_raise"]),
        )
        run_consent(app, family.father)
        # the data is there and readable through the services ...
        session = app.dialogs.get(session_id)
        seen = [a.value for a in app.sharing.answers_for(session, "coordinator")]
        assert CANARIES["hard"] in seen and CANARIES["message"] not in seen
        stored = app.consent_store.latest(family.mother.id)
        assert stored.own_actors[0] == CANARIES["own_actor"]
        assert stored.not_raise_text == CANARIES["not_raise"]
        assert app.case_store.participant(family.mother.id).name == CANARIES["name"]
        app.consent.gate(family.case.id)
        consent, labels = app.consent.receipt_data(family.mother.id)
        receipt_pdf(app.catalog.translator("sv"), consent, labels)
        app.person.export(family.mother.id)
        app.consent.add_actor_outside_scope(family.case.id, {"id": "hab", "label": "Hab"}, "c:1")
        app.consent.withdraw(family.case.id, family.mother.id)

        stored = stored_bytes(app, database_backend, request)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()

    logged = log_file.read_text(encoding="utf-8") + "\n".join(
        f"{r.getMessage()} {r.args!r}" for r in caplog.records
    )
    for what, canary in CANARIES.items():
        for encoding in ("utf-8", "utf-16-le"):
            assert canary.encode(encoding) not in stored, f"{what} stored in clear"
        assert canary not in logged, f"{what} logged"

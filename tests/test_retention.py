"""Retention purge, the right of access (export-person) and erasure (erase-person), through the
services, the command line and the server's startup, against a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web

from bot.cli import main
from bot.exports.plan import family_plan
from bot.runtime.retention_job import purge_daily
from bot.services.retention import RetentionError, retention_days
from bot.web.server import create_web_app
from tests.after_support import PLAN
from tests.app_factory import make_app
from tests.consent_support import make_family, run_child, run_consent

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
UNDER_A_CASE = (
    "participants",
    "invites",
    "sessions",
    "answers",
    "consents",
    "consent_changes",
    "guardian_views",
    "notifications",
)


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.delenv("DELAKTIG_RETENTION_DAYS", raising=False)
    monkeypatch.delenv("DELAKTIG_KEY", raising=False)
    return make_app(tmp_path)


def full_family(app, label: str):
    """A case with something in every table under it."""
    family = make_family(app, label)
    run_consent(app, family.mother)
    run_consent(app, family.father)
    session_id = run_child(app, family.child, hard="a", good="b", friends="c", message="d")
    app.sharing.show_to_guardian(app.dialogs.get(session_id), family.mother.id)
    app.consent.add_area_outside_scope(family.case.id, "home", "coordinator:1")
    app.cases.issue_invite(family.child.id)
    return family


def ended(app, case_id: int, status: str, days_ago: int) -> None:
    at = (NOW - timedelta(days=days_ago)).isoformat()
    column = "closed_at" if status == "closed" else "withdrawn_at"
    app.db.conn.execute(
        f"UPDATE cases SET status = ?, {column} = ? WHERE id = ?", (status, at, case_id)
    )


def rows_of(app, case_id: int) -> dict[str, int]:
    participants = [p.id for p in app.case_store.participants(case_id)]
    marks = ",".join("?" * len(participants)) or "NULL"
    sessions = f"SELECT id FROM sessions WHERE participant_id IN ({marks})"
    queries = {
        "participants": ("SELECT COUNT(*) FROM participants WHERE case_id = ?", [case_id]),
        "invites": (f"SELECT COUNT(*) FROM invites WHERE participant_id IN ({marks})", None),
        "sessions": (f"SELECT COUNT(*) FROM ({sessions}) AS s", None),
        "answers": (f"SELECT COUNT(*) FROM answers WHERE session_id IN ({sessions})", None),
        "consents": ("SELECT COUNT(*) FROM consents WHERE case_id = ?", [case_id]),
        "consent_changes": ("SELECT COUNT(*) FROM consent_changes WHERE case_id = ?", [case_id]),
        "guardian_views": (
            f"SELECT COUNT(*) FROM guardian_views WHERE session_id IN ({sessions})",
            None,
        ),
        "notifications": ("SELECT COUNT(*) FROM notifications WHERE case_id = ?", [case_id]),
    }
    return {
        table: app.db.execute(sql, params if params is not None else participants).fetchone()[0]
        for table, (sql, params) in queries.items()
    }


def test_purge_deletes_old_closed_and_withdrawn_cases_and_everything_under_them(app):
    old_closed = full_family(app, "Gamla 1")
    old_withdrawn = full_family(app, "Gamla 2")
    recent = full_family(app, "Nya 3")
    still_open = full_family(app, "Öppna 4")
    ended(app, old_closed.case.id, "closed", 91)
    app.consent.withdraw(old_withdrawn.case.id, old_withdrawn.mother.id)
    ended(app, old_withdrawn.case.id, "withdrawn", 200)
    ended(app, recent.case.id, "closed", 10)
    before = rows_of(app, old_closed.case.id)
    assert all(before[t] > 0 for t in UNDER_A_CASE if t != "notifications")
    audit_before = len(app.audit.entries())

    report = app.retention.purge(retention_days(), now=NOW)

    assert report.cases == (old_closed.case.id, old_withdrawn.case.id)
    for family in (old_closed, old_withdrawn):
        assert app.case_store.case(family.case.id) is None
        assert app.case_store.participant(family.child.id) is None
    for family in (recent, still_open):
        assert rows_of(app, family.case.id) == before
    assert len(app.audit.entries()) == audit_before + 1  # audit entries stay
    assert app.audit.entries()[-1]["action"] == "retention.purge"
    assert report.rows["answers"] == 2 * before["answers"]


def test_dry_run_counts_and_deletes_nothing(app):
    family = full_family(app, "Gamla 5")
    ended(app, family.case.id, "closed", 100)
    before = rows_of(app, family.case.id)
    report = app.retention.purge(90, now=NOW, dry_run=True)
    assert report.cases == (family.case.id,)
    assert report.rows["participants"] == 3
    assert rows_of(app, family.case.id) == before


def test_retention_days_from_the_environment():
    assert retention_days({}) == 90
    assert retention_days({"DELAKTIG_RETENTION_DAYS": "30"}) == 30
    for bad in ("0", "-5", "tre"):
        with pytest.raises(RetentionError):
            retention_days({"DELAKTIG_RETENTION_DAYS": bad})


def test_purge_command_line(app, capsys, monkeypatch):
    family = full_family(app, "Gamla 6")
    ended(app, family.case.id, "closed", 40)
    db = str(app.settings.database)
    assert main(["purge", "--dry-run", "--db", db]) == 0
    assert "would delete 0 case(s)" in capsys.readouterr().out
    monkeypatch.setenv("DELAKTIG_RETENTION_DAYS", "30")
    assert main(["purge", "--dry-run", "--db", db]) == 0
    assert "would delete 1 case(s)" in capsys.readouterr().out
    assert app.case_store.case(family.case.id) is not None
    assert main(["purge", "--db", db]) == 0
    assert app.case_store.case(family.case.id) is None


async def test_the_server_purges_at_start_with_purge_daily(app):
    family = full_family(app, "Gamla 7")
    app.plans.save(family.case.id, PLAN, "coordinator:1")
    app.plans.mark_sent(family.case.id, "coordinator:1")  # a family sees only a sent plan
    assert family_plan(app, family.child).pdf.startswith(b"%PDF")  # its files are kept
    renders = app.plan_renders.folder / str(family.case.id)
    assert len(list(renders.iterdir())) == 2
    ended(app, family.case.id, "withdrawn", 365)
    web_app = create_web_app(app)
    web_app.cleanup_ctx.append(purge_daily)
    runner = web.AppRunner(web_app)
    await runner.setup()
    try:
        assert app.case_store.case(family.case.id) is None
        assert not renders.exists()  # the plan's files went with the case
    finally:
        await runner.cleanup()


def test_export_person_writes_everything_about_one_participant(app, tmp_path, capsys):
    family = make_family(app)
    app.case_store.update_participant(family.mother.id, name="Anna Exempel", contact="070-000")
    run_consent(app, family.mother, own="Moster Vera", not_raise=(("family",), "Inte flytten"))
    out = tmp_path / "mother.json"
    db = str(app.settings.database)
    assert main(["export-person", "--participant", str(family.mother.id), "--db", db,
                 "--out", str(out)]) == 0  # fmt: skip
    data = json.loads(out.read_text())
    assert data["participant"]["name"] == "Anna Exempel"
    assert data["participant"]["contact"] == "070-000"
    assert data["consents"][0]["own_actors"] == ["Moster Vera"]
    assert data["consents"][0]["not_raise_text"] == "Inte flytten"
    texts = [a["value"] for s in data["sessions"] for a in s["answers"]]
    assert "Moster Vera" in texts
    assert any(e["action"] == "consent.give" for e in data["audit"])
    assert "identity_hash" not in data["participant"]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert main(["export-person", "--participant", "999", "--db", db, "--out", str(out)]) == 2


def test_erase_person_needs_yes_and_then_erases_the_participant(app, capsys):
    family = make_family(app)
    session_id = run_child(app, family.child, hard="a", good="b", friends="c", message="d")
    db = str(app.settings.database)
    assert main(["erase-person", "--participant", str(family.child.id), "--db", db]) == 2
    assert "--yes" in capsys.readouterr().err
    assert app.case_store.participant(family.child.id) is not None

    assert main(["erase-person", "--participant", str(family.child.id), "--db", db,
                 "--yes"]) == 0  # fmt: skip
    assert app.case_store.participant(family.child.id) is None
    assert app.dialogs.store.get(session_id) is None
    assert app.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0
    assert app.case_store.participant(family.mother.id) is not None
    assert app.audit.entries()[-1]["action"] == "person.erase"

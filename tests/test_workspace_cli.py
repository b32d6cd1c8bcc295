"""The CLI mirrors the dashboard: users, cases, invites, exports, and `serve --demo` seeding."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import date

import pytest

from bot import demo
from bot.cli import main
from bot.services.links import Links, telegram_username
from bot.services.reminders import EVALUATION_DIALOGS
from bot.services.statistics import parse_period, unit_statistics
from bot.testing.fake_bot_api import FakeBotAPI
from tests.app_factory import make_app
from tests.workspace_factory import give_consent, prepare_child, seed_case


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: the password is made
    return tmp_path / "delaktig.db"


def test_user_add_generates_a_password_shown_once(db, capsys):
    assert main(["user", "add", "anna", "--unit", "Enhet Väst", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    password = out.split("password (shown once): ")[1].strip()
    app = make_app(db.parent)
    assert app.users.authenticate("anna", password).unit_name == "Enhet Väst"
    stored = app.db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and password not in stored
    assert main(["user", "add", "anna", "--unit", "Enhet Väst", "--db", str(db)]) == 2


def test_case_new_list_show_invite_and_export(db, capsys, tmp_path):
    main(["user", "add", "anna", "--unit", "Enhet Väst", "--db", str(db)])
    args = ["--user", "anna", "--db", str(db)]
    code = main(
        ["case", "new", *args, "--label", "Ugglan", "--need-noticed", "2026-05-01",
         "--actors", "skola, BUP", "--sole-custody", "Ensam vårdnad",
         "--meeting-date", "2026-05-12", "--meeting-time", "13:00", "--meeting-end", "14:00"]
    )  # fmt: skip
    assert code == 0
    capsys.readouterr()
    main(["case", "list", *args])
    listed = capsys.readouterr().out
    assert "Ugglan" in listed and "checklist:" in listed and "plan-late" in listed
    main(["case", "show", *args, "1"])
    assert "participant 2 guardian samtycke-vardnadshavare" in capsys.readouterr().out
    main(["invite", *args, "--case", "1", "--participant", "1", "--base-url", "https://x.se"])
    assert capsys.readouterr().out.startswith("web: https://x.se/i/")
    out = tmp_path / "pack.json"
    assert (
        main(["export", "prep", *args, "--case", "1", "--format", "json", "--out", str(out)]) == 2
    )
    assert "no guardian has consented" in capsys.readouterr().err


def test_case_new_refuses_bad_dates_with_a_reason(db, capsys):
    main(["user", "add", "anna", "--unit", "Enhet Väst", "--db", str(db)])
    code = main(
        ["case", "new", "--user", "anna", "--db", str(db), "--label", "Ugglan",
         "--need-noticed", "2026-13-01", "--child-dialog", "demo"]
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert "Skriv datumet som ÅÅÅÅ-MM-DD" in err and "child_dialog: Välj ett samtal" in err


def test_another_units_case_is_not_found_at_the_command_line(db, capsys, tmp_path):
    app = make_app(db.parent)
    seeded = seed_case(app)
    prepare_child(app, seeded)
    give_consent(app, seeded)
    app.users.add("other", "Enhet Syd", "a-long-test-password")
    out = tmp_path / "x.pdf"
    code = main(["export", "prep", "--user", "other", "--db", str(db), "--case",
                 str(seeded.case.id), "--format", "pdf", "--out", str(out)])  # fmt: skip
    assert code == 2 and not out.exists()
    assert "no such case in your unit" in capsys.readouterr().err
    code = main(["export", "prep", "--user", "coord", "--db", str(db), "--case",
                 str(seeded.case.id), "--format", "json", "--out", str(out)])  # fmt: skip
    assert code == 0 and json.loads(out.read_text())["case_label"] == "Fjärilen"


def test_demo_seeding_is_idempotent_and_issues_fresh_invites(tmp_path):
    app = make_app(tmp_path)
    first = demo.seed(app)
    second = demo.seed(app)
    assert first.case_id == second.case_id
    assert len(app.case_store.cases(app.users.get(demo.DEMO_USERNAME).unit_id)) == 2
    assert [(i.role, i.journey) for i in second.invites] == [
        ("child", ("samtycke-barn", "min-rost-barn")),
        ("youth", ("min-rost-ungdom",)),
        ("guardian", ("samtycke-vardnadshavare", "vad-ar-viktigt-vardnadshavare")),
        ("guardian", ("samtycke-vardnadshavare", "vad-ar-viktigt-vardnadshavare")),
    ]
    assert {i.token for i in first.invites}.isdisjoint({i.token for i in second.invites})
    old = app.case_store.invite_by_token(first.invites[0].token)
    assert old.revoked_at is not None
    assert app.users.authenticate(demo.DEMO_USERNAME, demo.DEMO_PASSWORD)


def test_the_demo_shows_a_prepared_case_a_plan_and_statistics_at_once(tmp_path):
    app = make_app(tmp_path)
    today = date(2026, 11, 20)
    seeded = demo.seed(app, today)
    case = app.case_store.case(seeded.prepared_case_id)
    consent = app.consent.case_status(case.id)
    assert (consent.status, consent.child_says) == ("complete", "yes")
    assert case.plan_sent_on == "2026-11-17" and app.plans.get(case.id) is not None
    pack = app.packs.build("demo", case.id)
    (voice,) = pack.voices
    assert voice.sections and voice.coordinator_only and voice.held_back == ()
    child = next(p for p in app.case_store.participants(case.id) if p.dialog_id == "min-rost-barn")
    session = app.dialogs.get(app.case_store.session_id_for(child.id, "min-rost-barn"))
    assert set(session.state["shares"].values()) == {"meeting", "coordinator", "private"}
    responses = app.evaluation_store.responses(case.unit_id)
    dialogs = {a: app.library.get(d) for a, d in EVALUATION_DIALOGS.items()}
    stats = unit_statistics(demo.DEMO_UNIT, responses, dialogs, parse_period("2026-Q4"))
    for audience in EVALUATION_DIALOGS:
        shown = [i for i in stats.items if i.audience == audience]
        assert shown and all(dict(i.parts)["2026-11"].shown for i in shown)
        assert all(dict(i.parts)["2026-10"].shown for i in shown)


async def test_the_bots_own_username_makes_the_deep_links(tmp_path):
    fake = FakeBotAPI()
    await fake.start()
    try:
        username = await asyncio.to_thread(telegram_username, fake.token, fake.base)
        refused = await asyncio.to_thread(telegram_username, "0:wrong", fake.base)
    finally:
        await fake.stop()
    assert username == "delaktig_test_bot" and refused is None
    link = Links("http://127.0.0.1:8080", username).telegram("abc")
    assert link == "https://t.me/delaktig_test_bot?start=abc"

"""The protected-identity canary: a protected guardian's name, contact, the meeting place they
gave and their free-text answers appear in no output another person reads — the pack in every
format, the invitation, the family's plan (text and PDF), the reminders and `delaktig export
prep` — while the same canaries do appear when the guardian is not protected (so this test can
fail). Real dialogs, a real SQLite file, the real command line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.cli import main
from bot.engine.runner import Event, EventKind
from bot.exports.plan import family_plan
from bot.runtime.reminder_job import ReminderRunner
from bot.services import reminders as schedule
from bot.services.help_now import is_for_meeting
from bot.services.packs import EXPORTS, FORMATS, INVITATION
from bot.services.prep_pack import COORDINATOR, MEETING
from bot.services.reminders import format_parts
from bot.web.server import create_web_app
from tests.app_factory import make_app
from tests.test_dashboard_http import login
from tests.test_prep_pack import docx_text, pdf_text
from tests.workspace_factory import give_consent, prepare_child, seed_case

NAME = "Kanariefågel"
CONTACT = "Kanariegatan 7, 999 99 Ingenstans"
PLACE = "Kanariehuset vid Ingenstans torg"
FREE_TEXT = "Vi bor nu i Kanarieby hos min syster"
CANARIES = (NAME, CONTACT, PLACE, FREE_TEXT)
REMINDER_TIMES = (datetime(2026, 5, 10, 10, tzinfo=UTC), datetime(2026, 6, 1, 10, tzinfo=UTC))

PLAN = {
    "goals": [
        {
            "title": f"Mötena hålls på {PLACE}",
            "plain": "Du ska känna dig trygg.",
            "pictogram": "school",
            "activities": [
                {"what": f"{NAME} följer med", "responsible": "family", "when": "måndag"}
            ],
        }
    ],
    "follow_up": {"date": "2027-02-15", "place": PLACE},
    "contact": {"name": "Kim Exempel", "how": "ring 070-000 00 00"},
    "main_responsible": "family",
}


def prepare_guardian(app, guardian) -> None:
    """The guardian answers the demo dialog with the canary as free text, all for the meeting."""
    session_id = app.cases.redeem(app.cases.issue_invite(guardian.id), "web:guardian").session_id
    for event in (
        Event(EventKind.ANSWER),
        Event(EventKind.ANSWER, ["school"]),
        Event(EventKind.ANSWER, "2"),
        Event(EventKind.ANSWER, FREE_TEXT),
        Event(EventKind.ANSWER, f"Skriv till {CONTACT}"),
        Event(EventKind.ANSWER, "no"),
        Event(EventKind.ANSWER, f"Möt mig på {PLACE}"),
    ):
        app.dialogs.handle(session_id, event)
    session = app.dialogs.get(session_id)
    shares = dict.fromkeys(session.state["answers"], "meeting")
    app.dialogs.handle(session_id, Event(EventKind.ANSWER, shares))
    app.dialogs.handle(session_id, Event(EventKind.ANSWER))


NAMES = {MEETING: "pack", COORDINATOR: "coordinator", INVITATION: "invitation"}
READ = {"pdf": pdf_text, "docx": docx_text, "html": bytes.decode, "json": bytes.decode}


def outputs(app, seeded, tmp_path) -> dict[str, str]:
    """Every output another person reads, as text."""
    case_id = seeded.case.id
    got = {}
    for document, formats in EXPORTS.items():
        for fmt in formats:
            body = app.packs.export("coord", case_id, fmt, document).body
            got[f"{NAMES[document]}.{fmt}"] = READ[fmt](body)
    for reader in (seeded.child, seeded.guardians[1]):
        plan = family_plan(app, app.case_store.participant(reader.id))
        got[f"plan.text:{reader.role}"] = plan.text
        got[f"plan.pdf:{reader.role}"] = pdf_text(plan.pdf)
    runner = ReminderRunner(app, [], datetime.now)
    for when in REMINDER_TIMES:
        for reminder in schedule.due(runner.facts(app.case_store.case(case_id)), when, set()):
            reader = app.case_store.participant(reminder.participant_id)
            t = app.catalog.translator(reader.lang)
            got[f"reminder:{reminder.key}"] = format_parts(t, schedule.messages(reminder))
    db = str(app.settings.db_path)
    argv = ["export", "prep", "--user", "coord", "--db", db, "--case", str(case_id)]
    for document, formats in EXPORTS.items():
        for fmt in formats:
            out = tmp_path / f"export-{document}.{fmt}"
            options = ["--format", fmt, "--document", document, "--out", str(out)]
            assert main([*argv, *options]) == 0
            got[f"cli.{document}.{fmt}"] = READ[fmt](out.read_bytes())
    return {where: " ".join(text.split()) for where, text in got.items()}


@pytest.fixture
def family(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    app = make_app(tmp_path)
    seeded = seed_case(app)
    guardian = seeded.guardians[0]
    app.case_store.update_participant(guardian.id, name=NAME, contact=CONTACT)
    app.case_store.update_case(
        seeded.case.id, meeting_place=PLACE, meeting_place_given_by=guardian.id
    )
    prepare_child(app, seeded)
    prepare_guardian(app, guardian)
    give_consent(app, seeded)
    app.plans.save(seeded.case.id, PLAN, "coordinator:1")
    app.plans.mark_sent(seeded.case.id, "coordinator:1")
    return app, seeded


def test_the_canaries_come_out_when_nobody_is_protected(family, tmp_path):
    app, seeded = family
    got = outputs(app, seeded, tmp_path)
    joined = " ".join(got.values())
    for canary in CANARIES:
        assert canary in joined, canary
    assert NAME in got["pack.pdf"] and PLACE in got["invitation.docx"]
    assert PLACE in got["plan.text:youth"] and FREE_TEXT in got["cli.meeting.json"]
    assert any(where.startswith("reminder:") for where in got)  # reminders are checked too


def test_a_protected_guardian_appears_in_no_output_for_others(family, tmp_path):
    app, seeded = family
    app.case_store.update_participant(seeded.guardians[0].id, protected=True)
    got = outputs(app, seeded, tmp_path)
    for where, text in got.items():
        for canary in CANARIES:
            assert canary not in text, (where, canary)
    assert "Platsen meddelas separat." in got["pack.html"]
    assert "Svaret hålls inne för att skydda en person." in got["pack.pdf"]
    assert "(det berättar samordnaren)" in got["plan.text:youth"]
    # The other guardian and the youth are still there, by name.
    assert "Jonas" in got["pack.html"] and "Sam" in got["invitation.docx"]


def test_the_protected_guardian_reads_their_own_place_in_the_plan(family):
    app, seeded = family
    guardian = app.case_store.update_participant(seeded.guardians[0].id, protected=True)
    assert PLACE in family_plan(app, guardian).text


def test_help_now_reaches_only_the_coordinators_document(family):
    app, seeded = family
    app.help_now.alert_coordinator(seeded.child.id)
    rows = app.case_store.notifications(seeded.case.unit_id)
    assert rows and not is_for_meeting(rows[0])
    for fmt in FORMATS:
        meeting = READ[fmt](app.packs.export("coord", seeded.case.id, fmt).body)
        assert "berätta för min samordnare" not in meeting.lower(), fmt
        assert "help_now" not in meeting and "hjälp direkt" not in meeting.lower(), fmt
    html = app.packs.export("coord", seeded.case.id, "html", COORDINATOR).body.decode()
    assert "Berätta för min samordnare" in html and rows[0]["created_at"][:10] in html


def test_the_pack_says_which_answers_were_given_in_another_language(family):
    app, seeded = family
    session_id = app.case_store.session_id_for(seeded.guardians[1].id, "demo")
    if session_id is None:
        redeemed = app.cases.redeem(app.cases.issue_invite(seeded.guardians[1].id), "web:j")
        session_id = redeemed.session_id
    app.dialogs.set_lang(app.dialogs.get(session_id), "en")
    pack = app.packs.build("coord", seeded.case.id)
    notes = {part.participant_id: part.answered_in for part in pack.guardians}
    assert notes[seeded.guardians[1].id] == "Svaren är givna på engelska."
    assert notes[seeded.guardians[0].id] is None
    assert "Svaren är givna på engelska." in pdf_text(
        app.packs.export("coord", seeded.case.id, "pdf").body
    )


async def test_the_coordinators_own_case_page_keeps_the_data_and_warns_at_the_top(family):
    app, seeded = family
    app.case_store.update_participant(seeded.guardians[0].id, protected=True)
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await login(client)
        html = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
    warning = "Skyddade personuppgifter i ärendet."
    assert warning in html
    assert html.index(warning) < html.index('id="meeting-h"')
    assert PLACE in html  # the coordinator still sees the place


async def test_no_warning_without_a_protected_participant(family):
    app, seeded = family
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await login(client)
        html = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
    assert "Skyddade personuppgifter i ärendet." not in html

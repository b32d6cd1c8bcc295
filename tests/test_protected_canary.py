"""The protected-identity canary: a protected guardian's name, contact, the meeting place they
gave, their free-text answers and the words they typed into their consent (own actors, what must
not be raised; with two guardians and under sole custody) appear in no output another person
reads — the pack in every format, the invitation, the family's plan (text and PDF), the
reminders and `delaktig export prep` — and neither does their name where others wrote it, in any
of the spellings below; while the same canaries do appear when the guardian is not protected (so
this test can fail). Real dialogs, a real SQLite file, the real command line."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.cli import main
from bot.engine.runner import Event, EventKind
from bot.exports.plan import family_plan
from bot.runtime.reminder_job import ReminderRunner
from bot.services import reminders as schedule
from bot.services.consent import ConsentScope
from bot.services.help_now import is_for_meeting
from bot.services.packs import EXPORTS, FORMATS, INVITATION
from bot.services.prep_pack import COORDINATOR, MEETING
from bot.services.protection import normalise
from bot.services.reminders import format_parts
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.test_prep_pack import docx_text, pdf_text
from tests.workspace_factory import prepare_child, seed_case

NAME = "Vanja Kanariefågel"
CONTACT = "Kanariegatan 7, 999 99 Ingenstans"
PLACE = "Kanariehuset vid Ingenstans torg"
FREE_TEXT = "Vi bor nu i Kanarieby hos min syster"
OWN_ACTOR = "Morbror Kanarieörn"  # the protected guardian's own actor label
NOT_RAISE = "Flytten till Kanarieholmen får inte tas upp"  # ... and what must not be raised
CANARIES = (NAME, CONTACT, PLACE, FREE_TEXT, OWN_ACTOR, NOT_RAISE)
#: The protected guardian's name as others write it: case, spacing, zero-width and direction
#: marks, full-width letters, a combining ring, the first name and the surname alone.
SPELLINGS = (
    "vanja kanariefågel",
    "VANJA  KANARIEFÅGEL",
    "Vanja\u00a0Kanarie\u200bfågel",
    "\u2067Vanja\u2069 Kanarie\u200dfågel",
    "Ｖａｎｊａ",
    "Kanariefa\u030agel",
    "Vanjas",
    "Kanariefågel",
)
#: Where the name may not be, however it was spelled (checked in `normalise`d text).
NAME_FOUND = re.compile(r"(?<!\w)(vanja|kanarie ?fågel)")
REMINDER_TIMES = (datetime(2026, 5, 10, 10, tzinfo=UTC), datetime(2026, 6, 1, 10, tzinfo=UTC))

PLAN = {
    "goals": [
        {
            "title": f"Mötena hålls på {PLACE}",
            "plain": "Du ska känna dig trygg.",
            "pictogram": "school",
            "activities": [
                {"what": f"{NAME} följer med", "responsible": "family", "when": "måndag"},
                *(
                    {"what": f"{spelling} ringer", "responsible": "family", "when": "fredag"}
                    for spelling in SPELLINGS
                ),
            ],
        }
    ],
    "follow_up": {"date": "2027-02-15", "place": PLACE},
    "contact": {"name": "Kim Exempel", "how": "ring 070-000 00 00"},
    "main_responsible": "family",
}


def prepare_guardian(app, guardian, texts=(FREE_TEXT, f"Skriv till {CONTACT}", PLACE)) -> None:
    """The guardian answers the demo dialog with `texts` as free text, all for the meeting."""
    session_id = app.cases.redeem(app.cases.issue_invite(guardian.id), "web:guardian").session_id
    for event in (
        Event(EventKind.ANSWER),
        Event(EventKind.ANSWER, ["school"]),
        Event(EventKind.ANSWER, "2"),
        Event(EventKind.ANSWER, texts[0]),
        Event(EventKind.ANSWER, texts[1]),
        Event(EventKind.ANSWER, "no"),
        Event(EventKind.ANSWER, f"Möt mig på {texts[2]}"),
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
    db = str(app.settings.database)
    argv = ["export", "prep", "--user", "coord", "--db", db, "--case", str(case_id)]
    for document, formats in EXPORTS.items():
        for fmt in formats:
            out = tmp_path / f"export-{document}.{fmt}"
            options = ["--format", fmt, "--document", document, "--out", str(out)]
            assert main([*argv, *options]) == 0
            got[f"cli.{document}.{fmt}"] = READ[fmt](out.read_bytes())
    return {where: " ".join(text.split()) for where, text in got.items()}


def consent_with_own_words(app, seeded, guardian, own=(), not_raise=None) -> None:
    """`guardian`'s consent to the case's actors and school and friends, with `own` actors of
    their own and what must not be raised in their words."""
    actors = tuple(a["id"] for a in seeded.case.actors)
    scope = ConsentScope(
        actors=actors + tuple(f"own:{n}" for n in range(1, len(own) + 1)),
        own_actors=tuple(own),
        areas=("school", "friends"),
        not_raise_areas=(),
        not_raise_text=not_raise,
        until=None,
    )
    app.consent.record(seeded.case.id, guardian.id, scope, "test", "sv")


def make_case(tmp_path, sole_custody: bool = False):
    """Guardian 1 (to be protected) gave their name, contact and the place, answered in free
    text and typed their own words into the consent; the other guardian and the coordinator
    wrote guardian 1's name in every spelling. Under `sole_custody` only guardian 1 consents."""
    app = make_app(tmp_path)
    seeded = seed_case(app)
    guardian, other = seeded.guardians
    app.case_store.update_participant(guardian.id, name=NAME, contact=CONTACT)
    app.case_store.update_case(
        seeded.case.id,
        meeting_place=PLACE,
        meeting_place_given_by=guardian.id,
        adaptations=f"Tolk för {SPELLINGS[1]}",
    )
    prepare_child(app, seeded)
    prepare_guardian(app, guardian)
    prepare_guardian(app, other, (*SPELLINGS[:2], "skolan hos " + SPELLINGS[2]))
    consent_with_own_words(app, seeded, guardian, (OWN_ACTOR,), NOT_RAISE)
    if sole_custody:
        app.consent.record_sole_custody(seeded.case.id, "Ensam vårdnad enligt dom", "coord")
    else:
        consent_with_own_words(app, seeded, other, (), f"Prata inte om {SPELLINGS[3]}")
    app.plans.save(seeded.case.id, PLAN, "coordinator:1")
    app.plans.mark_sent(seeded.case.id, "coordinator:1")
    return app, seeded


@pytest.fixture
def family(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    return make_case(tmp_path)


def name_in(text: str) -> bool:
    return NAME_FOUND.search(normalise(text)) is not None


def test_the_canaries_come_out_when_nobody_is_protected(family, tmp_path):
    app, seeded = family
    got = outputs(app, seeded, tmp_path)
    joined = " ".join(got.values())
    for canary in CANARIES:
        if canary != OWN_ACTOR:  # two guardians: own actors are one guardian's words
            assert canary in joined, canary
    assert NAME in got["pack.pdf"] and PLACE in got["invitation.docx"]
    assert PLACE in got["plan.text:youth"] and FREE_TEXT in got["cli.meeting.json"]
    assert NOT_RAISE in got["pack.docx"] and NOT_RAISE in got["invitation.docx"]
    for spelling in SPELLINGS:
        assert normalise(spelling) in normalise(got["plan.text:youth"]), spelling
    assert normalise(SPELLINGS[1]) in normalise(got["pack.json"])
    assert any(where.startswith("reminder:") for where in got)  # reminders are checked too


def test_a_protected_guardian_appears_in_no_output_for_others(family, tmp_path):
    app, seeded = family
    app.case_store.update_participant(seeded.guardians[0].id, protected=True)
    got = outputs(app, seeded, tmp_path)
    for where, text in got.items():
        for canary in CANARIES:
            assert canary not in text, (where, canary)
        assert not name_in(text), (where, NAME_FOUND.search(normalise(text)))
    assert "Platsen meddelas separat." in got["pack.html"]
    assert "Svaret hålls inne för att skydda en person." in got["pack.pdf"]
    assert "(det berättar samordnaren)" in got["plan.text:youth"]
    assert "(borttaget för att skydda en person)" in got["pack.docx"]
    # The other guardian's own words are kept, without the name; the youth is still there.
    kept = normalise("Prata inte om (borttaget för att skydda en person)")
    assert kept in normalise(got["invitation.docx"])
    assert "Jonas" in got["pack.html"] and "Sam" in got["invitation.docx"]


def test_a_protected_guardian_with_sole_custody_keeps_their_own_words(tmp_path, monkeypatch):
    """Under sole custody one guardian's consent is the case's: their own actor labels and
    what must not be raised would reach the pack, unless they are protected."""
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    app, seeded = make_case(tmp_path, sole_custody=True)
    guardian = seeded.guardians[0]
    scope = app.consent.case_status(seeded.case.id).scope
    assert scope.own_actors == (OWN_ACTOR,) and scope.not_raise_text == NOT_RAISE
    unprotected = outputs(app, seeded, tmp_path)
    assert OWN_ACTOR in unprotected["invitation.docx"] and NOT_RAISE in unprotected["pack.pdf"]

    app.case_store.update_participant(guardian.id, protected=True)
    got = outputs(app, seeded, tmp_path)
    for where, text in got.items():
        for canary in CANARIES:
            assert canary not in text, (where, canary)
        assert not name_in(text), where
    assert "Svaret hålls inne för att skydda en person." in got["invitation.docx"]


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
        await dashboard_login(client)
        html = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
    warning = "Skyddade personuppgifter i ärendet."
    assert warning in html
    assert html.index(warning) < html.index('id="meeting-h"')
    assert PLACE in html  # the coordinator still sees the place


async def test_no_warning_without_a_protected_participant(family):
    app, seeded = family
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await dashboard_login(client)
        html = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
    assert "Skyddade personuppgifter i ärendet." not in html

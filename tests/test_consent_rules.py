"""The consent rules of seed 001 "Samtycke i SIP-processen", against a real SQLite file: two
parts (a SIP; the exchange), both guardians, the child's own say, a youth who decides, a young
adult without guardians, the receipt, the deletion request, a tapped duration."""

from __future__ import annotations

from datetime import date

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.conversation.intents import Withdraw
from bot.engine.runner import Event, EventKind, Notice, Prompt
from bot.exports.receipt import receipt_lines
from bot.services.consent import ConsentError, until_for
from bot.services.prep_pack import COORDINATOR
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.consent_support import FULL_YES, answer, make_family, start_consent, walk
from tests.workspace_factory import PASSWORD

pytestmark = pytest.mark.backends


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def family(app):
    return make_family(app, child_asked=True)


def consent(app, guardian, **changes):
    return walk(app, guardian, "samtycke-vardnadshavare", FULL_YES | changes)


def test_both_guardians_are_told_and_both_must_say_yes(app, family):
    session = consent(app, family.mother)
    assert "both-guardians" in [h[0] for h in session.state["history"]]
    words = app.catalog.format("sv", "sam-both-guardians")
    assert "båda säga ja" in words and "en av er säger nej" in words
    assert app.consent.case_status(family.case.id).status == "partial"
    consent(app, family.father, sip="no")
    assert app.consent.case_status(family.case.id).status == "partial"
    consent(app, family.father)
    assert app.consent.case_status(family.case.id).status == "complete"
    app.consent.withdraw(family.case.id, family.father.id)
    assert app.consent.case_status(family.case.id).status == "withdrawn"


def test_saying_no_to_the_sip_ends_the_dialog_and_records_nothing(app, family):
    session = consent(app, family.mother, sip="no")
    assert session.state["at"][0] == "declined"
    assert "actors" not in session.state["answers"]
    assert app.consent_store.versions(family.mother.id) == []


def test_no_to_the_exchange_is_a_sip_with_nothing_shared(app, family):
    consent(app, family.mother, exchange="no")
    consent(app, family.father, exchange="no")
    scope = app.consent.gate(family.case.id)
    assert (scope.exchange, scope.actors, scope.areas) == (False, (), ())
    stored = app.consent_store.latest(family.mother.id)
    lines = receipt_lines(app.catalog.translator("sv"), stored, {})
    assert app.catalog.format("sv", "sam-receipt-no-exchange") in lines
    assert not any(line.startswith("De här får vara med") for line in lines)


def test_the_receipt_lists_exactly_the_stored_terms(app, family):
    private = {
        "not-raise": "yes",
        "not-raise-areas": ["family"],
        "not-raise-text": "Inte om flytten",
    }
    consent(app, family.mother, **private)
    stored = app.consent_store.latest(family.mother.id)
    assert stored.terms == {
        "sip": True,
        "exchange": True,
        "pre_meeting": True,
        "plan_to": "responsible",
        "child_view": "agrees",
    }
    t = app.catalog.translator("sv")
    assert receipt_lines(t, stored, {"school": "Skolan", "bup": "BUP"}) == [
        "Kvitto på ditt samtycke",
        f"Datum: {stored.created_at[:10]}",
        "Version: 1",
        "Du sa ja till att en SIP görs.",
        "De här får vara med: Skolan, BUP",
        "De får prata om: Skolan, Hälsa",
        "Det här får inte tas upp: Familjen",
        "De får träffas före mötet, utan er.",
        "Bara de som ska göra något får planen.",
        f"Ditt ja gäller till: {stored.until}",
        "Vad ditt barn tycker, enligt dig: Mitt barn tycker det är bra",
        "Du kan ta tillbaka ditt ja när du vill.",
    ]


def test_the_consent_review_offers_no_share_choices(app, family):
    session = start_consent(app, family.mother)
    outputs = []
    for _ in range(40):
        step = session.state["at"][0]
        if step == "review":
            break
        session, outputs = app.dialogs.handle(session.id, answer(FULL_YES.get(step)))
    review = outputs[-1]
    assert isinstance(review, Prompt) and review.step == "review" and not review.shares
    key = review.review[0].key
    session, outputs = app.dialogs.handle(session.id, answer({key: "private"}))
    assert isinstance(outputs[0], Notice) and outputs[0].kind == "invalid"
    assert session.state["shares"] == {}


def test_the_childs_no_is_stored_and_tells_the_coordinator(app, family):
    walk(app, family.child, "samtycke-barn", {"sip": "no", "topics": ["school"]})
    status = app.consent.case_status(family.case.id)
    assert (status.child_says, status.child_objects) == ("no", True)
    notes = app.case_store.notifications(family.case.unit_id, unread_only=True)
    assert [(n["kind"], n["urgent"]) for n in notes] == [("child-says-no", 1)]
    overview = app.workspace.overview(app.case_store.case(family.case.id))
    assert next(i for i in overview.checklist if i.id == "child-says").state == "warning"


def test_a_guardian_who_says_the_child_does_not_want_it_is_a_warning_too(app, family):
    consent(app, family.mother, **{"child-view": "disagrees"})
    status = app.consent.case_status(family.case.id)
    assert status.child_says is None and status.child_objects
    walk(app, family.child, "samtycke-barn", {"sip": "yes"})
    overview = app.workspace.overview(app.case_store.case(family.case.id))
    assert next(i for i in overview.checklist if i.id == "child-says").state == "warning"


def test_a_youth_who_decides_consents_alone(app):
    unit = app.case_store.unit_id("Enheten Söder", create=True)
    case = app.cases.create_case(unit, "Hägern", actors=[{"id": "school", "label": "Skolan"}])
    guardian = app.cases.add_participant(case.id, "guardian", "samtycke-vardnadshavare")
    app.cases.add_participant(case.id, "youth", "min-rost-ungdom")
    own = app.cases.add_participant(case.id, "youth", "samtycke-ungdom", decides_self=True)
    consent(app, guardian, actors=["school"])
    assert app.consent.case_status(case.id).status == "missing"
    session = walk(app, own, "samtycke-ungdom", FULL_YES | {"actors": ["school"]})
    assert session.state["at"][0] == "done"
    assert app.consent.case_status(case.id).status == "complete"
    assert app.consent_store.latest(own.id).kind == "own"
    token = app.cases.issue_invite(own.id)
    place = app.conversation.redeem(token, "device:youth").place
    reply = app.conversation.act(place, Withdraw(confirmed=True))
    assert reply.outputs[0].msg.id == "withdraw-done"
    assert app.consent.case_status(case.id).status == "withdrawn"


def test_a_young_adult_case_has_no_guardian_and_is_complete_with_their_own_yes(app):
    unit = app.case_store.unit_id("Enheten Väster", create=True)
    case = app.cases.create_case(unit, "Tranan", actors=[{"id": "bup", "label": "BUP"}])
    own = app.cases.add_participant(case.id, "youth", "samtycke-ungdom", decides_self=True)
    walk(app, own, "samtycke-ungdom", FULL_YES | {"actors": ["bup"]})
    assert app.consent.gate(case.id).actors == ("bup",)


def test_a_child_cannot_give_the_guardians_consent(app, family):
    with pytest.raises(ConsentError, match="may not consent"):
        app.consent.withdraw(family.case.id, family.child.id)


def test_asking_for_deletion_after_withdrawal_reaches_the_coordinator(app, family):
    consent(app, family.mother)
    app.consent.withdraw(family.case.id, family.mother.id)
    app.consent.request_deletion(family.case.id, family.mother.id)
    notes = app.case_store.notifications(family.case.unit_id, unread_only=True)
    assert {"consent-withdrawn", "deletion-requested"} <= {n["kind"] for n in notes}
    assert app.catalog.format("sv", "note-deletion-requested")


@pytest.mark.parametrize(
    ("choice", "today", "until"),
    [
        ("this-month", date(2026, 2, 10), "2026-02-28"),
        ("this-month", date(2026, 12, 31), "2026-12-31"),
        ("six-months", date(2026, 8, 31), "2027-02-28"),
        ("six-months", date(2026, 1, 15), "2026-07-15"),
        ("sip-closed", date(2026, 1, 15), None),
    ],
)
def test_a_tapped_duration_becomes_a_date(choice, today, until):
    assert until_for(choice, None, today) == until


def test_a_chosen_date_is_checked_as_before(app, family):
    assert until_for("date", "2099-06-30", date(2026, 1, 1)) == "2099-06-30"
    session = start_consent(app, family.mother)
    for _ in range(40):
        if session.state["at"][0] == "until-date":
            break
        step = session.state["at"][0]
        session, outputs = app.dialogs.handle(
            session.id, answer((FULL_YES | {"duration": "date"}).get(step))
        )
    assert outputs[-1].input == "date"
    session, outputs = app.dialogs.handle(session.id, Event(EventKind.ANSWER, "2001-01-01"))
    assert outputs[0].msg.id == "sam-date-past"


def test_the_pack_gives_the_terms_and_the_coordinator_the_childs_say(app, family):
    consent(app, family.mother)
    consent(app, family.father, **{"child-view": "disagrees", "plan-to": "all"})
    walk(app, family.child, "samtycke-barn", {"sip": "no"})
    pack = app.packs.build("coord", family.case.id)
    t = app.catalog.translator("sv")
    assert pack.consent.terms == (
        t("sam-receipt-pre-meeting-yes"),
        t("sam-receipt-plan-to-responsible"),
    )
    assert pack.consent.child_objects
    assert pack.consent.child_say[0] == t("child-says-no")
    assert pack.consent.child_say[1].endswith(t("sam-child-agrees"))
    assert pack.consent.child_say[2].endswith(t("sam-child-disagrees"))
    for_coordinator = app.packs.export("coord", family.case.id, "html", COORDINATOR).body.decode()
    for_meeting = app.packs.export("coord", family.case.id, "html").body.decode()
    assert t("child-says-no") in for_coordinator and t("child-says-no") not in for_meeting


async def test_the_case_page_counts_who_has_said_yes_and_warns_of_the_childs_no(tmp_path):
    app = make_app(tmp_path)
    user = app.users.add("coord", "Enheten Norr", PASSWORD)
    family = make_family(app, child_asked=True)
    app.case_store.update_case(family.case.id, coordinator_id=user.id)
    consent(app, family.mother)
    walk(app, family.child, "samtycke-barn", {"sip": "no"})
    async with TestClient(TestServer(create_web_app(app))) as client:
        await dashboard_login(client)
        html = await (await client.get(f"/dashboard/cases/{family.case.id}")).text()
    t = app.catalog.translator("sv")
    assert t("consent-status-partial", given=1, total=2) in html
    assert t("child-says-no") in html

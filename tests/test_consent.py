"""Guardian consent against a real SQLite file: versions, case status, the gate, delta consent,
withdrawal, the receipt and bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.engine.runner import Event, EventKind, Notice
from bot.exports.receipt import receipt_pdf, receipt_text
from bot.services.cases import InvalidInvite
from bot.services.consent import ConsentError, ConsentMissing, ConsentScope
from tests.app_factory import make_app
from tests.consent_support import (
    CONSENT_INFO_STEPS,
    answer,
    consent_events,
    make_family,
    run_consent,
    start_consent,
)

pytestmark = pytest.mark.backends

SCOPE = ConsentScope(("school",), (), ("school",), (), None, None)


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def family(app):
    return make_family(app)


def test_dialog_records_the_scope_with_text_shown_and_own_additions(app, family):
    session_id = run_consent(
        app,
        family.mother,
        actors=("school", "bup"),
        own="Moster Vera\nTränaren Ali",
        areas=("school", "health", "future"),
        not_raise=(("family",), "Inte om flytten"),
        until="2099-06-30",
    )
    stored = app.consent_store.latest(family.mother.id)
    session = app.dialogs.get(session_id)
    assert stored.version == 1
    assert stored.actors == ("school", "bup", "own:1", "own:2")
    assert stored.own_actors == ("Moster Vera", "Tränaren Ali")
    assert stored.areas == ("school", "health", "future")
    assert stored.not_raise_areas == ("family",)
    assert stored.not_raise_text == "Inte om flytten"
    assert stored.until == "2099-06-30"
    assert stored.dialog_hash == session.dialog_hash
    assert app.dialogs.store.dialog_source(stored.dialog_hash)["id"] == "samtycke-vardnadshavare"
    assert stored.lang == "sv"
    assert stored.created_at
    assert [e["action"] for e in app.audit.entries(f"case:{family.case.id}")].count(
        "consent.give"
    ) == 1


def test_status_goes_missing_partial_complete(app, family):
    case_id = family.case.id
    status = app.consent.case_status(case_id)
    assert status.status == "missing"
    assert status.per_guardian == {family.mother.id: "missing", family.father.id: "missing"}
    run_consent(app, family.mother)
    status = app.consent.case_status(case_id)
    assert status.status == "partial"
    assert status.per_guardian[family.mother.id] == "given"
    assert status.scope is None
    run_consent(app, family.father)
    assert app.consent.case_status(case_id).status == "complete"


def test_sole_custody_needs_a_reason_and_then_one_consent_is_enough(app, family):
    with pytest.raises(ConsentError):
        app.consent.record_sole_custody(family.case.id, "  ", actor="coordinator:1")
    run_consent(app, family.mother)
    app.consent.record_sole_custody(family.case.id, "Ensam vårdnad enligt dom", "coordinator:1")
    status = app.consent.case_status(family.case.id)
    assert status.status == "complete" and status.sole_custody
    assert "consent.sole-custody" in [e["action"] for e in app.audit.entries("case:")]


def test_gate_is_closed_until_complete_and_names_only_the_intersection(app, family):
    with pytest.raises(ConsentMissing) as missing:
        app.consent.gate(family.case.id)
    assert "no guardian has consented" in str(missing.value)
    run_consent(
        app, family.mother, actors=("school", "bup"), own="Mormor", areas=("school", "health")
    )
    with pytest.raises(ConsentMissing) as partial:
        app.consent.gate(family.case.id)
    assert partial.value.status == "partial"
    run_consent(
        app,
        family.father,
        actors=("bup", "social"),
        areas=("health", "home"),
        not_raise=(("family",), None),
        until="2099-01-01",
    )
    scope = app.consent.gate(family.case.id)
    assert scope.actors == ("bup",)
    assert scope.own_actors == ()  # one guardian's own addition is not the other's consent
    assert scope.areas == ("health",)
    assert scope.not_raise_areas == ("family",)
    assert scope.until == "2099-01-01"


def test_consent_expires_after_its_date_and_renewal_completes_it(app, family):
    run_consent(app, family.mother, until="2099-06-30")
    run_consent(app, family.father)
    assert app.consent.case_status(family.case.id, today=date(2099, 6, 30)).status == "complete"
    late = app.consent.case_status(family.case.id, today=date(2099, 7, 1))
    assert late.status == "expired"
    assert late.per_guardian[family.mother.id] == "expired"
    app.consent.record(family.case.id, family.mother.id, SCOPE, "hash", "sv")
    assert app.consent.case_status(family.case.id, today=date(2099, 7, 1)).status == "complete"


def test_a_second_consent_is_a_new_version_not_a_duplicate(app, family):
    run_consent(app, family.mother, areas=("school",))
    version = app.consent.record(
        family.case.id, family.mother.id, replace(SCOPE, areas=("home",)), "h2", "en"
    )
    versions = app.consent_store.versions(family.mother.id)
    assert version == 2
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].areas == ("school",) and versions[1].areas == ("home",)
    assert app.consent_store.latest(family.mother.id).lang == "en"


def test_finishing_a_session_twice_records_once(app, family):
    session_id = run_consent(app, family.mother)
    app.consent.finish(app.dialogs.get(session_id))
    assert len(app.consent_store.versions(family.mother.id)) == 1


def test_consent_for_unknown_or_closed_case_or_non_guardian_is_refused(app, family):
    with pytest.raises(ConsentError, match="no case 999"):
        app.consent.record(999, family.mother.id, SCOPE, "h", "sv")
    with pytest.raises(ConsentError, match="may not consent"):
        app.consent.record(family.case.id, family.child.id, SCOPE, "h", "sv")
    with pytest.raises(ConsentError, match="actor the case does not have"):
        bad = ConsentScope(("police",), (), (), (), None, None)
        app.consent.record(family.case.id, family.mother.id, bad, "h", "sv")
    app.case_store.update_case(family.case.id, status="closed")
    with pytest.raises(ConsentError, match="closed"):
        app.consent.record(family.case.id, family.mother.id, SCOPE, "h", "sv")
    assert app.consent_store.versions(family.mother.id) == []


def test_a_bad_or_past_date_is_asked_again_kindly(app, family):
    session = start_consent(app, family.mother)
    for event in consent_events(app, family.mother, until="2099-12-31"):
        if session.state["at"][0] == "until-date":
            break
        session, _ = app.dialogs.handle(session.id, event)
    for text, msg in [("30/6 2099", "sam-date-invalid"), ("2001-01-01", "sam-date-past")]:
        session, outputs = app.dialogs.handle(session.id, answer(text))
        assert isinstance(outputs[0], Notice) and outputs[0].msg.id == msg
        assert outputs[1].step == "until-date"
    session, outputs = app.dialogs.handle(session.id, answer("2099-12-31"))
    assert outputs[-1].step == "review"


def test_saying_no_records_nothing(app, family):
    run_consent(app, family.mother, confirm="no")
    assert app.consent_store.versions(family.mother.id) == []
    assert "consent.decline" in [e["action"] for e in app.audit.entries("case:")]


def test_the_childs_view_is_asked_only_when_the_child_is_asked(app, tmp_path):
    asked = make_family(app, "Ekorren 2026", child_asked=True)
    quiet = make_family(app, "Igelkotten 2026", child_asked=False)
    asked_steps = app.dialogs.get(run_consent(app, asked.mother)).state["answers"]
    quiet_steps = app.dialogs.get(run_consent(app, quiet.mother)).state["answers"]
    assert asked_steps["child-view"] == "agrees"
    assert "child-view" not in quiet_steps


def test_an_actor_outside_the_consent_asks_each_guardian_for_that_change_only(app, family):
    run_consent(app, family.mother, actors=("school", "bup"))
    run_consent(app, family.father, actors=("school", "bup"))
    habilitation = {"id": "hab", "label": "Habiliteringen"}
    asked = app.consent.add_actor_outside_scope(family.case.id, habilitation, "coordinator:1")
    assert sorted(asked) == sorted([family.mother.id, family.father.id])
    marks = dict((a["id"], ok) for a, ok in app.consent.actors_with_consent(family.case.id))
    assert marks == {"school": True, "bup": True, "social": False, "hab": False}
    assert app.catalog.format("sv", "actor-without-consent", {"label": "X"}) == "X (utan samtycke)"

    for guardian, chosen in [(family.mother, ["actor:hab"]), (family.father, None)]:
        session, outputs = app.consent.start_change(guardian.id)
        session, outputs = app.dialogs.handle(session.id, answer())
        assert [o.id for o in outputs[-1].options] == ["actor:hab"]
        event = answer(chosen) if chosen else Event(EventKind.SKIP)
        session, _ = app.dialogs.handle(session.id, event)
        assert session.status == "done"

    assert app.consent.pending_changes(family.case.id) == []
    assert "hab" in app.consent_store.latest(family.mother.id).actors
    assert "hab" not in app.consent_store.latest(family.father.id).actors
    marks = dict((a["id"], ok) for a, ok in app.consent.actors_with_consent(family.case.id))
    assert marks["hab"] is False  # one guardian said no: still without consent
    assert app.consent_store.latest(family.mother.id).areas == ("school", "health")


def test_a_new_area_is_asked_with_its_words(app, family):
    run_consent(app, family.mother, areas=("school",))
    assert app.consent.add_area_outside_scope(family.case.id, "home", "coordinator:1") == [
        family.mother.id
    ]
    session, _ = app.consent.start_change(family.mother.id)
    session, outputs = app.dialogs.handle(session.id, answer())
    assert outputs[-1].options[0].label.args == {"label": "Hemma"}
    app.dialogs.handle(session.id, answer(["area:home"]))
    assert app.consent_store.latest(family.mother.id).areas == ("school", "home")
    with pytest.raises(ConsentError):
        app.consent.start_change(family.mother.id)


def test_withdrawal_stops_the_case_revokes_invites_and_tells_the_coordinator(app, family):
    run_consent(app, family.mother)
    run_consent(app, family.father)
    child_token = app.cases.issue_invite(family.child.id)
    father_token = app.cases.issue_invite(family.father.id)
    answers_before = app.db["answers"].count

    result = app.consent.withdraw(family.case.id, family.father.id)
    assert not result.already and result.revoked_invites == 2
    assert result.message == "withdraw-done"
    assert app.case_store.case(family.case.id).status == "withdrawn"
    assert app.consent.case_status(family.case.id).status == "withdrawn"
    with pytest.raises(ConsentMissing):
        app.consent.gate(family.case.id)
    for token in (child_token, father_token):
        with pytest.raises(InvalidInvite):
            app.cases.redeem(token, "telegram:1")
    notes = app.case_store.notifications(family.case.unit_id)
    assert [(n["kind"], n["urgent"]) for n in notes if n["urgent"]] == [("consent-withdrawn", 1)]
    # what was documented so far is kept (seed 001), not deleted
    assert app.db["answers"].count == answers_before
    assert len(app.consent_store.versions(family.father.id)) == 1
    assert app.consent_store.latest(family.father.id).withdrawn_at

    again = app.consent.withdraw(family.case.id, family.mother.id)
    assert again.already and again.message == "withdraw-already"
    kinds = [n["kind"] for n in app.case_store.notifications(family.case.unit_id)]
    assert kinds.count("consent-withdrawn") == 1
    for lang in ("sv", "en"):
        for msg in ("withdraw-confirm", "withdraw-done", "withdraw-already"):
            assert app.catalog.format(lang, msg)


def test_only_a_guardian_of_the_case_can_withdraw(app, family):
    with pytest.raises(ConsentError):
        app.consent.withdraw(family.case.id, family.child.id)
    assert app.case_store.case(family.case.id).status == "open"


def test_the_receipt_has_date_version_and_scope(app, family):
    run_consent(app, family.mother, own="Morfar Sune", until="2099-06-30")
    consent, labels = app.consent.receipt_data(family.mother.id)
    text = receipt_text(app.catalog.translator("sv"), consent, labels)
    assert f"Datum: {consent.created_at[:10]}" in text
    assert "Skolan, BUP, Morfar Sune" in text
    assert "Ditt ja gäller till: 2099-06-30" in text
    pdf = receipt_pdf(app.catalog.translator("en"), consent, labels)
    assert pdf.startswith(b"%PDF") and b"AtkinsonHyperlegible" in pdf


def test_consent_survives_reopening_the_database(app, family, tmp_path):
    run_consent(app, family.mother, own="Faster Lo", not_raise=(("health",), "Inte om sjukhuset"))
    again = make_app(tmp_path)
    stored = again.consent_store.latest(family.mother.id)
    assert stored.own_actors == ("Faster Lo",)
    assert stored.not_raise_text == "Inte om sjukhuset"


PASS_THROUGH = (*CONSENT_INFO_STEPS, "review")


def test_skipping_the_confirmation_is_not_a_yes(app, family):
    session = start_consent(app, family.mother, lang="en")
    for _ in range(40):
        if session.status == "done":
            break
        kind = EventKind.ANSWER if session.state["at"][0] in PASS_THROUGH else EventKind.SKIP
        session, outputs = app.dialogs.handle(session.id, Event(kind))
    assert outputs[-1].step == "declined"
    assert app.consent_store.versions(family.mother.id) == []
    app.dialogs.handle(session.id, answer())  # a late button press records nothing more
    declines = [e for e in app.audit.entries("case:") if e["action"] == "consent.decline"]
    assert len(declines) == 1


def test_a_consent_given_in_english_keeps_its_language(app, family):
    session = start_consent(app, family.mother, lang="en")
    for event in consent_events(app, family.mother, actors=("bup",), areas=("health",)):
        session, _ = app.dialogs.handle(session.id, event)
    stored = app.consent_store.latest(family.mother.id)
    assert (stored.lang, stored.actors, stored.until) == ("en", ("bup",), None)


def test_a_case_closed_during_the_dialog_gets_a_kind_answer_and_no_consent(app, family):
    session = start_consent(app, family.mother)
    for event in consent_events(app, family.mother)[:-1]:
        session, _ = app.dialogs.handle(session.id, event)
    app.case_store.update_case(family.case.id, status="closed")
    session, outputs = app.dialogs.handle(session.id, answer("yes"))
    assert outputs[0].msg.id == "consent-closed" and outputs[1].step == "confirm"
    assert app.catalog.format("en", "consent-closed")
    # the last step was undone with the consent: the session is not "done" without a consent
    assert app.dialogs.get(session.id).status == "active"
    assert app.consent_store.versions(family.mother.id) == []


def test_a_new_full_consent_that_covers_a_pending_change_answers_it(app, family):
    run_consent(app, family.mother, actors=("school",))
    app.consent.add_actor_outside_scope(family.case.id, {"id": "bup2", "label": "BUP"}, "c:1")
    assert len(app.consent.pending_changes(family.case.id)) == 1
    run_consent(app, family.mother, actors=("school", "bup2"))
    assert app.consent.pending_changes(family.case.id) == []

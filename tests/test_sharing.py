"""The child's share choices decide who sees each answer; guardians see nothing unless the
child shows them. Real SQLite file, real dialogs."""

from __future__ import annotations

import pytest

from bot.services.sharing import SharingRefused, for_meeting
from tests.app_factory import make_app
from tests.consent_support import make_family, run_child, run_consent


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def family(app):
    return make_family(app)


@pytest.fixture
def session(app, family):
    session_id = run_child(
        app,
        family.child,
        hard="Rasterna är svåra",
        good="Slöjden är bra",
        friends="Jag har en kompis",
        message="Jag vill inte vara med",
        shares={"area-hard[school]": "meeting", "message": "private"},
    )
    return app.dialogs.get(session_id)


def values(answers):
    return {a.key: a.value for a in answers}


def test_meeting_gets_only_meeting_answers(app, session, family):
    run_consent(app, family.mother, areas=("school",))
    run_consent(app, family.father, areas=("school",))
    meeting = app.sharing.for_meeting(session, app.dialogs.dialog_of(session), "coordinator:7")
    assert values(meeting.kept) == {"area-hard[school]": "Rasterna är svåra"}
    read = [e for e in app.audit.entries("case:") if e["action"] == "answers.read"]
    assert read[-1]["actor"] == "coordinator:7" and read[-1]["audience"] == "meeting"


def test_coordinator_gets_meeting_and_default_answers_never_private(app, session):
    seen = values(app.sharing.answers_for(session, "coordinator", actor="coordinator:7"))
    assert seen["area-hard[school]"] == "Rasterna är svåra"
    assert seen["area-good[school]"] == "Slöjden är bra"  # no choice made: coordinator
    assert "message" not in seen
    read = [e for e in app.audit.entries("case:") if e["action"] == "answers.read"]
    assert read[-1]["actor"] == "coordinator:7" and read[-1]["audience"] == "coordinator"


def test_the_person_sees_all_their_own_answers(app, session, family):
    own = values(app.sharing.answers_for(session, f"guardian:{family.child.id}"))
    assert own["message"] == "Jag vill inte vara med"


def test_a_guardian_asking_for_the_childs_answers_is_refused_and_logged(app, session, family):
    with pytest.raises(SharingRefused):
        app.sharing.answers_for(session, f"guardian:{family.mother.id}")
    refused = [e for e in app.audit.entries("case:") if e["action"] == "answers.refused"]
    assert refused[-1]["actor"] == f"guardian:{family.mother.id}"
    assert "Rasterna" not in str(refused)
    assert app.catalog.format("sv", "sharing-refused")


def test_show_to_guardian_gives_that_guardian_only_the_meeting_summary(app, session, family):
    shown = app.sharing.show_to_guardian(session, family.mother.id)
    assert values(shown) == {"area-hard[school]": "Rasterna är svåra"}
    again = app.sharing.answers_for(session, f"guardian:{family.mother.id}")
    assert values(again) == values(shown)
    with pytest.raises(SharingRefused):
        app.sharing.answers_for(session, f"guardian:{family.father.id}")
    assert "answers.show-guardian" in [e["action"] for e in app.audit.entries("case:")]


def test_show_to_guardian_refuses_someone_outside_the_case(app, session, family):
    other = make_family(app, "Räven 2026")
    with pytest.raises(SharingRefused):
        app.sharing.show_to_guardian(session, other.mother.id)
    with pytest.raises(SharingRefused):
        app.sharing.show_to_guardian(session, family.child.id)
    with pytest.raises(SharingRefused):
        app.sharing.answers_for(session, "everyone")


def test_a_pack_keeps_only_areas_inside_the_consent(app, family):
    keys = ["areas", "area-how[school]", "area-hard[school]", "area-good[school]", "meeting"]
    keys += ["area-how[friends]", "area-good[friends]", "message"]
    shares = dict.fromkeys(keys, "meeting")
    session_id = run_child(
        app, family.child, hard="Rasterna", good="Slöjden", friends="Kompis", message="Hej",
        shares=shares,
    )  # fmt: skip
    session = app.dialogs.get(session_id)
    assert session.state["shares"] == shares
    run_consent(app, family.mother, areas=("school", "friends"), not_raise=(("friends",), None))
    run_consent(app, family.father, areas=("school", "friends", "home"))
    scope = app.consent.gate(family.case.id)
    kept = values(for_meeting(app.dialogs.dialog_of(session), session.state, scope).kept)
    assert kept["areas"] == ["school"]
    assert "area-good[school]" in kept
    assert not [k for k in kept if k.endswith("[friends]")]
    assert kept["meeting"] == "no"

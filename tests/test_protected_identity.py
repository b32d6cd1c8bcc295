"""Protected identity: the one redaction every output for others goes through, with a canary
address that must never come out for anyone but the protected person."""

from __future__ import annotations

import json
from dataclasses import asdict

from access_fixtures import make_family

from bot.services.protection import AnswerForOthers, redact_for_others
from tests.app_factory import make_app

CANARY = "Kanarievägen 17, 999 99 Fågelby"


def canary_out(view) -> bool:
    return CANARY in json.dumps(asdict(view), ensure_ascii=False, default=sorted)


def protected_family(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app)
    store = app.case_store
    guardian = store.update_participant(
        family.guardian.id, protected=True, contact=CANARY, identity_hash="chat-hash"
    )
    case = store.update_case(
        family.case.id, meeting_place=CANARY, meeting_place_given_by=guardian.id
    )
    answers = (
        AnswerForOthers(guardian.id, "practical-place", f"Vi kan ses nära {CANARY}", True),
        AnswerForOthers(guardian.id, "interpreter", ["arabic"], False, lang="ar"),
        AnswerForOthers(family.child.id, "message", "Jag vill prata om skolan.", True),
    )
    return app, store.case(case.id), store.participants(case.id), answers


def test_protection_is_stored_in_sqlite(tmp_path):
    _app, _case, participants, _ = protected_family(tmp_path)
    assert [p.protected for p in participants] == [False, True]
    assert CANARY.encode() not in (tmp_path / "delaktig.db").read_bytes()


def test_the_meeting_and_other_participants_never_see_the_canary(tmp_path):
    _app, case, participants, answers = protected_family(tmp_path)
    child, guardian = participants
    for viewer in (None, child):
        view = redact_for_others(case, participants, viewer, answers)
        assert not canary_out(view)
        shown_guardian = view.participants[1]
        assert (shown_guardian.name, shown_guardian.contact, shown_guardian.identity_hash) == (
            None,
            None,
            None,
        )
        assert shown_guardian.role == "guardian" and shown_guardian.protected
        assert view.case.meeting_place is None and view.case.label == "Fjärilen 2026"
        assert view.withheld == {
            "meeting_place",
            f"participant:{guardian.id}:name",
            f"participant:{guardian.id}:contact",
            f"participant:{guardian.id}:identity_hash",
        }
        free_text, choice, childs = view.answers
        assert free_text.withheld and free_text.value is None
        assert choice == answers[1], "choices from a list are kept"
        assert childs == answers[2], "others' answers are untouched"
        assert view.participants[0] == child


def test_the_protected_person_sees_their_own_details(tmp_path):
    _app, case, participants, answers = protected_family(tmp_path)
    guardian = participants[1]
    view = redact_for_others(case, participants, guardian, answers)
    assert view.participants[1].contact == CANARY
    assert view.case.meeting_place == CANARY
    assert view.answers == answers and not view.withheld


def test_a_place_given_by_someone_else_and_unprotected_people_stay(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app, meeting_place="Skolans bibliotek")
    case = app.case_store.update_case(family.case.id, meeting_place_given_by=family.child.id)
    participants = app.case_store.participants(case.id)
    view = redact_for_others(case, participants, None)
    assert view.case == case and view.participants == tuple(participants)
    assert view.participants[1].name == "Maja Testsson" and not view.withheld


def test_setting_protection_is_audited_without_names(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app)
    marked = app.cases.set_protected(family.guardian.id, actor="coordinator:1")
    assert marked.protected and app.case_store.participant(family.guardian.id).protected
    entry = app.audit.entries(f"case:{family.case.id}")[-1]
    assert (entry["action"], entry["actor"], entry["participant"]) == (
        "participant.protect",
        "coordinator:1",
        family.guardian.id,
    )
    assert "Maja" not in json.dumps(app.audit.entries(""), ensure_ascii=False)
    assert not app.cases.set_protected(family.guardian.id, False).protected

"""The conversation layer's rules, through `app.conversation` on a real SQLite file: who may go
on, what finishing a dialog causes, and what each intent answers. The conformance transcripts
(tests/conformance) prove the same on console, web, aiogram and PTB."""

from __future__ import annotations

import pytest
from consent_support import consent_events, make_family, run_consent

from bot.conversation.core import Place, Refused
from bot.conversation.intents import (
    Answer,
    Erase,
    Listen,
    Navigate,
    ShowPlan,
    StartEvaluation,
    SwitchLanguage,
    TellCoordinator,
    Toggle,
    UnknownCommand,
    Withdraw,
    parse_command,
)
from bot.engine.model import Kind
from bot.engine.runner import EventKind, Notice
from bot.services.cases import InvalidInvite
from bot.services.consent import CONSENT_DIALOG
from tests.app_factory import make_app

CHILD_PHONE = "web:child-phone"


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def family(app):
    """Two guardians and a child (consent_support), none of them consented yet."""
    return make_family(app)


def child_place(app, family, identity: str = CHILD_PHONE) -> Place:
    token = app.cases.issue_invite(family.child.id)
    return app.conversation.redeem(token, identity).place


def notices(reply) -> list[str]:
    return [o.msg.id for o in reply.outputs if isinstance(o, Notice)]


def answer_to_the_end(app, place: Place) -> None:
    """Answer every question with its first option (texts skipped) until the end page."""
    prompt = app.conversation.current_prompt(place)
    for _ in range(200):
        if prompt.kind is Kind.END:
            return
        match prompt.kind:
            case Kind.MULTI:
                intent = Answer([prompt.options[0].id])
            case Kind.CHOICE | Kind.SCALE:
                intent = Answer(prompt.options[0].id)
            case Kind.TEXT:
                intent = Navigate(EventKind.SKIP)
            case _:
                intent = Answer()
        prompt = app.conversation.act(place, intent).prompt
    raise AssertionError(f"no end after 200 answers; stuck at {prompt.key}")


def refusal(app, place: Place) -> str:
    with pytest.raises(Refused) as refused:
        app.conversation.act(place, Answer())
    return refused.value.msg_id


def test_a_withdrawal_stops_a_child_in_the_middle_of_their_dialog(app, family):
    place = child_place(app, family)
    app.conversation.act(place, Answer())
    app.consent.withdraw(family.case.id, family.mother.id)
    assert refusal(app, place) == "refused-withdrawn"
    with pytest.raises(Refused):
        app.conversation.place_for(CHILD_PHONE)
    # the link itself, opened again on the same phone, says why too
    with pytest.raises(Refused) as again:
        app.conversation.redeem(app.cases.issue_invite(family.child.id), CHILD_PHONE)
    assert again.value.msg_id == "refused-withdrawn"


def test_a_closed_case_a_revoked_invite_and_another_device_are_refused(app, family):
    place = child_place(app, family)
    app.cases.revoke_invites(family.child.id)
    assert refusal(app, place) == "refused-revoked"
    place = child_place(app, family, "web:new-phone")
    assert app.conversation.act(place, Answer()).session is not None
    old = Place(place.participant_id, place.session_id, CHILD_PHONE)
    assert refusal(app, old) == "refused-moved"
    app.case_store.update_case(family.case.id, status="closed")
    assert refusal(app, place) == "refused-closed"


def test_a_telegram_link_used_in_one_chat_is_refused_in_another_and_a_new_invite_ends_it(
    app, family
):
    """The chat is the device (Telegram has no code): a deep link opened in a second chat does
    not take the person over; the coordinator's new invite stops the first chat at once."""
    token = app.cases.issue_invite(family.child.id)
    chat = app.conversation.redeem(token, "tg:1001").place
    with pytest.raises(InvalidInvite):
        app.conversation.redeem(token, "tg:2002")
    assert app.conversation.act(chat, Answer()).session is not None
    new_token = app.cases.issue_invite(family.child.id)
    assert refusal(app, chat) == "refused-revoked"
    chat = app.conversation.redeem(new_token, "tg:1001").place
    assert app.conversation.show(chat).session is not None


def test_an_erased_person_is_told_so_on_the_device_they_used(app, family):
    place = child_place(app, family)
    app.person.erase(family.child.id)
    assert refusal(app, place) == "refused-erased"
    with pytest.raises(Refused) as refused:
        app.conversation.place_for(CHILD_PHONE)
    assert refused.value.msg_id == "refused-erased"
    assert app.conversation.place_for("web:someone-else") is None


def test_erasing_oneself_ends_the_place_and_removes_the_person(app, family):
    place = child_place(app, family)
    assert app.conversation.act(place, Erase()).confirm == "erase"
    assert app.case_store.participant(family.child.id) is not None, "asked first"
    reply = app.conversation.act(place, Erase(confirmed=True))
    assert reply.place is None and notices(reply) == ["erase-done"]
    assert app.case_store.participant(family.child.id) is None


def test_only_a_guardian_withdraws_and_is_asked_once_to_confirm(app, family):
    child = child_place(app, family)
    assert notices(app.conversation.act(child, Withdraw(confirmed=True))) == [
        "withdraw-only-guardians"
    ]
    token = app.cases.issue_invite(family.mother.id)
    mother = app.conversation.redeem(token, "tg:42").place
    assert app.conversation.act(mother, Withdraw()).confirm == "withdraw"
    assert app.case_store.case(family.case.id).status == "open"
    reply = app.conversation.act(mother, Withdraw(confirmed=True))
    assert notices(reply) == ["withdraw-done"] and reply.place is None
    again = app.conversation.act(mother, Withdraw(confirmed=True))
    assert notices(again) == ["withdraw-already"]
    assert [n["kind"] for n in app.case_store.notifications(family.case.unit_id)] == [
        "consent-withdrawn"
    ]


def test_finishing_the_consent_dialog_records_the_consent_on_any_channel(app, family):
    token = app.cases.issue_invite(family.mother.id)
    place = app.conversation.redeem(token, "console:mother").place
    for event in consent_events(app, family.mother):
        reply = app.conversation.act(place, Answer(event.value))
    assert reply.prompt.step == "done"
    assert len(app.consent_store.versions(family.mother.id)) == 1
    assert app.consent.case_status(family.case.id).per_guardian[family.mother.id] == "given"
    kinds = [n["kind"] for n in app.case_store.notifications(family.case.unit_id)]
    assert kinds == ["consent-given"]


def test_finishing_the_preparation_tells_the_coordinator(app, family):
    answer_to_the_end(app, child_place(app, family))
    kinds = [n["kind"] for n in app.case_store.notifications(family.case.unit_id)]
    assert kinds == ["preparation-done"]


def test_an_evaluation_submitted_twice_counts_once(app, family):
    app.case_store.update_case(family.case.id, meeting_date="2026-11-20")
    place = child_place(app, family)
    for _ in range(2):
        place = app.conversation.act(place, StartEvaluation()).place
        answer_to_the_end(app, place)
    assert len(app.evaluation_store.responses(family.case.unit_id)) == 1
    app.case_store.update_case(family.case.id, meeting_date="2027-03-01")  # the follow-up
    place = app.conversation.act(place, StartEvaluation()).place
    answer_to_the_end(app, place)
    assert len(app.evaluation_store.responses(family.case.unit_id)) == 2, "a new round counts"


def test_help_now_and_tell_my_coordinator_keep_the_place(app, family):
    place = child_place(app, family)
    first = app.conversation.current_prompt(place)
    reply = app.conversation.act(place, Navigate(EventKind.HELP_NOW))
    assert notices(reply) == ["help-now"] and reply.prompt.key == first.key
    reply = app.conversation.act(place, TellCoordinator())
    assert notices(reply) == ["help-now-told"] and reply.prompt.key == first.key
    kinds = [n["kind"] for n in app.case_store.notifications(family.case.unit_id)]
    assert kinds == ["help-now"]


def test_listen_language_plan_and_unknown_commands(app, family):
    place = child_place(app, family)
    assert app.conversation.act(place, Listen()).speak
    assert app.conversation.act(place, SwitchLanguage()).choose_language
    assert app.conversation.act(place, SwitchLanguage("en")).session.lang == "en"
    assert notices(app.conversation.act(place, ShowPlan())) == ["plan-none-yet"]
    assert notices(app.conversation.act(place, UnknownCommand())) == ["command-unknown"]


@pytest.mark.parametrize(
    ("line", "intent"),
    [
        ("/hoppa", Navigate(EventKind.SKIP)),
        ("/skip", Navigate(EventKind.SKIP)),
        ("/Hjalpnu@DelaktigBot", Navigate(EventKind.HELP_NOW)),
        ("/beratta", TellCoordinator()),
        ("/sprak en", SwitchLanguage("en")),
        ("/lang", SwitchLanguage(None)),
        ("/aterkalla", Withdraw(False)),
        ("/aterkalla ja", Withdraw(True)),
        ("/radera yes", Erase(True)),
        ("/utvardera", StartEvaluation()),
        ("/nonsense", UnknownCommand()),
        ("hoppa", None),
    ],
)
def test_one_vocabulary_of_command_words(line, intent):
    assert parse_command(line) == intent


def test_the_review_says_when_consent_keeps_a_shared_answer_from_the_meeting(app, family):
    for guardian in (family.mother, family.father):
        run_consent(app, guardian, areas=("school",))
    place = child_place(app, family)
    prompt = app.conversation.current_prompt(place)
    while prompt.kind is not Kind.REVIEW:
        match prompt.kind:
            case Kind.MULTI:
                intent = Answer(["school", "friends"])
            case Kind.CHOICE | Kind.SCALE:
                intent = Answer(prompt.options[0].id)
            case Kind.TEXT:
                intent = Answer("Det är okej")
            case _:
                intent = Answer()
        prompt = app.conversation.act(place, intent).prompt
    school = next(item.key for item in prompt.review if item.key.endswith("[school]"))
    reply = app.conversation.act(place, Toggle({school: "meeting"}, prompt.key))
    assert notices(reply) == [], "school is consented: nothing to say"
    reply = app.conversation.act(place, Toggle({"areas": "meeting"}, prompt.key))
    assert notices(reply) == ["review-held-back"], "friends is not consented"
    assert "review-held-back" in notices(app.conversation.show(place))


def guardian_journey_place(app, family) -> Place:
    """The first guardian, whose invite goes through consent and then "Vad är viktigt för er?"."""
    guardian = app.cases.add_participant(
        family.case.id, "guardian", "vad-ar-viktigt-vardnadshavare", before=(CONSENT_DIALOG,)
    )
    token = app.cases.issue_invite(guardian.id)
    return app.conversation.redeem(token, "web:guardian-phone").place


def consent_intents(app, place: Place, confirm: str) -> list:
    guardian = app.case_store.participant(place.participant_id)
    return [
        Answer(e.value) if e.kind is EventKind.ANSWER else Navigate(e.kind)
        for e in consent_events(app, guardian, confirm=confirm)
    ]


def test_one_invite_goes_from_consent_straight_on_to_the_preparation(app, family):
    place = guardian_journey_place(app, family)
    for intent in consent_intents(app, place, confirm="yes"):
        reply = app.conversation.act(place, intent)
    assert "sam-done" in notices(reply) and "journey-next" in notices(reply)
    assert reply.receipt == place.session_id  # the consent's receipt is offered at once
    assert reply.place.session_id != place.session_id
    assert reply.session.dialog_id == "vad-ar-viktigt-vardnadshavare"
    assert app.consent_store.by_session(place.session_id) is not None
    # the same link, opened again later, goes on in the preparation, not the consent
    again = app.conversation.place_for("web:guardian-phone")
    assert again.session_id == reply.place.session_id


def test_a_guardian_who_says_no_is_not_taken_on_to_the_preparation(app, family):
    place = guardian_journey_place(app, family)
    for intent in consent_intents(app, place, confirm="no"):
        reply = app.conversation.act(place, intent)
    assert reply.prompt.text.id == "sam-declined" and "journey-next" not in notices(reply)
    assert reply.place.session_id == place.session_id
    assert app.conversation.place_for("web:guardian-phone").session_id == place.session_id
    guardian = app.case_store.participant(place.participant_id)
    assert app.case_store.session_id_for(guardian.id, guardian.dialog_id) is None

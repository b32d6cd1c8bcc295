"""Case form validation: dates that make no sense are refused with a reason, per field; each
role gets its own dialogs by default, and a young adult needs no guardian."""

from datetime import date

from bot.engine.library import DialogLibrary
from bot.services.case_form import parse_actors, validate_case, validate_participant

TODAY = date(2026, 5, 20)
#: The form as "Nytt ärende" first shows it: only the label, the date and the roles filled in.
NEW = {
    "label": "Ugglan",
    "need_noticed": "2026-05-01",
    "child_role": "child",
    "guardian1_dialog": "samtycke-vardnadshavare",
    "guardian2_dialog": "samtycke-vardnadshavare",
}
DIALOGS = set(DialogLibrary().load())


def errors(**changes) -> dict[str, str]:
    return validate_case(NEW | changes, TODAY, DIALOGS, new=True).errors


def people(**changes) -> list[tuple[str, str, bool]]:
    result = validate_case(NEW | changes, TODAY, DIALOGS, new=True)
    assert result.ok, result.errors
    return [
        (p["role"], (*p["before"], p["dialog_id"]), p.get("decides_self", False))
        for p in result.participants
    ]


def test_a_complete_form_is_accepted_with_each_roles_default_dialog():
    assert people() == [
        ("child", ("min-rost-barn",), False),
        ("guardian", ("samtycke-vardnadshavare",), False),
        ("guardian", ("samtycke-vardnadshavare",), False),
    ]
    assert people(child_role="youth")[0] == ("youth", ("min-rost-ungdom",), False)
    guardian = ("guardian", ("samtycke-vardnadshavare", "vad-ar-viktigt-vardnadshavare"), False)
    assert people(guardian1_dialog="", guardian2_dialog="samtycke-och-vad-ar-viktigt")[1:] == [
        guardian,
        guardian,
    ]


def test_only_dialogs_that_fit_the_role_are_accepted_and_demo_is_never_one():
    assert errors(child_dialog="demo") == {"child_dialog": "dash-error-dialog"}
    assert errors(child_dialog="min-rost-ungdom") == {"child_dialog": "dash-error-dialog"}
    assert errors(guardian1_dialog="min-rost-barn") == {"guardian1_dialog": "dash-error-dialog"}
    assert errors(guardian1_dialog="vad-ar-viktigt-vardnadshavare") == {}
    added = validate_participant({"role": "guardian", "dialog": "demo"}, DIALOGS)
    assert added.errors == {"dialog": "dash-error-dialog"}
    default = validate_participant({"role": "guardian"}, DIALOGS)
    assert default.ok and default.participants[0]["before"] == ("samtycke-vardnadshavare",)
    assert default.participants[0]["dialog_id"] == "vad-ar-viktigt-vardnadshavare"


def test_a_young_adult_needs_no_guardian_and_gives_consent_themself():
    form = {"guardian1_dialog": "", "guardian2_dialog": ""}
    assert people(child_role="young-adult", **form) == [
        ("youth", ("samtycke-ungdom", "min-rost-ungdom"), True),
    ]


def test_a_youth_who_decides_and_a_child_give_their_own_say_first_in_the_same_invite():
    assert people(child_role="youth", youth_decides="on", guardian2_dialog="")[0] == (
        "youth",
        ("samtycke-ungdom", "min-rost-ungdom"),
        True,
    )
    assert people(child_assent="on")[0] == ("child", ("samtycke-barn", "min-rost-barn"), False)


def test_dates_that_make_no_sense_are_refused_with_a_reason():
    assert errors(need_noticed="2026-02-30") == {"need_noticed": "dash-error-date"}
    assert errors(need_noticed="2026-06-01") == {"need_noticed": "dash-error-noticed-future"}
    assert errors(meeting_date="2026-04-01") == {
        "meeting_date": "dash-error-meeting-before-noticed"
    }
    assert errors(meeting_date="2126-01-01") == {"meeting_date": "dash-error-date-range"}
    assert errors(meeting_time="14:00", meeting_end="13:30") == {
        "meeting_end": "dash-error-end-before-start"
    }
    assert errors(meeting_time="25:00") == {"meeting_time": "dash-error-time"}
    assert errors(meeting_date="2026-05-12", invitation_sent_on="2026-05-13") == {
        "invitation_sent_on": "dash-error-after-meeting"
    }
    assert errors(meeting_date="2026-05-12", plan_sent_on="2026-05-11") == {
        "plan_sent_on": "dash-error-before-meeting"
    }


def test_personnummer_custody_and_dialogs_are_checked():
    assert errors(label="Barn 20150101-1234") == {"label": "dash-error-personnummer"}
    assert errors(guardian2_dialog="") == {"sole_custody_reason": "dash-error-sole-custody"}
    assert errors(sole_custody_reason="Dom") == {
        "sole_custody_reason": "dash-error-sole-custody-two"
    }
    assert errors(child_dialog="okänd") == {"child_dialog": "dash-error-dialog"}
    assert errors(child_role="baby") == {"child_role": "dash-error-choice"}
    assert errors(meeting_format="brevduva") == {"meeting_format": "dash-error-choice"}


def test_control_characters_are_dropped_and_actors_deduplicated():
    result = validate_case(NEW | {"label": "Ugg\x00lan"}, TODAY, DIALOGS, new=True)
    assert result.values["label"] == "Ugglan"
    assert parse_actors("skola, Skola; BUP\nelevhälsa") == [
        {"id": "skola", "label": "skola"},
        {"id": "bup", "label": "BUP"},
        {"id": "elevhälsa", "label": "elevhälsa"},
    ]

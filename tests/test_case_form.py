"""Case form validation: dates that make no sense are refused with a reason, per field."""

from datetime import date

from bot.services.case_form import parse_actors, validate_case

TODAY = date(2026, 5, 20)
NEW = {
    "label": "Ugglan",
    "need_noticed": "2026-05-01",
    "child_role": "child",
    "child_dialog": "demo",
    "guardian1_dialog": "demo",
    "guardian2_dialog": "demo",
}


def errors(**changes) -> dict[str, str]:
    return validate_case(NEW | changes, TODAY, {"demo"}, new=True).errors


def test_a_complete_form_is_accepted():
    result = validate_case(NEW, TODAY, {"demo"}, new=True)
    assert result.ok and [p["role"] for p in result.participants] == [
        "child",
        "guardian",
        "guardian",
    ]


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
    assert errors(meeting_format="brevduva") == {"meeting_format": "dash-error-choice"}


def test_control_characters_are_dropped_and_actors_deduplicated():
    result = validate_case(NEW | {"label": "Ugg\x00lan"}, TODAY, {"demo"}, new=True)
    assert result.values["label"] == "Ugglan"
    assert parse_actors("skola, Skola; BUP\nelevhälsa") == [
        {"id": "skola", "label": "skola"},
        {"id": "bup", "label": "BUP"},
        {"id": "elevhälsa", "label": "elevhälsa"},
    ]

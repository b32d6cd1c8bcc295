"""The participation checklist: ticks from data, hand ticks, and warnings where data disagrees."""

from bot.domain import Tick
from bot.services.checklist import DONE, OPEN, WARNING, Facts, evaluate, load_checklist, summary


def states(facts: Facts, ticks=None) -> dict[str, str]:
    return {s.id: s.state for s in evaluate(load_checklist(), facts, ticks or {})}


BASE = Facts(
    consent_status="complete",
    child_prepared=True,
    child_says="yes",
    answers={
        "who-not": [["bup"]],
        "meeting-size": ["small"],
        "place": ["video"],
        "time-of-day": ["morning"],
        "support": [["interpreter"]],
    },
    actor_ids=("skola", "elevhalsa"),
    meeting_date="2026-05-12",
    meeting_time="09:00",
    meeting_end="10:00",
    meeting_format="video",
    adaptations="Tolk på arabiska",
)


def test_data_ticks_what_it_can_tell():
    result = states(BASE)
    for item in (
        "consent",
        "child-says",
        "child-prepared",
        "adaptations",
        "time-place",
        "start-stop",
    ):
        assert result[item] == DONE, item
    assert result["not-there"] == DONE
    assert result["not-too-many"] == DONE
    assert result["talk-with-family"] == OPEN  # by hand only


def test_contradicting_data_is_a_warning_not_a_tick():
    from dataclasses import replace

    facts = replace(
        BASE,
        actor_ids=("skola", "elevhalsa", "bup", "soc"),
        meeting_format="in-person",
        meeting_time="15:00",
        adaptations=None,
        consent_status="withdrawn",
        child_says="no",
        child_objects=True,
    )
    result = states(facts)
    assert result["not-there"] == WARNING  # BUP is invited though the child said not there
    assert result["not-too-many"] == WARNING  # four invited, the child wanted it small
    assert result["time-place"] == WARNING
    assert result["adaptations"] == WARNING
    assert result["consent"] == WARNING
    assert result["child-says"] == WARNING  # the child said no: never silent


def test_hand_ticks_carry_who_and_when_and_count_in_the_summary():
    ticks = {"talk-with-family": Tick("coord", "2026-05-01T10:00:00")}
    evaluated = evaluate(load_checklist(), BASE, ticks)
    item = next(s for s in evaluated if s.id == "talk-with-family")
    assert item.state == DONE and item.tick.by == "coord"
    done, total, warnings = summary(evaluated)
    assert total == 13 and warnings == 0 and done == 9

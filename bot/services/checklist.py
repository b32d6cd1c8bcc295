"""The participation checklist: items as data (dialogs/checklist/delaktighet.yaml), each ticked
from the case's data where the data can tell, by hand otherwise. Data that contradicts an item
makes it a warning, never a tick. Pure: facts in, item states out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.domain import Tick
from bot.paths import dialogs_dir

DONE, OPEN, WARNING = "done", "open", "warning"


@dataclass(frozen=True)
class Item:
    id: str
    phase: str
    check: str | None


@dataclass(frozen=True)
class Checklist:
    items: tuple[Item, ...]
    signals: dict[str, Any]


@dataclass(frozen=True)
class Facts:
    """What the checks read. `answers` are the child's or youth's and the guardians' answers
    that they shared (with the meeting or the coordinator), by step id; private ones never."""

    consent_status: str | None
    child_prepared: bool
    child_says: str | None = None  # the child's own answer about the SIP: yes | unsure | no
    child_objects: bool = False  # the child said no, or a guardian says the child does not want it
    answers: dict[str, list[Any]] = field(default_factory=dict)
    actor_ids: tuple[str, ...] = ()
    meeting_date: str | None = None
    meeting_time: str | None = None
    meeting_end: str | None = None
    meeting_format: str | None = None
    adaptations: str | None = None
    easy_read_plan_sent_on: str | None = None
    evaluation_offered_on: str | None = None


@dataclass(frozen=True)
class ItemState:
    id: str
    phase: str
    state: str  # done | open | warning
    by_hand: bool
    tick: Tick | None = None


@cache
def load_checklist(path: Path | None = None) -> Checklist:
    data = yaml.safe_load((path or dialogs_dir() / "checklist" / "delaktighet.yaml").read_text())
    items = tuple(Item(i["id"], i["phase"], i.get("check")) for i in data["items"])
    return Checklist(items, data.get("signals", {}))


def _chosen(facts: Facts, step: str | None) -> set[str]:
    """Every option id chosen at `step`, by anyone whose answers the facts hold."""
    chosen: set[str] = set()
    for value in facts.answers.get(step or "", []):
        chosen |= set(value) if isinstance(value, list) else {str(value)}
    return chosen


def _consent(facts: Facts, _s: dict) -> str:
    if facts.consent_status == "complete":
        return DONE
    return WARNING if facts.consent_status in ("withdrawn", "expired") else OPEN


def _child_say(facts: Facts, _s: dict) -> str:
    """A child's "no" (theirs, or as a guardian reports it) is a warning, never silent."""
    if facts.child_objects:
        return WARNING
    return DONE if facts.child_says else OPEN


def _prepared(facts: Facts, _s: dict) -> str:
    return DONE if facts.child_prepared else OPEN


def _adaptations(facts: Facts, s: dict) -> str:
    asked = bool(_chosen(facts, s.get("support"))) or bool(
        _chosen(facts, s.get("interpreter")) & set(s.get("interpreter-yes", []))
    )
    if not facts.answers:
        return OPEN
    if asked and not facts.adaptations:
        return WARNING
    return DONE


def _time_place(facts: Facts, s: dict) -> str:
    if not facts.meeting_date or not facts.answers:
        return OPEN
    formats = {s.get("place-formats", {}).get(p) for p in _chosen(facts, s.get("place"))} - {None}
    if formats and facts.meeting_format and facts.meeting_format not in formats:
        return WARNING
    windows = [s.get("time-windows", {}).get(t) for t in _chosen(facts, s.get("time-of-day"))]
    windows = [w for w in windows if w]
    if windows and facts.meeting_time:
        hour = int(facts.meeting_time.split(":")[0])
        if not any(start <= hour < end for start, end in windows):
            return WARNING
    return DONE if facts.meeting_format and facts.meeting_time else OPEN


def _start_stop(facts: Facts, _s: dict) -> str:
    return DONE if facts.meeting_time and facts.meeting_end else OPEN


def _not_there(facts: Facts, s: dict) -> str:
    step = s.get("not-there")
    if step not in facts.answers:
        return OPEN
    return WARNING if _chosen(facts, step) & set(facts.actor_ids) else DONE


def _number(facts: Facts, s: dict) -> str:
    small = _chosen(facts, s.get("meeting-size")) & set(s.get("small-meeting-options", []))
    if s.get("meeting-size") not in facts.answers or not facts.actor_ids:
        return OPEN
    too_many = small and len(facts.actor_ids) > s.get("small-meeting-max-actors", 3)
    return WARNING if too_many else DONE


def _easy_read(facts: Facts, _s: dict) -> str:
    return DONE if facts.easy_read_plan_sent_on else OPEN


def _evaluation(facts: Facts, _s: dict) -> str:
    return DONE if facts.evaluation_offered_on else OPEN


CHECKS: dict[str, Callable[[Facts, dict], str]] = {
    "consent-complete": _consent,
    "child-prepared": _prepared,
    "child-asked": _child_say,
    "adaptations-recorded": _adaptations,
    "time-place-as-asked": _time_place,
    "start-stop-time": _start_stop,
    "not-there-not-invited": _not_there,
    "number-invited": _number,
    "easy-read-plan-sent": _easy_read,
    "evaluation-offered": _evaluation,
}


def evaluate(checklist: Checklist, facts: Facts, ticks: dict[str, Tick]) -> list[ItemState]:
    states = []
    for item in checklist.items:
        if item.check is None:
            tick = ticks.get(item.id)
            states.append(ItemState(item.id, item.phase, DONE if tick else OPEN, True, tick))
        else:
            state = CHECKS[item.check](facts, checklist.signals)
            states.append(ItemState(item.id, item.phase, state, False))
    return states


def summary(states: list[ItemState]) -> tuple[int, int, int]:
    """(done, total, warnings) for the case list's "5 av 12"."""
    return (
        sum(s.state == DONE for s in states),
        len(states),
        sum(s.state == WARNING for s in states),
    )

"""The compiled, immutable dialog model. Built by `bot.engine.loader`, read by the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Kind(StrEnum):
    INFO = "info"
    CHOICE = "choice"
    MULTI = "multi"
    SCALE = "scale"
    TEXT = "text"
    REVIEW = "review"
    END = "end"


class Audience(StrEnum):
    CHILD = "child"
    YOUTH = "youth"
    GUARDIAN = "guardian"


class Share(StrEnum):
    """Who may see one answer, chosen by the person at the review step."""

    MEETING = "meeting"
    COORDINATOR = "coordinator"
    PRIVATE = "private"


DEFAULT_SHARE = Share.COORDINATOR
DEFAULT_TEXT_LIMIT = 2000
DONT_KNOW = "dont-know"

#: Scale styles: option ids with their label message and pictogram, "vet inte" last.
SCALES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "smileys": (
        ("good", "scale-good", "happy"),
        ("ok", "scale-ok", "neutral"),
        ("bad", "scale-bad", "sad"),
        (DONT_KNOW, "scale-dont-know", "dont-know"),
    ),
    "points": (
        *((str(n), f"scale-{n}", f"point-{n}") for n in range(1, 6)),
        (DONT_KNOW, "scale-dont-know", "dont-know"),
    ),
}
DEFAULT_SCALE = {Audience.CHILD: "smileys", Audience.YOUTH: "points", Audience.GUARDIAN: "points"}

#: Step kinds that take an answer a condition can test.
ANSWERABLE = frozenset({Kind.CHOICE, Kind.MULTI, Kind.SCALE, Kind.TEXT})
#: Step kinds with a fixed list of options.
OPTIONED = frozenset({Kind.CHOICE, Kind.MULTI})
#: Step kinds that ask something (not information, the review or the end).
QUESTIONS = frozenset({Kind.CHOICE, Kind.MULTI, Kind.SCALE, Kind.TEXT})


@dataclass(frozen=True)
class Option:
    """One answer to pick. `label` is a Fluent id; options from the session context carry
    their own words in `context_label` instead (shown through the message `context-option`)."""

    id: str
    label: str
    pictogram: str | None = None
    context_label: str | None = None


@dataclass(frozen=True)
class Condition:
    """A structured test on earlier answers or the session context; never code.

    `op` is one of: in, not_in, answered, context, all, any, not.
    """

    op: str
    step: str | None = None
    values: tuple[str, ...] = ()
    key: str | None = None
    parts: tuple[Condition, ...] = ()

    def steps(self) -> set[str]:
        """Every step this condition reads."""
        found = {self.step} if self.step else set()
        for part in self.parts:
            found |= part.steps()
        return found


@dataclass(frozen=True)
class Route:
    goto: str
    condition: Condition | None = None


@dataclass(frozen=True)
class Step:
    id: str
    kind: Kind
    text: str
    help: str | None = None
    pictograms: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()
    options_from: str | None = None
    routes: tuple[Route, ...] = ()
    for_each: str | None = None
    item_var: str = "item"
    when: Condition | None = None
    max_length: int = DEFAULT_TEXT_LIMIT
    scale: str | None = None
    shares: bool = True  # review: offer share choices (False: every answer goes to the coordinator)
    input: str = "text"  # text: "text" or "date"
    max_picks: int | None = None
    #: An end that stops the invite's journey: the parts after this dialog are not offered
    #: (a guardian who said no to the SIP is not asked the preparation questions).
    ends_journey: bool = False

    @property
    def counted(self) -> bool:
        """A main question, which the counter counts. A follow-up (with `when` or `for_each`)
        shares the number of the question before it, so an answer never makes the total grow."""
        return self.kind in QUESTIONS and self.when is None and self.for_each is None

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(route.goto for route in self.routes)


@dataclass(frozen=True)
class Dialog:
    id: str
    version: int
    audience: Audience
    title: str
    start: str
    steps: MappingProxyType[str, Step]
    content_hash: str
    group_entries: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    source: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def step(self, step_id: str) -> Step:
        return self.steps[step_id]

    def scale_options(self, step: Step) -> tuple[Option, ...]:
        style = step.scale or DEFAULT_SCALE[self.audience]
        return tuple(Option(oid, label, picto) for oid, label, picto in SCALES[style])

    def group(self, source: str) -> tuple[str, ...]:
        """The steps that repeat for each option chosen in `source`, in file order."""
        return tuple(sid for sid, s in self.steps.items() if s.for_each == source)

    def same_group(self, step_id: str, other_id: str) -> bool:
        group = self.steps[step_id].for_each
        return group is not None and group == self.steps[other_id].for_each

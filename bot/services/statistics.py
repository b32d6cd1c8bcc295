"""Unit statistics of the participation evaluation: per audience and item, the distribution of
answers in one fixed period (a month, a quarter or a year) and in its parts (a year's quarters,
a quarter's months). Free text appears only in the coordinator's view and only from respondents
who allowed it. Pure: responses and dialogs in, numbers out.

Nobody can learn one person's answers by comparing what is shown (differencing). Only fixed
periods can be asked for, and they nest (months in quarters in a year), so whatever can be
worked out from the shown cells is a sum of "atoms": a shown period minus the largest shown
periods inside it. A cell is shown only when it has at least MIN_RESPONSES answers and every
atom has none or at least MIN_RESPONSES (`shown_periods`); otherwise it says "för få svar"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.domain import Response
from bot.engine.model import Dialog, Kind
from bot.errors import UserFacingError
from bot.services.evaluation import MAY_SEE
from bot.services.reminders import EVALUATION_DIALOGS

MIN_RESPONSES = 5
AUDIENCES = tuple(EVALUATION_DIALOGS)


class UnknownPeriod(UserFacingError):
    msg_id = "stats-period-invalid"


_PERIOD = re.compile(r"(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|(?P<month>0[1-9]|1[0-2])))?")


@dataclass(frozen=True)
class Period:
    """A year (`part` 0), a quarter (`part` 1–4) or a month (`part` 1–12)."""

    kind: str  # year | quarter | month
    year: int
    part: int = 0

    @property
    def label(self) -> str:
        """2026, 2026-Q4 or 2026-11: what the page, the CLI and the URL use."""
        if self.kind == "quarter":
            return f"{self.year}-Q{self.part}"
        return f"{self.year}-{self.part:02d}" if self.kind == "month" else str(self.year)

    @property
    def months(self) -> tuple[str, ...]:
        """Its months as YYYY-MM."""
        first, count = {"year": (1, 12), "quarter": (3 * self.part - 2, 3)}.get(
            self.kind, (self.part, 1)
        )
        return tuple(f"{self.year}-{m:02d}" for m in range(first, first + count))

    @property
    def parts(self) -> tuple[Period, ...]:
        """The periods a report breaks it into: a year's quarters, a quarter's months."""
        if self.kind == "year":
            return tuple(Period("quarter", self.year, q) for q in range(1, 5))
        if self.kind == "quarter":
            return tuple(Period("month", self.year, int(m[5:])) for m in self.months)
        return ()

    @property
    def first_day(self) -> str:
        return f"{self.months[0]}-01"

    @property
    def last_day(self) -> str:
        return f"{self.months[-1]}-31"  # ISO dates sort as text: no month has a later day


def parse_period(text: str) -> Period:
    """2026, 2026-Q4 or 2026-11; anything else (a range of days included) is refused."""
    found = _PERIOD.fullmatch(text.strip())
    if not found:
        raise UnknownPeriod("a period is a year (2026), a quarter (2026-Q4) or a month (2026-11)")
    year = int(found["year"])
    if found["quarter"]:
        return Period("quarter", year, int(found["quarter"]))
    return Period("month", year, int(found["month"])) if found["month"] else Period("year", year)


def this_year(today: date) -> Period:
    return Period("year", today.year)


def year_periods(year: int) -> tuple[Period, ...]:
    """Every period that can be asked for in `year`, largest first."""
    quarters = Period("year", year).parts
    return (Period("year", year), *quarters, *(m for q in quarters for m in q.parts))


def shown_periods(
    per_month: Counter[str], year: int, minimum: int = MIN_RESPONSES
) -> frozenset[Period]:
    """The periods of `year` whose cell may be shown, given the answers per month: each has at
    least `minimum`, and so has its atom (itself minus its largest shown periods inside), or the
    atom is empty. Top-down: when an atom is too small, the smallest period inside is hidden
    (its answers join the atom) until it is large enough."""
    n = {p: sum(per_month[m] for m in p.months) for p in year_periods(year)}
    shown = {p for p in n if n[p] >= minimum}
    for period in year_periods(year):
        if period not in shown:
            continue
        while True:
            inside = _largest_inside(period, shown)
            atom = n[period] - sum(n[p] for p in inside)
            if atom == 0 or atom >= minimum:
                break
            shown.discard(min(inside, key=lambda p: (n[p], p.months)))
    return frozenset(shown)


def _largest_inside(period: Period, shown: Iterable[Period]) -> list[Period]:
    """The shown periods strictly inside `period` that no other shown one inside it contains."""
    inner = [p for p in shown if p != period and set(p.months) <= set(period.months)]
    return [p for p in inner if not any(q != p and set(p.months) < set(q.months) for q in inner)]


@dataclass(frozen=True)
class Cell:
    n: int
    counts: tuple[int, ...] | None  # per option, in option order; None when n < MIN_RESPONSES

    @property
    def shown(self) -> bool:
        return self.counts is not None


@dataclass(frozen=True)
class ItemStats:
    audience: str
    item: str  # the step id
    question: str  # Fluent id of the question
    options: tuple[str, ...]  # option ids in the dialog's order
    labels: tuple[str, ...]  # their Fluent ids
    overall: Cell
    parts: tuple[tuple[str, Cell], ...]  # ("2026-11", cell): the period's parts, in order


@dataclass(frozen=True)
class FreeText:
    audience: str
    item: str
    question: str
    text: str


@dataclass(frozen=True)
class UnitStats:
    unit: str
    period: Period
    responses: dict[str, int]  # per audience
    items: tuple[ItemStats, ...]
    texts: tuple[FreeText, ...]  # empty in the anonymous view


def cell(values: list[str], options: tuple[str, ...], shown: bool) -> Cell:
    counts = Counter(values)
    return Cell(
        sum(counts[o] for o in options), tuple(counts[o] for o in options) if shown else None
    )


def scored_items(dialog: Dialog) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(step id, question id, option ids, option label ids) of every counted step."""
    items = []
    for step in dialog.steps.values():
        if step.id == MAY_SEE or step.kind not in (Kind.CHOICE, Kind.SCALE):
            continue
        options = dialog.scale_options(step) if step.kind is Kind.SCALE else step.options
        items.append(
            (step.id, step.text, tuple(o.id for o in options), tuple(o.label for o in options))
        )
    return items


def text_items(dialog: Dialog) -> dict[str, str]:
    return {s.id: s.text for s in dialog.steps.values() if s.kind is Kind.TEXT}


def unit_statistics(
    unit: str,
    responses: list[Response],
    dialogs: dict[str, Dialog],
    period: Period,
    with_texts: bool = False,
    minimum: int = MIN_RESPONSES,
) -> UnitStats:
    """The statistics of `period`. `responses` are the whole year's (what may be shown of a
    month depends on the rest of its year); `dialogs` maps audience → its evaluation dialog
    (the current version names the items)."""
    responses = [r for r in responses if r.submitted_on[:4] == str(period.year)]
    inside = [r for r in responses if r.submitted_on[:7] in period.months]
    items = []
    texts = []
    counts = {a: sum(r.audience == a for r in inside) for a in AUDIENCES}
    for audience in AUDIENCES:
        if audience not in dialogs:
            continue
        mine = [r for r in responses if r.audience == audience]
        for item, question, options, labels in scored_items(dialogs[audience]):
            answers = [(r.submitted_on[:7], r.scores.get(item)) for r in mine]
            answers = [(month, value) for month, value in answers if value in options]
            shown = shown_periods(Counter(m for m, _ in answers), period.year, minimum)
            cells = {
                p: cell([v for m, v in answers if m in p.months], options, p in shown)
                for p in (period, *period.parts)
            }
            parts = tuple((p.label, cells[p]) for p in period.parts)
            items.append(ItemStats(audience, item, question, options, labels, cells[period], parts))
        if with_texts:
            questions = text_items(dialogs[audience])
            for r in inside:
                if r.audience == audience and r.may_see:
                    texts += [
                        FreeText(audience, k, questions.get(k, k), v) for k, v in r.texts.items()
                    ]
    return UnitStats(unit, period, counts, tuple(items), tuple(texts))

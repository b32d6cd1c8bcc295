"""Unit statistics of the participation evaluation: per audience and item, the distribution of
answers over a period and by month. A cell is shown only with at least MIN_RESPONSES answers;
otherwise it says "för få svar". Free text appears only in the coordinator's view and only
from respondents who allowed it. Pure: responses and dialogs in, numbers out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.engine.model import Dialog, Kind
from bot.services.evaluation import MAY_SEE
from bot.services.reminders import EVALUATION_DIALOGS
from storage.evaluations import Response

MIN_RESPONSES = 5
AUDIENCES = tuple(EVALUATION_DIALOGS)


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
    months: tuple[tuple[str, Cell], ...]  # ("2026-11", cell), in order


@dataclass(frozen=True)
class FreeText:
    audience: str
    item: str
    question: str
    text: str


@dataclass(frozen=True)
class UnitStats:
    unit: str
    start: str | None
    end: str | None
    responses: dict[str, int]  # per audience
    items: tuple[ItemStats, ...]
    texts: tuple[FreeText, ...]  # empty in the anonymous view


def cell(values: list[str], options: tuple[str, ...], minimum: int = MIN_RESPONSES) -> Cell:
    counts = Counter(values)
    n = sum(counts[o] for o in options)
    return Cell(n, tuple(counts[o] for o in options) if n >= minimum else None)


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
    start: str | None = None,
    end: str | None = None,
    with_texts: bool = False,
    minimum: int = MIN_RESPONSES,
) -> UnitStats:
    """`dialogs` maps audience → its evaluation dialog (the current version names the items)."""
    items = []
    texts = []
    counts = {a: sum(r.audience == a for r in responses) for a in AUDIENCES}
    for audience in AUDIENCES:
        mine = [r for r in responses if r.audience == audience]
        if audience not in dialogs:
            continue
        months = sorted({r.submitted_on[:7] for r in mine})
        for item, question, options, labels in scored_items(dialogs[audience]):
            answered = [r for r in mine if item in r.scores]
            overall = cell([r.scores[item] for r in answered], options, minimum)
            by_month = tuple(
                (
                    month,
                    cell(
                        [r.scores[item] for r in answered if r.submitted_on.startswith(month)],
                        options,
                        minimum,
                    ),
                )
                for month in months
            )
            items.append(ItemStats(audience, item, question, options, labels, overall, by_month))
        if with_texts:
            questions = text_items(dialogs[audience])
            for r in mine:
                if r.may_see:
                    texts += [
                        FreeText(audience, k, questions.get(k, k), v) for k, v in r.texts.items()
                    ]
    return UnitStats(unit, start, end, counts, tuple(items), tuple(texts))

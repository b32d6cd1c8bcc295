"""Everything a user of a dialog can see, step by step: for the printed version and the linter."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from bot.engine.model import CASE_ARG_DEFAULTS, Dialog, Kind, Share, Step
from bot.messages import Msg


@dataclass(frozen=True)
class VisibleStep:
    """One step as shown for one for_each option (`item`), with its messages resolved to Msgs."""

    step: Step
    item: str | None
    text: Msg
    help: Msg | None
    options: tuple[tuple[Msg, str | None], ...]  # label, pictogram


def items_of(
    dialog: Dialog, step: Step, only: Mapping[str, Sequence[str]] | None = None
) -> list[str | None]:
    """The options a for_each step repeats over: all of the source's authored options, or
    those in `only[source]` (in the source's order) when `only` names the source."""
    if not step.for_each:
        return [None]
    items = [o.id for o in dialog.step(step.for_each).options]
    if only is not None and step.for_each in only:
        return [item for item in items if item in only[step.for_each]]
    return items or [None]


def visible_steps(
    dialog: Dialog, only: Mapping[str, Sequence[str]] | None = None
) -> Iterator[VisibleStep]:
    """Every step in file order; a for_each step once per option of its source step (or per
    option in `only[source]`)."""
    for step in dialog.steps.values():
        for item in items_of(dialog, step, only):
            args = dict(CASE_ARG_DEFAULTS) if step.case_args else {}  # as before the case has them
            if item is not None:
                args[step.item_var] = item
            if step.kind is Kind.SCALE:
                options = tuple((Msg(o.label), o.pictogram) for o in dialog.scale_options(step))
            elif step.kind is Kind.REVIEW:
                options = tuple((Msg(f"share-{share.value}"), None) for share in Share)
            else:
                options = tuple((Msg(o.label, args), o.pictogram) for o in step.options)
            yield VisibleStep(
                step=step,
                item=item,
                text=Msg(step.text, args),
                help=Msg(step.help, args) if step.help else None,
                options=options,
            )


def visible_msgs(dialog: Dialog) -> Iterator[tuple[str, Msg]]:
    """(where, Msg) for every message a user can see, in order: title, then each step's
    question, options and help."""
    yield "title", Msg(dialog.title)
    for shown in visible_steps(dialog):
        where = shown.step.id + (f"[{shown.item}]" if shown.item else "")
        yield where, shown.text
        for label, _ in shown.options:
            yield f"{where}: option", label
        if shown.help:
            yield f"{where}: help", shown.help


def on_paper(msg: Msg, has: Callable[[str], bool]) -> Msg:
    """A message's `-paper` variant when the language `has` it ("Kryssa" for "Tryck"): the
    words a printed booklet uses."""
    paper = Msg(f"{msg.id}-paper", msg.args)
    return paper if has(paper.id) else msg

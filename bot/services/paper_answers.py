"""A returned paper booklet, typed in by the coordinator: the booklet's own questions, tables
and share choices as one form, and the typed answers walked through the engine as the person's
taps would be (the same answers table, the same review shares), so they reach the pack like any
other. The session is marked as entered from paper by that coordinator (`PAPER_BY` in its
context) and the entry is audit-logged, without any answer.

Form fields: `q:<key>` for a choice, scale or text (`area-how[school]`, `topics`), and
`q:<key>:<option>` for each ticked box of a multi question (`q:person-role[mom]:helps`);
`share:<area>` and `share:rest` for each part's share choice. A table of people and what
each is to the person gives the people question its answer: the rows with a tick."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from bot.domain import Participant, StoredSession
from bot.engine.library import DialogLibrary
from bot.engine.model import Dialog, Kind, Share
from bot.engine.runner import Event, EventKind, Notice, Prompt, key_of, prompt_for
from bot.engine.visible import VisibleStep
from bot.errors import UserFacingError
from bot.exports.questionnaire import AREA_STEP, Booklet, booklet_steps, table_at
from bot.ports import AuditLog, CaseStore
from bot.services.booklet import person_booklet
from bot.services.cases import CaseService
from bot.services.consent import ConsentService
from bot.services.dialogs import DialogService

#: The session context key that marks answers typed in from paper, with who typed them.
PAPER_BY = "entered_from_paper_by"
#: The share choice of the answers that belong to no life area.
REST = "rest"
ANSWERABLE = (Kind.CHOICE, Kind.SCALE, Kind.MULTI, Kind.TEXT)
#: Guards the walk through the engine against a dialog that never ends.
MAX_STEPS = 500


class PaperRefused(UserFacingError):
    """The engine would not take a typed answer (too long, not an option): nothing is saved."""

    msg_id = "dash-paper-refused"


@dataclass(frozen=True)
class PaperBlock:
    """What the form shows in one place: one question, or a table like the booklet's (rows of
    people, a tick box for each column). `fields[r][c]` names the cell's form field."""

    question: VisibleStep | None
    questions: tuple[VisibleStep, ...]
    rows: tuple[tuple[Any, str | None], ...] = ()
    columns: tuple[tuple[Any, str | None], ...] = ()
    fields: tuple[tuple[str, ...], ...] = ()
    #: The part whose share choice follows this block, as on paper (an area, or the rest).
    share: str | None = None


@dataclass(frozen=True)
class PaperForm:
    """One person's booklet as a form: its blocks in the booklet's order and its parts (each
    chosen life area, then the rest), each with one share choice."""

    participant: Participant
    dialog: Dialog
    booklet: Booklet
    blocks: tuple[PaperBlock, ...]

    @property
    def parts(self) -> tuple[str, ...]:
        return (*self.booklet.areas, REST) if self.booklet.areas else ()

    def answers(self, form: dict[str, str]) -> dict[str, Any]:
        """The typed answers by the engine's keys; a question left empty is not answered."""
        answers: dict[str, Any] = {}
        for block in self.blocks:
            for shown in block.questions:
                key = key_of((shown.step.id, shown.item))
                if shown.step.kind is Kind.MULTI:
                    ids = [o.id for o in shown.step.options]
                    value: Any = [o for o in ids if form.get(f"q:{key}:{o}")]
                else:
                    value = (form.get(f"q:{key}") or "").strip()
                if value:
                    answers[key] = value
            head = block.question
            if head is not None and len(block.questions) > 1:  # a table about each person
                answers[head.step.id] = [
                    s.item for s in block.questions if key_of((s.step.id, s.item)) in answers
                ]
        return answers

    def shares(self, form: dict[str, str]) -> dict[str, str]:
        """Each part's share choice, where one was ticked."""
        allowed = {s.value for s in Share}
        return {p: form[f"share:{p}"] for p in self.parts if form.get(f"share:{p}") in allowed}


def paper_form(
    store: CaseStore,
    consent: ConsentService,
    library: DialogLibrary,
    case_id: int,
    participant_id: int,
    areas: tuple[str, ...] | None = None,
) -> PaperForm:
    """The form for this person's booklet with these areas (default: as it is printed)."""
    dialog, booklet = person_booklet(store, consent, library, case_id, participant_id, areas)
    steps = booklet_steps(dialog, booklet) if booklet.areas else ()
    blocks: list[PaperBlock] = []
    index = 0
    while index < len(steps):
        size = table_at(steps, index)
        if size:
            blocks.append(_table_block(steps[index : index + size]))
        elif steps[index].step.kind in ANSWERABLE:
            blocks.append(PaperBlock(steps[index], (steps[index],)))
        index += size or 1
    return PaperForm(store.participant(participant_id), dialog, booklet, _with_shares(blocks))


def _with_shares(blocks: list[PaperBlock]) -> tuple[PaperBlock, ...]:
    """The blocks with each part's share choice after its last block, as the booklet has it."""
    out: list[PaperBlock] = []
    for block in blocks:
        part = _part_of(block)
        if out and out[-1].share is None and _part_of(out[-1]) not in (part, REST):
            out[-1] = replace(out[-1], share=_part_of(out[-1]))
        out.append(block)
    if out:
        out[-1] = replace(out[-1], share=REST)
    return tuple(out)


def _part_of(block: PaperBlock) -> str:
    first = block.questions[0]
    return first.item if first.step.for_each == AREA_STEP else REST


def _table_block(steps: tuple[VisibleStep, ...]) -> PaperBlock:
    """The booklet's table as form fields: for people and what each is to the person, a row
    per person and a column per answer; for questions about the same people, a column each."""
    head = steps[0]
    if steps[1].step.for_each == head.step.id:
        repeated = steps[1:]
        labels = {o.id: (o.label, o.pictogram) for o in head.step.options}
        rows = tuple(labels[s.item] for s in repeated)
        options = repeated[0].step.options
        fields = tuple(
            tuple(f"q:{key_of((s.step.id, s.item))}:{o.id}" for o in options) for s in repeated
        )
        return PaperBlock(head, repeated, rows, repeated[0].options, fields)
    options = head.step.options
    columns = tuple((s.text, s.step.pictograms[0] if s.step.pictograms else None) for s in steps)
    fields = tuple(tuple(f"q:{s.step.id}:{o.id}" for s in steps) for o in options)
    return PaperBlock(None, steps, head.options, columns, fields)


class PaperAnswers:
    """Typing in a returned paper: one new session for the person, stepped through the
    engine in one transaction, marked as from paper, audit-logged."""

    def __init__(self, cases: CaseService, dialogs: DialogService, audit: AuditLog):
        self.cases, self.dialogs, self.audit = cases, dialogs, audit

    def enter(self, form: PaperForm, values: dict[str, str], by: str) -> StoredSession:
        answers, shares = form.answers(values), form.shares(values)
        person = form.participant
        with self.dialogs.uow.atomic():
            context = self.cases.context_for(person) | {PAPER_BY: by}
            session, _ = self.dialogs.start(
                person.dialog_id, lang=person.lang, participant_id=person.id, context=context
            )
            for _ in range(MAX_STEPS):
                prompt = prompt_for(form.dialog, session.state)
                event = _event(prompt, answers, shares, form)
                if event is None:
                    break
                session, outputs = self.dialogs.handle(session.id, event)
                if any(isinstance(o, Notice) and o.kind == "invalid" for o in outputs):
                    raise PaperRefused(f"the answer to {prompt.key} was not taken")
            self.audit.record(
                by, "paper.entered", f"case:{person.case_id}", person=person.id,
                answers=len(answers),
            )  # fmt: skip
        return session


def _event(
    prompt: Prompt, answers: dict[str, Any], shares: dict[str, str], form: PaperForm
) -> Event | None:
    """What the person's tap at this prompt would have been, by the paper; None at the end."""
    match prompt.kind:
        case Kind.END:
            return None
        case Kind.INFO:
            return Event(EventKind.ANSWER, at=prompt.key)
        case Kind.REVIEW:
            chosen = {
                item.key: shares[part]
                for item in prompt.review
                if (part := _part(item.key, form.dialog)) in shares
            }
            return Event(EventKind.ANSWER, chosen or None, at=prompt.key)
    if prompt.step == AREA_STEP:
        return Event(EventKind.ANSWER, list(form.booklet.areas), at=prompt.key)
    if prompt.key in answers:
        return Event(EventKind.ANSWER, answers[prompt.key], at=prompt.key)
    return Event(EventKind.SKIP, at=prompt.key)


def _part(key: str, dialog: Dialog) -> str:
    """The part an answer belongs to on paper: its life area, or the rest."""
    step_id, _, item = key.rstrip("]").partition("[")
    return item if item and dialog.step(step_id).for_each == AREA_STEP else REST

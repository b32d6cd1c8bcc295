"""The preparation pack ("Underlag inför SIP-mötet"), built purely from what
`sharing.for_meeting` lets the meeting see (share choice × consent scope × protected identity).
It renders any dialog generically (question text + answer, in Swedish), groups steps by the data
in dialogs/pack/layout.yaml, and tells the coordinator which shared answers were held back.

It is exported as two documents: `MEETING` ("Underlag för mötet": what may be shown in the
meeting) and `COORDINATOR` ("Endast för samordnaren": consent details, coordinator-only answers,
held-back questions and help-now alerts), each marked on every page (`PrepPack.markings`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.domain import Case, Participant
from bot.engine.model import Dialog, Kind
from bot.engine.runner import options_of
from bot.paths import dialogs_dir
from bot.services.answer_language import answered_in
from bot.services.consent import CaseConsent, ConsentScope
from bot.services.protection import redact_for_others, scrub_all, withheld_values
from bot.services.sharing import NOTHING_SHARED, HeldBack, MeetingAnswers, SharedAnswer

SCHEMA_VERSION = "2.1"
OTHER = "other"
MEETING, COORDINATOR = "meeting", "coordinator"
DOCUMENTS = (MEETING, COORDINATOR)

Translate = Callable[..., str]


@dataclass(frozen=True)
class Layout:
    sections: tuple[tuple[str, frozenset[str]], ...]
    purpose: frozenset[str]
    questions: frozenset[str]
    not_to_raise: frozenset[str]
    says_nothing: frozenset[str] = frozenset()

    def section_of(self, step: str) -> str:
        return next((sid for sid, steps in self.sections if step in steps), OTHER)

    @property
    def order(self) -> list[str]:
        return [sid for sid, _ in self.sections] + [OTHER]


@cache
def load_layout(path: Path | None = None) -> Layout:
    data = yaml.safe_load((path or dialogs_dir() / "pack" / "layout.yaml").read_text())
    return Layout(
        sections=tuple((s["id"], frozenset(s["steps"])) for s in data["sections"]),
        purpose=frozenset(data["invitation"]["purpose"]),
        questions=frozenset(data["invitation"]["questions"]),
        not_to_raise=frozenset(data["not-to-raise"]),
        says_nothing=frozenset(data.get("says-nothing", ())),
    )


@dataclass(frozen=True)
class PackAnswer:
    step: str
    question: str
    answer: str
    withheld: bool = False  # a protected participant's free text, held back from others
    says_nothing: bool = False  # only "vet inte"-type options (Layout.says_nothing)


@dataclass(frozen=True)
class PackHeldBack:
    """For the coordinator: a question whose answer was shared with the meeting but held back
    (`reason`: sharing.NOT_CONSENTED or sharing.DO_NOT_RAISE), as one plain line."""

    step: str
    reason: str
    text: str


@dataclass(frozen=True)
class PackSection:
    id: str
    title: str
    answers: tuple[PackAnswer, ...]


@dataclass(frozen=True)
class PersonPart:
    """One participant's answers: for the meeting, and for the coordinator only."""

    participant_id: int
    role: str
    title: str
    dialog_id: str
    preparation: str
    sections: tuple[PackSection, ...]
    coordinator_only: tuple[PackAnswer, ...]
    held_back: tuple[PackHeldBack, ...] = ()
    answered_in: str | None = None  # "Svaren är givna på arabiska." when not in Swedish

    @property
    def for_coordinator(self) -> bool:
        """Whether the coordinator's own section has anything of this person."""
        return bool(self.coordinator_only or self.held_back)


@dataclass(frozen=True)
class GuardianConsent:
    title: str
    status: str


@dataclass(frozen=True)
class ConsentPart:
    status: str
    sole_custody: bool
    guardians: tuple[GuardianConsent, ...]
    actors: tuple[str, ...]
    areas: tuple[str, ...]
    not_raise_areas: tuple[str, ...]
    not_raise_text: str | None
    until: str | None
    #: Since 1.3: the terms beyond the scope, in words (no exchange, the pre-meeting, who gets
    #: the plan).
    terms: tuple[str, ...] = ()
    #: Since 1.3, for the coordinator only: the child's own say, and what a guardian says the
    #: child thinks.
    child_say: tuple[str, ...] = ()
    #: Since 1.3: the child said no, or a guardian says the child does not want it.
    child_objects: bool = False


@dataclass(frozen=True)
class Meeting:
    date: str | None
    start: str | None
    end: str | None
    place: str | None
    format: str | None
    adaptations: str | None


@dataclass(frozen=True)
class Invitation:
    purpose: tuple[str, ...]
    questions: tuple[str, ...]
    participants: tuple[str, ...]


@dataclass(frozen=True)
class PrepPack:
    schema_version: str
    case_id: int
    case_label: str
    generated_at: str
    coordinator: str
    meeting: Meeting
    actors: tuple[str, ...]
    consent: ConsentPart
    voices: tuple[PersonPart, ...]
    guardians: tuple[PersonPart, ...]
    not_to_raise: tuple[str, ...]
    invitation: Invitation
    help_now: tuple[str, ...] = ()  # when the family asked the coordinator for help (UTC)
    coordinator_contact: str | None = None
    #: document → the line every page of it carries: what it is, the case pseudonym, the date
    markings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonInput:
    """What the pack may use of one participant: the answers the sharing service released."""

    participant: Participant
    dialog: Dialog | None
    context: dict[str, Any]
    preparation: str
    meeting: MeetingAnswers = NOTHING_SHARED
    coordinator_only: tuple[SharedAnswer, ...] = ()
    lang: str | None = None  # the language the answers were given in


def question_of(dialog: Dialog, step_id: str, item: str, t: Translate) -> str:
    """The question as the person saw it (with its life area, in a repeated group)."""
    step = dialog.step(step_id)
    return t(step.text, **({step.item_var: item} if item else {}))


def render_answer(
    dialog: Dialog,
    context: dict,
    answer: SharedAnswer,
    t: Translate,
    says_nothing: frozenset[str] = frozenset(),
) -> PackAnswer:
    """Question text and the answer's words, through the translator; never option ids. An
    answer whose options are all in `says_nothing` is marked so."""
    step = dialog.step(answer.step)
    args = {step.item_var: answer.item} if answer.item else {}
    question = question_of(dialog, answer.step, answer.item, t)
    if answer.withheld:
        return PackAnswer(answer.step, question, t("pack-answer-withheld"), withheld=True)
    if step.kind is Kind.TEXT:
        return PackAnswer(answer.step, question, str(answer.value))
    chosen = answer.value if isinstance(answer.value, list) else [answer.value]
    empty = bool(chosen) and all(str(option_id) in says_nothing for option_id in chosen)
    options = {o.id: o for o in options_of(dialog, step, {"context": context})}
    words = []
    for option_id in chosen:
        option = options.get(str(option_id))
        if option is None:
            continue
        if option.context_label is not None:
            words.append(t(option.label, label=option.context_label))
        else:
            words.append(t(option.label, **args))
    return PackAnswer(answer.step, question, ", ".join(words), says_nothing=empty)


def held_back_line(dialog: Dialog, held: HeldBack, t: Translate) -> PackHeldBack:
    """One plain line for the coordinator: which question, and why the meeting does not get it."""
    question = question_of(dialog, held.step, held.item, t)
    if held.area is not None:
        question = t("pack-held-back-choice", question=question, area=t(f"pack-area-{held.area}"))
    line = t(f"pack-held-back-{held.reason}", question=question)
    return PackHeldBack(held.step, held.reason, line)


def _person(p: PersonInput, layout: Layout, t: Translate, n: int) -> PersonPart:
    by_section: dict[str, list[PackAnswer]] = {}
    coordinator: tuple[PackAnswer, ...] = ()
    held: tuple[PackHeldBack, ...] = ()
    if (dialog := p.dialog) is not None:
        for answer in p.meeting.kept:
            rendered = render_answer(dialog, p.context, answer, t, layout.says_nothing)
            by_section.setdefault(layout.section_of(answer.step), []).append(rendered)
        coordinator = tuple(render_answer(dialog, p.context, a, t) for a in p.coordinator_only)
        held = tuple(held_back_line(dialog, h, t) for h in p.meeting.held_back)
    sections = tuple(
        PackSection(sid, t(f"pack-section-{sid}"), tuple(by_section[sid]))
        for sid in layout.order
        if sid in by_section
    )
    note = answered_in(p.lang)
    return PersonPart(
        p.participant.id,
        p.participant.role,
        person_title(p.participant, t, n),
        p.participant.dialog_id,
        p.preparation,
        sections,
        coordinator,
        held,
        t(note.id, **note.args) if note else None,
    )


def person_title(participant: Participant, t: Translate, n: int) -> str:
    role = t(f"role-{participant.role}")
    if participant.role == "guardian":
        role = f"{role} {n}"
    return f"{role}: {participant.name}" if participant.name else role


def _texts(parts: tuple[PersonPart, ...], steps: frozenset[str]) -> tuple[str, ...]:
    return tuple(
        a.answer
        for part in parts
        for s in part.sections
        for a in s.answers
        if a.step in steps and not a.withheld and not a.says_nothing and a.answer.strip()
    )


def _terms(scope: ConsentScope, t: Translate) -> tuple[str, ...]:
    """The consent's terms beyond the scope, in the receipt's words."""
    terms = [] if scope.exchange else [t("sam-receipt-no-exchange")]
    if scope.exchange and scope.pre_meeting is not None:
        terms.append(t(f"sam-receipt-pre-meeting-{'yes' if scope.pre_meeting else 'no'}"))
    if scope.plan_to:
        terms.append(t(f"sam-receipt-plan-to-{scope.plan_to}"))
    return tuple(terms)


def _child_say(consent: CaseConsent, guardians: list[PersonInput], t: Translate) -> tuple:
    """The child's own answer, then each guardian's report of what the child thinks."""
    said = [t(f"child-says-{consent.child_says}")] if consent.child_says else []
    for n, p in enumerate(guardians, 1):
        view = consent.child_views.get(p.participant.id)
        if view:
            who = person_title(p.participant, t, n)
            said.append(f"{who}: {t(f'sam-child-{view}')}")
    return tuple(said)


def build_pack(
    case: Case,
    people: list[PersonInput],
    consent: CaseConsent,
    coordinator: str,
    generated_at: str,
    t: Translate,
    layout: Layout | None = None,
    help_now: tuple[str, ...] = (),
) -> PrepPack:
    layout = layout or load_layout()
    # The pack is read by the meeting: build it only from what others may see (the answers
    # come already filtered by sharing.for_meeting).
    view = redact_for_others(case, [p.participant for p in people], None)
    withheld = withheld_values(case, [p.participant for p in people], view)
    case = view.case
    people = [
        replace(p, participant=shown) for p, shown in zip(people, view.participants, strict=True)
    ]
    place = t("pack-place-withheld") if "meeting_place" in view.withheld else case.meeting_place
    guardians_in = [p for p in people if p.participant.role == "guardian"]
    voices = tuple(_person(p, layout, t, 0) for p in people if p.participant.role != "guardian")
    guardians = tuple(_person(p, layout, t, n) for n, p in enumerate(guardians_in, 1))
    scope = consent.scope
    actor_labels = {str(a["id"]): str(a.get("label", a["id"])) for a in case.actors}
    allowed_actors = [a for a in (scope.actors if scope else ()) if a in actor_labels]
    own = [scope.own_label(a) for a in scope.actors if scope.own_label(a)] if scope else []
    consent_part = ConsentPart(
        status=consent.status,
        sole_custody=consent.sole_custody,
        guardians=tuple(
            GuardianConsent(
                person_title(p.participant, t, n),
                consent.per_guardian.get(p.participant.id, "missing"),
            )
            for n, p in enumerate(guardians_in, 1)
        ),
        actors=tuple(actor_labels[a] for a in allowed_actors) + tuple(own),
        areas=tuple(t(f"pack-area-{a}") for a in (scope.areas if scope else ())),
        not_raise_areas=tuple(
            t(f"pack-area-{a}") for a in (scope.not_raise_areas if scope else ())
        ),
        not_raise_text=scope.not_raise_text if scope else None,
        until=scope.until if scope else None,
        terms=_terms(scope, t) if scope else (),
        child_say=_child_say(consent, guardians_in, t),
        child_objects=consent.child_objects,
    )
    everyone = voices + guardians
    not_to_raise = _texts(everyone, layout.not_to_raise) + consent_part.not_raise_areas
    if consent_part.not_raise_text:
        not_to_raise += (consent_part.not_raise_text,)
    if scope and scope.not_raise_withheld:
        not_to_raise += (t("pack-answer-withheld"),)
    invited = tuple(part.title for part in everyone) + consent_part.actors
    pack = PrepPack(
        schema_version=SCHEMA_VERSION,
        case_id=case.id,
        case_label=case.label,
        generated_at=generated_at,
        coordinator=coordinator,
        meeting=Meeting(
            case.meeting_date,
            case.meeting_time,
            case.meeting_end,
            place,
            t(f"format-{case.meeting_format}") if case.meeting_format else None,
            case.adaptations,
        ),
        actors=tuple(actor_labels.values()),
        consent=consent_part,
        voices=voices,
        guardians=guardians,
        not_to_raise=not_to_raise,
        invitation=Invitation(
            purpose=_texts(everyone, layout.purpose),
            questions=_texts(everyone, layout.questions),
            participants=invited,
        ),
        help_now=help_now,
        coordinator_contact=case.coordinator_contact,
        markings={
            document: t(f"pack-marking-{document}", case=case.label, date=generated_at[:10])
            for document in DOCUMENTS
        },
    )
    # Others wrote in it too (answers, the coordinator's texts): a protected name goes.
    return scrub_all(pack, withheld, t("pack-scrubbed"))

"""Protected identity (skyddad identitet, sekretessmarkering): one redaction for everything
that others read.

A coordinator marks a participant as protected (`CaseStore.update_participant(id,
protected=True)`) when where they live must not be known: typically a parent and child who
have moved away from the other parent. From then on nothing that could lead to them may reach
another person through Delaktig.

Every builder of an output for others — the preparation pack, the family's plan, notifications,
exports (PDF, JSON, DOCX), printed pages — calls `redact_for_others` first and builds only from
the `OthersView` it returns, never from the case or participants it was given:

    view = redact_for_others(case, participants, viewer=None, answers=answers)
    for answer in view.answers:
        if answer.withheld: write "withheld" (the pack's own words), never the answer
    if "meeting_place" in view.withheld: say that the place is given separately

Answers for the meeting come already redacted from `bot.services.sharing.for_meeting`, which
applies the answer part of this (`protected_answers`) together with the share choice and the
consent scope.

`viewer` is the participant who will read the output, or None for the meeting and anyone
outside the family (the pack, exports, print). A protected participant sees their own details;
everyone else sees, of a protected participant:

- no name, contact details or channel identity (the fields are None, listed in `withheld`);
- no place they gave: the case's meeting place, when `meeting_place_given_by` is theirs;
- none of their free-text answers (a place can hide in any sentence): the answer stays in
  the list with `withheld=True` and `value=None`, so the builder can say something was held
  back. Their option answers (choices from a list) are kept.
- none of the words they typed into their consent (`consent_for_others`): their own actor
  labels and what must not be raised, in their words. Held back by who wrote it, never by
  looking for words in it.
- their name, contact and place, wherever someone else wrote them (a child's answer, the
  coordinator's plan): `withheld_values` and `scrub`, which compare text the way a reader
  sees it (case, spacing, zero-width and direction marks, look-alike forms do not matter) and
  take out the full name, the first name and the surname alone.

The coordinator's own dashboard shows the real data and does not go through here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from bot.domain import Case, Participant

if TYPE_CHECKING:
    from bot.services.consent import ConsentScope

T = TypeVar("T")

#: Participant fields that identify or locate a person.
IDENTIFYING = ("name", "contact", "identity_hash")


@dataclass(frozen=True)
class AnswerForOthers:
    """One answer as an output for others would show it."""

    participant_id: int
    key: str
    value: Any  # option ids, or the text of a free-text answer; None when withheld
    is_text: bool
    lang: str = "sv"
    withheld: bool = False


@dataclass(frozen=True)
class OthersView:
    """What an output for others may be built from, and what was taken out."""

    case: Case
    participants: tuple[Participant, ...]
    answers: tuple[AnswerForOthers, ...]
    #: What was withheld: "meeting_place", and "participant:<id>:<field>" per participant field.
    withheld: frozenset[str]


def redact_for_others(
    case: Case,
    participants: Iterable[Participant],
    viewer: Participant | None,
    answers: Iterable[AnswerForOthers] = (),
) -> OthersView:
    """The case, participants and answers as `viewer` (None: the meeting, an export) may see
    them: a protected participant's name, contact, channel identity, places and free text
    removed for everyone but themselves."""
    participants = tuple(participants)
    hidden = _hidden(participants, viewer)
    withheld: set[str] = set()

    shown_participants = []
    for person in participants:
        if person.id in hidden:
            gone = [f for f in IDENTIFYING if getattr(person, f) is not None]
            withheld.update(f"participant:{person.id}:{f}" for f in gone)
            person = replace(person, **dict.fromkeys(IDENTIFYING))
        shown_participants.append(person)

    if case.meeting_place is not None and case.meeting_place_given_by in hidden:
        case = replace(case, meeting_place=None)
        withheld.add("meeting_place")

    shown_answers = protected_answers(participants, viewer, answers)
    return OthersView(case, tuple(shown_participants), shown_answers, frozenset(withheld))


def _hidden(participants: Iterable[Participant], viewer: Participant | None) -> set[int]:
    return {p.id for p in participants if p.protected and (viewer is None or viewer.id != p.id)}


def protected_answers(
    participants: Iterable[Participant],
    viewer: Participant | None,
    answers: Iterable[AnswerForOthers],
) -> tuple[AnswerForOthers, ...]:
    """`answers` as `viewer` may see them: a protected participant's free text withheld (the
    answer part of `redact_for_others`, for builders that filter answers on their own)."""
    hidden = _hidden(participants, viewer)
    return tuple(
        replace(a, value=None, withheld=True)
        if a.is_text and a.participant_id in hidden and a.value is not None
        else a
        for a in answers
    )


def consent_for_others(scope: ConsentScope, author: Participant) -> ConsentScope:
    """`author`'s consent scope as an output for others may use it: a protected author's own
    words (own actor labels, what must not be raised in their words) withheld, and
    `not_raise_withheld` set so the output can say that something was held back. The ids of
    actors and life areas stay: they are choices from a list, not the author's words."""
    if not author.protected:
        return scope
    return replace(
        scope,
        own_actors=(),
        not_raise_text=None,
        not_raise_withheld=scope.not_raise_withheld or bool(scope.not_raise_text),
    )


def withheld_values(case: Case, participants: Iterable[Participant], view: OthersView) -> list[str]:
    """The words `view` took out (names, contact details, the place), for outputs whose text
    someone else typed (an answer, a plan): any of them found there must be taken out too. A
    name is taken out whole, and its first name and surname each on their own."""
    values = []
    for person in participants:
        for field in ("name", "contact"):
            value = getattr(person, field)
            if f"participant:{person.id}:{field}" in view.withheld and value:
                values.append(str(value))
                if field == "name":
                    values += [part for part in normalise(str(value)).split() if len(part) > 1]
    if "meeting_place" in view.withheld and case.meeting_place:
        values.append(case.meeting_place)
    return values


def normalise(text: str) -> str:
    """`text` as a reader compares it: compatibility-normalised (full-width and other look-alike
    forms, as NFKC; decomposed, so a letter typed with a combining accent matches), no format
    characters (zero-width spaces and joiners, direction marks), case folded, every run of
    white space one space."""
    return " ".join(_fold(text)[0].split())


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` folded as `normalise` says, and for each character of the result the index in
    `text` it came from (NFKD works character by character, so the indexes can be kept)."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded in unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold()):
            if unicodedata.category(folded) == "Cf":
                continue
            if folded.isspace():
                if out and out[-1] == " ":
                    continue
                folded = " "
            out.append(folded)
            origin.append(index)
    return "".join(out), origin


def scrub(text: str, values: Iterable[str], replacement: str) -> str:
    """`text` with every withheld value in it replaced, compared as `normalise` does; a value
    counts as a whole word, also with a genitive s ("Vanjas"), and not inside a longer word."""
    wanted = sorted({normalise(v) for v in values if normalise(v)}, key=len, reverse=True)
    if not wanted or not text:
        return text
    folded, origin = _fold(text)
    pattern = "|".join(re.escape(v).replace(r"\ ", " ?") for v in wanted)
    spans = [
        (origin[m.start()], origin[m.end() - 1] + 1)
        for m in re.finditer(rf"(?<!\w)(?:{pattern})(?::?s)?(?!\w)", folded)
    ]
    for start, end in reversed(spans):
        text = text[:start] + replacement + text[end:]
    return text


def scrub_all(value: T, values: Iterable[str], replacement: str) -> T:
    """`value` (text, or dataclasses, tuples, lists and dicts of them) with `scrub` applied to
    every text in it: for outputs built from many people's words, such as the pack."""
    values = list(values)
    if not values:
        return value
    if isinstance(value, str):
        return scrub(value, values, replacement)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: scrub_all(getattr(value, f.name), values, replacement) for f in fields(value)
        }
        return replace(value, **changes)
    if isinstance(value, tuple | list):
        return type(value)(scrub_all(v, values, replacement) for v in value)
    if isinstance(value, dict):
        return {k: scrub_all(v, values, replacement) for k, v in value.items()}  # type: ignore[return-value]
    return value

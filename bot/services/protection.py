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

The coordinator's own dashboard shows the real data and does not go through here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from storage.cases import Case, Participant

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


def withheld_values(case: Case, participants: Iterable[Participant], view: OthersView) -> list[str]:
    """The words `view` took out (names, contact details, the place), for outputs whose text
    someone typed by hand (a plan): any of them found there must be taken out too."""
    values = [
        str(getattr(person, field))
        for person in participants
        for field in ("name", "contact")
        if f"participant:{person.id}:{field}" in view.withheld and getattr(person, field)
    ]
    if "meeting_place" in view.withheld and case.meeting_place:
        values.append(case.meeting_place)
    return values


def scrub(text: str, values: Iterable[str], replacement: str) -> str:
    """`text` with every withheld value in it replaced (case-insensitive)."""
    for value in sorted(values, key=len, reverse=True):
        text = re.sub(re.escape(value), replacement, text, flags=re.IGNORECASE)
    return text

"""Whose printed booklet: the participant's dialog, their code and the life areas chosen
beforehand (given, else those the guardians' consent names, at most three). The CLI's
`delaktig print --case --participant` and the dashboard's print button both ask here."""

from __future__ import annotations

from bot.engine.library import DialogLibrary
from bot.engine.model import Dialog
from bot.errors import UserFacingError
from bot.exports.questionnaire import AREA_STEP, MAX_AREAS, Booklet
from bot.ports import CaseStore
from bot.services.consent import ConsentService


def person_booklet(
    store: CaseStore,
    consent: ConsentService,
    library: DialogLibrary,
    case_id: int,
    participant_id: int,
    areas: tuple[str, ...] | None = None,
) -> tuple[Dialog, Booklet]:
    participant = store.participant(participant_id)
    if participant is None or participant.case_id != case_id:
        raise UserFacingError(f"case {case_id} has no participant {participant_id}")
    case = store.case(case_id)
    dialog = library.get(participant.dialog_id)
    known = [o.id for o in dialog.step(AREA_STEP).options] if AREA_STEP in dialog.steps else []
    if areas:
        if unknown := [a for a in areas if a not in known]:
            raise UserFacingError(f"unknown areas {', '.join(unknown)}; use {', '.join(known)}")
        if len(areas) > MAX_AREAS:
            raise UserFacingError(f"at most {MAX_AREAS} areas")
    else:
        scope = consent.case_status(case_id).scope
        areas = tuple(a for a in known if scope and a in scope.areas)[:MAX_AREAS]
    return dialog, Booklet(f"{case.label}-{participant.id}", areas)

"""Shared set-up for the access tests (help now, speech, protection, languages): a real App on a
SQLite file in a temporary folder, and a case with invented people."""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App
from bot.domain import Case, Participant


@dataclass
class Family:
    case: Case
    child: Participant
    guardian: Participant


def make_family(app: App, **case_values) -> Family:
    """Case 'Fjärilen 2026' with a child and a guardian, both invented."""
    unit_id = app.case_store.unit_id("Elevhälsan Norr", create=True)
    case = app.cases.create_case(unit_id, "Fjärilen 2026", **case_values)
    dialog = next(iter(app.library.load()))
    child = app.cases.add_participant(case.id, "child", dialog, name="Saga Testsson")
    guardian = app.cases.add_participant(
        case.id, "guardian", dialog, name="Maja Testsson", contact="070-000 00 00"
    )
    return Family(case, child, guardian)

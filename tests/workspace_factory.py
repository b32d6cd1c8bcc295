"""Real cases for the workspace tests: a unit, a coordinator, a case with a child and two
guardians (the `demo` dialog), guardian consent and a child's finished preparation with one
answer per share choice. Invented people only."""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App
from bot.domain import Case, Participant
from bot.engine.runner import Event, EventKind
from bot.services.case_form import parse_actors
from bot.services.consent import ConsentScope

PASSWORD = "a-long-test-password"
MEETING_TEXT = "Jag vill ha lugn i klassrummet"
COORDINATOR_TEXT = "KOORDINATOR-ENDAST-7731"
PRIVATE_CANARY = "PRIVAT-KANARIE-4242"


@dataclass
class Seeded:
    case: Case
    child: Participant
    guardians: list[Participant]


def seed_case(app: App, username: str = "coord", unit: str = "Enhet Norr") -> Seeded:
    user = app.users.get(username) or app.users.add(username, unit, PASSWORD)
    case = app.cases.create_case(
        user.unit_id,
        "Fjärilen",
        actor=username,
        need_noticed="2026-05-01",
        actors=parse_actors("skola, BUP"),
        meeting_date="2026-05-12",
        meeting_time="14:00",
        meeting_end="15:00",
        meeting_place="Skolan",
        meeting_format="in-person",
        coordinator_id=user.id,
    )
    child = app.cases.add_participant(case.id, "youth", "demo", child_asked=True, name="Sam")
    guardians = [
        app.cases.add_participant(case.id, "guardian", "demo", name=name)
        for name in ("Maria", "Jonas")
    ]
    return Seeded(case, child, guardians)


def give_consent(app: App, seeded: Seeded, areas=("school", "friends")) -> None:
    scope = ConsentScope(
        actors=tuple(a["id"] for a in seeded.case.actors),
        own_actors=(),
        areas=tuple(areas),
        not_raise_areas=(),
        not_raise_text=None,
        until=None,
    )
    for guardian in seeded.guardians:
        app.consent.record(seeded.case.id, guardian.id, scope, "test", "sv")


def prepare_child(app: App, seeded: Seeded, friends: str = "4") -> str:
    """The youth answers the demo dialog: one text per share choice, then chooses shares
    (`friends`: the answer to how it is with friends, an option id of the scale)."""
    session_id = app.cases.redeem(app.cases.issue_invite(seeded.child.id), "web:test").session_id
    steps = [
        Event(EventKind.ANSWER),  # welcome
        Event(EventKind.ANSWER, ["school", "friends"]),
        Event(EventKind.ANSWER, "2"),  # school: not good
        Event(EventKind.ANSWER, MEETING_TEXT),  # what is hard at school
        Event(EventKind.ANSWER, COORDINATOR_TEXT),  # what is good at school
        Event(EventKind.ANSWER, friends),  # friends
        Event(EventKind.ANSWER, PRIVATE_CANARY),  # what is good with friends
        Event(EventKind.ANSWER, "no"),  # not at the meeting
        Event(EventKind.ANSWER, "Lyssna på mig <script>alert(1)</script>"),
    ]
    for event in steps:
        app.dialogs.handle(session_id, event)
    shares = {
        "areas": "meeting",
        "area-how[school]": "meeting",
        "area-hard[school]": "meeting",
        "area-good[school]": "coordinator",
        "area-how[friends]": "meeting",
        "area-good[friends]": "private",
        "meeting": "meeting",
        "message": "meeting",
    }
    app.dialogs.handle(session_id, Event(EventKind.ANSWER, shares))
    app.dialogs.handle(session_id, Event(EventKind.ANSWER))  # done
    return session_id

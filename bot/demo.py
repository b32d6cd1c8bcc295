"""`delaktig serve --demo`: a demo unit, coordinator and case with fresh invites. Invented
names only; running it again reuses everything and only issues new invites."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bot.app import App
from bot.services.case_form import parse_actors

DEMO_UNIT = "Demoenheten"
DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-delaktig"
DEMO_LABEL = "Demo: Fjärilen"
DEMO_ACTORS = "skola, elevhälsa, socialtjänst, BUP"

#: (role, preferred dialog, invented name, is the child asked about consent)
DEMO_PEOPLE = (
    ("child", "min-rost-barn", "Ella Exempel", True),
    ("youth", "min-rost-ungdom", "Sam Exempel", True),
    ("guardian", "vad-ar-viktigt-vardnadshavare", "Maria Exempel", False),
    ("guardian", "vad-ar-viktigt-vardnadshavare", "Jonas Exempel", False),
)


@dataclass(frozen=True)
class DemoInvite:
    role: str
    dialog_id: str
    participant_id: int
    token: str


@dataclass(frozen=True)
class Demo:
    case_id: int
    invites: list[DemoInvite]


def dialog_or_demo(app: App, dialog_id: str) -> str:
    return dialog_id if dialog_id in app.library.load() else "demo"


def seed(app: App, today: date | None = None) -> Demo:
    today = today or date.today()
    user = app.users.get(DEMO_USERNAME)
    if user is None:
        user = app.users.add(DEMO_USERNAME, DEMO_UNIT, DEMO_PASSWORD)
    case = next((c for c in app.case_store.cases(user.unit_id) if c.label == DEMO_LABEL), None)
    if case is None:
        case = app.cases.create_case(
            user.unit_id,
            DEMO_LABEL,
            actor="demo",
            need_noticed=today.isoformat(),
            actors=parse_actors(DEMO_ACTORS),
            meeting_date=(today + timedelta(days=24)).isoformat(),
            meeting_time="14:00",
            meeting_end="15:00",
            meeting_place="Skolans konferensrum",
            meeting_format="in-person",
            coordinator_id=user.id,
        )
        for role, dialog_id, name, asked in DEMO_PEOPLE:
            app.cases.add_participant(
                case.id,
                role,
                dialog_or_demo(app, dialog_id),
                actor="demo",
                name=name,
                child_asked=asked,
            )
    invites = [
        DemoInvite(p.role, p.dialog_id, p.id, app.cases.issue_invite(p.id, actor="demo"))
        for p in app.case_store.participants(case.id)
    ]
    return Demo(case.id, invites)

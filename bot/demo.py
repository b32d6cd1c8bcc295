"""`delaktig serve --demo`: a demo unit and coordinator with two cases, all people invented.

- "Demo: Fjärilen" gets fresh invites on every start: the child's Min röst and own say, the
  youth's Min röst, and both guardians' consent.
- "Demo: Ugglan" is already prepared, so a newcomer sees everything at once: consent complete
  from both guardians, the child's own say, the child's answers with mixed share choices, a plan
  marked sent, and evaluations (six per audience in this month and the last) for the statistics.

Running it again reuses everything and only issues new invites."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.app import App
from bot.domain import Participant, Response
from bot.engine.model import Dialog, Kind, Share
from bot.engine.runner import Event, EventKind, Prompt
from bot.services.case_form import parse_actors
from bot.services.evaluation import MAY_SEE
from bot.services.reminders import EVALUATION_DIALOGS

DEMO_UNIT = "Demoenheten"
DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-delaktig"
DEMO_LABEL = "Demo: Fjärilen"
PREPARED_LABEL = "Demo: Ugglan"
DEMO_ACTORS = "skola, elevhälsa, socialtjänst, BUP"

CHILD_JOURNEY = ("samtycke-barn", "min-rost-barn")
GUARDIAN_JOURNEY = ("samtycke-vardnadshavare", "vad-ar-viktigt-vardnadshavare")
#: (role, the dialogs of their invite in order, invented name, guardians asked what the child
#: thinks)
DEMO_PEOPLE = (
    ("child", CHILD_JOURNEY, "Ella Exempel", True),
    ("youth", ("min-rost-ungdom",), "Sam Exempel", False),
    ("guardian", GUARDIAN_JOURNEY, "Maria Exempel", False),
    ("guardian", GUARDIAN_JOURNEY, "Jonas Exempel", False),
)
PREPARED_PEOPLE = (
    ("child", CHILD_JOURNEY, "Noa Påhittad", True),
    ("guardian", GUARDIAN_JOURNEY, "Lina Påhittad", False),
    ("guardian", GUARDIAN_JOURNEY, "Omar Påhittad", False),
)
#: How the prepared family answers, by step id (the same ids in the child's and the guardians'
#: dialogs mean the same; a text is not given to a multi of the same id); a question not named
#: gets its first option, a text not named is skipped, and `None` skips.
PREPARED_ANSWERS: dict[str, Any] = {
    "sip": "yes",
    "areas": ["school", "friends"],
    "not-raise": "no",
    "duration": "sip-closed",
    "people-more": ["friend"],
    "people-less": None,
    "who-not": None,
    "topics-not": None,
    "topics": "Rasterna och läxorna.",
    "wish": "Att det blir lugnare i skolan.",
    "better": "Jag vill gå till skolan varje dag.",
    "message": "Jag vill att mötet är kort.",
}
#: The child's invented words about each life area, by (step, area).
AREA_TEXTS = {
    ("area-good", "school"): "Jag gillar idrotten och min lärare.",
    ("area-hard", "school"): "Det är svårt när det är stökigt i klassen.",
    ("area-better", "school"): "En lugn plats att vara på rasterna.",
    ("area-good", "friends"): "Jag spelar fotboll med Alva på rasterna.",
    ("area-hard", "friends"): "Ibland får jag inte vara med.",
    ("area-better", "friends"): "Att en vuxen hjälper till på rasterna.",
}
SHARES = (Share.MEETING.value, Share.COORDINATOR.value, Share.PRIVATE.value)
DEMO_PLAN = {
    "goals": [
        {
            "title": "Noa ska trivas i skolan",
            "plain": "Du ska trivas i skolan.",
            "pictogram": "school",
            "activities": [
                {
                    "what": "En lugn plats att gå till på rasterna",
                    "plain": "Du får en lugn plats på rasterna.",
                    "responsible": "skola",
                    "when": "från nästa vecka",
                },
                {
                    "what": "Samtal med kuratorn",
                    "plain": "Du pratar med kuratorn.",
                    "responsible": "elevhälsa",
                    "when": "varannan vecka",
                },
            ],
        }
    ],
    "contact": {"name": "Kim Exempel", "how": "ring 070-000 00 00"},
    "main_responsible": "skola",
}
PER_MONTH = 6


@dataclass(frozen=True)
class DemoInvite:
    role: str
    journey: tuple[str, ...]
    participant_id: int
    token: str


@dataclass(frozen=True)
class Demo:
    case_id: int
    invites: list[DemoInvite]
    prepared_case_id: int


def seed(app: App, today: date | None = None) -> Demo:
    today = today or date.today()
    user = app.users.get(DEMO_USERNAME)
    if user is None:
        user = app.users.add(DEMO_USERNAME, DEMO_UNIT, DEMO_PASSWORD)
    cases = {c.label: c for c in app.case_store.cases(user.unit_id)}
    case = cases.get(DEMO_LABEL) or _case(app, user.unit_id, user.id, DEMO_LABEL, today, 24)
    if not app.case_store.participants(case.id):
        _people(app, case.id, DEMO_PEOPLE)
    prepared = cases.get(PREPARED_LABEL)
    if prepared is None:
        prepared = _case(app, user.unit_id, user.id, PREPARED_LABEL, today, -7)
        _prepare(app, prepared.id, today)
    invites = [
        DemoInvite(p.role, p.journey, p.id, app.cases.issue_invite(p.id, actor="demo"))
        for p in app.case_store.participants(case.id)
    ]
    return Demo(case.id, invites, prepared.id)


def _case(app: App, unit_id: int, user_id: int, label: str, today: date, in_days: int):
    meeting = today + timedelta(days=in_days)
    return app.cases.create_case(
        unit_id,
        label,
        actor="demo",
        need_noticed=(min(today, meeting) - timedelta(days=14)).isoformat(),
        actors=parse_actors(DEMO_ACTORS),
        meeting_date=meeting.isoformat(),
        meeting_time="14:00",
        meeting_end="15:00",
        meeting_place="Skolans konferensrum",
        meeting_format="in-person",
        coordinator_id=user_id,
        coordinator_contact="070-000 00 00",
        coordinator_hours="vardagar 9–16",
    )


def _people(app: App, case_id: int, people) -> list[Participant]:
    return [
        app.cases.add_participant(
            case_id,
            role,
            journey[-1],
            actor="demo",
            name=name,
            child_asked=asked,
            before=journey[:-1],
        )
        for role, journey, name, asked in people
    ]


def _prepare(app: App, case_id: int, today: date) -> None:
    """The prepared case: every dialog answered through the dialog service, as a family would,
    then the plan marked sent and the unit's evaluations."""
    for person in _people(app, case_id, PREPARED_PEOPLE):
        _answer(app, person, _prepared_event)
    meeting = today - timedelta(days=7)
    app.case_store.update_case(
        case_id,
        invitation_sent_on=(meeting - timedelta(days=22)).isoformat(),
        evaluation_offered_on=(meeting + timedelta(days=1)).isoformat(),
    )
    app.plans.save(case_id, DEMO_PLAN | {"follow_up": _follow_up(today)}, by="demo")
    app.plans.mark_sent(case_id, by="demo", on=today - timedelta(days=3))
    _evaluations(app, case_id, today)


def _follow_up(today: date) -> dict[str, str]:
    return {"date": (today + timedelta(days=60)).isoformat(), "place": "skolans konferensrum"}


def _answer(app: App, person: Participant, event_for: Callable[[Prompt], Event]) -> None:
    """Every part of the person's journey answered to its end."""
    for dialog_id in person.journey:
        session_id, outputs = app.cases.open_session(person)
        for _ in range(300):
            prompt = next(o for o in reversed(outputs) if isinstance(o, Prompt))
            if prompt.kind is Kind.END:
                break
            _, outputs = app.dialogs.handle(session_id, event_for(prompt))
        else:
            raise RuntimeError(f"the demo could not finish {dialog_id}")


def _prepared_event(prompt: Prompt) -> Event:
    """How the prepared family answers one prompt: PREPARED_ANSWERS and AREA_TEXTS, otherwise
    the first option (two for a multi), and share choices in turn at the review."""
    if (prompt.step, prompt.item) in AREA_TEXTS:
        return Event(EventKind.ANSWER, AREA_TEXTS[prompt.step, prompt.item])
    value = PREPARED_ANSWERS.get(prompt.step, ())
    if value != () and not (prompt.kind is Kind.MULTI and isinstance(value, str)):
        return Event(EventKind.SKIP) if value is None else Event(EventKind.ANSWER, value)
    match prompt.kind:
        case Kind.CHOICE | Kind.SCALE:
            return Event(EventKind.ANSWER, prompt.options[0].id)
        case Kind.MULTI:
            return Event(EventKind.ANSWER, [o.id for o in prompt.options[:2]])
        case Kind.TEXT:
            return Event(EventKind.SKIP)
        case Kind.REVIEW if prompt.shares:
            shares = {item.key: SHARES[n % 3] for n, item in enumerate(prompt.review)}
            return Event(EventKind.ANSWER, shares)
    return Event(EventKind.ANSWER)


def _evaluations(app: App, case_id: int, today: date) -> None:
    """Anonymous evaluations from earlier meetings of the unit: PER_MONTH per audience in this
    month and the last, with scores spread over each question's options."""
    case = app.case_store.case(case_id)
    last_month = today.replace(day=1) - timedelta(days=1)
    for month, day in (("this", today), ("last", last_month)):
        for role, dialog_id in EVALUATION_DIALOGS.items():
            dialog = app.library.get(dialog_id)
            for n in range(PER_MONTH):
                response = Response(role, day.isoformat(), _scores(dialog, n), False)
                key = f"demo-{month}-{role}-{n}"
                app.evaluation_store.add(key, key, case.unit_id, case.id, response)


def _scores(dialog: Dialog, n: int) -> dict[str, str]:
    """The n-th invented respondent's scores: each question's options in turn ("vet inte",
    the last, never)."""
    scores = {}
    for sid, step in dialog.steps.items():
        if sid == MAY_SEE or step.kind not in (Kind.CHOICE, Kind.SCALE):
            continue
        options = dialog.scale_options(step) if step.kind is Kind.SCALE else step.options
        scores[sid] = options[(n + len(sid)) % max(1, len(options) - 1)].id
    return scores

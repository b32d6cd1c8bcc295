"""A real App on a real SQLite file under tmp_path, with a case that has two guardians and a
child. Shared by the consent, sharing, retention and canary tests."""

from __future__ import annotations

from dataclasses import dataclass

from bot.app import App
from bot.domain import Case, Participant, StoredSession
from bot.engine.model import ANSWERABLE
from bot.engine.runner import Event, EventKind
from bot.services.consent import CONSENT_DIALOG

ACTORS = [
    {"id": "school", "label": "Skolan"},
    {"id": "bup", "label": "BUP"},
    {"id": "social", "label": "Socialtjänsten"},
]


@dataclass
class Family:
    case: Case
    mother: Participant
    father: Participant
    child: Participant


def make_family(app: App, label: str = "Fjärilen 2026", child_asked: bool = False) -> Family:
    unit = app.case_store.unit_id("Enheten Norr", create=True)
    case = app.cases.create_case(unit, label, actors=ACTORS)
    mother = app.cases.add_participant(case.id, "guardian", "samtycke-vardnadshavare")
    father = app.cases.add_participant(case.id, "guardian", "samtycke-vardnadshavare")
    child = app.cases.add_participant(case.id, "child", "demo", child_asked=child_asked)
    return Family(case, mother, father, child)


def answer(value=None) -> Event:
    return Event(EventKind.ANSWER, value)


def start_consent(app: App, guardian: Participant, lang: str = "sv") -> StoredSession:
    """The guardian's consent dialog, started as a channel starts it."""
    session, _ = app.dialogs.start(
        CONSENT_DIALOG,
        lang=lang,
        participant_id=guardian.id,
        context=app.cases.context_for(guardian),
    )
    return session


def run_consent(app: App, guardian: Participant, **choices) -> str:
    """Walk the consent dialog through the dialog service, as every channel does; `choices`
    as for `consent_events`."""
    session = start_consent(app, guardian)
    for event in consent_events(app, guardian, **choices):
        session, _ = app.dialogs.handle(session.id, event)
    assert session.status == "done", session.state["at"]
    return session.id


#: The consent dialog's information steps before the first question.
CONSENT_INFO_STEPS = ("intro", "what-sip", "two-parts", "both-guardians", "no-ok", "limits")


def consent_events(
    app: App,
    guardian: Participant,
    *,
    actors=("school", "bup"),
    own: str | None = None,
    areas=("school", "health"),
    not_raise: tuple[tuple[str, ...], str | None] | None = None,
    until: str | None = None,
    confirm: str = "yes",
) -> list[Event]:
    """The answers that take a guardian through the consent dialog, the last one `confirm`."""
    steps = [answer()] * len(CONSENT_INFO_STEPS)
    steps += [answer("yes"), answer("yes")]  # a SIP may be made; information may be exchanged
    steps.append(answer([*actors, "other"] if own else list(actors)))
    if own:
        steps.append(answer(own))
    steps.append(answer(list(areas)))
    if not_raise:
        steps += [answer("yes"), answer(list(not_raise[0]))]
        steps.append(answer(not_raise[1]) if not_raise[1] else Event(EventKind.SKIP))
    else:
        steps.append(answer("no"))
    steps += [answer("yes"), answer("all")]  # the pre-meeting; everyone gets the plan
    steps.append(answer("date" if until else "sip-closed"))
    if until:
        steps.append(answer(until))
    if guardian_context_child_asked(app, guardian):
        steps.append(answer("agrees"))
    return [*steps, answer("ok"), answer(confirm)]


def guardian_context_child_asked(app: App, guardian: Participant) -> bool:
    return bool(app.cases.context_for(guardian)["child_asked"])


def run_child(
    app: App,
    child: Participant,
    *,
    hard: str,
    good: str,
    friends: str,
    message: str,
    shares: dict[str, str] | None = None,
) -> str:
    """Walk the demo dialog as the child: two areas, three free texts and a message, then the
    review with these share choices."""
    session_id, _ = app.cases.open_session(child)
    events = [
        answer(),
        answer(["school", "friends"]),
        answer("2"),
        answer(hard),
        answer(good),
        answer("4"),
        answer(friends),
        answer("no"),
        answer(message),
        answer(shares or "ok"),
    ]
    for event in events:
        session, _ = app.dialogs.handle(session_id, event)
    assert session.status == "done", session.state["at"]
    return session_id


def walk(app: App, participant: Participant, dialog_id: str, answers: dict) -> StoredSession:
    """Walk a dialog by step id: each shown step gets `answers[step]`; an information step a
    plain "continue", a question not named is skipped, as every channel sends them."""
    session, _ = app.dialogs.start(
        dialog_id,
        lang=participant.lang,
        participant_id=participant.id,
        context=app.cases.context_for(participant),
    )
    for _ in range(60):
        if session.status == "done":
            return session
        step = session.state["at"][0]
        kind = app.dialogs.dialog_of(session).step(step).kind
        skip = step not in answers and kind in ANSWERABLE
        event = Event(EventKind.SKIP) if skip else answer(answers.get(step))
        session, _ = app.dialogs.handle(session.id, event)
    raise AssertionError(f"{dialog_id} did not finish; at {session.state['at']}")


#: A full yes in the consent dialogs (the guardian's and a youth's own), step by step.
FULL_YES = {
    "sip": "yes",
    "exchange": "yes",
    "actors": ["school", "bup"],
    "areas": ["school", "health"],
    "not-raise": "no",
    "pre-meeting": "yes",
    "plan-to": "responsible",
    "duration": "six-months",
    "child-view": "agrees",
    "review": "ok",
    "confirm": "yes",
}

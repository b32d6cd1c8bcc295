"""One conformance transcript for every channel.

A transcript (`transcripts/*.yaml`) names a dialog and a language, then lists steps:

    dialog: demo
    lang: sv
    role: youth              # optional: the participant's role (default: the dialog's audience)
    before: [samtycke-barn]  # optional: dialogs the same invite goes through first (a journey)
    steps:
      - {expect: welcome, do: continue}
      - {expect: areas, do: {choose: [school, friends]}}
      - {expect: "area-how[school]", do: {choose: "4"}}
      - {expect: "area-good[school]", do: help_now}
      - says: {msg: help-now, args: {coordinator_contact: "08-123 456 78", coordinator_hours: none}}
        do: tell
      - {says: help-now-told, expect: "area-good[school]", do: {write: "Det går bra"}}
      - {world: withdraw}
      - {expect: meeting, do: continue}
      - {says: refused-withdrawn}
    answers: {areas: [school, friends], ...}   # the participant's stored answers at the end
    shares: {"area-good[school]": meeting}       # optional: their stored share choices
    stored: {case_status: withdrawn, notifications: [consent-withdrawn]}   # optional

A step checks what the channel showed after the previous action, then does its own:

- `expect` is a prompt key (`step` or `step[item]`): that step's question, formatted with the
  Translator in the transcript's language (with the for_each argument), appears in the text.
  A key of a dialog in `before` is written `dialog-id:step`.
- `says` is a message id, or `{msg: id, args: {...}}`: that message, formatted the same way,
  appears in the text. A step may have `expect`, `says`, both or neither.
- `do` is one action:

      continue | skip | back | help | accept | help_now | tell | evaluate
      | {choose: id or [ids]} | {write: text} | {accept: {prompt key: meeting|coordinator|private}}

  `help_now` is "Jag behöver hjälp nu", `tell` is "Berätta för min samordnare" after it,
  `evaluate` opens the evaluation of the meeting.
- `{world: withdraw|revoke|erase|close}` (alone in its step) is what someone else does between
  two steps, through the services on the same database file: the other guardian withdraws
  consent, the coordinator revokes the participant's invites, the person is erased, the case is
  closed. The text shown is still the one from before; the next action shows the refusal.

The harness makes the family for every channel alike (`make_family`): a unit, an open case with
a meeting date, proposed actors and a coordinator contact, the participant (with `role`) and one
other guardian, and an invite for the participant. The end state is read by the harness from the
database, the same way for every channel (`World.stored`): `answers` (of the participant's
latest session, `{}` once erased), `shares`, and each key of `stored`, compared exactly:

    consents          number of consent versions of the case
    consent_status    the case's consent status (missing, partial, complete, withdrawn, …)
    case_status       open, withdrawn or closed
    evaluations       number of evaluation responses of the unit
    notifications     the sorted kinds of the unit's notifications
    participant       present or erased

A channel takes part through a `Driver` (all methods async):

    start(family) -> str         open the family's invite; the text the person now sees
    act(action: Action) -> str   do one action; the text the person now sees
    close() -> None

`run_transcript(transcript, driver, folder, catalog, library)` plays the steps against a driver
whose channel runs on the database in `folder`, and checks the end state. Drivers for the
console and the web channel live in `drivers.py`, the Telegram one in `telegram_driver.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.app import App
from bot.engine.library import DialogLibrary
from bot.engine.model import CASE_ARGS
from bot.i18n import Catalog
from bot.messages import Msg
from bot.services.consent import CONSENT_DIALOG
from bot.services.dialogs import split_key
from tests.app_factory import make_app
from tests.consent_support import ACTORS

TRANSCRIPTS = Path(__file__).parent / "transcripts"
SIMPLE_ACTIONS = ("continue", "skip", "back", "help", "accept", "help_now", "tell", "evaluate")
MEETING_DATE = "2026-05-04"
COORDINATOR_CONTACT = "08-123 456 78"


@dataclass(frozen=True)
class Action:
    """One thing the person does: `kind` is one of continue, choose, write, skip, back, help,
    accept, help_now, tell, evaluate; `ids` for choose, `text` for write, `shares` for accept."""

    kind: str
    ids: tuple[str, ...] = ()
    text: str = ""
    shares: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, raw: Any) -> Action:
        if isinstance(raw, str) and raw in SIMPLE_ACTIONS:
            return cls(raw)
        if isinstance(raw, dict) and len(raw) == 1:
            ((kind, value),) = raw.items()
            if kind == "choose":
                ids = value if isinstance(value, list) else [value]
                return cls("choose", ids=tuple(str(i) for i in ids))
            if kind == "write":
                return cls("write", text=str(value))
            if kind == "accept":
                return cls("accept", shares=tuple((str(k), str(v)) for k, v in value.items()))
        raise ValueError(f"unknown transcript action {raw!r}")


@dataclass(frozen=True)
class Family:
    """What the harness made for a transcript, by id, and the participant's invite token."""

    unit_id: int
    case_id: int
    participant_id: int
    guardian_id: int
    token: str


#: What someone else does between two steps.
WORLD_ACTIONS: dict[str, Callable[[App, Family], object]] = {
    "withdraw": lambda app, f: app.consent.withdraw(f.case_id, f.guardian_id),
    "revoke": lambda app, f: app.cases.revoke_invites(f.participant_id),
    "erase": lambda app, f: app.person.erase(f.participant_id),
    "close": lambda app, f: app.case_store.update_case(f.case_id, status="closed"),
}


@dataclass(frozen=True)
class TranscriptStep:
    expect: str | None = None
    says: Msg | None = None
    action: Action | None = None
    world: str | None = None

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> TranscriptStep:
        unknown = set(raw) - {"expect", "says", "do", "world"}
        if unknown or ("world" in raw and len(raw) > 1) or not raw:
            raise ValueError(f"unknown transcript step {raw!r}")
        if "world" in raw and raw["world"] not in WORLD_ACTIONS:
            raise ValueError(f"unknown world action {raw['world']!r}")
        says = raw.get("says")
        if isinstance(says, dict):
            says = Msg(str(says["msg"]), dict(says.get("args", {})))
        elif says is not None:
            says = Msg(str(says))
        return cls(
            str(raw["expect"]) if "expect" in raw else None,
            says,
            Action.parse(raw["do"]) if "do" in raw else None,
            raw.get("world"),
        )


@dataclass(frozen=True)
class Transcript:
    name: str
    dialog: str
    lang: str
    role: str | None
    before: tuple[str, ...]
    steps: tuple[TranscriptStep, ...]
    answers: dict[str, Any]
    shares: dict[str, str] | None
    stored: dict[str, Any]


class Driver(Protocol):
    async def start(self, family: Family) -> str: ...

    async def act(self, action: Action) -> str: ...

    async def close(self) -> None: ...


def load(path: Path) -> Transcript:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Transcript(
        path.stem,
        raw["dialog"],
        raw.get("lang", "sv"),
        raw.get("role"),
        tuple(raw.get("before", ())),
        tuple(TranscriptStep.parse(s) for s in raw["steps"]),
        raw["answers"],
        raw.get("shares"),
        raw.get("stored", {}),
    )


def all_transcripts() -> list[Path]:
    return sorted(TRANSCRIPTS.glob("*.yaml"))


def make_family(
    app: App,
    dialog_id: str,
    lang: str = "sv",
    role: str | None = None,
    before: tuple[str, ...] = (),
) -> Family:
    """A unit, an open case (meeting date, actors, coordinator contact), the participant of the
    dialog (role: its audience unless given; `before`: the dialogs their invite goes through
    first), one other guardian, and the participant's invite."""
    unit_id = app.case_store.unit_id("Testenheten", create=True)
    case = app.cases.create_case(
        unit_id,
        "Fjärilen 2026",
        actors=ACTORS,
        meeting_date=MEETING_DATE,
        coordinator_contact=COORDINATOR_CONTACT,
    )
    role = role or app.library.get(dialog_id).audience.value
    participant = app.cases.add_participant(case.id, role, dialog_id, lang=lang, before=before)
    guardian = app.cases.add_participant(case.id, "guardian", CONSENT_DIALOG)
    token = app.cases.issue_invite(participant.id)
    return Family(unit_id, case.id, participant.id, guardian.id, token)


class World:
    """Everything outside the channel, through one App of its own on the channel's database:
    the family, what others do, and the end state."""

    def __init__(self, folder: Path):
        self.app = make_app(folder)

    def do(self, action: str, family: Family) -> None:
        WORLD_ACTIONS[action](self.app, family)

    def records(self, family: Family):
        """The stored answers of the participant's latest session; none once erased."""
        session_id = self.app.case_store.latest_session_id(family.participant_id)
        return self.app.session_store.answers(session_id) if session_id else []

    def stored(self, family: Family, keys) -> dict[str, Any]:
        """The end state for these keys of a transcript's `stored:` map."""
        app = self.app
        case = app.case_store.case(family.case_id)
        participants = app.case_store.participants(family.case_id)
        facts: dict[str, Callable[[], Any]] = {
            "consents": lambda: sum(len(app.consent_store.versions(p.id)) for p in participants),
            "consent_status": lambda: app.consent.case_status(family.case_id).status,
            "case_status": lambda: case.status,
            "evaluations": lambda: len(app.evaluation_store.responses(family.unit_id)),
            "notifications": lambda: sorted(
                n["kind"] for n in app.case_store.notifications(family.unit_id)
            ),
            "participant": lambda: (
                "present" if app.case_store.participant(family.participant_id) else "erased"
            ),
        }
        return {key: facts[key]() for key in keys}

    def close(self) -> None:
        self.app.db.conn.close()


def question(
    key: str, transcript: Transcript, library: DialogLibrary, case_args: dict[str, Any]
) -> Msg:
    """The question a prompt key shows (with the case's day, place and people if it asks)."""
    dialog_id, _, key = key.rpartition(":")
    step_id, item = split_key(key)
    step = library.get(dialog_id or transcript.dialog).step(step_id)
    args = dict(case_args) if step.case_args else {}
    return Msg(step.text, args | ({step.item_var: item} if item else {}))


def wanted(step: TranscriptStep, transcript: Transcript, library: DialogLibrary, case_args: dict):
    """(what the transcript said, the message) for each text the step expects to be shown."""
    if step.expect is not None:
        yield step.expect, question(step.expect, transcript, library, case_args)
    if step.says is not None:
        yield step.says.id, step.says


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


async def run_transcript(
    transcript: Transcript,
    driver: Driver,
    folder: Path,
    catalog: Catalog,
    library: DialogLibrary,
) -> None:
    world = World(folder)
    try:
        family = make_family(
            world.app, transcript.dialog, transcript.lang, transcript.role, transcript.before
        )
        person = world.app.case_store.participant(family.participant_id)
        case_args = world.app.cases.context_for(person)[CASE_ARGS]
        shown = await driver.start(family)
        for number, step in enumerate(transcript.steps, start=1):
            if step.world is not None:
                world.do(step.world, family)
                continue
            for label, msg in wanted(step, transcript, library, case_args):
                want = normalise(catalog.translator(transcript.lang)(msg))
                assert want in normalise(shown), (
                    f"{transcript.name} step {number}: expected {label!r} ({want!r}); "
                    f"the channel showed:\n{shown}"
                )
            if step.action is not None:
                shown = await driver.act(step.action)
        records = world.records(family)
        ends = [("answers", answers_by_key(records), transcript.answers)]
        if transcript.shares is not None:
            ends.append(("shares", shares_by_key(records), transcript.shares))
        ends.append(("stored", world.stored(family, transcript.stored), transcript.stored))
        for name, found, want in ends:
            assert found == want, f"{transcript.name}: {name} are {found!r}, not {want!r}"
    finally:
        world.close()


def answers_by_key(records) -> dict[str, Any]:
    """Stored answer records as {prompt key: value}."""
    return {(r.step if not r.item else f"{r.step}[{r.item}]"): r.value for r in records}


def shares_by_key(records) -> dict[str, str]:
    return {(r.step if not r.item else f"{r.step}[{r.item}]"): r.share for r in records if r.share}

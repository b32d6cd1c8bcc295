"""One conformance transcript for every channel.

A transcript (`transcripts/*.yaml`) names a dialog and a language, then lists steps:

    dialog: demo
    lang: sv
    steps:
      - {expect: welcome, do: continue}
      - {expect: areas, do: {choose: [school, friends]}}
      - {expect: "area-how[school]", do: {choose: "4"}}
      - {expect: "area-good[school]", do: {write: "Det går bra"}}
      - {expect: meeting, do: help}
      - {expect: review, do: {accept: {"area-good[school]": meeting}}}
      - {expect: done}
    answers: {areas: [school, friends], ...}   # the stored answers at the end
    shares: {"area-good[school]": meeting}       # optional: stored share choices

`expect` is a prompt key (`step` or `step[item]`); the harness formats that step's text message
with the Translator in the transcript's language (with the for_each argument) and asserts that
the text appears in what the channel showed. `do` is one action:

    continue | skip | back | help | accept | {choose: id or [ids]} | {write: text}
    | {accept: {prompt key: meeting|coordinator|private}}

A channel takes part through a `Driver` (all methods async):

    start(dialog_id, lang) -> str      open the dialog; the text the person now sees
    act(action: Action) -> str         do one action; the text the person now sees
    stored_answers() -> dict           {prompt key: value} read from the real SQLite file
    stored_shares() -> dict            {prompt key: share} for answers with a share choice
    close() -> None

`run_transcript(transcript, driver, catalog, library)` plays the steps and checks the end state.
Drivers for the console and the web channel live in `drivers.py`; the Telegram channel brings its
own against the same protocol.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.engine.library import DialogLibrary
from bot.i18n import Catalog
from bot.messages import Msg
from bot.services.dialogs import split_key

TRANSCRIPTS = Path(__file__).parent / "transcripts"
SIMPLE_ACTIONS = ("continue", "skip", "back", "help", "accept")


@dataclass(frozen=True)
class Action:
    """One thing the person does: `kind` is one of continue, choose, write, skip, back, help,
    accept; `ids` for choose, `text` for write, `shares` for accept."""

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
class TranscriptStep:
    expect: str
    action: Action | None


@dataclass(frozen=True)
class Transcript:
    name: str
    dialog: str
    lang: str
    steps: tuple[TranscriptStep, ...]
    answers: dict[str, Any]
    shares: dict[str, str] | None


class Driver(Protocol):
    async def start(self, dialog_id: str, lang: str) -> str: ...

    async def act(self, action: Action) -> str: ...

    async def stored_answers(self) -> dict[str, Any]: ...

    async def stored_shares(self) -> dict[str, str]: ...

    async def close(self) -> None: ...


def load(path: Path) -> Transcript:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    steps = tuple(
        TranscriptStep(str(s["expect"]), Action.parse(s["do"]) if "do" in s else None)
        for s in raw["steps"]
    )
    return Transcript(
        path.stem, raw["dialog"], raw.get("lang", "sv"), steps, raw["answers"], raw.get("shares")
    )


def all_transcripts() -> list[Path]:
    return sorted(TRANSCRIPTS.glob("*.yaml"))


def expected_text(key: str, transcript: Transcript, catalog: Catalog, library: DialogLibrary):
    """The question text a prompt key shows, in the transcript's language."""
    step_id, item = split_key(key)
    step = library.get(transcript.dialog).step(step_id)
    args = {step.item_var: item} if item else {}
    return catalog.translator(transcript.lang)(Msg(step.text, args))


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


async def run_transcript(
    transcript: Transcript, driver: Driver, catalog: Catalog, library: DialogLibrary
) -> None:
    shown = await driver.start(transcript.dialog, transcript.lang)
    for number, step in enumerate(transcript.steps, start=1):
        want = normalise(expected_text(step.expect, transcript, catalog, library))
        assert want in normalise(shown), (
            f"{transcript.name} step {number}: expected {step.expect!r} ({want!r}); "
            f"the channel showed:\n{shown}"
        )
        if step.action is not None:
            shown = await driver.act(step.action)
    assert await driver.stored_answers() == transcript.answers
    if transcript.shares is not None:
        assert await driver.stored_shares() == transcript.shares


def answers_by_key(records) -> dict[str, Any]:
    """Stored answer records as {prompt key: value}."""
    return {(r.step if not r.item else f"{r.step}[{r.item}]"): r.value for r in records}


def shares_by_key(records) -> dict[str, str]:
    return {(r.step if not r.item else f"{r.step}[{r.item}]"): r.share for r in records if r.share}

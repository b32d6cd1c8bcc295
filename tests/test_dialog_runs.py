"""Scripted console runs of every shipped dialog: a full path with answers, and skip-everything."""

import io
from collections.abc import Iterator

import pytest

from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.config import Settings
from bot.engine.library import DialogLibrary
from bot.engine.model import ANSWERABLE, Kind

DIALOGS = sorted(DialogLibrary().load())


@pytest.fixture
def app(tmp_path) -> App:
    return App(Settings.from_env(tmp_path / "runs.db"))


def scripted_lines(
    channel: ConsoleChannel, *, skip_all: bool, pictures_only: bool
) -> Iterator[str]:
    """Answer whatever the channel shows now, as a person at the keyboard would."""
    for _ in range(500):
        prompt = channel.prompt
        if prompt.kind is Kind.END:
            return
        if skip_all and prompt.kind not in (Kind.INFO, Kind.REVIEW):
            yield "/skip"
        elif prompt.kind is Kind.TEXT:
            yield "/skip" if pictures_only else "Det går bra, tack."[: prompt.max_length]
        elif prompt.kind is Kind.MULTI:
            yield "1,2" if len(prompt.options) > 1 else "1"
        elif prompt.kind in (Kind.CHOICE, Kind.SCALE):
            yield "1"
        elif prompt.kind is Kind.REVIEW:
            yield "ok"
        else:
            yield ""
    raise AssertionError(f"no end after 500 inputs; stuck at {channel.prompt.key}")


def run(app: App, dialog_id: str, **how) -> tuple[str, str]:
    out = io.StringIO()
    channel = ConsoleChannel(app.conversation, out)
    place = channel.open(dialog_id, name=f"run-{dialog_id}")
    channel.run(place, scripted_lines(channel, **how))
    return place.session_id, out.getvalue()


@pytest.mark.parametrize("dialog_id", DIALOGS)
def test_full_path_with_answers(app, dialog_id):
    session_id, transcript = run(app, dialog_id, skip_all=False, pictures_only=False)
    session = app.dialogs.get(session_id)
    assert session.status == "done"
    stored = app.dialogs.store.answers(session_id)
    questions = [s for s in app.library.get(dialog_id).steps.values() if s.kind in ANSWERABLE]
    assert len(stored) >= min(3, len(questions))  # the child's own say has only two
    assert any(a.is_text for a in stored) == any(
        s.kind is Kind.TEXT for s in app.library.get(dialog_id).steps.values()
    )
    assert "Traceback" not in transcript


@pytest.mark.parametrize("dialog_id", DIALOGS)
def test_skip_everything_reaches_the_end_with_no_answers(app, dialog_id):
    session_id, transcript = run(app, dialog_id, skip_all=True, pictures_only=True)
    assert app.dialogs.get(session_id).status == "done"
    assert app.dialogs.store.answers(session_id) == []
    has_review = any(s.kind is Kind.REVIEW for s in app.library.get(dialog_id).steps.values())
    assert (app.catalog.translator("sv")("review-empty") in transcript) == has_review


@pytest.mark.parametrize("dialog_id", [d for d in DIALOGS if d.endswith("-barn")])
def test_child_dialogs_can_be_completed_by_pictures_alone(app, dialog_id):
    session_id, _ = run(app, dialog_id, skip_all=False, pictures_only=True)
    stored = app.dialogs.store.answers(session_id)
    assert app.dialogs.get(session_id).status == "done"
    assert stored and not any(a.is_text for a in stored)

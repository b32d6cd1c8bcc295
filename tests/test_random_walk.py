"""A property test over every dialog in `dialogs/`: no sequence of events, however strange,
makes the engine raise or show something that does not match its state."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.library import DialogLibrary
from bot.engine.model import Kind
from bot.engine.runner import (
    Event,
    EventKind,
    Notice,
    Paused,
    Prompt,
    key_of,
    new_state,
    position,
    prompt_for,
    step,
)

DIALOGS = DialogLibrary().load()
KINDS = [
    EventKind.START,
    EventKind.ANSWER,
    EventKind.TOGGLE,
    EventKind.SKIP,
    EventKind.BACK,
    EventKind.PAUSE,
    EventKind.RESUME,
    EventKind.HELP,
    "garbage",
    "",
    None,
    3,
    ("answer",),
    ["answer"],
]
NEEDS_OPTIONS = {Kind.CHOICE, Kind.MULTI, Kind.SCALE}

garbage = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-3, 10),
    st.floats(allow_nan=True),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.just("\x00\u202e\u2068"),
    st.just("x" * 3000),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc", "Cf"]), max_size=5),
)


def check(dialog, state, outputs) -> Prompt | None:
    """The invariants every step must keep; the prompt shown, if any."""
    assert outputs, "a step always shows something"
    assert all(isinstance(o, Prompt | Notice | Paused) for o in outputs)
    last = outputs[-1]
    assert isinstance(last, Prompt | Paused)
    json.loads(json.dumps(state, ensure_ascii=False).encode("utf-8"))
    if isinstance(last, Paused):
        assert state["status"] == "paused"
        return None
    assert last.key == key_of(position(state))
    assert last.kind is dialog.step(last.step).kind
    if last.kind in NEEDS_OPTIONS:
        assert last.options
    assert 0 <= last.current <= last.total  # info pages before the first question show 0
    assert state["status"] == ("done" if last.kind is Kind.END else "active")
    return last


def test_every_dialog_is_walked():
    assert "demo" in DIALOGS


@pytest.mark.parametrize("dialog_id", sorted(DIALOGS))
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_random_walk_never_breaks(dialog_id, data):
    dialog = DIALOGS[dialog_id]
    state = new_state(dialog)
    prompt = check(dialog, state, [prompt_for(dialog, state)])
    all_keys = [*dialog.steps, "area-how[school]", "nope"]
    for _ in range(data.draw(st.integers(1, 40), label="length")):
        kind = data.draw(st.sampled_from(KINDS), label="kind")
        option_ids = [o.id for o in prompt.options] if prompt else []
        review_keys = [i.key for i in prompt.review] if prompt else []
        choices = [garbage]
        if option_ids:
            choices.append(st.sampled_from(option_ids))
            choices.append(st.lists(st.sampled_from(option_ids), max_size=4))
        if review_keys:
            choices.append(
                st.dictionaries(
                    st.sampled_from(review_keys),
                    st.one_of(
                        st.sampled_from(["meeting", "coordinator", "private", "everyone"]),
                        garbage,
                    ),
                    max_size=3,
                )
            )
        value = data.draw(st.one_of(*choices), label="value")
        current = [prompt.key] if prompt else []
        at = data.draw(
            st.one_of(st.none(), st.sampled_from(current + all_keys), st.text(max_size=8)),
            label="at",
        )
        state, outputs = step(dialog, state, Event(kind, value, at))
        prompt = check(dialog, state, outputs) or prompt


@pytest.mark.parametrize("dialog_id", sorted(DIALOGS))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_plausible_walk_reaches_the_end(dialog_id, data):
    """Answering every prompt with a valid value always finishes the dialog."""
    dialog = DIALOGS[dialog_id]
    state = new_state(dialog)
    prompt = prompt_for(dialog, state)
    for _ in range(500):
        if prompt.kind is Kind.END:
            break
        ids = [o.id for o in prompt.options]
        if data.draw(st.booleans(), label="skip") and prompt.kind is not Kind.REVIEW:
            event = Event(EventKind.SKIP, at=prompt.key)
        elif prompt.kind is Kind.MULTI:
            most = dialog.step(prompt.step).max_picks
            chosen = data.draw(
                st.lists(st.sampled_from(ids), min_size=1, max_size=most, unique=True)
            )
            event = Event(EventKind.ANSWER, chosen, prompt.key)
        elif prompt.kind in (Kind.CHOICE, Kind.SCALE):
            event = Event(EventKind.ANSWER, data.draw(st.sampled_from(ids)), prompt.key)
        elif prompt.kind is Kind.TEXT:
            event = Event(EventKind.ANSWER, "något", prompt.key)
        else:
            event = Event(EventKind.ANSWER, at=prompt.key)
        state, outputs = step(dialog, state, event)
        assert not any(isinstance(o, Notice) for o in outputs), outputs
        prompt = check(dialog, state, outputs)
    assert prompt.kind is Kind.END
    assert state["status"] == "done"

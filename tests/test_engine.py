"""The pure engine: transitions, for_each groups, conditions, back/skip/pause/help, bad input,
review and shares, progress, context options, and state that survives JSON."""

from __future__ import annotations

import json

import pytest
import yaml

from bot.engine.loader import compile_dialog
from bot.engine.model import CASE_ARG_DEFAULTS, CASE_ARGS, Dialog, Kind
from bot.engine.runner import (
    Event,
    EventKind,
    Notice,
    Paused,
    Prompt,
    key_of,
    live_answers,
    new_state,
    position,
    prompt_for,
    review_items,
    step,
)
from bot.messages import Msg

AREAS_YAML = """
id: eng
audience: youth
title: eng-title
start: welcome
steps:
  welcome:
    kind: info
    text: eng-welcome
    help: eng-welcome-help
    next: areas
  areas:
    kind: multi
    text: eng-areas
    options:
      - {id: school, label: eng-school}
      - {id: friends, label: eng-friends}
      - {id: home, label: eng-home}
    next: how
  how:
    kind: scale
    for_each: areas
    as: area
    text: eng-how
    help: eng-how-help
    next:
      - {if: {answer: how, in: ["1", "2"]}, goto: hard}
      - {goto: good}
  hard:
    kind: text
    for_each: areas
    as: area
    text: eng-hard
    max_length: 20
    next: good
  good:
    kind: text
    for_each: areas
    as: area
    text: eng-good
    next: meeting
  meeting:
    kind: choice
    text: eng-meeting
    options:
      - {id: "yes", label: eng-yes}
      - {id: "no", label: eng-no}
    next: message
  message:
    kind: text
    when: {answer: meeting, in: ["no"]}
    text: eng-message
    next: review
  review:
    kind: review
    text: eng-review
    next: done
  done:
    kind: end
    text: eng-done
"""


@pytest.fixture(scope="module")
def dialog() -> Dialog:
    return compile_dialog(yaml.safe_load(AREAS_YAML), source="eng.yaml")


def prompt_of(outputs) -> Prompt:
    prompts = [o for o in outputs if isinstance(o, Prompt)]
    assert len(prompts) == 1, outputs
    return prompts[0]


def notices(outputs) -> list[Notice]:
    return [o for o in outputs if isinstance(o, Notice)]


def run(dialog: Dialog, events, state=None):
    """Apply events in order; return the final state and the last outputs."""
    state = state if state is not None else new_state(dialog)
    outputs = [prompt_for(dialog, state)]
    for event in events:
        state, outputs = step(dialog, state, event)
    return state, outputs


def ans(value=None, at=None) -> Event:
    return Event(EventKind.ANSWER, value, at)


def prompt_keys(dialog: Dialog, events) -> list[str]:
    """The key of the question each event leads to, in order."""
    state, keys = new_state(dialog), []
    for event in events:
        state, outputs = step(dialog, state, event)
        keys.append(prompt_of(outputs).key)
    return keys


def test_new_state_is_at_the_start(dialog):
    state = new_state(dialog)
    assert position(state) == ("welcome", None)
    assert state["status"] == "active"
    prompt = prompt_for(dialog, state)
    assert prompt.key == "welcome" and prompt.kind is Kind.INFO
    assert prompt.text == Msg("eng-welcome") and not prompt.can_back


def test_step_without_state_starts(dialog):
    state, outputs = step(dialog, None, Event(EventKind.START))
    assert prompt_of(outputs).key == "welcome"
    assert state["answers"] == {}


def test_info_moves_to_next(dialog):
    state, outputs = run(dialog, [ans()])
    assert prompt_of(outputs).key == "areas"
    assert state["answers"] == {}
    assert state["history"] == [["welcome", None]]


def test_choice_scale_multi_text_answers_are_stored_under_their_keys(dialog):
    state, outputs = run(
        dialog,
        [ans(), ans(["school"]), ans("4"), ans("Det går bra"), ans("yes")],
    )
    assert prompt_of(outputs).key == "review"
    assert state["answers"] == {
        "areas": ["school"],
        "how[school]": "4",
        "good[school]": "Det går bra",
        "meeting": "yes",
    }


def test_scale_accepts_an_int_and_stores_text(dialog):
    state, _ = run(dialog, [ans(), ans(["school"]), ans(5)])
    assert state["answers"]["how[school]"] == "5"


def test_multi_toggle_then_klar_uses_the_draft(dialog):
    state, outputs = run(dialog, [ans()])
    state, outputs = step(dialog, state, Event(EventKind.TOGGLE, "home"))
    state, outputs = step(dialog, state, Event(EventKind.TOGGLE, "school"))
    state, outputs = step(dialog, state, Event(EventKind.TOGGLE, "friends"))
    state, outputs = step(dialog, state, Event(EventKind.TOGGLE, "friends"))
    prompt = prompt_of(outputs)
    assert prompt.key == "areas"
    assert {o.id for o in prompt.options if o.selected} == {"school", "home"}
    assert state["draft"] == ["school", "home"]
    state, outputs = step(dialog, state, ans(None))
    assert state["answers"]["areas"] == ["school", "home"]
    assert prompt_of(outputs).key == "how[school]"


def test_multi_klar_with_empty_draft_asks_for_a_choice(dialog):
    state, _ = run(dialog, [ans()])
    state, outputs = step(dialog, state, ans(None))
    assert notices(outputs)[0].msg.id == "notice-need-choice"
    assert prompt_of(outputs).key == "areas" and "areas" not in state["answers"]


def test_for_each_follows_option_order_with_the_item_in_the_args(dialog):
    state, outputs = run(dialog, [ans(), ans(["home", "school"])])
    assert state["answers"]["areas"] == ["school", "home"]
    prompt = prompt_of(outputs)
    assert prompt.key == "how[school]" and prompt.item == "school"
    assert prompt.text == Msg("eng-how", {"area": "school"})
    assert prompt.help == Msg("eng-how-help", {"area": "school"})
    assert [o.id for o in prompt.options] == ["1", "2", "3", "4", "5", "dont-know"]


def test_a_group_of_steps_repeats_per_item(dialog):
    script = [ans(), ans(["school", "home"]), ans("4"), ans("a"), ans("5"), ans("b")]
    keys = prompt_keys(dialog, script)
    assert keys == ["areas", "how[school]", "good[school]", "how[home]", "good[home]", "meeting"]


def test_condition_inside_the_group_reads_the_same_item(dialog):
    script = [ans(), ans(["school", "home"]), ans("1"), ans("hard"), ans("ok"), ans("5")]
    keys = prompt_keys(dialog, script)
    assert keys == [
        "areas",
        "how[school]",
        "hard[school]",
        "good[school]",
        "how[home]",
        "good[home]",
    ]


def test_skipped_multi_passes_the_whole_group_over(dialog):
    state, outputs = run(dialog, [ans(), Event(EventKind.SKIP)])
    assert prompt_of(outputs).key == "meeting"
    assert "areas" not in state["answers"]


def test_when_false_passes_the_step_over_and_true_shows_it(dialog):
    base = [ans(), Event(EventKind.SKIP)]
    _, outputs = run(dialog, [*base, ans("yes")])
    assert prompt_of(outputs).key == "review"
    _, outputs = run(dialog, [*base, ans("no")])
    assert prompt_of(outputs).key == "message"


CONDITIONS_YAML = """
id: cond
audience: child
title: cond-title
start: q
steps:
  q:
    kind: choice
    text: cond-q
    options: [{id: a, label: cond-a}, {id: b, label: cond-b}, {id: c, label: cond-c}]
    next: s-in
  s-in: {kind: info, text: t, when: {answer: q, in: [a]}, next: s-not-in}
  s-not-in: {kind: info, text: t, when: {answer: q, not_in: [a]}, next: s-answered}
  s-answered: {kind: info, text: t, when: {answered: q}, next: s-context}
  s-context: {kind: info, text: t, when: {context: flag}, next: s-all}
  s-all:
    kind: info
    text: t
    when: {all: [{answer: q, in: [a]}, {context: flag}]}
    next: s-any
  s-any:
    kind: info
    text: t
    when: {any: [{answer: q, in: [b]}, {context: flag}]}
    next: s-not
  s-not: {kind: info, text: t, when: {not: {answered: q}}, next: done}
  done: {kind: end, text: t}
"""


def shown_after(first: Event, context: dict) -> list[str]:
    dialog = compile_dialog(yaml.safe_load(CONDITIONS_YAML), source="cond.yaml")
    state, outputs = step(dialog, new_state(dialog, context), first)
    shown = []
    while (prompt := prompt_of(outputs)).kind is not Kind.END:
        shown.append(prompt.step)
        state, outputs = step(dialog, state, ans())
    return shown


@pytest.mark.parametrize(
    ("first", "context", "expected"),
    [
        (ans("a"), {"flag": True}, ["s-in", "s-answered", "s-context", "s-all", "s-any"]),
        (ans("a"), {}, ["s-in", "s-answered"]),
        (ans("b"), {}, ["s-not-in", "s-answered", "s-any"]),
        (ans("c"), {"flag": False}, ["s-not-in", "s-answered"]),
        (Event(EventKind.SKIP), {}, ["s-not-in", "s-not"]),
        (Event(EventKind.SKIP), {"flag": 1}, ["s-not-in", "s-context", "s-any", "s-not"]),
    ],
)
def test_conditions(first, context, expected):
    assert shown_after(first, context) == expected


def test_back_goes_to_the_previously_shown_step(dialog):
    state, _ = run(dialog, [ans(), Event(EventKind.SKIP), ans("yes")])
    assert position(state) == ("review", None)
    state, outputs = step(dialog, state, Event(EventKind.BACK))
    assert prompt_of(outputs).key == "meeting"
    state, outputs = step(dialog, state, Event(EventKind.BACK))
    assert prompt_of(outputs).key == "areas"


def test_back_inside_for_each_crosses_items(dialog):
    state, outputs = run(dialog, [ans(), ans(["school", "home"]), ans("5"), ans("x")])
    assert prompt_of(outputs).key == "how[home]"
    state, outputs = step(dialog, state, Event(EventKind.BACK))
    prompt = prompt_of(outputs)
    assert prompt.key == "good[school]" and prompt.value == "x"
    state, outputs = step(dialog, state, Event(EventKind.BACK))
    prompt = prompt_of(outputs)
    assert prompt.key == "how[school]"
    assert [o.id for o in prompt.options if o.selected] == ["5"]


def test_back_at_the_first_step_says_so(dialog):
    state = new_state(dialog)
    after, outputs = step(dialog, state, Event(EventKind.BACK))
    assert notices(outputs)[0].msg == Msg("notice-first-step")
    assert prompt_of(outputs).key == "welcome"
    assert after == state


def test_back_to_multi_restores_the_draft(dialog):
    state, _ = run(dialog, [ans(), ans(["friends"]), Event(EventKind.BACK)])
    assert state["draft"] == ["friends"]


def test_skip_removes_the_answer(dialog):
    state, _ = run(dialog, [ans(), Event(EventKind.SKIP), ans("yes")])
    assert state["answers"]["meeting"] == "yes"
    state, outputs = step(dialog, state, Event(EventKind.BACK))
    state, outputs = step(dialog, state, Event(EventKind.SKIP))
    assert "meeting" not in state["answers"]
    assert prompt_of(outputs).key == "review"


def test_pause_and_resume(dialog):
    state, _ = run(dialog, [ans()])
    state, outputs = step(dialog, state, Event(EventKind.PAUSE))
    assert state["status"] == "paused"
    assert outputs == [Notice(Msg("notice-paused")), Paused()]
    resumed, outputs = step(dialog, state, Event(EventKind.RESUME))
    assert resumed["status"] == "active"
    assert outputs[0] == Notice(Msg("notice-resumed"))
    assert prompt_of(outputs).key == "areas"


def test_any_event_resumes_a_paused_session(dialog):
    state, _ = run(dialog, [ans(), Event(EventKind.PAUSE)])
    state, outputs = step(dialog, state, ans(["school"]))
    assert state["status"] == "active"
    assert outputs[0] == Notice(Msg("notice-resumed"))
    assert prompt_of(outputs).key == "how[school]"


def test_help_gives_the_help_message_and_the_prompt(dialog):
    state = new_state(dialog)
    after, outputs = step(dialog, state, Event(EventKind.HELP))
    assert outputs[0] == Notice(Msg("eng-welcome-help"), "help")
    assert prompt_of(outputs).key == "welcome"
    assert after == state
    state, _ = run(dialog, [ans(), ans(["friends"])])
    _, outputs = step(dialog, state, Event(EventKind.HELP))
    assert outputs[0].msg == Msg("eng-how-help", {"area": "friends"})
    state, _ = run(dialog, [ans(), ans(["friends"]), ans("5")])
    _, outputs = step(dialog, state, Event(EventKind.HELP))
    assert outputs[0].msg == Msg("notice-no-help")


@pytest.mark.parametrize(
    ("setup", "event", "notice"),
    [
        ([ans(), Event(EventKind.SKIP)], ans("maybe"), Msg("notice-invalid-option")),
        ([ans(), Event(EventKind.SKIP)], ans({"yes": 1}), Msg("notice-invalid-option")),
        ([ans(), Event(EventKind.SKIP)], ans(None), Msg("notice-invalid-option")),
        ([ans()], ans(["school", "garden"]), Msg("notice-invalid-option")),
        ([ans()], ans({"school": True}), Msg("notice-not-understood")),
        ([ans()], Event(EventKind.TOGGLE, "garden"), Msg("notice-invalid-option")),
        ([ans(), ans(["home"])], ans("9"), Msg("notice-invalid-option")),
        ([ans(), ans(["home"]), ans("5")], ans("   \n\t "), Msg("notice-empty-text")),
        ([ans(), ans(["home"]), ans("5")], ans(["text"]), Msg("notice-not-understood")),
        ([ans(), ans(["home"]), ans("1")], ans("x" * 21), Msg("notice-too-long", {"max": 20})),
        ([ans(), ans(["home"]), ans("5")], Event("dance"), Msg("notice-not-understood")),
        ([ans(), ans(["home"]), ans("5")], Event(EventKind.TOGGLE, "x"), None),
    ],
)
def test_invalid_input_reprompts_without_changing_answers(dialog, setup, event, notice):
    state, before_outputs = run(dialog, setup)
    before_key = prompt_of(before_outputs).key
    after, outputs = step(dialog, state, event)
    assert after["answers"] == state["answers"]
    assert position(after) == position(state)
    assert prompt_of(outputs).key == before_key
    found = notices(outputs)
    assert len(found) == 1 and found[0].kind == "invalid"
    if notice is not None:
        assert found[0].msg == notice


def test_text_is_cleaned_of_control_characters(dialog):
    state, _ = run(dialog, [ans(), ans(["home"]), ans("5")])
    state, _ = step(dialog, state, ans("  Ha\x00ll\u202eå\x1b\r\nrad två\u2069  "))
    assert state["answers"]["good[home]"] == "Hallå\nrad två"


def test_text_at_exactly_max_length_is_accepted(dialog):
    state, _ = run(dialog, [ans(), ans(["home"]), ans("1")])
    state, _ = step(dialog, state, ans("x" * 20))
    assert state["answers"]["hard[home]"] == "x" * 20


def test_stale_key_gives_notice_and_keeps_the_state(dialog):
    state, _ = run(dialog, [ans(), Event(EventKind.SKIP)])
    for event in (
        ans("yes", at="welcome"),
        Event(EventKind.SKIP, at="areas"),
        Event(EventKind.TOGGLE, "school", at="areas"),
    ):
        after, outputs = step(dialog, state, event)
        assert outputs[0] == Notice(Msg("notice-stale"), "stale")
        assert prompt_of(outputs).key == "meeting"
        assert after == state
    after, outputs = step(dialog, state, ans("yes", at="meeting"))
    assert after["answers"]["meeting"] == "yes"


def finish_to_review(dialog, how_school="1"):
    return run(
        dialog,
        [
            ans(),
            ans(["school", "home"]),
            ans(how_school),
            ans("svårt"),
            ans("bra"),
            ans("dont-know"),
            ans("hemma bra"),
            ans("no"),
            ans("till mötet"),
        ],
    )


def test_review_lists_live_answers_in_order_with_default_share(dialog):
    _state, outputs = finish_to_review(dialog)
    prompt = prompt_of(outputs)
    assert prompt.key == "review"
    items = prompt.review
    assert [i.key for i in items] == [
        "areas",
        "how[school]",
        "hard[school]",
        "good[school]",
        "how[home]",
        "good[home]",
        "meeting",
        "message",
    ]
    assert all(i.share == "coordinator" and not i.chosen for i in items)
    areas = items[0]
    assert areas.options == (Msg("eng-school"), Msg("eng-home"))
    assert items[1].question == Msg("eng-how", {"area": "school"})
    assert items[1].options == (Msg("scale-1", {"area": "school"}),)
    assert items[2].text == "svårt" and items[2].options == ()


def test_review_leaves_out_answers_no_longer_on_the_path(dialog):
    state, _ = finish_to_review(dialog)
    # Go back to how[school] and answer 5: hard[school] is now off the path.
    for _ in range(7):
        state, outputs = step(dialog, state, Event(EventKind.BACK))
    assert prompt_of(outputs).key == "how[school]"
    state, _ = step(dialog, state, ans("5"))
    assert "hard[school]" in state["answers"]
    assert "hard[school]" not in live_answers(state)
    for event in [ans("bra"), ans("4"), ans("hemma"), ans("yes")]:
        state, outputs = step(dialog, state, event)
    keys = [i.key for i in prompt_of(outputs).review]
    assert "hard[school]" not in keys and "message" not in keys
    assert keys == list(review_items_keys(dialog, state))
    state, outputs = step(dialog, state, ans())
    assert state["status"] == "done"
    assert prompt_of(outputs).kind is Kind.END
    assert "hard[school]" not in state["answers"]
    assert "message" not in state["answers"]
    assert set(state["answers"]) == set(keys)


def review_items_keys(dialog, state):
    return (item.key for item in review_items(dialog, state))


def test_toggling_a_share(dialog):
    state, _ = finish_to_review(dialog)
    state, outputs = step(dialog, state, Event(EventKind.TOGGLE, {"meeting": "meeting"}))
    items = {i.key: i for i in prompt_of(outputs).review}
    assert items["meeting"].share == "meeting" and items["meeting"].chosen
    assert items["areas"].share == "coordinator" and not items["areas"].chosen
    state, outputs = step(dialog, state, Event(EventKind.TOGGLE, {"meeting": "private"}))
    assert {i.key: i.share for i in prompt_of(outputs).review}["meeting"] == "private"
    for bad in ({"meeting": "everyone"}, {"nothing": "meeting"}, "meeting"):
        after, outputs = step(dialog, state, Event(EventKind.TOGGLE, bad))
        assert notices(outputs)[0].msg == Msg("notice-invalid-option")
        assert after["shares"] == state["shares"]
    state, outputs = step(dialog, state, ans({"areas": "private"}))
    assert state["status"] == "done"
    assert state["shares"] == {"meeting": "private", "areas": "private"}


def test_answer_at_the_end_says_finished(dialog):
    state, _ = finish_to_review(dialog)
    state, _ = step(dialog, state, ans())
    after, outputs = step(dialog, state, ans())
    assert notices(outputs)[0].msg == Msg("notice-finished")
    assert after["status"] == "done" and position(after) == ("done", None)


def test_progress_counts_main_questions_and_its_total_never_grows(dialog):
    state = new_state(dialog)
    prompt = prompt_for(dialog, state)
    # The welcome is no question: nothing counted yet, of areas and meeting.
    assert (prompt.current, prompt.total) == (0, 2)
    state, outputs = step(dialog, state, ans())
    assert (prompt_of(outputs).current, prompt_of(outputs).total) == (1, 2)
    state, outputs = step(dialog, state, ans(["school", "home"]))
    prompt = prompt_of(outputs)
    # how[school] follows areas: it keeps the number 1, and the total stays 2.
    assert (prompt.key, prompt.current, prompt.total) == ("how[school]", 1, 2)
    state, outputs = step(dialog, state, ans("1"))  # opens hard[school]: still nothing grows
    prompt = prompt_of(outputs)
    assert (prompt.key, prompt.current, prompt.total) == ("hard[school]", 1, 2)
    totals = [prompt.total]
    while prompt.kind is not Kind.END:
        assert 0 <= prompt.current <= prompt.total
        value = {Kind.SCALE: "3", Kind.CHOICE: "no", Kind.TEXT: "t"}.get(prompt.kind)
        state, outputs = step(dialog, state, ans(value))
        prompt = prompt_of(outputs)
        if prompt.key == "meeting":
            assert prompt.current == 2
        if prompt.key == "message":  # opened by meeting = no: a follow-up, not counted
            assert prompt.current == 2
        totals.append(prompt.total)
    assert set(totals) == {2} and prompt.current == prompt.total


CONTEXT_YAML = """
id: ctx
audience: guardian
title: ctx-title
start: who
steps:
  who:
    kind: multi
    text: ctx-who
    pictograms: [meeting]
    options_from: actors
    options: [{id: other, label: ctx-other, pictogram: question}]
    next: done
  done: {kind: end, text: ctx-done}
"""


def test_options_from_context_come_first_with_context_option_labels():
    dialog = compile_dialog(yaml.safe_load(CONTEXT_YAML), source="ctx.yaml")
    context = {
        "actors": [
            {"id": "school-nurse", "label": "Skolsköterskan"},
            {"id": "bup", "label": "BUP", "pictogram": "health"},
            {"label": "no id, ignored"},
        ]
    }
    state = new_state(dialog, context)
    prompt = prompt_for(dialog, state)
    assert [o.id for o in prompt.options] == ["school-nurse", "bup", "other"]
    assert prompt.options[0].label == Msg("context-option", {"label": "Skolsköterskan"})
    assert prompt.options[0].pictogram == "meeting"
    assert prompt.options[1].pictogram == "health"
    assert prompt.options[2].label == Msg("ctx-other")
    state, _outputs = step(dialog, state, ans(["other", "bup"]))
    assert state["answers"]["who"] == ["bup", "other"]
    assert state["status"] == "done"
    items = list(review_items(dialog, state))
    assert items[0].options == (Msg("context-option", {"label": "BUP"}), Msg("ctx-other"))


def test_state_survives_a_json_round_trip(dialog):
    script = [
        ans(),
        Event(EventKind.TOGGLE, "school"),
        Event(EventKind.TOGGLE, "home"),
        ans(None),
        ans("2"),
        ans("hård dag"),
        Event(EventKind.PAUSE),
        Event(EventKind.RESUME),
        ans("bra"),
        Event(EventKind.BACK),
        ans("bättre"),
        ans("dont-know"),
        ans("hemma"),
        ans("no"),
        Event(EventKind.HELP),
        ans("ett meddelande"),
        Event(EventKind.TOGGLE, {"message": "meeting"}),
        ans(),
    ]
    for cut in range(len(script)):
        state = new_state(dialog)
        for event in script[:cut]:
            state, _ = step(dialog, state, event)
        copied = json.loads(json.dumps(state))
        a, b = state, copied
        for event in script[cut:]:
            a, out_a = step(dialog, a, event)
            b, out_b = step(dialog, b, event)
            assert out_a == out_b
            assert a == b
        assert a["status"] == "done"
        assert key_of(position(a)) == "done"


@pytest.mark.parametrize("value", [{"meeting": ["x"]}, {"meeting": {"a": 1}}, {"meeting": None}])
@pytest.mark.parametrize("kind", [EventKind.TOGGLE, EventKind.ANSWER])
def test_review_share_values_of_the_wrong_type_are_refused(dialog, kind, value):
    state, _ = finish_to_review(dialog)
    after, outputs = step(dialog, state, Event(kind, value))
    assert notices(outputs)[0].msg == Msg("notice-invalid-option")
    assert after == state


@pytest.mark.parametrize("kind", [["answer"], {"k": 1}, None, 3])
def test_an_event_kind_of_the_wrong_type_is_not_understood(dialog, kind):
    state = new_state(dialog)
    after, outputs = step(dialog, state, Event(kind))  # type: ignore[arg-type]
    assert notices(outputs)[0].msg == Msg("notice-not-understood")
    assert after == state


def test_lone_surrogates_are_stripped_from_text(dialog):
    state, _ = run(dialog, [ans(), ans(["home"]), ans("5")])
    state, _ = step(dialog, state, ans("hej\ud83d då\udc00"))
    text = state["answers"]["good[home]"]
    assert text == "hej då"
    text.encode("utf-8")


LOOP_YAML = """
id: loop
audience: youth
title: loop-title
start: q
steps:
  q:
    kind: choice
    text: loop-q
    options: [{id: again, label: loop-again}, {id: stop, label: loop-stop}]
    next:
      - {if: {answer: q, in: [again]}, goto: more}
      - {goto: review}
  more: {kind: text, text: loop-more, next: q}
  review: {kind: review, text: loop-review, next: done}
  done: {kind: end, text: loop-done}
"""


def test_a_loop_keeps_progress_sensible_and_review_lists_each_answer_once():
    dialog = compile_dialog(yaml.safe_load(LOOP_YAML), source="loop.yaml")
    state = new_state(dialog)
    assert (prompt_for(dialog, state).current, prompt_for(dialog, state).total) == (1, 1)
    state, outputs = step(dialog, state, ans("again"))
    prompt = prompt_of(outputs)
    assert prompt.key == "more" and prompt.current == 2 and prompt.total <= 5
    state, outputs = step(dialog, state, ans("mer"))
    prompt = prompt_of(outputs)
    assert prompt.key == "q" and prompt.current == 3 and prompt.total <= 6
    state, outputs = step(dialog, state, ans("stop"))
    prompt = prompt_of(outputs)
    assert prompt.key == "review" and prompt.total == prompt.current
    assert [i.key for i in prompt.review] == ["q", "more"]


def test_pausing_a_finished_dialog_keeps_it_done(dialog):
    state, _ = finish_to_review(dialog)
    state, _ = step(dialog, state, ans())
    assert state["status"] == "done"
    state, outputs = step(dialog, state, Event(EventKind.PAUSE))
    assert state["status"] == "done"
    assert prompt_of(outputs).kind is Kind.END
    state, outputs = step(dialog, state, Event(EventKind.START))
    assert state["status"] == "done"
    assert not notices(outputs)


def test_a_choice_with_no_options_from_an_empty_context_is_passed_over():
    dialog = compile_dialog(
        {
            "id": "ctx",
            "audience": "guardian",
            "title": "t",
            "start": "actors",
            "steps": {
                "actors": {
                    "kind": "multi",
                    "text": "q",
                    "options_from": "actors",
                    "next": "done",
                },
                "done": {"kind": "end", "text": "e"},
            },
        },
        source="ctx.yaml",
    )
    assert position(new_state(dialog, {"actors": []}))[0] == "done"
    with_actor = new_state(dialog, {"actors": [{"id": "skola", "label": "Skolan"}]})
    assert position(with_actor)[0] == "actors"


def test_a_multi_with_max_picks_refuses_more_and_keeps_the_question():
    raw = yaml.safe_load(AREAS_YAML)
    raw["steps"]["areas"]["max_picks"] = 2
    dialog = compile_dialog(raw, source="eng.yaml")
    state, _ = step(dialog, new_state(dialog), ans())
    state, outputs = step(dialog, state, ans(["school", "friends", "home"]))
    assert notices(outputs)[0].msg == Msg("notice-too-many", {"max": 2})
    assert prompt_of(outputs).key == "areas"
    state, outputs = step(dialog, state, ans(["school", "home"]))
    assert prompt_of(outputs).key == "how[school]"


def test_a_step_with_case_args_takes_the_cases_words_and_shows_its_people():
    data = {
        "id": "t", "version": 1, "audience": "child", "title": "t-title", "start": "about",
        "steps": {
            "about": {"kind": "info", "text": "t-about", "pictograms": ["meeting"],
                      "case_args": True, "options_from": "actors", "next": "done"},
            "done": {"kind": "end", "text": "t-done"},
        },
    }  # fmt: skip
    about = compile_dialog(data, "test")
    context = {
        CASE_ARGS: {"meeting_day": "tisdag 12 maj", "meeting_place": "Skolan", "people": 1},
        "actors": [{"id": "anna", "label": "Anna lärare", "pictogram": "teacher"}],
    }
    prompt = prompt_for(about, new_state(about, context))
    assert prompt.text == Msg("t-about", {"meeting_day": "tisdag 12 maj", "meeting_time": "none",
                                          "meeting_place": "Skolan", "people": 1})  # fmt: skip
    assert [(o.id, o.pictogram) for o in prompt.options] == [("anna", "teacher")]
    # Without the case's words every one is plainly "none" (people 0); the page only tells.
    bare = prompt_for(about, new_state(about))
    assert bare.text == Msg("t-about", CASE_ARG_DEFAULTS) and bare.options == ()
    _state, outputs = step(about, new_state(about, context), Event(EventKind.ANSWER))
    assert prompt_of(outputs).step == "done"

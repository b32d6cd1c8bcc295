"""The pure dialog engine: `step(dialog, state, event) -> (state, outputs)`.

No I/O. The state is a plain JSON-serialisable dict, so any channel can store it and resume it
anywhere. Skip, back, pause/resume and help work on every step without the author writing them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.engine.model import (
    CASE_ARG_DEFAULTS,
    CASE_ARGS,
    DEFAULT_SHARE,
    OPTIONED,
    Condition,
    Dialog,
    Kind,
    Option,
    Share,
    Step,
)
from bot.messages import Msg

STATE_VERSION = 1
#: Guards the walk over passed-over steps against author loops of hidden steps.
MAX_WALK = 10_000
#: Control and bidi characters, and lone surrogates (they cannot be encoded, so not stored).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)

#: Context keys the help-now message reads (set from the case by CaseService.context_for).
HELP_NOW_ARGS = ("coordinator_contact", "coordinator_hours")

State = dict[str, Any]
Position = tuple[str, str | None]


# ── Events and outputs ──────────────────────────────────────────────────────────────────────


class EventKind:
    START = "start"
    ANSWER = "answer"
    TOGGLE = "toggle"
    SKIP = "skip"
    BACK = "back"
    PAUSE = "pause"
    RESUME = "resume"
    HELP = "help"
    #: "Jag behöver hjälp nu": where to get help at once. Bound to no step, never stale, and it
    #: changes nothing in the state (not even a pause), so the person keeps their place.
    HELP_NOW = "help_now"


@dataclass(frozen=True)
class Event:
    """Something the person did. `at` is the prompt key it was meant for (None: the current)."""

    kind: str
    value: Any = None
    at: str | None = None


@dataclass(frozen=True)
class PromptOption:
    id: str
    label: Msg
    pictogram: str | None
    selected: bool = False


@dataclass(frozen=True)
class ReviewItem:
    key: str
    question: Msg
    options: tuple[Msg, ...]
    text: str | None
    share: str
    chosen: bool


@dataclass(frozen=True)
class Prompt:
    """What to show now, independent of the channel."""

    key: str
    step: str
    item: str | None
    kind: Kind
    text: Msg
    help: Msg | None
    pictograms: tuple[str, ...]
    options: tuple[PromptOption, ...]
    current: int
    total: int
    can_back: bool
    max_length: int | None = None
    value: str | None = None
    review: tuple[ReviewItem, ...] = ()
    shares: bool = True  # review: the person chooses who sees each answer
    input: str = "text"  # text: "text" or "date"


@dataclass(frozen=True)
class Notice:
    """A short message before the prompt: a re-prompt reason, help, paused, resumed."""

    msg: Msg
    kind: str = "info"


@dataclass(frozen=True)
class Paused:
    pass


Output = Prompt | Notice | Paused


# ── Public API ──────────────────────────────────────────────────────────────────────────────


def new_state(dialog: Dialog, context: dict[str, Any] | None = None) -> State:
    """A fresh state at the dialog's first shown step."""
    state: State = {
        "v": STATE_VERSION,
        "dialog": dialog.id,
        "hash": dialog.content_hash,
        "status": "active",
        "at": None,
        "history": [],
        "answers": {},
        "shares": {},
        "draft": None,
        "context": dict(context or {}),
    }
    state["at"] = list(_land(dialog, state, (dialog.start, None)))
    _enter_position(dialog, state)
    return state


def step(dialog: Dialog, state: State | None, event: Event) -> tuple[State, list[Output]]:
    """Apply one event; return the new state and what to show. Never raises on bad input."""
    if state is None:
        state = new_state(dialog)
        return state, [prompt_for(dialog, state)]
    if event.kind == EventKind.HELP_NOW:
        return state, help_now(dialog, state)
    state = _copy(state)
    outputs: list[Output] = []
    if state["status"] == "paused" and event.kind != EventKind.PAUSE:
        state["status"] = "active"
        outputs.append(Notice(Msg("notice-resumed")))
    kind = event.kind if isinstance(event.kind, str) else None
    handler = _HANDLERS.get(kind, _not_understood) if kind else _not_understood
    if event.at is not None and event.at != key_of(position(state)) and handler in _BOUND:
        outputs.append(Notice(Msg("notice-stale"), "stale"))
        outputs.append(prompt_for(dialog, state))
        return state, outputs
    outputs.extend(handler(dialog, state, event))
    return state, outputs


def position(state: State) -> Position:
    step_id, item = state["at"]
    return step_id, item


def key_of(pos: Position) -> str:
    step_id, item = pos
    return step_id if item is None else f"{step_id}[{item}]"


def is_done(dialog: Dialog, state: State) -> bool:
    return dialog.step(position(state)[0]).kind is Kind.END


def prompt_for(dialog: Dialog, state: State) -> Prompt:
    """The channel-neutral prompt for the current position."""
    step_id, item = position(state)
    step_ = dialog.step(step_id)
    key = key_of((step_id, item))
    args = _args(step_, item, state)
    answer = state["answers"].get(key)
    selected = _selected(step_, state, answer)
    options = tuple(
        PromptOption(o.id, _label(o, args), o.pictogram, o.id in selected)
        for o in options_of(dialog, step_, state)
    )
    current = sum(dialog.step(p[0]).counted for p in state["history"]) + step_.counted
    return Prompt(
        key=key,
        step=step_id,
        item=item,
        kind=step_.kind,
        text=Msg(step_.text, args),
        help=Msg(step_.help, args) if step_.help else None,
        pictograms=step_.pictograms,
        options=options,
        current=current,
        total=current + _remaining(dialog, state),
        can_back=bool(state["history"]),
        max_length=step_.max_length if step_.kind is Kind.TEXT else None,
        value=answer if isinstance(answer, str) else None,
        review=tuple(review_items(dialog, state)) if step_.kind is Kind.REVIEW else (),
        shares=step_.shares,
        input=step_.input,
    )


def help_now(dialog: Dialog, state: State) -> list[Output]:
    """The help-now notice, then the current prompt."""
    return [Notice(help_now_msg(state["context"]), "help-now"), prompt_for(dialog, state)]


def help_now_msg(context: dict[str, Any]) -> Msg:
    """The help-now message, with the coordinator's contact and hours from the context when the
    case gave them ("none" selects the message's plain fallback)."""
    args = {name: str(context.get(name) or "none") for name in HELP_NOW_ARGS}
    return Msg("help-now", args)


def options_of(dialog: Dialog, step_: Step, state: State) -> tuple[Option, ...]:
    """The step's options: context options first, then authored ones; scale points for scales."""
    if step_.kind is Kind.SCALE:
        return dialog.scale_options(step_)
    if step_.kind not in OPTIONED and not (step_.kind is Kind.INFO and step_.options_from):
        return ()
    from_context = ()
    if step_.options_from:
        fallback = step_.pictograms[0] if step_.pictograms else None
        from_context = tuple(
            Option(
                str(o["id"]),
                "context-option",
                o.get("pictogram") or fallback,
                context_label=str(o["label"]),
            )
            for o in state["context"].get(step_.options_from, [])
            if isinstance(o, dict) and "id" in o and "label" in o
        )
    return from_context + step_.options


def review_items(dialog: Dialog, state: State) -> Iterator[ReviewItem]:
    """Every live answer (on the path taken), in the order it was given, with its share choice.
    A question asked again in a loop is listed once."""
    listed: set[str] = set()
    for pos in _live_positions(state):
        key = key_of(pos)
        if key not in state["answers"] or key in listed:
            continue
        listed.add(key)
        step_ = dialog.step(pos[0])
        args = _args(step_, pos[1], state)
        answer = state["answers"][key]
        labels: tuple[Msg, ...] = ()
        if step_.kind in OPTIONED or step_.kind is Kind.SCALE:
            chosen = answer if isinstance(answer, list) else [answer]
            labels = tuple(
                _label(o, args) for o in options_of(dialog, step_, state) if o.id in chosen
            )
        share = state["shares"].get(key)
        yield ReviewItem(
            key=key,
            question=Msg(step_.text, args),
            options=labels,
            text=answer if step_.kind is Kind.TEXT else None,
            share=share or DEFAULT_SHARE.value,
            chosen=share is not None,
        )


def live_answers(state: State) -> dict[str, Any]:
    """The answers on the path taken, keyed by position key."""
    keys = {key_of(pos) for pos in _live_positions(state)}
    return {k: v for k, v in state["answers"].items() if k in keys}


# ── Event handlers ──────────────────────────────────────────────────────────────────────────


def _show(dialog: Dialog, state: State, _event: Event) -> list[Output]:
    return [prompt_for(dialog, state)]


def _pause(dialog: Dialog, state: State, _event: Event) -> list[Output]:
    if is_done(dialog, state):  # a finished dialog stays finished
        return [prompt_for(dialog, state)]
    state["status"] = "paused"
    return [Notice(Msg("notice-paused")), Paused()]


def _help(dialog: Dialog, state: State, _event: Event) -> list[Output]:
    prompt = prompt_for(dialog, state)
    return [Notice(prompt.help or Msg("notice-no-help"), "help"), prompt]


def _back(dialog: Dialog, state: State, _event: Event) -> list[Output]:
    if not state["history"]:
        return [Notice(Msg("notice-first-step")), prompt_for(dialog, state)]
    state["at"] = state["history"].pop()
    state["status"] = "active"
    _enter_position(dialog, state)
    return [prompt_for(dialog, state)]


def _skip(dialog: Dialog, state: State, _event: Event) -> list[Output]:
    step_id, _item = position(state)
    if dialog.step(step_id).kind is Kind.END:
        return [prompt_for(dialog, state)]
    key = key_of(position(state))
    state["answers"].pop(key, None)
    state["shares"].pop(key, None)
    return _forward(dialog, state)


def _toggle(dialog: Dialog, state: State, event: Event) -> list[Output]:
    """Multi: switch one option on or off. Review: set one answer's share choice."""
    step_ = dialog.step(position(state)[0])
    if step_.kind is Kind.MULTI:
        valid = {o.id for o in options_of(dialog, step_, state)}
        if not isinstance(event.value, str) or event.value not in valid:
            return _reprompt(dialog, state, "notice-invalid-option")
        draft = set(state["draft"] or [])
        draft ^= {event.value}
        state["draft"] = [o.id for o in options_of(dialog, step_, state) if o.id in draft]
        return [prompt_for(dialog, state)]
    if step_.kind is Kind.REVIEW:
        shares = _valid_shares(dialog, state, event.value)
        if shares is None:
            return _reprompt(dialog, state, "notice-invalid-option")
        state["shares"].update(shares)
        return [prompt_for(dialog, state)]
    return _reprompt(dialog, state, "notice-not-understood")


def _answer(dialog: Dialog, state: State, event: Event) -> list[Output]:
    step_ = dialog.step(position(state)[0])
    key = key_of(position(state))
    value = event.value
    match step_.kind:
        case Kind.INFO:
            return _forward(dialog, state)
        case Kind.END:
            return [Notice(Msg("notice-finished")), prompt_for(dialog, state)]
        case Kind.CHOICE | Kind.SCALE:
            valid = [o.id for o in options_of(dialog, step_, state)]
            if not isinstance(value, str | int) or str(value) not in valid:
                return _reprompt(dialog, state, "notice-invalid-option")
            state["answers"][key] = str(value)
        case Kind.MULTI:
            chosen = state["draft"] if value is None else value
            if isinstance(chosen, str):
                chosen = [chosen]
            valid = [o.id for o in options_of(dialog, step_, state)]
            if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
                return _reprompt(dialog, state, "notice-not-understood")
            if any(c not in valid for c in chosen):
                return _reprompt(dialog, state, "notice-invalid-option")
            if not chosen:
                return _reprompt(dialog, state, "notice-need-choice")
            if step_.max_picks and len(set(chosen)) > step_.max_picks:
                return _reprompt(dialog, state, "notice-too-many", max=step_.max_picks)
            state["answers"][key] = [o for o in valid if o in chosen]
        case Kind.TEXT:
            if not isinstance(value, str):
                return _reprompt(dialog, state, "notice-not-understood")
            text = _CONTROL.sub("", value.replace("\r\n", "\n")).strip()
            if not text:
                return _reprompt(dialog, state, "notice-empty-text")
            if len(text) > step_.max_length:
                return _reprompt(dialog, state, "notice-too-long", max=step_.max_length)
            state["answers"][key] = text
        case Kind.REVIEW:
            if value not in (None, "ok"):
                shares = _valid_shares(dialog, state, value)
                if shares is None:
                    return _reprompt(dialog, state, "notice-invalid-option")
                state["shares"].update(shares)
    return _forward(dialog, state)


def _not_understood(dialog: Dialog, state: State, _event: Event) -> list[Output]:
    return _reprompt(dialog, state, "notice-not-understood")


_HANDLERS = {
    EventKind.START: _show,
    EventKind.RESUME: _show,
    EventKind.PAUSE: _pause,
    EventKind.HELP: _help,
    EventKind.BACK: _back,
    EventKind.SKIP: _skip,
    EventKind.TOGGLE: _toggle,
    EventKind.ANSWER: _answer,
}
#: Handlers that act on the current question, so an event meant for another one is stale.
_BOUND = {_answer, _skip, _toggle, _back}


# ── Moving through the dialog ───────────────────────────────────────────────────────────────


def _forward(dialog: Dialog, state: State) -> list[Output]:
    here = position(state)
    state["history"].append(list(here))
    state["at"] = list(_land(dialog, state, _next(dialog, state, here)))
    _enter_position(dialog, state)
    if is_done(dialog, state):
        state["status"] = "done"
        _keep_only_live(state)
    return [prompt_for(dialog, state)]


def _enter_position(dialog: Dialog, state: State) -> None:
    step_ = dialog.step(position(state)[0])
    answer = state["answers"].get(key_of(position(state)))
    state["draft"] = list(answer or []) if step_.kind is Kind.MULTI else None


def _next(dialog: Dialog, state: State, here: Position) -> Position:
    """The position after `here`, following routes, for_each repetition and group entry."""
    step_id, item = here
    step_ = dialog.step(step_id)
    target = next(
        r.goto
        for r in step_.routes
        if r.condition is None or _holds(dialog, state, r.condition, here)
    )
    group = step_.for_each
    if group and dialog.step(target).for_each == group:
        return target, item
    if group and item is not None:
        items = _chosen(state, group)
        later = items[items.index(item) + 1 :] if item in items else []
        if later:
            return dialog.group_entries[group], later[0]
    target_group = dialog.step(target).for_each
    if target_group:
        items = _chosen(state, target_group)
        return target, (items[0] if items else None)
    return target, None


def _land(dialog: Dialog, state: State, pos: Position) -> Position:
    """From `pos`, pass over steps that should not be shown: a `when` that fails, a for_each
    group with nothing chosen (item None), or a choice with no options (an empty context)."""
    for _ in range(MAX_WALK):
        step_ = dialog.step(pos[0])
        hidden_group = step_.for_each is not None and pos[1] is None
        hidden_when = step_.when is not None and not _holds(dialog, state, step_.when, pos)
        no_options = step_.kind in OPTIONED and not options_of(dialog, step_, state)
        if step_.kind is Kind.END or not (hidden_group or hidden_when or no_options):
            return pos
        pos = _next(dialog, state, pos)
    return pos


def _remaining(dialog: Dialog, state: State) -> int:
    """How many main questions follow the current one on the path the answers so far predict."""
    pos, count = position(state), 0
    seen = {pos}
    for _ in range(MAX_WALK):
        if dialog.step(pos[0]).kind is Kind.END:
            break
        pos = _land(dialog, state, _next(dialog, state, pos))
        if pos in seen:  # the answers so far predict a loop: count each question once
            break
        seen.add(pos)
        count += dialog.step(pos[0]).counted
    return count


def _holds(dialog: Dialog, state: State, cond: Condition, here: Position) -> bool:
    match cond.op:
        case "all":
            return all(_holds(dialog, state, p, here) for p in cond.parts)
        case "any":
            return any(_holds(dialog, state, p, here) for p in cond.parts)
        case "not":
            return not _holds(dialog, state, cond.parts[0], here)
        case "context":
            return bool(state["context"].get(cond.key))
    assert cond.step is not None
    item = here[1] if dialog.same_group(cond.step, here[0]) else None
    answer = state["answers"].get(key_of((cond.step, item)))
    if cond.op == "answered":
        return answer is not None
    given = set(answer) if isinstance(answer, list) else {answer}
    hit = bool(given & set(cond.values))
    return hit if cond.op == "in" else not hit


# ── Small helpers ───────────────────────────────────────────────────────────────────────────


def _copy(state: State) -> State:
    return {
        **state,
        "at": list(state["at"]),
        "history": [list(p) for p in state["history"]],
        "answers": dict(state["answers"]),
        "shares": dict(state["shares"]),
        "draft": list(state["draft"]) if state.get("draft") is not None else None,
    }


def _chosen(state: State, source_step: str) -> list[str]:
    answer = state["answers"].get(source_step)
    return list(answer) if isinstance(answer, list) else []


def _live_positions(state: State) -> list[Position]:
    return [(p[0], p[1]) for p in [*state["history"], state["at"]]]


def _keep_only_live(state: State) -> None:
    live = live_answers(state)
    state["answers"] = live
    state["shares"] = {k: v for k, v in state["shares"].items() if k in live}


def _args(step_: Step, item: str | None, state: State) -> dict[str, Any]:
    """The Fluent arguments of a step's words: the for_each item, and the case's own."""
    args: dict[str, Any] = {}
    if step_.case_args:
        given = state["context"].get(CASE_ARGS) or {}
        args = {name: given.get(name, default) for name, default in CASE_ARG_DEFAULTS.items()}
    if item is not None:
        args[step_.item_var] = item
    return args


def _label(option: Option, args: dict[str, Any]) -> Msg:
    if option.context_label is not None:
        return Msg(option.label, {"label": option.context_label})
    return Msg(option.label, args)


def _selected(step_: Step, state: State, answer: Any) -> set[str]:
    if step_.kind is Kind.MULTI:
        return set(state["draft"] or [])
    if isinstance(answer, str) and step_.kind is not Kind.TEXT:
        return {answer}
    return set()


def _valid_shares(dialog: Dialog, state: State, value: Any) -> dict[str, str] | None:
    """Share choices from an event, or None when any key or choice is not valid here."""
    if not isinstance(value, dict):
        return None
    if not value:
        return {}
    if not dialog.step(position(state)[0]).shares:
        return None
    live = {item.key for item in review_items(dialog, state)}
    allowed = {s.value for s in Share}
    if all(k in live and isinstance(v, str) and v in allowed for k, v in value.items()):
        return {str(k): str(v) for k, v in value.items()}
    return None


def _reprompt(dialog: Dialog, state: State, msg_id: str, **args: Any) -> list[Output]:
    return [Notice(Msg(msg_id, args), "invalid"), prompt_for(dialog, state)]

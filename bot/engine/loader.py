"""Load dialog YAML into the validated, immutable model, with errors a content author can act on."""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.engine.model import (
    ANSWERABLE,
    OPTIONED,
    SCALES,
    Audience,
    Condition,
    Dialog,
    Kind,
    Option,
    Route,
    Step,
)
from bot.errors import UserFacingError

TOP_KEYS = {"id", "version", "audience", "title", "start", "steps"}
STEP_KEYS = {
    "kind",
    "text",
    "help",
    "pictograms",
    "options",
    "options_from",
    "next",
    "for_each",
    "as",
    "when",
    "max_length",
    "scale",
    "shares",
    "input",
    "max_picks",
    "case_args",
    "ends_journey",
}
#: What a text step asks for: free text, or a date (a date picker on the web).
TEXT_INPUTS = ("text", "date")
KIND_ONLY_KEYS = {
    "options": OPTIONED,
    "options_from": OPTIONED | {Kind.INFO},  # on an info step: people to show, not to pick
    "max_length": {Kind.TEXT},
    "scale": {Kind.SCALE},
    "shares": {Kind.REVIEW},
    "input": {Kind.TEXT},
    "max_picks": {Kind.MULTI},
    "ends_journey": {Kind.END},
}
OPTION_KEYS = {"id", "label", "pictogram"}


class DialogError(UserFacingError):
    """A problem in a dialog file, phrased for the person who edits it."""

    def __init__(
        self,
        source: str,
        problem: str,
        step: str | None = None,
        field: str | None = None,
        suggestion: str | None = None,
    ):
        self.source, self.step, self.field = source, step, field
        self.problem, self.suggestion = problem, suggestion
        where = [source]
        if step:
            where.append(f"step `{step}`")
        text = ": ".join(where) + ": " + (f"{field} → " if field else "") + problem
        if suggestion:
            text += f"; did you mean `{suggestion}`?"
        super().__init__(text)


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A YAML loader that refuses duplicate keys instead of keeping the last one (on libyaml
    when PyYAML has it: it reads the dialogs six times faster)."""


def _mapping_without_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate id `{key}`", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates
)


def load_file(path: Path) -> Dialog:
    """Read and compile one dialog file."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DialogError(name, f"file not found at {path}") from None
    except OSError as exc:
        raise DialogError(name, f"cannot read the file ({exc.strerror})") from None
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DialogError(name, f"not valid YAML{line}: {problem}") from None
    return compile_dialog(data, source=name, expected_id=path.stem)


def compile_dialog(data: Any, source: str, expected_id: str | None = None) -> Dialog:
    """Validate raw YAML data and build the immutable model."""
    return _Compiler(data, source, expected_id).compile()


def content_hash(data: Any) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _suggest(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.5)
    return close[0] if close else None


class _Compiler:
    def __init__(self, data: Any, source: str, expected_id: str | None):
        self.data, self.source, self.expected_id = data, source, expected_id

    def error(self, problem: str, **where: Any) -> DialogError:
        return DialogError(self.source, problem, **where)

    def compile(self) -> Dialog:
        data = self.data
        if not isinstance(data, dict):
            raise self.error("the file must be a mapping with id, audience, start and steps")
        self._check_keys(data, TOP_KEYS, field_prefix="")
        try:
            digest = content_hash(data)
        except (TypeError, ValueError):
            raise self.error(
                "YAML reads a value here as a date or a step id as a number; "
                "put such values and ids in quotes"
            ) from None
        for key in ("id", "audience", "title", "start", "steps"):
            if key not in data:
                raise self.error(f"missing `{key}`")
        dialog_id = str(data["id"])
        if self.expected_id and dialog_id != self.expected_id:
            raise self.error(f"id `{dialog_id}` must match the file name `{self.expected_id}`")
        try:
            audience = Audience(data["audience"])
        except ValueError:
            options = ", ".join(a.value for a in Audience)
            raise self.error(f"audience must be one of {options}", field="audience") from None
        version = data.get("version", 1)
        if not isinstance(version, int) or version < 1:
            raise self.error("version must be a whole number from 1", field="version")
        raw_steps = data["steps"]
        if not isinstance(raw_steps, dict) or not raw_steps:
            raise self.error("steps must be a mapping of step id to step")
        steps = {str(sid): self._step(str(sid), raw) for sid, raw in raw_steps.items()}
        start = str(data["start"])
        if start not in steps:
            raise self.error(
                f"`{start}` is not a step", field="start", suggestion=_suggest(start, steps)
            )
        dialog = Dialog(
            id=dialog_id,
            version=version,
            audience=audience,
            title=str(data["title"]),
            start=start,
            steps=MappingProxyType(steps),
            content_hash=digest,
            source=data,
        )
        entries = _GraphCheck(dialog, self).run()
        return dataclasses.replace(dialog, group_entries=MappingProxyType(entries))

    def _check_keys(self, raw: dict, allowed: set[str], field_prefix: str, step: str | None = None):
        for key in raw:
            if key not in allowed:
                raise self.error(
                    f"unknown key `{key}`",
                    step=step,
                    field=field_prefix or None,
                    suggestion=_suggest(key, allowed),
                )

    def _step(self, sid: str, raw: Any) -> Step:
        if not isinstance(raw, dict):
            raise self.error("a step must be a mapping", step=sid)
        self._check_keys(raw, STEP_KEYS, field_prefix="", step=sid)
        try:
            kind = Kind(raw.get("kind"))
        except ValueError:
            kinds = ", ".join(k.value for k in Kind)
            raise self.error(
                f"kind `{raw.get('kind')}` is unknown; use one of {kinds}",
                step=sid,
                field="kind",
                suggestion=_suggest(raw.get("kind"), [k.value for k in Kind]),
            ) from None
        for key, kinds in KIND_ONLY_KEYS.items():
            if key in raw and kind not in kinds:
                raise self.error(f"`{key}` does not belong on a {kind} step", step=sid, field=key)
        if "text" not in raw:
            raise self.error("missing `text`", step=sid)
        options = tuple(self._options(sid, raw.get("options", [])))
        if kind in OPTIONED and not options and "options_from" not in raw:
            raise self.error(f"a {kind} step needs options or options_from", step=sid)
        if "scale" in raw and raw["scale"] not in SCALES:
            raise self.error(f"scale must be one of {', '.join(SCALES)}", step=sid, field="scale")
        if kind in (Kind.REVIEW, Kind.END) and "for_each" in raw:
            raise self.error(f"a {kind} step cannot repeat with for_each", step=sid)
        max_length = raw.get("max_length", Step.max_length)
        if not isinstance(max_length, int) or max_length < 1:
            raise self.error("max_length must be a positive whole number", step=sid)
        for flag, default in (("shares", True), ("ends_journey", False)):
            if not isinstance(raw.get(flag, default), bool):
                raise self.error(f"{flag} must be true or false", step=sid, field=flag)
        if raw.get("input", "text") not in TEXT_INPUTS:
            inputs = ", ".join(TEXT_INPUTS)
            raise self.error(f"input must be one of {inputs}", step=sid, field="input")
        max_picks = raw.get("max_picks")
        if max_picks is not None and (not isinstance(max_picks, int) or max_picks < 1):
            raise self.error("max_picks must be a positive whole number", step=sid)
        if not isinstance(raw.get("case_args", False), bool):
            raise self.error("case_args must be true or false", step=sid, field="case_args")
        pictograms = raw.get("pictograms", [])
        if isinstance(pictograms, str):
            pictograms = [pictograms]
        return Step(
            id=sid,
            kind=kind,
            text=str(raw["text"]),
            help=raw.get("help"),
            pictograms=tuple(str(p) for p in pictograms),
            options=options,
            options_from=raw.get("options_from"),
            routes=self._routes(sid, kind, raw.get("next")),
            for_each=raw.get("for_each"),
            item_var=str(raw.get("as", "item")),
            when=self._condition(raw["when"], sid, "when") if "when" in raw else None,
            max_length=max_length,
            scale=raw.get("scale"),
            shares=raw.get("shares", True),
            input=raw.get("input", "text"),
            max_picks=max_picks,
            case_args=raw.get("case_args", False),
            ends_journey=raw.get("ends_journey", False),
        )

    def _options(self, sid: str, raw: Any) -> Iterable[Option]:
        if not isinstance(raw, list):
            raise self.error("options must be a list", step=sid, field="options")
        seen: set[str] = set()
        for item in raw:
            if not isinstance(item, dict) or "id" not in item or "label" not in item:
                raise self.error("each option needs an id and a label", step=sid, field="options")
            self._check_keys(item, OPTION_KEYS, field_prefix="options", step=sid)
            if not isinstance(item["id"], str | int) or isinstance(item["id"], bool):
                raise self.error(
                    f'option id `{item["id"]}` must be text; put it in quotes, like "yes"',
                    step=sid,
                    field="options",
                )
            oid = str(item["id"])
            if oid in seen:
                raise self.error(f"duplicate option id `{oid}`", step=sid, field="options")
            seen.add(oid)
            yield Option(oid, str(item["label"]), item.get("pictogram"))

    def _routes(self, sid: str, kind: Kind, raw: Any) -> tuple[Route, ...]:
        if kind is Kind.END:
            if raw is not None:
                raise self.error("an end step has no next", step=sid, field="next")
            return ()
        if raw is None:
            raise self.error("missing `next`", step=sid)
        if isinstance(raw, str):
            return (Route(raw),)
        if not isinstance(raw, list) or not raw:
            raise self.error("next must be a step id or a list of routes", step=sid, field="next")
        routes = []
        for i, item in enumerate(raw):
            if not isinstance(item, dict) or "goto" not in item or set(item) - {"if", "goto"}:
                raise self.error(
                    "each route is {if: CONDITION, goto: STEP} or {goto: STEP}",
                    step=sid,
                    field="next",
                )
            cond = self._condition(item["if"], sid, "next") if "if" in item else None
            if cond is None and i != len(raw) - 1:
                raise self.error("a route without `if` must come last", step=sid, field="next")
            routes.append(Route(str(item["goto"]), cond))
        if routes[-1].condition is not None:
            raise self.error(
                "the last route needs no `if`, so there is always a way on", step=sid, field="next"
            )
        return tuple(routes)

    def _condition(self, raw: Any, sid: str, field: str) -> Condition:
        def bad(problem: str) -> DialogError:
            return self.error(problem, step=sid, field=field)

        if not isinstance(raw, dict) or not raw:
            raise bad("a condition must be a mapping such as {answer: STEP, in: [ids]}")
        if "answer" in raw:
            extra = set(raw) - {"answer", "in", "not_in"}
            ops = [op for op in ("in", "not_in") if op in raw]
            if extra or len(ops) != 1:
                raise bad("use {answer: STEP, in: [ids]} or {answer: STEP, not_in: [ids]}")
            values = raw[ops[0]]
            if not isinstance(values, list) or not values:
                raise bad(f"`{ops[0]}` needs a list of option ids")
            return Condition(ops[0], step=str(raw["answer"]), values=tuple(map(str, values)))
        if len(raw) != 1:
            raise bad(f"a condition has one operator, found {', '.join(map(str, raw))}")
        ((op, arg),) = raw.items()
        if op == "answered":
            return Condition("answered", step=str(arg))
        if op == "context":
            return Condition("context", key=str(arg))
        if op in ("all", "any"):
            if not isinstance(arg, list) or not arg:
                raise bad(f"`{op}` needs a list of conditions")
            return Condition(op, parts=tuple(self._condition(p, sid, field) for p in arg))
        if op == "not":
            return Condition("not", parts=(self._condition(arg, sid, field),))
        ops = ("answer", "answered", "context", "all", "any", "not")
        raise bad(f"unknown condition `{op}`" + (f"; use one of {', '.join(ops)}"))


class _GraphCheck:
    """Rules that need the whole dialog: targets, reachability, endings, conditions, for_each."""

    def __init__(self, dialog: Dialog, compiler: _Compiler):
        self.dialog, self.compiler = dialog, compiler
        self.steps = dialog.steps

    def run(self) -> dict[str, str]:
        """Check the graph; return each for_each group's entry step."""
        self._targets_exist()
        reachable = self._reach(self.dialog.start, lambda s: self.steps[s].targets)
        for sid in self.steps:
            if sid not in reachable:
                raise self.compiler.error("no path from the start leads here", step=sid)
        ends = {sid for sid, s in self.steps.items() if s.kind is Kind.END}
        if not ends:
            raise self.compiler.error("the dialog needs at least one end step")
        predecessors: dict[str, set[str]] = {sid: set() for sid in self.steps}
        for sid, step in self.steps.items():
            for target in step.targets:
                predecessors[target].add(sid)
        can_end = set().union(*(self._reach(e, lambda s: predecessors[s]) for e in ends))
        for sid in self.steps:
            if sid not in can_end:
                raise self.compiler.error(
                    "no path from here reaches an end step (a loop with no way forward?)", step=sid
                )
        before = self._steps_always_before()
        self.entries = self._group_entries()
        for sid, step in self.steps.items():
            self._check_for_each(step, before[sid])
            group = set(self.dialog.group(step.for_each)) if step.for_each else set()
            conditions = [("when", step.when)] + [("next", r.condition) for r in step.routes]
            for field, cond in conditions:
                if cond is None:
                    continue
                allowed = before[sid] | group | ({sid} if field == "next" else set())
                for ref in cond.steps():
                    self._check_condition_ref(sid, field, ref, allowed)
        return self.entries

    def _targets_exist(self) -> None:
        for sid, step in self.steps.items():
            for target in step.targets:
                if target not in self.steps:
                    raise self.compiler.error(
                        f"`{target}` is not a step",
                        step=sid,
                        field="next",
                        suggestion=_suggest(target, self.steps),
                    )

    @staticmethod
    def _reach(start: str, neighbours) -> set[str]:
        seen, todo = {start}, [start]
        while todo:
            for nxt in neighbours(todo.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def _steps_always_before(self) -> dict[str, set[str]]:
        """For each step, the steps that lie on some path from the start to it (not itself)."""
        reach_from = {sid: self._reach(sid, lambda s: self.steps[s].targets) for sid in self.steps}
        return {
            sid: {other for other in self.steps if other != sid and sid in reach_from[other]}
            for sid in self.steps
        }

    def _group_entries(self) -> dict[str, str]:
        """Each for_each group's single entry step: the one reached from outside the group."""
        entries: dict[str, str] = {}
        for sid, step in self.steps.items():
            for target in step.targets:
                group = self.steps[target].for_each
                if not group or step.for_each == group:
                    continue
                if entries.setdefault(group, target) != target:
                    raise self.compiler.error(
                        f"the steps that repeat for `{group}` must be entered at one step, "
                        f"`{entries[group]}`",
                        step=sid,
                        field="next",
                    )
        if self.steps[self.dialog.start].for_each:
            raise self.compiler.error("the start step cannot repeat with for_each", field="start")
        return entries

    def _check_condition_ref(self, sid: str, field: str, ref: str, allowed: set[str]) -> None:
        if ref not in self.steps:
            raise self.compiler.error(
                f"the condition reads `{ref}`, which is not a step",
                step=sid,
                field=field,
                suggestion=_suggest(ref, self.steps),
            )
        if self.steps[ref].kind not in ANSWERABLE:
            raise self.compiler.error(
                f"the condition reads `{ref}`, a {self.steps[ref].kind} step that has no answer",
                step=sid,
                field=field,
            )
        if ref not in allowed:
            raise self.compiler.error(
                f"the condition reads `{ref}`, which cannot have been answered yet",
                step=sid,
                field=field,
            )

    def _check_for_each(self, step: Step, before: set[str]) -> None:
        if not step.for_each:
            return
        source = self.steps.get(step.for_each)
        if source is None:
            raise self.compiler.error(
                f"`{step.for_each}` is not a step",
                step=step.id,
                field="for_each",
                suggestion=_suggest(step.for_each, self.steps),
            )
        if source.kind is not Kind.MULTI or step.for_each not in before:
            raise self.compiler.error(
                f"for_each needs an earlier multi step; `{step.for_each}` is not one",
                step=step.id,
                field="for_each",
            )
        if source.for_each:
            raise self.compiler.error(
                "for_each cannot repeat over a step that itself repeats",
                step=step.id,
                field="for_each",
            )

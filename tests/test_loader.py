"""Every rule of the dialog loader, with the file, step and field its message names."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from types import MappingProxyType

import pytest
import yaml

from bot.engine.loader import DialogError, compile_dialog, load_file
from bot.engine.model import Kind

SOURCE = "t.yaml"


def base() -> dict:
    """A small valid dialog: info → multi → a for_each scale → choice → end."""
    return {
        "id": "t",
        "version": 1,
        "audience": "youth",
        "title": "t-title",
        "start": "welcome",
        "steps": {
            "welcome": {"kind": "info", "text": "t-welcome", "next": "areas"},
            "areas": {
                "kind": "multi",
                "text": "t-areas",
                "options": [
                    {"id": "school", "label": "t-school"},
                    {"id": "friends", "label": "t-friends"},
                ],
                "next": "area-how",
            },
            "area-how": {
                "kind": "scale",
                "for_each": "areas",
                "as": "area",
                "text": "t-how",
                "next": "meeting",
            },
            "meeting": {
                "kind": "choice",
                "text": "t-meeting",
                "options": [{"id": "yes", "label": "t-yes"}, {"id": "no", "label": "t-no"}],
                "next": "done",
            },
            "done": {"kind": "end", "text": "t-done"},
        },
    }


def refused(data: dict) -> DialogError:
    with pytest.raises(DialogError) as info:
        compile_dialog(data, source=SOURCE)
    return info.value


def test_base_dialog_compiles():
    dialog = compile_dialog(base(), source=SOURCE)
    assert dialog.id == "t"
    assert list(dialog.steps) == ["welcome", "areas", "area-how", "meeting", "done"]
    assert dialog.step("area-how").item_var == "area"
    assert dialog.group_entries == {"areas": "area-how"}


def test_unknown_top_level_key_is_refused_with_a_suggestion():
    data = base()
    data["strat"] = data.pop("start")
    err = refused(data)
    assert "unknown key `strat`" in str(err)
    assert err.suggestion == "start"
    assert str(err).startswith(SOURCE)


def test_unknown_step_key_is_refused_with_step_and_suggestion():
    data = base()
    data["steps"]["welcome"]["nxet"] = data["steps"]["welcome"].pop("next")
    err = refused(data)
    assert err.step == "welcome"
    assert err.suggestion == "next"
    assert "unknown key `nxet`" in str(err)
    assert "step `welcome`" in str(err)


def test_unknown_option_key_is_refused():
    data = base()
    data["steps"]["meeting"]["options"][0]["pictogramm"] = "meeting"
    err = refused(data)
    assert err.step == "meeting" and err.suggestion == "pictogram"


def test_duplicate_step_ids_in_yaml_are_refused(tmp_path: Path):
    text = yaml.safe_dump(base(), sort_keys=False)
    text += "  welcome:\n    kind: end\n    text: t-again\n"
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DialogError) as info:
        load_file(path)
    message = str(info.value)
    assert message.startswith("t.yaml")
    assert "duplicate id `welcome`" in message
    assert "line" in message


def test_duplicate_option_ids_are_refused():
    data = base()
    data["steps"]["meeting"]["options"].append({"id": "yes", "label": "t-yes-again"})
    err = refused(data)
    assert err.step == "meeting" and err.field == "options"
    assert "duplicate option id `yes`" in str(err)


def test_unknown_kind_is_refused_with_suggestion():
    data = base()
    data["steps"]["meeting"]["kind"] = "chioce"
    err = refused(data)
    assert err.step == "meeting" and err.field == "kind"
    assert err.suggestion == "choice"


def test_next_to_a_non_step_names_file_step_field_and_suggests():
    data = base()
    data["steps"]["areas"]["next"] = "area-hw"
    err = refused(data)
    message = str(err)
    assert message.startswith("t.yaml: step `areas`: next → ")
    assert "`area-hw` is not a step" in message
    assert message.endswith("did you mean `area-how`?")


def test_start_to_a_non_step_is_refused():
    data = base()
    data["start"] = "welcom"
    err = refused(data)
    assert err.field == "start" and err.suggestion == "welcome"


def test_goto_in_a_route_to_a_non_step_is_refused():
    data = base()
    data["steps"]["meeting"]["next"] = [
        {"if": {"answer": "meeting", "in": ["no"]}, "goto": "dnoe"},
        {"goto": "done"},
    ]
    err = refused(data)
    assert err.step == "meeting" and err.field == "next" and err.suggestion == "done"


def test_unreachable_step_is_refused():
    data = base()
    data["steps"]["orphan"] = {"kind": "info", "text": "t-orphan", "next": "done"}
    err = refused(data)
    assert err.step == "orphan"
    assert "no path from the start" in str(err)


def test_loop_with_no_way_forward_is_refused():
    data = base()
    data["steps"]["welcome"]["next"] = [
        {"if": {"context": "go-round"}, "goto": "round-a"},
        {"goto": "areas"},
    ]
    data["steps"]["round-a"] = {"kind": "info", "text": "t-a", "next": "round-b"}
    data["steps"]["round-b"] = {"kind": "info", "text": "t-b", "next": "round-a"}
    err = refused(data)
    assert err.step in {"round-a", "round-b"}
    assert "no path from here reaches an end step" in str(err)


def test_dialog_without_end_is_refused():
    data = base()
    data["steps"]["meeting"]["next"] = "welcome"
    del data["steps"]["done"]
    err = refused(data)
    assert "end step" in str(err)


def test_condition_on_a_later_step_is_refused():
    data = base()
    data["steps"]["areas"]["when"] = {"answer": "meeting", "in": ["yes"]}
    err = refused(data)
    assert err.step == "areas" and err.field == "when"
    assert "cannot have been answered yet" in str(err)


def test_route_condition_on_own_step_is_allowed_but_when_on_own_step_is_not():
    data = base()
    data["steps"]["meeting"]["next"] = [
        {"if": {"answer": "meeting", "in": ["no"]}, "goto": "done"},
        {"goto": "done"},
    ]
    compile_dialog(data, source=SOURCE)
    data["steps"]["meeting"]["when"] = {"answered": "meeting"}
    assert refused(data).field == "when"


def test_condition_on_a_non_answerable_step_is_refused():
    data = base()
    data["steps"]["meeting"]["when"] = {"answered": "welcome"}
    err = refused(data)
    assert err.step == "meeting" and err.field == "when"
    assert "has no answer" in str(err)


def test_condition_on_a_missing_step_is_refused_with_suggestion():
    data = base()
    data["steps"]["meeting"]["when"] = {"answer": "aeras", "in": ["school"]}
    err = refused(data)
    assert err.suggestion == "areas"


def test_for_each_on_a_non_multi_step_is_refused():
    data = base()
    data["steps"]["meeting"]["next"] = "again"
    data["steps"]["again"] = {
        "kind": "text",
        "for_each": "meeting",
        "text": "t-again",
        "next": "done",
    }
    err = refused(data)
    assert err.step == "again" and err.field == "for_each"
    assert "earlier multi" in str(err)


def test_for_each_on_a_later_multi_step_is_refused():
    data = base()
    data["steps"]["welcome"]["for_each"] = "areas"
    data["start"] = "welcome"
    err = refused(data)
    assert err.field in {"for_each", "start"}
    data = base()
    del data["steps"]["area-how"]["for_each"], data["steps"]["area-how"]["as"]
    data["steps"]["welcome"]["next"] = "before"
    data["steps"]["before"] = {
        "kind": "text",
        "text": "t-before",
        "for_each": "areas",
        "next": "areas",
    }
    err = refused(data)
    assert err.step == "before" and err.field == "for_each"


def test_for_each_on_review_or_end_is_refused():
    data = base()
    data["steps"]["done"]["for_each"] = "areas"
    err = refused(data)
    assert err.step == "done" and "for_each" in str(err)


def test_route_without_if_must_come_last():
    data = base()
    data["steps"]["meeting"]["next"] = [
        {"goto": "done"},
        {"if": {"answer": "meeting", "in": ["no"]}, "goto": "done"},
    ]
    err = refused(data)
    assert err.step == "meeting" and err.field == "next"
    assert "must come last" in str(err)


def test_last_route_needs_no_if():
    data = base()
    data["steps"]["meeting"]["next"] = [{"if": {"answered": "meeting"}, "goto": "done"}]
    err = refused(data)
    assert "last route" in str(err)


@pytest.mark.parametrize(
    ("step", "key", "value"),
    [
        ("welcome", "options", [{"id": "a", "label": "t-a"}]),
        ("area-how", "options", [{"id": "a", "label": "t-a"}]),
        ("meeting", "max_length", 10),
        ("meeting", "scale", "points"),
        ("area-how", "options_from", "actors"),
    ],
)
def test_kind_only_keys_on_the_wrong_kind_are_refused(step, key, value):
    data = base()
    data["steps"][step][key] = value
    err = refused(data)
    assert err.step == step and err.field == key
    assert "does not belong" in str(err)


def test_an_info_step_may_show_people_and_take_the_cases_words():
    data = base()
    data["steps"]["welcome"] |= {"options_from": "actors", "case_args": True}
    welcome = compile_dialog(data, "test").step("welcome")
    assert welcome.case_args and welcome.options_from == "actors"
    data["steps"]["welcome"]["case_args"] = "yes"
    err = refused(data)
    assert err.step == "welcome" and "case_args must be true or false" in str(err)


def test_choice_without_options_is_refused():
    data = base()
    del data["steps"]["meeting"]["options"]
    err = refused(data)
    assert err.step == "meeting" and "needs options" in str(err)


def test_malformed_yaml_names_the_file(tmp_path: Path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: broken\nsteps: [unclosed\n  - x: {\n", encoding="utf-8")
    with pytest.raises(DialogError) as info:
        load_file(path)
    assert str(info.value).startswith("broken.yaml: ")
    assert "not valid YAML" in str(info.value)


def test_missing_file_names_the_file(tmp_path: Path):
    with pytest.raises(DialogError) as info:
        load_file(tmp_path / "nowhere.yaml")
    assert str(info.value).startswith("nowhere.yaml: ")
    assert "not found" in str(info.value)


def test_id_must_match_file_name(tmp_path: Path):
    path = tmp_path / "other.yaml"
    path.write_text(yaml.safe_dump(base()), encoding="utf-8")
    with pytest.raises(DialogError, match="must match the file name"):
        load_file(path)


def test_unquoted_yes_as_option_id_is_refused(tmp_path: Path):
    text = yaml.safe_dump(base(), sort_keys=False).replace("id: 'yes'", "id: yes")
    assert "id: yes" in text
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DialogError) as info:
        load_file(path)
    assert info.value.step == "meeting"
    assert "put it in quotes" in str(info.value)
    # Quoted, the same file loads.
    path.write_text(text.replace("id: yes", 'id: "yes"'), encoding="utf-8")
    assert load_file(path).step("meeting").options[0].id == "yes"


def test_content_hash_is_stable_and_changes_with_the_data():
    first = compile_dialog(base(), source=SOURCE)
    again = compile_dialog(base(), source=SOURCE)
    assert first.content_hash == again.content_hash
    reordered = base()
    reordered["steps"] = dict(reversed(list(reordered["steps"].items())))
    reordered = dict(reversed(list(reordered.items())))
    assert compile_dialog(reordered, source=SOURCE).content_hash == first.content_hash
    changed = copy.deepcopy(base())
    changed["steps"]["welcome"]["text"] = "t-welcome-2"
    assert compile_dialog(changed, source=SOURCE).content_hash != first.content_hash


def test_the_model_is_immutable():
    dialog = compile_dialog(base(), source=SOURCE)
    assert isinstance(dialog.steps, MappingProxyType)
    with pytest.raises(TypeError):
        dialog.steps["new"] = dialog.step("welcome")  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        dialog.start = "done"  # type: ignore[misc]
    step = dialog.step("meeting")
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.kind = Kind.TEXT  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.options[0].id = "maybe"  # type: ignore[misc]
    assert isinstance(step.options, tuple) and isinstance(step.routes, tuple)
    with pytest.raises(TypeError):
        dialog.group_entries["x"] = "y"  # type: ignore[index]


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["steps"]["welcome"].update(help="2024-01-01"),
        lambda d: d.update(title="2024-01-01"),
        lambda d: d["steps"].update({"1": d["steps"].pop("done")}),
    ],
    ids=["date-value", "date-title", "number-step-id"],
)
def test_values_yaml_reads_as_dates_or_number_keys_give_a_dialog_error(tmp_path: Path, edit):
    data = base()
    data["steps"]["meeting"]["next"] = "done"
    edit(data)
    if "1" in data["steps"]:
        data["steps"]["meeting"]["next"] = "1"
    # Unquoted in YAML: 2024-01-01 is read as a date, 1 as a number.
    text = yaml.safe_dump(data, sort_keys=False).replace("'2024-01-01'", "2024-01-01")
    text = text.replace("'1':", "1:")
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DialogError) as info:
        load_file(path)
    assert str(info.value).startswith("t.yaml: ")
    assert "quotes" in str(info.value)

"""Validate what a coordinator submits for a case (the dashboard form and `delaktig case new`
share it). Returns clean values, or errors as Fluent ids per field — never raises on bad input."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from bot.services.cases import PERSONNUMMER

FORMATS = ("in-person", "video", "phone")
CHILD_ROLES = ("child", "youth")
MAX_LABEL = 80
MAX_ACTOR = 60
MAX_ACTORS = 15
MAX_TEXT = 500
MAX_NAME = 80
FAR_FUTURE = timedelta(days=2 * 366)
OLDEST = date(2000, 1, 1)
#: Dates after the meeting: (field, must not be before this field)
DATE_FIELDS = (
    "invitation_sent_on",
    "plan_sent_on",
    "easy_read_plan_sent_on",
    "evaluation_offered_on",
    "follow_up_date",
)
_SLUG = re.compile(r"[^0-9a-zåäöü]+")
#: Control characters (not tab or newline) that documents such as DOCX cannot hold.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class FormResult:
    values: dict[str, Any] = field(default_factory=dict)
    participants: list[dict[str, Any]] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def actor_id(label: str) -> str:
    return _SLUG.sub("-", label.lower()).strip("-") or "actor"


def parse_actors(text: str) -> list[dict[str, str]]:
    """'skola, BUP' or one per line → [{"id": "skola", "label": "skola"}, …], no duplicates."""
    actors: dict[str, dict[str, str]] = {}
    for part in re.split(r"[,;\n]+", _CONTROL.sub("", text)):
        label = " ".join(part.split())
        if label:
            actors.setdefault(actor_id(label), {"id": actor_id(label), "label": label})
    return list(actors.values())


def actors_text(actors: list[dict[str, str]]) -> str:
    return ", ".join(a.get("label", a.get("id", "")) for a in actors)


def _date(form: dict, name: str, result: FormResult, today: date) -> date | None:
    text = (form.get(name) or "").strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        result.errors[name] = "dash-error-date"
        return None
    if day < OLDEST or day > today + FAR_FUTURE:
        result.errors[name] = "dash-error-date-range"
        return None
    return day


def _time(form: dict, name: str, result: FormResult) -> time | None:
    text = (form.get(name) or "").strip()
    if not text:
        return None
    try:
        if not re.fullmatch(r"\d{1,2}:\d{2}", text):
            raise ValueError
        return time.fromisoformat(text.zfill(5))
    except ValueError:
        result.errors[name] = "dash-error-time"
        return None


def _text(form: dict, name: str, result: FormResult, limit: int = MAX_TEXT) -> str | None:
    text = _CONTROL.sub("", form.get(name) or "").strip()
    if len(text) > limit:
        result.errors[name] = "dash-error-too-long"
    if PERSONNUMMER.search(text):
        result.errors[name] = "dash-error-personnummer"
    return text or None


def validate_case(form: dict[str, str], today: date, dialogs: set[str], new: bool) -> FormResult:
    """`form` maps field names to submitted strings; `dialogs` are the known dialog ids."""
    result = FormResult()
    values = result.values
    label = _text(form, "label", result, MAX_LABEL)
    if not label and "label" not in result.errors:
        result.errors["label"] = "dash-error-required"
    values["label"] = label or ""
    noticed = _date(form, "need_noticed", result, today)
    if noticed is None and "need_noticed" not in result.errors:
        result.errors["need_noticed"] = "dash-error-required"
    elif noticed and noticed > today:
        result.errors["need_noticed"] = "dash-error-noticed-future"
    values["need_noticed"] = noticed.isoformat() if noticed else None

    actors = parse_actors(form.get("actors") or "")
    if len(actors) > MAX_ACTORS or any(len(a["label"]) > MAX_ACTOR for a in actors):
        result.errors["actors"] = "dash-error-actors"
    values["actors"] = actors

    meeting = _date(form, "meeting_date", result, today)
    if meeting and noticed and meeting < noticed:
        result.errors["meeting_date"] = "dash-error-meeting-before-noticed"
    values["meeting_date"] = meeting.isoformat() if meeting else None
    start, end = _time(form, "meeting_time", result), _time(form, "meeting_end", result)
    if start and end and end <= start:
        result.errors["meeting_end"] = "dash-error-end-before-start"
    values["meeting_time"] = start.strftime("%H:%M") if start else None
    values["meeting_end"] = end.strftime("%H:%M") if end else None
    values["meeting_place"] = _text(form, "meeting_place", result, 200)
    meeting_format = (form.get("meeting_format") or "").strip()
    if meeting_format and meeting_format not in FORMATS:
        result.errors["meeting_format"] = "dash-error-choice"
    values["meeting_format"] = meeting_format or None
    values["adaptations"] = _text(form, "adaptations", result)
    values["sole_custody_reason"] = _text(form, "sole_custody_reason", result)
    values["coordinator_name"] = _text(form, "coordinator_name", result, 200)
    values["coordinator_contact"] = _text(form, "coordinator_contact", result, 200)
    values["coordinator_hours"] = _text(form, "coordinator_hours", result, 200)
    for name in DATE_FIELDS:
        day = _date(form, name, result, today)
        if day and name == "invitation_sent_on" and meeting and day > meeting:
            result.errors[name] = "dash-error-after-meeting"
        elif day and name != "invitation_sent_on" and meeting and day < meeting:
            result.errors[name] = "dash-error-before-meeting"
        elif day and name != "follow_up_date" and day > today:
            result.errors[name] = "dash-error-sent-future"
        values[name] = day.isoformat() if day else None
    if new:
        _participants(form, result, dialogs)
    return result


def _participants(form: dict[str, str], result: FormResult, dialogs: set[str]) -> None:
    role = (form.get("child_role") or "").strip()
    if role not in CHILD_ROLES:
        result.errors["child_role"] = "dash-error-choice"
    slots = [("child", role)] + [(f"guardian{n}", "guardian") for n in (1, 2)]
    for slot, slot_role in slots:
        dialog_id = (form.get(f"{slot}_dialog") or "").strip()
        name = _text(form, f"{slot}_name", result, MAX_NAME)
        if slot == "guardian2" and not dialog_id and not name:
            continue
        if dialog_id not in dialogs:
            result.errors[f"{slot}_dialog"] = "dash-error-dialog"
        result.participants.append(
            {
                "role": slot_role,
                "dialog_id": dialog_id,
                "name": name,
                "child_asked": slot == "child" and form.get("child_asked") in ("on", "1", "yes"),
            }
        )
    guardians = sum(p["role"] == "guardian" for p in result.participants)
    if guardians == 1 and not result.values.get("sole_custody_reason"):
        result.errors["sole_custody_reason"] = "dash-error-sole-custody"
    if guardians == 2 and result.values.get("sole_custody_reason"):
        result.errors["sole_custody_reason"] = "dash-error-sole-custody-two"


def validate_participant(form: dict[str, str], dialogs: set[str]) -> FormResult:
    """One participant added to an existing case: role, dialog, optional name."""
    result = FormResult()
    role = (form.get("role") or "").strip()
    if role not in (*CHILD_ROLES, "guardian"):
        result.errors["role"] = "dash-error-choice"
    dialog_id = (form.get("dialog") or "").strip()
    if dialog_id not in dialogs:
        result.errors["dialog"] = "dash-error-dialog"
    name = _text(form, "name", result, MAX_NAME)
    asked = role in CHILD_ROLES and form.get("child_asked") in ("on", "1", "yes")
    result.participants.append(
        {"role": role, "dialog_id": dialog_id, "name": name, "child_asked": asked}
    )
    return result

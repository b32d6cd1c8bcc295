"""Validate what a coordinator submits for a case (the dashboard form and `delaktig case new`
share it). Returns clean values, or errors as Fluent ids per field — never raises on bad input."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from bot.services.cases import PERSONNUMMER
from bot.services.consent import ASSENT_DIALOG, CONSENT_DIALOG, OWN_CONSENT_DIALOG

FORMATS = ("in-person", "video", "phone")
CHILD_ROLES = ("child", "youth")
#: Who the case is for, as the form offers it: ages are guidance, the need decides. A young
#: adult (18–20) is a youth who gives consent themself, with no guardian.
FORM_ROLES = ("child", "youth", "young-adult")
PREPARE_GUARDIAN = "vad-ar-viktigt-vardnadshavare"
#: Journeys of more than one dialog, by name: the dialogs one invite goes through, in order.
#: Any other choice is a journey of the one dialog it names.
JOURNEYS = {"samtycke-och-vad-ar-viktigt": (CONSENT_DIALOG, PREPARE_GUARDIAN)}
#: The journeys a coordinator may choose per role; the first is the default.
ROLE_DIALOGS = {
    "child": ("min-rost-barn",),
    "youth": ("min-rost-ungdom",),
    "guardian": ("samtycke-och-vad-ar-viktigt", CONSENT_DIALOG, PREPARE_GUARDIAN),
}
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


def _checked(form: dict[str, str], name: str) -> bool:
    return form.get(name) in ("on", "1", "yes")


def _journey(form: dict, field: str, fits: tuple, result: FormResult, dialogs: set) -> dict:
    """The journey chosen in `field` (the first that fits when none is chosen) as participant
    fields: the dialog the person prepares in, and the ones before it. One that does not fit,
    or names an unknown dialog, is refused."""
    chosen = (form.get(field) or "").strip() or (fits[0] if fits else "")
    parts = JOURNEYS.get(chosen, (chosen,))
    if chosen not in fits or not set(parts) <= dialogs:
        result.errors[field] = "dash-error-dialog"
    return {"dialog_id": parts[-1], "before": parts[:-1]}


def _participants(form: dict[str, str], result: FormResult, dialogs: set[str]) -> None:
    """The child or youth (with their own say, when asked), and the guardians; a young adult
    and a youth who decides give consent themselves."""
    form_role = (form.get("child_role") or "").strip()
    if form_role not in FORM_ROLES:
        result.errors["child_role"] = "dash-error-choice"
    role = "child" if form_role == "child" else "youth"
    adult = form_role == "young-adult"
    decides = adult or (role == "youth" and _checked(form, "youth_decides"))
    person = {
        "role": role,
        **_journey(form, "child_dialog", ROLE_DIALOGS[role], result, dialogs),
        "name": _text(form, "child_name", result, MAX_NAME),
        "child_asked": _checked(form, "child_asked") and not decides,
        "decides_self": decides,
    }
    if decides:
        person["before"] = (OWN_CONSENT_DIALOG, *person["before"])
    elif _checked(form, "child_assent"):
        person["before"] = (ASSENT_DIALOG, *person["before"])
    result.participants.append(person)
    if adult:
        return
    for slot in ("guardian1", "guardian2"):
        name = _text(form, f"{slot}_name", result, MAX_NAME)
        if slot == "guardian2" and not (form.get(f"{slot}_dialog") or "").strip() and not name:
            continue
        fits = ROLE_DIALOGS["guardian"]
        journey = _journey(form, f"{slot}_dialog", fits, result, dialogs)
        result.participants.append(
            {"role": "guardian", **journey, "name": name, "child_asked": False}
        )
    guardians = sum(p["role"] == "guardian" for p in result.participants)
    if decides:
        return
    if guardians == 1 and not result.values.get("sole_custody_reason"):
        result.errors["sole_custody_reason"] = "dash-error-sole-custody"
    if guardians == 2 and result.values.get("sole_custody_reason"):
        result.errors["sole_custody_reason"] = "dash-error-sole-custody-two"


def validate_participant(form: dict[str, str], dialogs: set[str]) -> FormResult:
    """One participant added to an existing case: role, dialog (the role's default when none
    is chosen; the child's own say and a youth's own consent may be added too), name."""
    result = FormResult()
    role = (form.get("role") or "").strip()
    if role not in (*CHILD_ROLES, "guardian"):
        result.errors["role"] = "dash-error-choice"
    extra = {"child": (ASSENT_DIALOG,), "youth": (OWN_CONSENT_DIALOG,)}.get(role, ())
    journey = _journey(form, "dialog", (*ROLE_DIALOGS.get(role, ()), *extra), result, dialogs)
    name = _text(form, "name", result, MAX_NAME)
    asked = role in CHILD_ROLES and _checked(form, "child_asked")
    result.participants.append(
        {
            "role": role,
            **journey,
            "name": name,
            "child_asked": asked,
            "decides_self": journey["dialog_id"] == OWN_CONSENT_DIALOG,
        }
    )
    return result

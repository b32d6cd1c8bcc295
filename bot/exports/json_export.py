"""A pack document as JSON, valid against docs/prep-pack.schema.json (versioned by
`schema_version`). The meeting's document holds no consent details, coordinator-only answers,
held-back questions or help-now alerts; the coordinator's holds only those."""

from __future__ import annotations

import json
from dataclasses import asdict

from bot.i18n import Translator
from bot.services.prep_pack import MEETING, PrepPack

SCHEMA_ID = "https://delaktig.example/schemas/prep-pack-2.json"
COMMON = ("schema_version", "case_id", "case_label", "generated_at", "coordinator")
MEETING_KEYS = ("meeting", "actors", "voices", "guardians", "not_to_raise", "invitation")
COORDINATOR_PERSON = ("participant_id", "role", "title", "coordinator_only", "held_back")


def pack_dict(pack: PrepPack, document: str, t: Translator) -> dict:
    data = asdict(pack)
    head = {"$schema": SCHEMA_ID, "document": document, "marking": pack.markings[document]}
    head |= {key: data[key] for key in COMMON}
    if document == MEETING:
        body = {key: data[key] for key in MEETING_KEYS}
        for people in ("voices", "guardians"):
            for person in body[people]:
                del person["coordinator_only"], person["held_back"]
        return head | body
    people = [
        {key: person[key] for key in COORDINATOR_PERSON}
        for person in data["voices"] + data["guardians"]
    ]
    return head | {"consent": data["consent"], "people": people, "help_now": data["help_now"]}


def render_json(pack: PrepPack, document: str, t: Translator) -> str:
    return json.dumps(pack_dict(pack, document, t), ensure_ascii=False, indent=2)

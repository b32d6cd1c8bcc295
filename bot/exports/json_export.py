"""The pack as JSON, valid against docs/prep-pack.schema.json (versioned by `schema_version`)."""

from __future__ import annotations

import json
from dataclasses import asdict

from bot.services.prep_pack import PrepPack

SCHEMA_ID = "https://delaktig.example/schemas/prep-pack-1.json"


def pack_dict(pack: PrepPack) -> dict:
    return {"$schema": SCHEMA_ID, **asdict(pack)}


def render_json(pack: PrepPack) -> str:
    return json.dumps(pack_dict(pack), ensure_ascii=False, indent=2)

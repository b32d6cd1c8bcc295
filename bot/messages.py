"""A message to show, named by its Fluent id: what the engine, the services and the exports
hand to a channel, which turns it into words in the person's language (bot/i18n.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Msg:
    """A Fluent message id with its arguments; channels turn it into words."""

    id: str
    args: dict[str, Any] = field(default_factory=dict)

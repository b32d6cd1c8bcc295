"""The stores' clock and how they write a moment: UTC, ISO 8601 at a fixed precision, so
stored moments compare correctly as text on both backends."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_clock() -> datetime:
    return datetime.now(UTC)


def utc_now() -> str:
    """Now, as a row's created/updated time."""
    return stamp(utc_clock(), "milliseconds")


def stamp(moment: datetime, timespec: str = "microseconds") -> str:
    return moment.isoformat(timespec=timespec)

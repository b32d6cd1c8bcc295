"""The tests' throwaway PostgreSQL server (bot/testing/postgresql.py) with a migrated template
database, so each test's fresh database is one `CREATE DATABASE … TEMPLATE`. Without a server
the tests that need it skip with the reason, and fail loudly when CI is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

import pytest

from bot.testing import postgresql
from bot.testing.postgresql import Cluster, free_port

__all__ = ["TEMPLATE", "Cluster", "cluster", "free_port"]

TEMPLATE = "delaktig_template"


def unavailable(reason: str) -> None:
    message = (
        f"no PostgreSQL server for the tests: {reason}; run scripts/ensure-system-packages --test"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def cluster() -> Iterator[Cluster]:
    """A started server for the tests, or a skip (a failure under CI) saying why not."""
    with ExitStack() as stack:
        try:
            server = stack.enter_context(postgresql.cluster())
        except postgresql.Unavailable as exc:
            unavailable(str(exc))
        yield server

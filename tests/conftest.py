"""Shared fixtures: no test sees the developer's own Delaktig settings; tests marked `backends`
run once on SQLite and once on a fresh PostgreSQL database (tests/postgresql.py)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from bot.testing.fake_bot_api import FakeBotAPI
from storage import postgres
from storage.database import open_database
from tests.postgresql import TEMPLATE, Cluster, cluster

SETTINGS_ENV = (
    "DELAKTIG_KEY",
    "DELAKTIG_KEY_FILE",
    "DELAKTIG_DB",
    "DELAKTIG_DATABASE_URL",
    "DELAKTIG_VAR",
)
BACKENDS = ("sqlite", "postgresql")
_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default="sqlite",
        help="the database every unmarked test runs on (marked `backends` run on both)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test marked `backends` runs on each backend; `database_backend` names which."""
    if metafunc.definition.get_closest_marker("backends"):
        metafunc.parametrize("database_backend", BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def postgresql_cluster() -> Iterator[Cluster]:
    """One throwaway server for the session, with a migrated template database."""
    with cluster() as server:
        with psycopg.connect(server.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {TEMPLATE}")
        open_database(server.url(TEMPLATE)).close()
        yield server


@pytest.fixture
def postgresql_url(postgresql_cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, migrated database of its own for one test; every pool the test opened on it is
    closed and the database dropped afterwards."""
    name = f"t{next(_numbers)}"
    with psycopg.connect(postgresql_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    opened: list[postgres.PostgresDatabase] = []
    original = postgres.PostgresDatabase.__init__

    def recording(self, *args, **kwargs):
        original(self, *args, **kwargs)
        opened.append(self)

    monkeypatch.setattr(postgres.PostgresDatabase, "__init__", recording)
    yield postgresql_cluster.url(name)
    for db in opened:
        db.close()
    with psycopg.connect(postgresql_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(autouse=True)
def database_backend(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, _clean_env: None
) -> str:
    """'sqlite' or 'postgresql' (set by the `backends` marker, else by --backend); on
    PostgreSQL, apps made by tests/app_factory.py use a fresh database through
    DELAKTIG_DATABASE_URL."""
    backend = getattr(request, "param", None) or request.config.getoption("--backend")
    if backend == "postgresql":
        monkeypatch.setenv("DELAKTIG_DATABASE_URL", request.getfixturevalue("postgresql_url"))
        # the command line finds the key where the test's app keeps it (next to no file)
        monkeypatch.setenv("DELAKTIG_VAR", str(request.getfixturevalue("tmp_path")))
    return backend


@pytest.fixture
async def fake():
    """A fake Telegram Bot API server on loopback, which the real libraries talk to."""
    server = FakeBotAPI()
    await server.start()
    yield server
    await server.stop()

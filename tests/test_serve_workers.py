"""`delaktig serve --workers N`: refused on SQLite with a clear message; on PostgreSQL N real
processes answer on one port, each with its own connection pool."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import psycopg
import pytest

from bot.cli import main
from tests.postgresql import free_port


def test_sqlite_refuses_more_than_one_worker(tmp_path, capsys):
    code = main(["serve", "--db", str(tmp_path / "d.db"), "--workers", "2"])
    assert code == 2
    assert "--workers 2 needs PostgreSQL: SQLite serves one process" in capsys.readouterr().err


def _get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status


def test_two_workers_on_postgresql_serve_one_port(postgresql_url, tmp_path):
    port = free_port()
    env = {**os.environ, "DELAKTIG_VAR": str(tmp_path), "DELAKTIG_DATABASE_URL": postgresql_url}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port), "--workers", "2", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert "dashboard http://127.0.0.1" in server.stdout.readline()
        url = f"http://127.0.0.1:{port}/dashboard/login"
        deadline = time.monotonic() + 60
        while True:
            try:
                assert _get(url) == 200
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
        with psycopg.connect(postgresql_url) as conn:
            # each worker keeps its pool's connection open; wait until both are up
            while time.monotonic() < deadline:
                (backends,) = conn.execute(
                    "SELECT COUNT(DISTINCT client_port) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                ).fetchone()
                if backends >= 2:
                    break
            assert backends >= 2
        assert all(_get(url) == 200 for _ in range(20))
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(autouse=True)
def _no_telegram(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)

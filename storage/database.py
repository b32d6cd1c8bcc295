"""Open the database named by a file path (SQLite, WAL) or a `postgresql://` URL, apply forward
migrations, and refuse a newer schema."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import psycopg
import sqlite_utils
from psycopg_pool import PoolTimeout

from bot.errors import UserFacingError
from storage.ports import Database
from storage.postgres import PostgresDatabase, PostgresError
from storage.schema import MIGRATIONS

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA secure_delete=ON",  # text overwritten or deleted leaves no copy in free pages
)


class StorageError(UserFacingError):
    pass


class ThreadConnections:
    """One SQLite connection per thread on one file, behind the face of one
    `sqlite3.Connection` (what sqlite-utils and the stores hold as `db.conn`): a `to_thread`
    render's audit row gets a connection of its own instead of slipping into another thread's
    transaction. Writers queue on SQLite's lock (BEGIN IMMEDIATE, busy_timeout)."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._connection()

    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # check_same_thread=False only so that close() may close every thread's connection
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            for pragma in PRAGMAS:
                conn.execute(pragma)
            self._local.conn = conn
            with self._lock:
                self._opened.append(conn)
        return conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection(), name)

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            opened, self._opened = self._opened, []
        for conn in opened:
            conn.close()


def is_postgresql(target: Path | str) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def schema_version(db: Database) -> int:
    if isinstance(db, PostgresDatabase):
        return db.schema_version()
    return db.execute("PRAGMA user_version").fetchone()[0]


def open_database(target: Path | str) -> Database:
    """The database at `target` (a file path or a `postgresql://` URL), created and migrated
    to the current schema as needed."""
    if is_postgresql(target):
        return _open_postgresql(str(target))
    path = Path(target)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # -wal and -shm take its mode
        conn = ThreadConnections(path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            f"cannot open the database at {path} ({exc}); choose a writable path with --db"
        ) from None
    db = sqlite_utils.Database(conn)
    migrate(db, path)
    return db


def _open_postgresql(url: str) -> PostgresDatabase:
    shown = redacted(url)
    try:
        db = PostgresDatabase(url)
    except (psycopg.Error, PoolTimeout) as exc:
        raise StorageError(
            f"cannot reach the database at {shown} ({str(exc).strip() or type(exc).__name__}); "
            "check DELAKTIG_DATABASE_URL or --db"
        ) from None
    try:
        _refuse_newer(db, shown)
        for number in range(len(MIGRATIONS)):
            with db.migrating():
                current = db.schema_version()
                _refuse_newer(db, shown)
                if current == number:
                    MIGRATIONS[number](db)
                    db.set_schema_version(number + 1)
    except PostgresError as exc:
        db.close()
        raise StorageError(f"cannot update the database at {shown}: {exc}") from None
    except StorageError:
        db.close()
        raise
    return db


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def _refuse_newer(db: Database, where: Path | str) -> int:
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StorageError(
            f"the database at {where} has schema {current}, newer than this Delaktig knows "
            f"({len(MIGRATIONS)}); upgrade Delaktig or use another --db"
        )
    return current


def migrate(db: sqlite_utils.Database, path: Path | str = "database") -> None:
    current = _refuse_newer(db, path)
    for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
        try:
            db.execute("BEGIN IMMEDIATE")
            migration(db)
            db.execute(f"PRAGMA user_version={number}")
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            db.execute("ROLLBACK")
            raise StorageError(f"cannot update the database at {path}: {exc}") from None


def checkpoint(db: Database) -> None:
    """Copy SQLite's WAL into the database file and empty it, so no old page stays in either
    (PostgreSQL keeps no file of ours to empty)."""
    if not isinstance(db, PostgresDatabase):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def select(
    db: Database,
    table: str,
    where: str,
    params: list,
    order_by: str | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Rows of `table` as dicts, in one statement (sqlite-utils' `rows_where` first asks
    whether the table exists, which doubled the statements on a family's every tap)."""
    sql = f"SELECT * FROM [{table}] WHERE {where}"
    sql += f" ORDER BY {order_by}" if order_by else ""
    sql += f" LIMIT {int(limit)}" if limit is not None else ""
    cursor = db.execute(sql, params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

"""Open the SQLite file (WAL), apply forward migrations, and refuse a newer schema."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from bot.errors import UserFacingError
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


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def open_database(path: Path | str) -> sqlite_utils.Database:
    """The database at `path`, created and migrated to the current schema as needed."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # -wal and -shm take its mode
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            f"cannot open the database at {path} ({exc}); choose a writable path with --db"
        ) from None
    db = sqlite_utils.Database(conn)
    migrate(db, path)
    return db


def checkpoint(db: sqlite_utils.Database) -> None:
    """Copy the WAL into the database file and empty it, so no old page stays in either."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def migrate(db: sqlite_utils.Database, path: Path | str = "database") -> None:
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise StorageError(
            f"the database at {path} has schema {current}, newer than this Delaktig knows "
            f"({len(MIGRATIONS)}); upgrade Delaktig or use another --db"
        )
    for number, migration in enumerate(MIGRATIONS[current:], start=current + 1):
        try:
            db.execute("BEGIN IMMEDIATE")
            migration(db)
            db.execute(f"PRAGMA user_version={number}")
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            db.execute("ROLLBACK")
            raise StorageError(f"cannot update the database at {path}: {exc}") from None


def select(
    db: sqlite_utils.Database,
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

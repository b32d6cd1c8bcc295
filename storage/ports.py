"""The database port: exactly what a store or a migration may use of `db`, so that it runs on
SQLite (sqlite-utils) and on PostgreSQL (storage/postgres.py) alike. SQL is plain and portable
with `?` placeholders; of SQLite's dialect only `INSERT OR IGNORE`, `INSERT OR REPLACE` (on a
table with a primary key), `[name]` quoting and the append-only `RAISE(ABORT, …)` trigger are
translated. `ON CONFLICT (…) DO UPDATE` needs the table's name on the left side's columns
(`plans.version + 1`). Write inside `storage.unit_of_work.atomic(db)` (or a `@writes` method);
read the schema version with `storage.database.schema_version(db)`, never with PRAGMA."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol


class Cursor(Protocol):
    description: Any
    rowcount: int
    lastrowid: Any  # the new row's key after an INSERT into a table with a one-column key

    def fetchone(self) -> tuple | None: ...

    def fetchall(self) -> list[tuple]: ...

    def __iter__(self) -> Iterator[tuple]: ...


class Connection(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Cursor: ...

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Cursor: ...

    def close(self) -> None: ...


class Table(Protocol):
    last_pk: Any

    def insert(self, row: dict[str, Any]) -> Table: ...

    def upsert(self, row: dict[str, Any], pk: str | Sequence[str]) -> Table: ...

    def update(self, pk_value: Any, updates: dict[str, Any]) -> Table: ...

    def get(self, pk_value: Any) -> dict[str, Any]: ...

    def rows_where(
        self,
        where: str | None = None,
        where_args: Sequence[Any] | None = None,
        order_by: str | None = None,
        select: str = "*",
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]: ...

    # migrations only
    def create(
        self,
        columns: dict[str, type],
        pk: str | Sequence[str] | None = None,
        foreign_keys: Sequence[tuple[str, str, str]] = (),
        not_null: Iterable[str] = (),
        defaults: dict[str, Any] | None = None,
    ) -> Table: ...

    def add_column(self, name: str, kind: type = str, not_null_default: Any = None) -> Table: ...

    def create_index(self, columns: Sequence[str], unique: bool = False) -> Table: ...

    def drop(self) -> None: ...

    @property
    def foreign_keys(self) -> list[Any]: ...


class Database(Protocol):
    """`db.execute` and `db.conn.execute` are the same statement runner."""

    @property
    def conn(self) -> Connection: ...

    def execute(self, sql: str, params: Sequence[Any] = ...) -> Cursor: ...

    def __getitem__(self, table: str) -> Table: ...

    def table_names(self) -> list[str]: ...

    def rename_table(self, name: str, new_name: str) -> None: ...

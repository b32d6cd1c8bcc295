"""PostgreSQL behind the same small surface the stores and migrations use of sqlite-utils:
`db.execute(sql, params)` with `?` placeholders, `db.conn.execute`/`executemany`, and
`db["table"]` with insert/update/upsert/rows_where/get and the schema helpers (create,
add_column, create_index, drop, foreign_keys). SQLite's dialect (`INSERT OR IGNORE`,
`INSERT OR REPLACE`, `[name]` quoting, append-only triggers) is translated here, once per
statement text, so the store modules keep their code.

Connections come from a psycopg-pool: each thread borrows one on first use and gives it back
when the thread ends (a checkout per statement cost more than the statement); statements outside
`atomic()` commit on their own, `atomic()` is one transaction (inner blocks join it)."""

from __future__ import annotations

import os
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import pq
from psycopg_pool import ConnectionPool

from storage.transactions import Nesting

#: Python types in migrations → PostgreSQL column types (sqlite-utils' names for them).
COLUMN_TYPES = {
    int: "BIGINT",
    str: "TEXT",
    float: "DOUBLE PRECISION",
    bytes: "BYTEA",
    bool: "BIGINT",
}

_INSERT_OR = re.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)", re.I)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+[\[\"]?(\w+)", re.I)
_COLUMNS = re.compile(r"^\s*INSERT\s+INTO\s+\w+\s*\(([^)]*)\)", re.I)
_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+(\w+)\s+(BEFORE|AFTER)\s+(UPDATE|DELETE|INSERT)\s+ON\s+(\w+)\s+"
    r"BEGIN\s+SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*'((?:[^']|'')*)'\s*\)\s*;\s*END",
    re.I,
)


class PostgresError(Exception):
    """A statement PostgreSQL refused (wraps psycopg's error, as sqlite3.Error would be)."""


@dataclass(frozen=True)
class ForeignKey:
    table: str
    column: str
    other_table: str
    other_column: str


class Result:
    """A finished statement's rows, read at once, as a sqlite3 cursor offers them."""

    def __init__(self, cursor: psycopg.Cursor, last_pk: bool):
        self._cursor = cursor
        result = cursor.pgresult
        returned = result is not None and result.status == pq.ExecStatus.TUPLES_OK
        self.rows = cursor.fetchall() if returned else []
        self.rowcount = cursor.rowcount
        self.lastrowid = self.rows[0][0] if last_pk and self.rows else None

    @property
    def description(self) -> Any:
        """The columns, built only when asked for (psycopg builds them anew on each read, at a
        third of a short statement's cost)."""
        return self._cursor.description

    def fetchone(self) -> tuple | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[tuple]:
        return list(self.rows)

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.rows)


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value: Any) -> str:
    if isinstance(value, bool | int | float):
        return str(int(value) if isinstance(value, bool) else value)
    return "'" + str(value).replace("'", "''") + "'"


_LITERAL = re.compile(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")")
_BRACKETED = re.compile(r"(?<![\w\]])\[(\w+)\]")


def placeholders(sql: str) -> str:
    """`?` → `%s`, `[name]` → `"name"`, a literal `%` doubled; string literals left alone
    (but for their `%`)."""
    parts = _LITERAL.split(sql)
    for n, part in enumerate(parts):
        part = part.replace("%", "%%")
        if n % 2 == 0:
            part = _BRACKETED.sub(r'"\1"', part.replace("?", "%s"))
        parts[n] = part
    return "".join(parts)


class PostgresDatabase:
    """A PostgreSQL database as the stores see a sqlite-utils one."""

    dialect = "postgresql"

    #: Threads that may hold a connection: asyncio's default executor's, and a few more.
    MAX_CONNECTIONS = min(32, (os.cpu_count() or 1) + 4) + 4

    def __init__(self, url: str, max_size: int = MAX_CONNECTIONS):
        self.url = url
        self.pool = ConnectionPool(
            url,
            min_size=1,
            max_size=max_size,
            timeout=30,
            kwargs={"autocommit": True},
            open=False,
            name="delaktig",
        )
        self.pool.open(wait=True, timeout=10)
        self._local = threading.local()
        self._nesting = Nesting(self._begin, self._commit, self._rollback)
        self._lock = threading.Lock()
        self._borrowed: list[psycopg.Connection] = []
        self._sql: dict[tuple[str, bool], tuple[tuple[str, ...], bool]] = {}
        self._primary_keys: dict[str, tuple[str, ...]] = {}

    # the surface sqlite-utils gives the stores ───────────────────────────────────────────

    @property
    def conn(self) -> PostgresDatabase:
        """Stores call `db.conn.execute(...)`; here that is the same as `db.execute`."""
        return self

    def __enter__(self) -> PostgresDatabase:
        """`with db.conn:` commits on leaving, as with sqlite3; a statement outside `atomic`
        has committed already."""
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    @property
    def in_transaction(self) -> bool:
        return self._nesting.open

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Result:
        statements, last_pk = self._translated(sql, many=False)
        conn = self._connection()
        try:
            for statement in statements:
                cursor = conn.execute(statement, tuple(params or ()))
        except psycopg.Error as exc:
            raise PostgresError(str(exc).strip()) from exc
        return self._result(cursor, last_pk)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Result:
        (statement,), _ = self._translated(sql, many=True)
        cursor = self._connection().cursor()
        try:
            cursor.executemany(statement, [tuple(p) for p in seq])
        except psycopg.Error as exc:
            raise PostgresError(str(exc).strip()) from exc
        return self._result(cursor, False)

    def _result(self, cursor: psycopg.Cursor, last_pk: bool) -> Result:
        try:
            return Result(cursor, last_pk)
        except psycopg.Error as exc:
            raise PostgresError(str(exc).strip()) from exc

    def __getitem__(self, name: str) -> PostgresTable:
        return PostgresTable(self, name)

    def table_names(self) -> list[str]:
        rows = self.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
        return [name for (name,) in rows]

    def rename_table(self, name: str, new_name: str) -> None:
        self.execute(f"ALTER TABLE {quote(name)} RENAME TO {quote(new_name)}")
        self._forget_schema()

    def close(self) -> None:
        with self._lock:
            borrowed, self._borrowed = self._borrowed, []
        for conn in borrowed:
            conn.close()
        self.pool.close()

    # transactions ────────────────────────────────────────────────────────────────────────

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction per outermost block on this thread; inner blocks join it
        (storage/transactions.py)."""
        return self._nesting.atomic()

    def on_commit(self, action: Callable[[], None]) -> None:
        self._nesting.on_commit(action)

    def _begin(self) -> None:
        self._run("BEGIN")

    def _commit(self) -> None:
        self._run("COMMIT")

    def _rollback(self) -> None:
        conn = self._connection()
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.execute("ROLLBACK")

    def _run(self, statement: str) -> None:
        try:
            self._connection().execute(statement)
        except psycopg.Error as exc:
            raise PostgresError(str(exc).strip()) from exc

    def _connection(self) -> psycopg.Connection:
        """This thread's connection, borrowed from the pool on first use and given back when
        the thread ends (a checkout per statement cost more than the statement)."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._local.conn = self.pool.getconn()
            with self._lock:
                self._borrowed.append(conn)
            weakref.finalize(threading.current_thread(), self._give_back, conn)
        return conn

    def _give_back(self, conn: psycopg.Connection) -> None:
        with self._lock:
            if conn not in self._borrowed:
                return
            self._borrowed.remove(conn)
        self.pool.putconn(conn)

    # schema version (SQLite keeps it in PRAGMA user_version) ─────────────────────────────

    def schema_version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
        row = self.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    def set_schema_version(self, number: int) -> None:
        self.execute("DELETE FROM schema_version")
        self.execute("INSERT INTO schema_version (version) VALUES (?)", [number])

    @contextmanager
    def migrating(self) -> Iterator[None]:
        """One migration's transaction; concurrent starters wait on an advisory lock."""
        with self.atomic():
            self.execute("SELECT pg_advisory_xact_lock(?)", [0x44454C41])
            yield
        self._forget_schema()

    # the dialect ─────────────────────────────────────────────────────────────────────────

    def primary_key(self, table: str) -> tuple[str, ...]:
        if table not in self._primary_keys:
            rows = self.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a "
                "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                "WHERE i.indrelid = to_regclass(?) AND i.indisprimary ORDER BY a.attnum",
                [quote(table)],
            )
            self._primary_keys[table] = tuple(name for (name,) in rows)
        return self._primary_keys[table]

    def _forget_schema(self) -> None:
        self._primary_keys.clear()
        self._sql.clear()

    def _translated(self, sql: str, many: bool) -> tuple[tuple[str, ...], bool]:
        """The statement(s) in PostgreSQL's dialect, and whether it returns the new row's key
        (for `cursor.lastrowid`)."""
        key = (sql, many)
        if key not in self._sql:
            self._sql[key] = self._translate(sql, many)
        return self._sql[key]

    def _translate(self, sql: str, many: bool) -> tuple[tuple[str, ...], bool]:
        trigger = _TRIGGER.search(sql)
        if trigger:
            return _append_only_trigger(*trigger.groups()), False
        suffix = ""
        insert_or = _INSERT_OR.match(sql)
        if insert_or:
            mode, table = insert_or.groups()
            sql = _INSERT_OR.sub(f"INSERT INTO {table}", sql, count=1)
            pk = self.primary_key(table)
            columns = _COLUMNS.match(sql)
            changed = [c.strip() for c in columns.group(1).split(",")] if columns else []
            changed = [c for c in changed if c not in pk]
            if mode.upper() == "REPLACE" and changed:
                sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in changed)
                suffix = f" ON CONFLICT ({', '.join(pk)}) DO UPDATE SET {sets}"
            else:
                suffix = " ON CONFLICT DO NOTHING"
        last_pk = False
        insert = _INSERT_INTO.match(sql)
        if insert and not many and "RETURNING" not in sql.upper():
            pk = self.primary_key(insert.group(1))
            if len(pk) == 1:
                suffix += f" RETURNING {pk[0]}"
                last_pk = True
        return (placeholders(sql.rstrip().rstrip(";")) + suffix,), last_pk


def _append_only_trigger(
    name: str, when: str, event: str, table: str, message: str
) -> tuple[str, str]:
    """SQLite's `BEGIN SELECT RAISE(ABORT, …); END` trigger as a PL/pgSQL function + trigger."""
    function = (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{message}'; END $$"
    )
    trigger = (
        f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
    )
    return function.replace("%", "%%"), trigger


class PostgresTable:
    """The sqlite-utils table helpers the stores and migrations use."""

    def __init__(self, db: PostgresDatabase, name: str):
        self.db, self.name = db, name
        self.last_pk: Any = None

    # rows ────────────────────────────────────────────────────────────────────────────────

    def insert(self, row: dict[str, Any]) -> PostgresTable:
        columns = ", ".join(quote(c) for c in row)
        marks = ", ".join("?" * len(row))
        result = self.db.execute(
            f"INSERT INTO {quote(self.name)} ({columns}) VALUES ({marks})", list(row.values())
        )
        self.last_pk = result.lastrowid
        return self

    def upsert(self, row: dict[str, Any], pk: str | Sequence[str]) -> PostgresTable:
        keys = (pk,) if isinstance(pk, str) else tuple(pk)
        columns = ", ".join(quote(c) for c in row)
        marks = ", ".join("?" * len(row))
        changed = [c for c in row if c not in keys]
        action = (
            "DO UPDATE SET " + ", ".join(f"{quote(c)} = EXCLUDED.{quote(c)}" for c in changed)
            if changed
            else "DO NOTHING"
        )
        self.db.execute(
            f"INSERT INTO {quote(self.name)} ({columns}) VALUES ({marks}) "
            f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) {action}",
            list(row.values()),
        )
        self.last_pk = row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)
        return self

    def update(self, pk_value: Any, updates: dict[str, Any]) -> PostgresTable:
        if updates:
            (pk,) = self.db.primary_key(self.name)
            sets = ", ".join(f"{quote(c)} = ?" for c in updates)
            self.db.execute(
                f"UPDATE {quote(self.name)} SET {sets} WHERE {quote(pk)} = ?",
                [*updates.values(), pk_value],
            )
        self.last_pk = pk_value
        return self

    def get(self, pk_value: Any) -> dict[str, Any]:
        (pk,) = self.db.primary_key(self.name)
        rows = list(self.rows_where(f"{quote(pk)} = ?", [pk_value]))
        if not rows:
            raise KeyError(f"no row {pk_value!r} in {self.name}")
        return rows[0]

    def rows_where(
        self,
        where: str | None = None,
        where_args: Sequence[Any] | None = None,
        order_by: str | None = None,
        select: str = "*",
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        sql = f"SELECT {select} FROM {quote(self.name)}"
        sql += f" WHERE {where}" if where else ""
        sql += f" ORDER BY {order_by}" if order_by else ""
        sql += f" LIMIT {int(limit)}" if limit is not None else ""
        result = self.db.execute(sql, where_args or [])
        columns = [c[0] for c in result.description]
        return (dict(zip(columns, row, strict=True)) for row in result.fetchall())

    @property
    def count(self) -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM {quote(self.name)}").fetchone()[0]

    # schema ──────────────────────────────────────────────────────────────────────────────

    def create(
        self,
        columns: dict[str, type],
        pk: str | Sequence[str] | None = None,
        foreign_keys: Sequence[tuple[str, str, str]] = (),
        not_null: Iterable[str] = (),
        defaults: dict[str, Any] | None = None,
    ) -> PostgresTable:
        keys = () if pk is None else (pk,) if isinstance(pk, str) else tuple(pk)
        not_null, defaults = set(not_null), defaults or {}
        lines = []
        for column, kind in columns.items():
            line = f"{quote(column)} {COLUMN_TYPES[kind]}"
            if keys == (column,) and kind is int:
                line += " GENERATED BY DEFAULT AS IDENTITY"
            if column in not_null:
                line += " NOT NULL"
            if column in defaults:
                line += f" DEFAULT {literal(defaults[column])}"
            lines.append(line)
        if keys:
            lines.append(f"PRIMARY KEY ({', '.join(quote(k) for k in keys)})")
        for column, other_table, other_column in foreign_keys:
            lines.append(
                f"FOREIGN KEY ({quote(column)}) REFERENCES {quote(other_table)} "
                f"({quote(other_column)})"
            )
        self.db.execute(f"CREATE TABLE {quote(self.name)} ({', '.join(lines)})")
        self.db._forget_schema()
        return self

    def add_column(
        self, name: str, kind: type = str, not_null_default: Any = None
    ) -> PostgresTable:
        sql = f"ALTER TABLE {quote(self.name)} ADD COLUMN {quote(name)} {COLUMN_TYPES[kind]}"
        if not_null_default is not None:
            sql += f" NOT NULL DEFAULT {literal(not_null_default)}"
        self.db.execute(sql)
        return self

    def create_index(self, columns: Sequence[str], unique: bool = False) -> PostgresTable:
        name = f"idx_{self.name}_{'_'.join(columns)}"
        self.db.execute(
            f"CREATE {'UNIQUE ' if unique else ''}INDEX {quote(name)} ON {quote(self.name)} "
            f"({', '.join(quote(c) for c in columns)})"
        )
        return self

    def drop(self) -> None:
        self.db.execute(f"DROP TABLE {quote(self.name)}")
        self.db._forget_schema()

    @property
    def foreign_keys(self) -> list[ForeignKey]:
        rows = self.db.execute(
            "SELECT child.relname, a.attname, parent.relname, pa.attname FROM pg_constraint c "
            "JOIN pg_class child ON child.oid = c.conrelid "
            "JOIN pg_class parent ON parent.oid = c.confrelid "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND c.conrelid = to_regclass(?) ORDER BY c.conname",
            [quote(self.name)],
        )
        return [ForeignKey(*row) for row in rows]

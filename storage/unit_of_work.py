"""One unit of work per database: `with atomic(db):` commits everything inside it once, or
nothing. Store methods write inside `atomic` too, so a service that changes several stores wraps
them in one outer block and the inner blocks join it (storage/transactions.py: no savepoints; a
failed inner block dooms the whole). Each thread has its own connection
(storage.database.ThreadConnections; PostgreSQL: one pooled connection per thread), so a
thread's block never takes in another thread's writes."""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TypeVar

import sqlite_utils

from storage.postgres import PostgresDatabase
from storage.transactions import Nesting

T = TypeVar("T")


class UnitOfWork:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        conn = db.conn
        # The outermost block takes the write lock at once (BEGIN IMMEDIATE), so two threads or
        # processes on one file queue instead of failing half way.
        self._nesting = Nesting(
            lambda: conn.execute("BEGIN IMMEDIATE"), lambda: conn.execute("COMMIT"), self._rollback
        )

    def atomic(self) -> AbstractContextManager[None]:
        return self._nesting.atomic()

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside an `atomic()` block."""
        return self._nesting.open

    def on_commit(self, action: Callable[[], None]) -> None:
        self._nesting.on_commit(action)

    def _rollback(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")


_units: weakref.WeakKeyDictionary[sqlite_utils.Database, UnitOfWork] = weakref.WeakKeyDictionary()
_units_lock = threading.Lock()


def unit_of_work(db: sqlite_utils.Database) -> UnitOfWork:
    """The one unit of work of this database connection (PostgreSQL keeps its own, one
    transaction per thread)."""
    if isinstance(db, PostgresDatabase):
        return db
    unit = _units.get(db)
    if unit is None:
        with _units_lock:
            unit = _units.get(db)
            if unit is None:
                unit = _units[db] = UnitOfWork(db)
    return unit


def atomic(db: sqlite_utils.Database) -> AbstractContextManager[None]:
    """`with atomic(db):` — shorthand for `unit_of_work(db).atomic()`."""
    return unit_of_work(db).atomic()


def writes(method: Callable[..., T]) -> Callable[..., T]:
    """A store method that writes: its statements commit together, or join the caller's
    unit of work (the store keeps its database as `self.db`)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with atomic(self.db):
            return method(self, *args, **kwargs)

    return wrapper

"""One unit of work per database: `with atomic(db):` commits everything inside it once, or
nothing. Store methods write inside `atomic` too, so a service that changes several stores wraps
them in one outer block and the inner blocks join it (as savepoints). Each thread has its own
connection (storage.database.ThreadConnections; PostgreSQL: one pooled connection per thread's
transaction), so a thread's block never takes in another thread's writes."""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import sqlite_utils

from storage.postgres import PostgresDatabase

T = TypeVar("T")


class UnitOfWork:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self._local = threading.local()

    @contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """The outermost block takes the write lock at once (BEGIN IMMEDIATE), so two
        threads or processes on one file queue instead of failing half way; inner blocks are
        savepoints."""
        if getattr(self._local, "open", False):
            with self.db.atomic():
                yield self.db
            return
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        self._local.open = True
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            self._local.open = False


_units: weakref.WeakKeyDictionary[sqlite_utils.Database, UnitOfWork] = weakref.WeakKeyDictionary()
_units_lock = threading.Lock()


def unit_of_work(db: sqlite_utils.Database) -> UnitOfWork:
    """The one unit of work of this database connection (PostgreSQL keeps its own, one
    transaction per thread)."""
    if isinstance(db, PostgresDatabase):
        return db
    with _units_lock:
        unit = _units.get(db)
        if unit is None:
            unit = _units[db] = UnitOfWork(db)
        return unit


def atomic(db: sqlite_utils.Database):
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

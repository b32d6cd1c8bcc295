"""Nested `atomic()` blocks on one thread's connection, for both backends: the outermost block
owns the transaction and commits it once; inner blocks join it without a savepoint (a savepoint
per store write cost as much as the write). A failure that leaves an inner block dooms the
whole transaction: even if a caller catches it and goes on, the outermost block rolls
everything back and raises, so half of a unit of work is never committed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class InnerBlockFailed(RuntimeError):
    """An inner block failed and its error was caught inside the outer block: nothing was
    committed."""


class Nesting:
    """`begin`, `commit` and `rollback` act on the calling thread's connection."""

    def __init__(
        self, begin: Callable[[], None], commit: Callable[[], None], rollback: Callable[[], None]
    ):
        self._begin, self._commit, self._rollback = begin, commit, rollback
        self._local = threading.local()

    @property
    def open(self) -> bool:
        """Whether this thread is inside a block."""
        return getattr(self._local, "open", False)

    def on_commit(self, action: Callable[[], None]) -> None:
        """Run `action` once this thread's transaction has committed (never if it rolls back);
        at once outside a block."""
        if getattr(self._local, "open", False):
            self._local.after.append(action)
        else:
            action()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        local = self._local
        if getattr(local, "open", False):
            try:
                yield
            except BaseException:
                local.doomed = True
                raise
            return
        self._begin()
        local.open, local.doomed, local.after = True, False, []
        try:
            yield
        except BaseException:
            self._rollback()
            raise
        else:
            if local.doomed:
                self._rollback()
                raise InnerBlockFailed("an inner block failed; nothing was committed")
            try:
                self._commit()
            except BaseException:
                self._rollback()
                raise
            local.open = False
            for action in local.after:
                action()
        finally:
            local.open, local.after = False, []

"""Runs `delaktig` as a subprocess that kills itself (SIGKILL, no clean-up) just before its
N-th SQL statement, to crash the product between any two statements of an operation.

    python tests/crash/child.py N chat --invite TOKEN ...   # N = 0: never, count only

Every statement the process runs is written to the file named by CRASH_LOG (one per line,
the first word only), and `INPUT` when the channel starts reading its input, so a dry run tells
the test which statements belong to the operation that input asks for.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys


class InputProxy:
    """stdin for the console channel: not a terminal, and its lines come from `lines`."""

    def __init__(self, lines):
        self._lines = lines

    def isatty(self) -> bool:
        return False

    def __iter__(self):
        return self._lines


def main() -> int:
    crash_at = int(sys.argv[1])
    log = open(os.environ["CRASH_LOG"], "a", encoding="utf-8")  # noqa: SIM115 (lives until kill)
    counted = 0
    connect = sqlite3.connect

    def trace(statement: str) -> None:
        nonlocal counted
        counted += 1
        if counted == crash_at:
            log.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        log.write(statement.split(None, 1)[0].upper() + "\n")
        log.flush()

    def traced_connect(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn

    real_stdin = sys.stdin

    def lines():
        log.write("INPUT\n")
        log.flush()
        yield from real_stdin

    sqlite3.connect = traced_connect
    sys.stdin = InputProxy(lines())
    from bot.cli import main as delaktig

    return delaktig(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())

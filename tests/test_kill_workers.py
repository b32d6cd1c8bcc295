"""A worker killed mid-run: `delaktig serve --workers 2` on PostgreSQL, families answering over
loopback HTTP (the web bench's families, bot/bench_web.py), one worker killed with SIGKILL
while they answer. Every answer the server acknowledged is in the database, the other worker
goes on serving, and two reminder rounds run at once in two more processes send each reminder
once."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time
from datetime import datetime

import psycopg

from bot.app import App
from bot.bench_web import (
    Family,
    Server,
    alive,
    bench_settings,
    invite,
    lost_answers,
    run_all,
    serving,
)
from bot.config import Settings
from bot.runtime.reminder_job import InboxNotifier, ReminderRunner
from storage.inbox import InboxStore

DEADLINE_SECONDS = 120
THINK_SECONDS = 0.05
MEETING = "2026-11-20"
#: Midday in Stockholm two days after the meeting: the evaluation invitations are due.
REMINDERS_AT = "2026-11-22T11:00:00+00:00"


def test_a_worker_killed_mid_run_loses_no_acknowledged_answer(postgresql_url, tmp_path):
    settings = bench_settings(tmp_path, postgresql_url)
    families = invite(settings, 30)
    early, late = families[:20], families[20:]
    with serving(settings, workers=2) as server:
        victim, survivor = server.worker_pids()
        at_kill, after_kill = asyncio.run(_answer_and_kill(server, early, late, victim))
        assert alive(survivor)
        assert server.process.poll() is None

    # the survivor took the requests after the kill: the late families started after it and
    # all finished, and the early families went on being acknowledged (those whose request
    # was on one of the victim's connections stopped there)
    assert all(f.finished and f.errors == 0 for f in late), [f.failures for f in late]
    assert after_kill > at_kill
    # every acknowledged answer is in the database, exactly as sent
    acknowledged = sum(len(f.submitted) for f in families)
    assert acknowledged > 0
    assert lost_answers(settings, families) == 0

    sent = _reminder_rounds_at_once(settings, families)
    keys = [key for round_keys in sent for key in round_keys]
    assert keys, "no reminder was due"
    assert len(keys) == len(set(keys))  # no key sent by both rounds
    with psycopg.connect(postgresql_url) as conn:
        deliveries = conn.execute(
            "SELECT participant_id, COUNT(*) FROM inbox WHERE kind = 'evaluation-invite' "
            "GROUP BY participant_id"
        ).fetchall()
    assert deliveries and {count for _, count in deliveries} == {1}
    assert {pid for pid, _ in deliveries} >= {int(key.split(":")[1]) for key in keys}


async def _answer_and_kill(
    server: Server, early: list[Family], late: list[Family], victim: int
) -> tuple[int, int]:
    """Run the early families; once they have a good part of their answers acknowledged,
    SIGKILL `victim` and (once it is gone) run the late families from fresh connections.
    The acknowledged steps at the kill and at the end."""
    walk = asyncio.create_task(run_all(server.url, early, THINK_SECONDS))
    expected = 25 * len(early)  # a Min röst walk is about 30 steps
    deadline = time.monotonic() + DEADLINE_SECONDS
    while _acknowledged(early) < expected // 3:
        assert not walk.done() and time.monotonic() < deadline
        await asyncio.sleep(0.01)
    os.kill(victim, signal.SIGKILL)
    at_kill = _acknowledged(early)
    while alive(victim):
        assert time.monotonic() < deadline
        await asyncio.sleep(0.01)
    await run_all(server.url, late, THINK_SECONDS)
    await walk
    return at_kill, _acknowledged(early)


def _acknowledged(families: list[Family]) -> int:
    return sum(len(f.timings) for f in families)


def _reminder_rounds_at_once(settings: Settings, families: list[Family]) -> list[list[str]]:
    """Hold the case's meeting two days ago, then run one reminder round in each of two
    processes, released together; the keys each sent."""
    app = App(settings)
    case_id = app.case_store.participant(families[0].participant_id).case_id
    app.case_store.update_case(case_id, meeting_date=MEETING)
    app.db.close()
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    rounds = [
        spawn.Process(target=_reminder_round, args=(settings, barrier, results)) for _ in range(2)
    ]
    for process in rounds:
        process.start()
    sent = [results.get(timeout=DEADLINE_SECONDS) for _ in rounds]
    for process in rounds:
        process.join(DEADLINE_SECONDS)
        assert process.exitcode == 0
    return sent


def _reminder_round(settings: Settings, barrier, results) -> None:
    """One reminder round in a process of its own, as a worker runs it."""
    app = App(settings)
    runner = ReminderRunner(
        app, [InboxNotifier(InboxStore(app.db))], lambda: datetime.fromisoformat(REMINDERS_AT)
    )
    runner.open_cases()  # connected before the start line
    barrier.wait(DEADLINE_SECONDS)
    results.put(asyncio.run(runner.run_once()))
    app.db.close()

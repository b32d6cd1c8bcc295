"""Benchmarks behind `delaktig bench`: figures and ratios, printed as one JSON document."""

from __future__ import annotations

import random
import resource
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.adapters.speech import SpeechService
from bot.bench_journey import journey
from bot.bench_renders import renders
from bot.bench_telegram import telegram
from bot.bench_web import database, web
from bot.engine.library import DialogLibrary
from bot.engine.model import Dialog, Kind
from bot.engine.runner import Event, EventKind, Prompt, new_state, prompt_for, step
from bot.i18n import Catalog
from bot.services.dialogs import DialogService
from bot.services.speech import speakable_text
from storage.crypto import FieldCipher
from storage.database import PRAGMAS, is_postgresql, open_database
from storage.postgres import PostgresDatabase
from storage.sessions import SqliteSessionStore
from storage.unit_of_work import unit_of_work

Scenario = Callable[[dict[str, Any]], dict[str, Any]]


def scripted_event(prompt: Prompt, rng: random.Random) -> Event:
    """A plausible answer to any prompt, as a family would give it."""
    options = [o.id for o in prompt.options]
    match prompt.kind:
        case Kind.CHOICE | Kind.SCALE:
            return Event(EventKind.ANSWER, rng.choice(options), at=prompt.key)
        case Kind.MULTI:
            return Event(EventKind.ANSWER, rng.sample(options, min(2, len(options))), prompt.key)
        case Kind.TEXT:
            text = "Det går bra i skolan nu."[: prompt.max_length]
            return Event(EventKind.ANSWER, text, at=prompt.key)
    return Event(EventKind.ANSWER, at=prompt.key)


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def engine(options: dict[str, Any]) -> dict[str, Any]:
    """The engine alone in memory, engine + storage per step, the storage's share alone, and
    the database's own commit floor (one bare insert and commit)."""
    steps = int(options.get("steps", 20_000))
    dialogs = list(DialogLibrary().load().values())
    rng = random.Random(7)

    timings: list[float] = []
    done = 0
    while done < steps:
        dialog = dialogs[done % len(dialogs)]
        state = new_state(dialog)
        prompt = prompt_for(dialog, state)
        while prompt.kind is not Kind.END and done < steps:
            event = scripted_event(prompt, rng)
            start = time.perf_counter_ns()
            state, outputs = step(dialog, state, event)
            timings.append(time.perf_counter_ns() - start)
            prompt = next(o for o in outputs if isinstance(o, Prompt))
            done += 1
    memory_seconds = sum(timings) / 1e9

    with tempfile.TemporaryDirectory() as tmp, database(options.get("db")) as (url, _):
        target = url or Path(tmp) / "bench.db"
        committed, store_only = _committed_steps_per_s(target, dialogs, steps // 4, rng)
        floor = _floor_commits_per_s(url or Path(tmp) / "floor.db", steps // 4)
    memory = steps / memory_seconds
    ideal = 1 / (1 / memory + 1 / floor)
    return {
        "backend": "postgresql" if url else "sqlite",
        "steps": steps,
        "memory_steps_per_s": round(memory),
        "p50_us": round(_percentile(timings, 0.50) / 1000, 1),
        "p99_us": round(_percentile(timings, 0.99) / 1000, 1),
        "committed_steps_per_s": round(committed),
        "store_steps_per_s": round(store_only),
        "floor_commits_per_s": round(floor),
        "ideal_steps_per_s": round(ideal),
        "committed_to_ideal_ratio": round(committed / ideal, 3),
        "committed_to_floor_ratio": round(committed / floor, 3),
    }


def _committed_steps_per_s(
    target: Path | str, dialogs: list[Dialog], steps: int, rng: random.Random
) -> tuple[float, float]:
    """Steps per second through the dialog service; and the same steps' writes alone, each
    saved again in a transaction of its own by a fresh store (sealing, SQL and commit: the
    storage's share of a step)."""
    db = open_database(target)
    store = RecordingStore(db, FieldCipher(b"k" * 32))
    service = DialogService(DialogLibrary(), store, unit_of_work(db))
    done, elapsed = 0, 0.0
    while done < steps:
        session, outputs = service.start(dialogs[done % len(dialogs)].id)
        prompt = outputs[-1]
        while prompt.kind is not Kind.END and done < steps:
            event = scripted_event(prompt, rng)
            start = time.perf_counter()
            session, outputs = service.handle(session.id, event)
            elapsed += time.perf_counter() - start
            prompt = next(o for o in outputs if isinstance(o, Prompt))
            done += 1
    again, uow = SqliteSessionStore(db, FieldCipher(b"k" * 32)), unit_of_work(db)
    start = time.perf_counter()
    for args in store.saves:
        with uow.atomic():
            again.save_step(*args)
    store_seconds = time.perf_counter() - start
    db.conn.close()
    return steps / elapsed, len(store.saves) / store_seconds


class RecordingStore(SqliteSessionStore):
    """The session store, keeping what each step saved so it can be saved again alone."""

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.saves: list[tuple] = []

    def save_step(self, *args: Any) -> None:
        self.saves.append(args)
        super().save_step(*args)


def _floor_commits_per_s(target: Path | str, commits: int) -> float:
    """A bare loop: insert one answer-sized row and commit, with the same settings (SQLite's
    pragmas; PostgreSQL's server as configured, one pooled connection)."""
    if is_postgresql(target):
        return _postgresql_floor(str(target), commits)
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    conn.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id TEXT, value TEXT)")
    start = time.perf_counter()
    for n in range(commits):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO answers (session_id, value) VALUES (?, ?)", ("s", f'"{n}"'))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return commits / elapsed


def _postgresql_floor(url: str, commits: int) -> float:
    db = PostgresDatabase(url)
    with db.pool.connection() as conn:
        conn.execute(
            "CREATE TABLE bench_floor (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
            "PRIMARY KEY, session_id TEXT, value TEXT)"
        )
        start = time.perf_counter()
        for n in range(commits):
            with conn.transaction():
                conn.execute(
                    "INSERT INTO bench_floor (session_id, value) VALUES (%s, %s)", ("s", f'"{n}"')
                )
        elapsed = time.perf_counter() - start
        conn.execute("DROP TABLE bench_floor")
    db.close()
    return commits / elapsed


def speech(options: dict[str, Any]) -> dict[str, Any]:
    """Read-aloud of the longest dialog's prompts, run through twice with a cold cache: the time
    to synthesise one question (espeak-ng + ffmpeg, both formats; wall and CPU), and the cache
    hit rate."""
    dialog = max(DialogLibrary().load().values(), key=lambda d: len(d.steps))
    t = Catalog().translator("sv")
    texts = [speakable_text(p, t) for p in _scripted_prompts(dialog, random.Random(7))]
    cold, cold_cpu, warm = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        service = SpeechService(Path(tmp))
        for _run in range(2):
            for text in texts:
                runs, cpu = service.stats.espeak_runs, _children_cpu_s()
                start = time.perf_counter()
                service.synthesize(text, "sv", "ogg")
                elapsed = time.perf_counter() - start
                if service.stats.espeak_runs > runs:
                    cold.append(elapsed)
                    cold_cpu.append(_children_cpu_s() - cpu)
                else:
                    warm.append(elapsed)
        files = list(Path(tmp).rglob("*.*"))
        sizes = {
            fmt: round(sum(f.stat().st_size for f in files if f.suffix == f".{fmt}") / len(cold))
            for fmt in ("ogg", "mp3")
        }
    return {
        "dialog": dialog.id,
        "prompts_per_run": len(texts),
        "distinct_texts": len(set(texts)),
        "cold_ms_p50": round(_percentile(cold, 0.5) * 1000),
        "cold_ms_max": round(max(cold) * 1000),
        "cold_cpu_ms_p50": round(_percentile(cold_cpu, 0.5) * 1000),
        "hit_us_p50": round(_percentile(warm, 0.5) * 1e6),
        "hits": service.stats.hits,
        "misses": service.stats.misses,
        "hit_rate": round(service.stats.hit_rate, 3),
        "mean_bytes": sizes,
    }


def _children_cpu_s() -> float:
    """CPU seconds used so far by finished child processes (espeak-ng, ffmpeg): unlike wall
    time, it does not grow when other work shares the machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _scripted_prompts(dialog: Dialog, rng: random.Random) -> list[Prompt]:
    """Every prompt one scripted run of the dialog shows, the end included."""
    state = new_state(dialog)
    prompts = [prompt_for(dialog, state)]
    while prompts[-1].kind is not Kind.END:
        state, outputs = step(dialog, state, scripted_event(prompts[-1], rng))
        prompts.append(next(o for o in outputs if isinstance(o, Prompt)))
    return prompts


SCENARIOS: dict[str, Scenario] = {
    "engine": engine,
    "journey": journey,
    "renders": renders,
    "speech": speech,
    "telegram": telegram,
    "web": web,
}

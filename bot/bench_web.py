"""The `web` bench scenario: N families open their invites, then all at once complete their
dialogs over loopback HTTP (the figures are of the answering) against a real `delaktig serve`
subprocess (`--workers N` of them on one port) on a free port, with a temporary SQLite file, a
throwaway PostgreSQL server (`--db postgresql`) or a given `postgresql://` database. The pieces
(invite, serve, run the families, read the answers back) are also the kill test's
(tests/test_kill_workers.py)."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psycopg

from bot.app import App
from bot.config import Settings
from bot.engine.model import Audience
from bot.testing import postgresql
from bot.testing.invite import open_invite
from bot.web.page_reader import Form, Page, form_data, parse_page

#: A dialog never needs more steps than this; a family still going is an error.
MAX_STEPS = 400
STARTUP_SECONDS = 60
FALLBACK_DIALOG = "demo"
#: A family's pause between taps, on average (seconds; each pause is 0.5–1.5 times this).
THINK_SECONDS = 0.25
#: `--db postgresql` (no URL): start a throwaway server for the run.
THROWAWAY = "postgresql"


@dataclass
class Family:
    participant_id: int
    dialog_id: str
    token: str
    submitted: dict[str, Any] = field(default_factory=dict)
    timings: list[float] = field(default_factory=list)
    finished: bool = False
    errors: int = 0
    #: What the errors were (an exception's kind, or a request's status), for the report.
    failures: list[str] = field(default_factory=list)

    def failed(self, error: Exception) -> None:
        self.errors += 1
        kind = str(error) if isinstance(error, RuntimeError) else type(error).__name__
        self.failures.append(kind)


@dataclass
class Server:
    """A running `delaktig serve` and the port it answers on."""

    process: subprocess.Popen
    port: int
    workers: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def worker_pids(self) -> list[int]:
        """The processes that answer requests: the server itself, or its workers."""
        if self.workers == 1:
            return [self.process.pid]
        return [pid for pid in _children(self.process.pid) if b"spawn_main" in _cmdline(pid)]


def web(options: dict[str, Any]) -> dict[str, Any]:
    count = int(options.get("families") or 100)
    think = float(options.get("think_ms", THINK_SECONDS * 1000)) / 1000
    workers = int(options.get("workers") or 1)
    with tempfile.TemporaryDirectory() as tmp, database(options.get("db")) as (url, db_pid):
        settings = bench_settings(Path(tmp), url)
        families = invite(settings, count)
        with serving(settings, workers) as server:
            mark: dict[str, float] = {}

            def answering() -> None:  # the invites are open: measure from here
                mark.update(
                    server=_tree_cpu(server.process.pid), db=_tree_cpu(db_pid),
                    client=time.process_time(), start=time.perf_counter(),
                )  # fmt: skip

            asyncio.run(run_all(server.url, families, think, answering))
            wall = time.perf_counter() - mark["start"]
            server_cpu = _tree_cpu(server.process.pid) - mark["server"]
            db_cpu = _tree_cpu(db_pid) - mark["db"]
            client_cpu = time.process_time() - mark["client"]
        lost = lost_answers(settings, families)
    timings = sorted(t for f in families for t in f.timings)
    steps = max(1, len(timings))
    return {
        "backend": "postgresql" if url else "sqlite",
        "workers": workers,
        "families": count,
        "think_ms": round(think * 1000),
        "dialogs": sorted({f.dialog_id for f in families}),
        "steps": len(timings),
        "seconds": round(wall, 2),
        "steps_per_s": round(len(timings) / wall),
        "p50_ms": round(_percentile(timings, 0.50) * 1000, 1),
        "p99_ms": round(_percentile(timings, 0.99) * 1000, 1),
        "server_cpu_ms_per_step": round(server_cpu * 1000 / steps, 2),
        "database_cpu_ms_per_step": round(db_cpu * 1000 / steps, 2) if db_pid else None,
        "client_cpu_ms_per_step": round(client_cpu * 1000 / steps, 2),
        "errors": sum(f.errors + (not f.finished) for f in families),
        "lost_answers": lost,
    }


def bench_settings(folder: Path, url: str | None) -> Settings:
    """Settings in `folder`: the SQLite file there, or the PostgreSQL database at `url`."""
    return Settings(
        folder, folder / "delaktig.db", folder / "delaktig.key", folder / "c", database_url=url
    )


@contextmanager
def database(db: str | None) -> Iterator[tuple[str | None, int | None]]:
    """(URL, the server's process id when this run started it): none for SQLite; a throwaway
    PostgreSQL server for `postgresql`; else the URL given."""
    if db != THROWAWAY:
        yield db, None
        return
    with postgresql.cluster() as server:
        with psycopg.connect(server.url("postgres"), autocommit=True) as admin:
            admin.execute("CREATE DATABASE delaktig_bench")
        postmaster = (server.folder / "data" / "postmaster.pid").read_text().split()[0]
        yield server.url("delaktig_bench"), int(postmaster)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def alive(pid: int) -> bool:
    """The process exists and is not a zombie waiting for its parent."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _tree_cpu(pid: int | None) -> float:
    """CPU seconds (user and system) of a process, its reaped children and its live
    descendants (Linux /proc)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    own = sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return own + sum(_tree_cpu(child) for child in _children(pid))


def _percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def invite(settings: Settings, count: int) -> list[Family]:
    """A case with `count` children and youths, each with a Min röst dialog and an invite."""
    app = App(settings)
    dialogs = [
        d.id
        for d in app.library.load().values()
        if d.id.startswith("min-rost") and d.audience in (Audience.CHILD, Audience.YOUTH)
    ] or [FALLBACK_DIALOG]
    unit = app.case_store.unit_id("Bänkenheten", create=True)
    case = app.cases.create_case(unit, "Bänken 2026")
    families = []
    for n in range(count):
        dialog_id = dialogs[n % len(dialogs)]
        role = app.library.get(dialog_id).audience.value
        participant = app.cases.add_participant(case.id, role, dialog_id)
        families.append(Family(participant.id, dialog_id, app.cases.issue_invite(participant.id)))
    app.db.close()
    return families


@contextmanager
def serving(settings: Settings, workers: int = 1) -> Iterator[Server]:
    """`delaktig serve` on a free port, once each of its `workers` listens; stopped after."""
    env = os.environ | {
        "DELAKTIG_VAR": str(settings.var_dir),
        "DELAKTIG_KEY_FILE": str(settings.key_file),
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    port = postgresql.free_port()
    command = [sys.executable, "-m", "bot", "serve", "--db", str(settings.database)]
    process = subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_listening(port, workers, process)
        yield Server(process, port, workers)
    finally:
        process.terminate()
        process.wait(30)


def _wait_listening(port: int, count: int, process: subprocess.Popen) -> None:
    """Until `count` sockets listen on `port` (each worker has its own, SO_REUSEPORT)."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while _listening(port) < count:
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("delaktig serve did not start")
        time.sleep(0.05)


def _listening(port: int) -> int:
    """Listening TCP sockets on `port` (Linux /proc/net/tcp: state 0A is LISTEN)."""
    wanted = f":{port:04X}"
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as lines:
            next(lines)
            count += sum(
                1 for line in lines if (f := line.split())[1].endswith(wanted) and f[3] == "0A"
            )
    return count


async def run_all(
    url: str, families: list[Family], think: float, opened: Callable[[], None] = lambda: None
) -> None:
    """Every family opens its invite (landing page and picture code), then `opened()` is
    called and they all answer their dialogs."""
    connector = aiohttp.TCPConnector(limit=0)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(connector)
        sessions = [
            await stack.enter_async_context(
                aiohttp.ClientSession(
                    url,
                    cookie_jar=aiohttp.CookieJar(unsafe=True),
                    connector=connector,
                    connector_owner=False,
                )
            )
            for _ in families
        ]
        pages = await asyncio.gather(
            *(_open(f, http) for f, http in zip(families, sessions, strict=True))
        )
        opened()
        await asyncio.gather(
            *(
                _complete(f, http, page, think)
                for f, http, page in zip(families, sessions, pages, strict=True)
                if page is not None
            )
        )


async def _open(family: Family, http: aiohttp.ClientSession) -> Page | None:
    """The first page of the family's dialog, once the invite is open (None on an error)."""
    try:
        return parse_page(await open_invite(http, family.token))
    except (TimeoutError, aiohttp.ClientError, RuntimeError) as error:
        family.failed(error)
        return None


async def _complete(family: Family, http: aiohttp.ClientSession, page: Page, think: float) -> None:
    """One family answers every page until the end page, pausing between taps as a (very
    quick) person would."""
    rng = random.Random(family.participant_id)
    await asyncio.sleep(rng.uniform(0, 2 * think))
    try:
        last_at = None
        for _ in range(MAX_STEPS):
            form = next((f for f in page.forms if f.action == "/f"), None)
            if form is None or _is_end(form):
                family.finished = form is not None
                return
            at = _field(form, "at")
            data, key, value = _answer(form, rng) if at != last_at else _skip(form)
            last_at = at
            start = time.perf_counter()
            page = await _fetch(http, "POST", "/f", data)
            family.timings.append(time.perf_counter() - start)
            if key is not None:
                family.submitted[key] = value
            await asyncio.sleep(rng.uniform(0.5, 1.5) * think)
    except (TimeoutError, aiohttp.ClientError, RuntimeError) as error:
        family.failed(error)


async def _fetch(http: aiohttp.ClientSession, method: str, path: str, data=None) -> Page:
    async with http.request(method, path, data=data) as response:
        if response.status != 200:
            raise RuntimeError(f"{method} {path}: {response.status}")
        return parse_page(await response.text())


def _is_end(form: Form) -> bool:
    return {b.get("value") for b in form.buttons} == {"back"}


def _field(form: Form, name: str) -> str | None:
    return next((i.get("value") for i in form.inputs if i.get("name") == name), None)


def _skip(form: Form):
    """A page that did not take the answer (say, a choice with no options): skip it."""
    button = next(b for b in form.buttons if (b.get("name"), b.get("value")) == ("do", "skip"))
    return form_data(form, button), None, None


def _answer(form: Form, rng: random.Random):
    """The form data for a plausible answer, and (prompt key, value) when it is an answer."""
    at = _field(form, "at")
    buttons = {(b.get("name"), b.get("value")): b for b in form.buttons}
    choices = [b for b in form.buttons if b.get("name") == "choice"]
    boxes = [i["value"] for i in form.inputs if i.get("name") == "pick"]
    if choices:
        button = rng.choice(choices)
        return form_data(form, button), at, button["value"]
    done = buttons.get(("do", "answer"))
    if boxes:
        picks = rng.sample(boxes, min(2, len(boxes)))
        return form_data(form, done, picks=set(picks)), at, [b for b in boxes if b in picks]
    if form.textareas:
        text = f"Det går bra i skolan nu. Svar {rng.randrange(10**6)}."
        return form_data(form, done, text=text), at, text
    radios = sorted({i["name"] for i in form.inputs if i.get("type") == "radio"})
    if radios:
        shares = {name: rng.choice(("meeting", "coordinator", "private")) for name in radios}
        return form_data(form, done, radios=shares), None, None
    button = done or buttons.get(("do", "continue")) or buttons.get(("do", "resume"))
    return form_data(form, button), None, None


def lost_answers(settings: Settings, families: list[Family]) -> int:
    """Answers a family submitted that the database does not hold exactly as sent."""
    app = App(settings)
    lost = 0
    for family in families:
        session_id = app.case_store.session_id_for(family.participant_id, family.dialog_id)
        stored = {}
        if session_id:
            stored = {
                r.step if not r.item else f"{r.step}[{r.item}]": r.value
                for r in app.dialogs.store.answers(session_id)
            }
        lost += sum(stored.get(key) != value for key, value in family.submitted.items())
    app.db.close()
    return lost

"""Heavy work off the event loop, in one place.

- `render`: PDF, PNG and DOCX rendering (fpdf2, Pillow, python-docx) is Python that holds the
  GIL, so a thread would still stall the event loop; it runs in a small pool of worker
  processes. A job is a top-level function of `bot.runtime.render_jobs` whose arguments and
  result pickle (dataclasses, text, bytes; a language code rather than a translator).
- `blocking`: work that waits rather than computes (speech made by a subprocess, reading a
  cached file) runs in a small pool of threads.

Both pools are bounded, so a burst of requests queues instead of starving the server."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from functools import cache, partial
from typing import Any, TypeVar

from bot.runtime.files import private_umask

T = TypeVar("T")
#: Two cores are what the smallest server has; more processes would only queue for them.
RENDER_WORKERS = 2
BLOCKING_WORKERS = 4


@cache
def _processes() -> ProcessPoolExecutor:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["bot.runtime.render_jobs"])
    return ProcessPoolExecutor(RENDER_WORKERS, mp_context=context, initializer=private_umask)


@cache
def _threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(BLOCKING_WORKERS, thread_name_prefix="delaktig-blocking")


async def _run(pool: Executor, func: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(pool, partial(func, *args))


async def render(job: Callable[..., T], *args: Any) -> T:
    """`job(*args)` in a worker process (see the module docstring)."""
    return await _run(_processes(), job, *args)


async def blocking(func: Callable[..., T], *args: Any) -> T:
    """`func(*args)`, which waits on a subprocess or a file, in a worker thread."""
    return await _run(_threads(), func, *args)


def warm_up() -> None:
    """Start the worker processes now (at server start), not on the first request."""
    pool = _processes()
    for future in [pool.submit(int) for _ in range(RENDER_WORKERS)]:
        future.result()

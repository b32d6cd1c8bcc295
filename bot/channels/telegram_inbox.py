"""The Telegram channel's updates through the database inbox (storage/telegram_inbox.py), so
that several workers can run one bot: every update is written there first (posted to the
webhook of whichever worker Telegram reached, or fetched by the one worker that holds the
polling lease), then handled by whichever worker claims it, in order per chat. One worker alone
runs the same way: one rule, one place."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from datetime import timedelta
from typing import Protocol

from bot.app import App
from bot.domain import InboxUpdate
from bot.runtime.process import this_process
from bot.services.clock import utc_clock

log = logging.getLogger("delaktig.telegram")

#: How long a claim on an update or the polling lease lasts without being renewed (seconds).
LEASE_ENV = "DELAKTIG_TELEGRAM_LEASE_SECONDS"
DEFAULT_LEASE_SECONDS = 60.0
#: Chats whose updates one worker handles at the same time.
PARALLEL_CHATS = 8
#: How often a worker looks for updates another worker received, or left when it died.
LOOK_EVERY_SECONDS = 5.0
#: A failed poll is tried again after this long.
POLL_RETRY_SECONDS = 5.0
POLLING_LEASE = "telegram-polling"


class UpdateSource(Protocol):
    """What the inbox needs of an adapter."""

    async def process(self, data: dict) -> None: ...

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict]: ...


def lease_from_env() -> timedelta:
    return timedelta(seconds=float(os.environ.get(LEASE_ENV) or DEFAULT_LEASE_SECONDS))


def chat_of(data: dict) -> int | None:
    """The chat an update belongs to (a pressed button: the chat of its message)."""
    query = data.get("callback_query") or {}
    message = data.get("message") or query.get("message") or {}
    chat_id = (message.get("chat") or {}).get("id") or (query.get("from") or {}).get("id")
    return chat_id if isinstance(chat_id, int) else None


class UpdateInbox:
    def __init__(self, app: App, source: UpdateSource, lease: timedelta):
        self.store, self.leases = app.telegram_inbox, app.leases
        self.source, self.lease = source, lease
        self.holder = this_process()
        #: Called when an update was written here (the handling job's wake-up).
        self.listeners: list[Callable[[], None]] = []
        self._running: set[asyncio.Task] = set()

    @property
    def look_every(self) -> float:
        return min(LOOK_EVERY_SECONDS, self.lease.total_seconds() / 2)

    async def receive(self, updates: list[dict]) -> None:
        """Write updates to the inbox (an update id seen before is a no-op); committed when
        this returns. Then wake the handling job."""
        rows = [(data["update_id"], chat_of(data), data) for data in updates]
        await asyncio.to_thread(self.store.put, rows)
        self._wake()

    async def handle_waiting(self) -> None:
        """One round: claim what is free (each chat's oldest update, of chats with none in
        progress) and start handling it; an update handled wakes the next round."""
        room = PARALLEL_CHATS - len(self._running)
        if room <= 0:
            return
        for update in await asyncio.to_thread(self.store.claim, self.holder, self.lease, room):
            task = asyncio.create_task(self._handle(update))
            self._running.add(task)
            task.add_done_callback(self._handled)

    def _handled(self, task: asyncio.Task) -> None:
        self._running.discard(task)
        self._wake()

    def _wake(self) -> None:
        for wake in self.listeners:
            wake()

    async def _handle(self, update: InboxUpdate) -> None:
        renewing = asyncio.create_task(self._renew(update.update_id))
        try:
            await self.source.process(update.data)
        except Exception as exc:  # only the kind: exception texts may quote the person
            log.error("update %s failed: %s", update.update_id, type(exc).__name__)
        finally:
            renewing.cancel()
            await asyncio.to_thread(self.store.done, update.update_id)

    async def _renew(self, update_id: int) -> None:
        """Renew the claim while the update is handled (a slow PDF is not a dead worker)."""
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3)
            await asyncio.to_thread(self.store.renew, update_id, self.holder, self.lease)

    async def drain(self) -> None:
        """Wait for the updates being handled."""
        while self._running:
            await asyncio.wait(list(self._running))

    async def poll(self, timeout: int) -> None:
        """Poll Telegram while this worker holds the polling lease, writing what comes to the
        inbox; the other workers wait to take the lease over if this one dies. Telegram
        forgets updates only when a later poll passes their id, so none is lost between."""
        lease = self.lease + timedelta(seconds=timeout)
        offset: int | None = None
        try:
            while True:
                if not await asyncio.to_thread(
                    self.leases.take, POLLING_LEASE, self.holder, utc_clock() + lease
                ):
                    offset = None
                    await asyncio.sleep(self.look_every)
                    continue
                try:
                    updates = await self.source.get_updates(offset, timeout)
                    if updates:
                        await self.receive(updates)
                        offset = max(data["update_id"] for data in updates) + 1
                except Exception as exc:
                    log.warning("polling Telegram failed: %s", type(exc).__name__)
                    await asyncio.sleep(POLL_RETRY_SECONDS)
        finally:
            await asyncio.to_thread(self.leases.release, POLLING_LEASE, self.holder)

"""Runs the Telegram channel inside `delaktig serve`: options, the chosen library's adapter,
polling (by one worker of several) or a webhook route that checks Telegram's secret-token
header; either way every update goes through the database inbox (`telegram_inbox`)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlparse

from aiohttp import web

from bot.app import App
from bot.channels.telegram_core import TelegramCore, TelegramNotifier
from bot.channels.telegram_inbox import UpdateInbox, lease_from_env
from bot.channels.telegram_transport import RateLimiter
from bot.runtime.reminder_job import NOTIFIERS_KEY
from bot.runtime.rounds import rounds

log = logging.getLogger("delaktig.telegram")

LIBRARIES = ("aiogram", "ptb")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEFAULT_WEBHOOK_PATH = "/telegram/webhook"


@dataclass(frozen=True)
class TelegramOptions:
    token: str
    library: str = "aiogram"
    webhook_url: str | None = None
    api_base: str | None = None
    poll_timeout: int = 10
    rate_limit: bool = True
    lease: timedelta = field(default_factory=lease_from_env)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("Telegram (runs when TELEGRAM_BOT_TOKEN is set)")
    group.add_argument("--telegram-lib", choices=LIBRARIES, default="aiogram")
    group.add_argument("--webhook-url", help="public HTTPS URL for Telegram's webhook")
    group.add_argument(
        "--telegram-api-base",
        default=os.environ.get("TELEGRAM_API_BASE"),
        help="another Bot API server, e.g. a self-hosted one (or TELEGRAM_API_BASE)",
    )


def options_from(args: argparse.Namespace) -> TelegramOptions | None:
    """The Telegram options, or None when no bot token is configured."""
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        return None
    return TelegramOptions(
        token=token,
        library=args.telegram_lib,
        webhook_url=args.webhook_url,
        api_base=args.telegram_api_base,
    )


def callback_secret(app: App) -> bytes:
    """The key that signs button data, derived from the installation's encryption key."""
    return _derived(app, b"delaktig telegram callbacks|")


def webhook_secret(app: App) -> str:
    """Telegram's secret-token header for the webhook: the same in every worker (each sets
    the webhook at start), derived from the installation's encryption key."""
    return _derived(app, b"delaktig telegram webhook|").hex()


def _derived(app: App, purpose: bytes) -> bytes:
    return hashlib.sha256(purpose + app.key).digest()


def build_adapter(app: App, options: TelegramOptions):
    """The core and the adapter for the chosen library (imported only when chosen)."""
    core = TelegramCore(app, callback_secret(app))
    if options.library == "ptb":
        from bot.channels.telegram_ptb import PtbAdapter

        return PtbAdapter(core, options.token, options.api_base, rate_limit=options.rate_limit)
    from bot.channels.telegram_aiogram import AiogramAdapter

    limiter = RateLimiter() if options.rate_limit else None
    return AiogramAdapter(core, options.token, options.api_base, limiter)


def attach(web_app: web.Application, app: App, options: TelegramOptions) -> None:
    """Run the channel with the web server: start it on startup, stop it on shutdown."""
    adapter = build_adapter(app, options)
    inbox = UpdateInbox(app, adapter, options.lease)
    web_app[NOTIFIERS_KEY] = [*web_app.get(NOTIFIERS_KEY, []), TelegramNotifier(adapter.core)]
    secret = webhook_secret(app)
    if options.webhook_url:
        path = urlparse(options.webhook_url).path or DEFAULT_WEBHOOK_PATH
        web_app.router.add_post(path, webhook_handler(inbox, secret))

    async def lifecycle(_web_app: web.Application) -> AsyncIterator[None]:
        async with running(adapter, inbox, options, secret):
            yield

    # First, so the channel is up before the reminder job's first round.
    web_app.cleanup_ctx.insert(0, lifecycle)


@contextlib.asynccontextmanager
async def running(
    adapter, inbox: UpdateInbox, options: TelegramOptions, secret: str
) -> AsyncIterator[None]:
    """The channel while the block runs: the webhook set (or polling by the lease holder),
    the inbox's updates handled; on leaving, the updates in hand finished."""
    if options.webhook_url:
        await adapter.start_webhook(options.webhook_url, secret)
    else:
        await adapter.start_polling()
    await adapter.core.register_commands()
    log.info("telegram channel running (%s, %s)", options.library, _mode(options))
    async with rounds(inbox.handle_waiting, inbox.listeners, inbox.look_every, "telegram"):
        polling = None
        if not options.webhook_url:
            polling = asyncio.create_task(inbox.poll(options.poll_timeout))
        try:
            yield
        finally:
            if polling is not None:
                polling.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await polling
    await inbox.drain()
    await adapter.stop()


def webhook_handler(inbox: UpdateInbox, secret: str):
    """Telegram's POST: answered 200 once the update is committed to the inbox (an update
    sent again is a no-op), so an acknowledged update survives the worker being killed."""

    async def handle(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403, text="forbidden")
        try:
            data = await request.json()
        except ValueError:
            return web.Response(status=400, text="bad request")
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.Response(status=400, text="bad request")
        await inbox.receive([data])
        return web.Response(text="ok")

    return handle


def _mode(options: TelegramOptions) -> str:
    return "webhook" if options.webhook_url else "polling"

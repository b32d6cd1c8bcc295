"""`delaktig serve`: the coordinator dashboard, the family web channel and (with a bot token)
Telegram, in one asyncio process; on PostgreSQL `--workers N` runs N such processes on one port
(the kernel spreads connections over them, SO_REUSEPORT)."""

from __future__ import annotations

import argparse
import multiprocessing
import signal
import sys
from dataclasses import replace

from aiohttp import web

from bot.app import App
from bot.channels import telegram_service
from bot.config import Settings
from bot.errors import UserFacingError
from bot.runtime.help_now_job import help_now_job
from bot.runtime.reminder_job import reminders_job
from bot.runtime.retention_job import purge_daily
from bot.services.links import Links, telegram_username
from bot.web.keys import LINKS_KEY
from bot.web.server import RedactedAccessLogger, create_web_app


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="run the dashboard and the family channels")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    parser.add_argument("--db", help="SQLite file (default var/delaktig.db) or a postgresql:// URL")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="app processes on one port (more than one needs PostgreSQL)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="create a demo unit, login and case; print links"
    )
    telegram_service.add_arguments(parser)
    parser.set_defaults(func=run)


class WorkersRefused(UserFacingError):
    pass


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env(args.db)
    refuse_workers(args, settings)
    app = App(settings)
    links = links_for(args)
    if args.demo:
        print_demo(app, links)
    else:
        print(f"Delaktig: {links.dashboard()}", flush=True)
    if args.workers == 1:
        serve(app, args, links)
        return 0
    app.db.close()  # migrated and seeded; each worker opens its own pool
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=worker, args=(args,), daemon=True) for _ in range(args.workers)]
    for process in workers:
        process.start()
    # SIGTERM ends the parent through `finally`, which stops its workers too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        for process in workers:
            process.join()
    finally:
        for process in workers:
            process.terminate()
    return 0


def refuse_workers(args: argparse.Namespace, settings: Settings) -> None:
    if args.workers < 1:
        raise WorkersRefused("--workers needs a number from 1 up")
    if args.workers > 1 and settings.database_url is None:
        raise WorkersRefused(
            f"--workers {args.workers} needs PostgreSQL: SQLite serves one process. Set "
            "DELAKTIG_DATABASE_URL=postgresql://… (or --db postgresql://…), or drop --workers"
        )


def worker(args: argparse.Namespace) -> None:
    """One of several app processes (a fresh interpreter: no pool crosses a fork)."""
    serve(App(Settings.from_env(args.db)), args, links_for(args), reuse_port=True)


def links_for(args: argparse.Namespace) -> Links:
    links = Links.from_env(args.host, args.port)
    telegram = telegram_service.options_from(args)
    if telegram is not None and not links.bot_username:
        # The deep links need the bot's username: ask the Bot API rather than a second setting.
        links = replace(links, bot_username=telegram_username(telegram.token, telegram.api_base))
    return links


def serve(app: App, args: argparse.Namespace, links: Links, reuse_port: bool = False) -> None:
    web_app = create_web_app(app)
    web_app[LINKS_KEY] = links
    web_app.cleanup_ctx.append(purge_daily)
    web_app.cleanup_ctx.append(reminders_job)
    web_app.cleanup_ctx.append(help_now_job)
    telegram = telegram_service.options_from(args)
    if telegram is not None:
        telegram_service.attach(web_app, app, telegram)
    web.run_app(
        web_app, host=args.host, port=args.port, print=None, reuse_port=reuse_port,
        access_log_class=RedactedAccessLogger,
    )  # fmt: skip


def print_demo(app: App, links: Links) -> None:
    from bot import demo

    seeded = demo.seed(app)
    print(f"dashboard {links.dashboard()} login {demo.DEMO_USERNAME} / {demo.DEMO_PASSWORD}")
    for invite in seeded.invites:
        journey = " → ".join(invite.journey)
        line = f"invite {invite.role} {journey}: {links.web(invite.token)}"
        telegram = links.telegram(invite.token)
        print(f"{line} {telegram}" if telegram else line, flush=True)

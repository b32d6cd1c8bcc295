"""`delaktig serve`: the coordinator dashboard, the family web channel and (with a bot token)
Telegram, in one asyncio process."""

from __future__ import annotations

import argparse
from dataclasses import replace

from aiohttp import web

from bot.app import App
from bot.channels import telegram_service
from bot.config import Settings
from bot.runtime.reminder_job import reminders_job
from bot.runtime.retention_job import purge_daily
from bot.services.links import Links, telegram_username
from bot.web.keys import LINKS_KEY
from bot.web.server import RedactedAccessLogger, create_web_app


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="run the dashboard and the family channels")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    parser.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    parser.add_argument(
        "--demo", action="store_true", help="create a demo unit, login and case; print links"
    )
    telegram_service.add_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    telegram = telegram_service.options_from(args)
    links = Links.from_env(args.host, args.port)
    if telegram is not None and not links.bot_username:
        # The deep links need the bot's username: ask the Bot API rather than a second setting.
        username = telegram_username(telegram.token, telegram.api_base)
        links = replace(links, bot_username=username)
    web_app = create_web_app(app)
    web_app[LINKS_KEY] = links
    web_app.cleanup_ctx.append(purge_daily)
    web_app.cleanup_ctx.append(reminders_job)
    if telegram is not None:
        telegram_service.attach(web_app, app, telegram)
    if args.demo:
        print_demo(app, links)
    else:
        print(f"Delaktig: {links.dashboard()}", flush=True)
    web.run_app(
        web_app, host=args.host, port=args.port, print=None,
        access_log_class=RedactedAccessLogger,
    )  # fmt: skip
    return 0


def print_demo(app: App, links: Links) -> None:
    from bot import demo

    seeded = demo.seed(app)
    print(f"dashboard {links.dashboard()} login {demo.DEMO_USERNAME} / {demo.DEMO_PASSWORD}")
    for invite in seeded.invites:
        line = f"invite {invite.role} {invite.dialog_id}: {links.web(invite.token)}"
        telegram = links.telegram(invite.token)
        print(f"{line} {telegram}" if telegram else line, flush=True)

"""`delaktig chat`: run a dialog in the terminal, or read one input per line from stdin."""

from __future__ import annotations

import argparse
import sys

from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.config import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("chat", help="run a dialog in the terminal")
    parser.add_argument("--dialog", required=True, help="dialog id, see `delaktig dialogs`")
    parser.add_argument(
        "--lang", default="sv", help="a locale under locales/, e.g. sv or en (default sv)"
    )
    parser.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    parser.add_argument("--session", help="a name to resume this conversation later")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    app.library.get(args.dialog)
    channel = ConsoleChannel(
        app.dialogs,
        app.catalog,
        app.manifest,
        sys.stdout,
        args.lang,
        help_now=app.help_now,
        speech=app.speech,
    )
    interactive = sys.stdin.isatty()
    session = channel.open(args.dialog, args.session)
    if session.status == "done":
        return 0
    if interactive:
        sys.stdout.write("> ")
        sys.stdout.flush()
    return channel.run(session, sys.stdin, interactive=interactive)

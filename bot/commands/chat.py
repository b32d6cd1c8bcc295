"""`delaktig chat`: run a dialog in the terminal, or read one input per line from stdin."""

from __future__ import annotations

import argparse
import sys

from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.config import Settings
from bot.engine.model import Kind
from bot.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("chat", help="run a dialog in the terminal")
    parser.add_argument("--dialog", help="dialog id to try, see `delaktig dialogs`")
    parser.add_argument(
        "--invite",
        help="an invite token: answer as the invited person (instead of --dialog)",
    )
    parser.add_argument(
        "--lang", default="sv", help="a locale under locales/, e.g. sv or en (default sv)"
    )
    parser.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    parser.add_argument("--session", help="a name to resume this conversation later")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.dialog) == bool(args.invite):
        raise UserFacingError("give either --dialog ID (to try a dialog) or --invite TOKEN")
    app = App(Settings.from_env(args.db))
    channel = ConsoleChannel(app.conversation, sys.stdout, args.lang)
    if args.invite:
        place = channel.open_invite(args.invite, f"console:{args.session or 'terminal'}")
        if place is None:
            return 1
    else:
        app.library.get(args.dialog)
        place = channel.open(args.dialog, args.session)
    interactive = sys.stdin.isatty()
    if args.dialog and channel.prompt.kind is Kind.END:
        return 0  # a finished trial; a family's end page still takes commands
    if interactive:
        sys.stdout.write("> ")
        sys.stdout.flush()
    return channel.run(place, sys.stdin, interactive=interactive)

"""The `delaktig` command line. Each subcommand lives in `bot/commands/`."""

from __future__ import annotations

import argparse
import sys

from bot import __version__
from bot.commands import (
    bench,
    case,
    chat,
    dialogs,
    lint,
    locale,
    pictograms,
    plan,
    print_,
    report,
    retention,
    serve,
    user,
)
from bot.errors import UserFacingError
from bot.runtime.files import private_umask

COMMANDS = (
    chat,
    lint,
    dialogs,
    print_,
    bench,
    serve,
    user,
    case,
    retention,
    plan,
    report,
    locale,
    pictograms,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delaktig",
        description="Delaktig: children, youth and guardians take part in their own SIP.",
    )
    parser.add_argument("--version", action="version", version=f"delaktig {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    private_umask()  # the database, its key, exports and caches: the owner's only
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except UserFacingError as exc:
        print(f"delaktig: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130

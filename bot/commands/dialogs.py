"""`delaktig dialogs`: list the dialogs with audience, version and number of steps."""

from __future__ import annotations

import argparse

from bot.engine.library import DialogLibrary


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("dialogs", help="list the dialogs")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    dialogs = DialogLibrary().load()
    width = max((len(d) for d in dialogs), default=10)
    print(f"{'id':<{width}}  audience  version  steps")
    for dialog in dialogs.values():
        print(
            f"{dialog.id:<{width}}  {dialog.audience.value:<8}  {dialog.version:>7}  "
            f"{len(dialog.steps):>5}"
        )
    return 0

"""`delaktig locale new LANG`: scaffold a language from Swedish (a content task, no code)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.errors import UserFacingError
from bot.paths import locales_dir
from bot.translation import ScaffoldError, scaffold_locale


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("locale", help="add a language")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = actions.add_parser("new", help="scaffold locales/LANG from Swedish")
    new.add_argument("lang", help="language code, for example ar, fa, so, ti")
    new.add_argument("--dir", type=Path, help="the locales folder (default: Delaktig's own)")
    new.set_defaults(func=run_new)


def run_new(args: argparse.Namespace) -> int:
    try:
        written = scaffold_locale(args.dir or locales_dir(), args.lang)
    except ScaffoldError as exc:
        raise UserFacingError(str(exc)) from None
    folder = written[0].parent
    print(f"Created {folder} with {len(written)} files:")
    for path in written:
        print(f"  {path.name}")
    print(
        "Next:\n"
        f"  1. Translate the messages in {folder}/*.ftl (each is a comment until translated;\n"
        "     untranslated ones are shown in Swedish, and the person is told so).\n"
        f"  2. Check the direction in {folder}/meta.yaml.\n"
        f"  3. Add an espeak-ng voice for {args.lang} to locales/voices.yaml"
        " (`espeak-ng --voices` lists them).\n"
        f"  4. Have a person who reads {args.lang} well check it, and fill in CHECKED.md.\n"
        "  5. Run `delaktig lint` to see the coverage per dialog."
    )
    return 0

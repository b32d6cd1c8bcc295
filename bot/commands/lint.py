"""`delaktig lint`: check every dialog, locale and pictogram; exit 1 on errors."""

from __future__ import annotations

import argparse
import json

from bot.engine.lint import lint_content
from bot.i18n import Catalog
from bot.paths import dialogs_dir
from bot.pictograms import Manifest


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("lint", help="check dialogs, words and pictograms")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--rarity", action="store_true", help="list the rarest words of child and youth text"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = lint_content(dialogs_dir(), Catalog(), Manifest())
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for dialog_id, facts in report.dialogs.items():
            summary = ", ".join(
                f"{k} {v}" for k, v in facts.items() if k not in ("hardest", "rarest")
            )
            print(f"{dialog_id}: {summary}")
            for hard in facts.get("hardest", []):
                print(f"    LIX {hard['lix']:5.1f}  {hard['message']}")
            for rare in facts.get("rarest", []) if args.rarity else []:
                print(f"    Zipf {rare['zipf']:4.2f}  {rare['word']}")
        for lang, facts in report.languages.items():
            print(
                f"language {lang}: {facts['percent']}% translated "
                f"({facts['translated']}/{facts['messages']}), {facts['direction']}, "
                f"voice {facts['voice'] or '-'}, checked by {facts['checked_by'] or 'nobody'}"
            )
        for finding in report.findings:
            print(finding)
        print(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    return 1 if report.errors else 0

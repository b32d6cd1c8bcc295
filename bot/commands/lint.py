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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = lint_content(dialogs_dir(), Catalog(), Manifest())
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for dialog_id, facts in report.dialogs.items():
            summary = ", ".join(f"{k} {v}" for k, v in facts.items() if k != "hardest")
            print(f"{dialog_id}: {summary}")
            for hard in facts.get("hardest", []):
                print(f"    LIX {hard['lix']:5.1f}  {hard['message']}")
        for finding in report.findings:
            print(finding)
        print(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    return 1 if report.errors else 0

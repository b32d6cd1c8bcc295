"""`delaktig report evaluation --unit NAME [--from DATE --to DATE] --format html|csv|png
[--out FILE] [--with-text]`: the unit's evaluation statistics. Cells with fewer than five
answers say "för få svar"; free text only with --with-text, and only from respondents who
let the coordinator see their answers."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.exports.statistics import stats_csv, stats_html, stats_png
from bot.services.reminders import EVALUATION_DIALOGS
from bot.services.statistics import unit_statistics


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="reports for a unit")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
    evaluation = kinds.add_parser("evaluation", help="evaluation statistics (anonymous)")
    evaluation.add_argument("--unit", required=True, help="the unit's name")
    evaluation.add_argument("--from", dest="start", help="first day, YYYY-MM-DD")
    evaluation.add_argument("--to", dest="end", help="last day, YYYY-MM-DD")
    evaluation.add_argument("--format", choices=("html", "csv", "png"), default="html")
    evaluation.add_argument("--out", help="file to write (default: standard output)")
    evaluation.add_argument("--lang", default="sv")
    evaluation.add_argument(
        "--with-text", action="store_true", help="add free text its writers allowed to be seen"
    )
    evaluation.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    evaluation.add_argument("--by", default="cli", help="who reads this (for the audit log)")
    evaluation.set_defaults(func=run_evaluation)


def _day(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UserFacingError(f"{flag} must be a date as YYYY-MM-DD, not {value!r}") from None


def evaluation_report(app: App, unit: str, start, end, with_text: bool):
    unit_id = app.case_store.unit_id(unit)
    if unit_id is None:
        raise UserFacingError(f"there is no unit called {unit!r}")
    if start and end and start > end:
        raise UserFacingError("--from is after --to")
    dialogs = {audience: app.library.get(d) for audience, d in EVALUATION_DIALOGS.items()}
    responses = app.evaluation_store.responses(unit_id, start, end)
    return unit_statistics(unit, responses, dialogs, start, end, with_texts=with_text)


def run_evaluation(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    stats = evaluation_report(app, args.unit, start, end, args.with_text)
    app.audit.record(args.by, "report.evaluation", f"unit:{args.unit}", with_text=args.with_text)
    t = app.catalog.translator(args.lang)
    if args.format == "png":
        if not args.out:
            raise UserFacingError("a PNG needs --out FILE")
        Path(args.out).write_bytes(stats_png(stats, t))
        return 0
    text = stats_csv(stats, t) if args.format == "csv" else stats_html(stats, t)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0

"""`delaktig report evaluation --unit NAME [--period 2026|2026-Q4|2026-11] --format html|csv|png
[--out FILE] [--with-text]`: the unit's evaluation statistics. Cells with fewer than five
answers say "för få svar"; free text only with --with-text, and only from respondents who
let the coordinator see their answers."""

from __future__ import annotations

import argparse
import sys

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.exports.statistics import stats_csv, stats_html, stats_png
from bot.runtime.files import write_private
from bot.services.reminders import EVALUATION_DIALOGS
from bot.services.statistics import Period, parse_period, this_year, unit_statistics


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="reports for a unit")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
    evaluation = kinds.add_parser("evaluation", help="evaluation statistics (anonymous)")
    evaluation.add_argument("--unit", required=True, help="the unit's name")
    evaluation.add_argument(
        "--period",
        help="a year (2026), a quarter (2026-Q4) or a month (2026-11); default: this year",
    )
    evaluation.add_argument("--format", choices=("html", "csv", "png"), default="html")
    evaluation.add_argument("--out", help="file to write (default: standard output)")
    evaluation.add_argument("--lang", default="sv")
    evaluation.add_argument(
        "--with-text", action="store_true", help="add free text its writers allowed to be seen"
    )
    evaluation.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    evaluation.add_argument("--by", default="cli", help="who reads this (for the audit log)")
    evaluation.set_defaults(func=run_evaluation)


def evaluation_report(app: App, unit: str, period: str | None, with_text: bool):
    unit_id = app.case_store.unit_id(unit)
    if unit_id is None:
        raise UserFacingError(f"there is no unit called {unit!r}")
    chosen = parse_period(period) if period else this_year(app.workspace.today())
    year = Period("year", chosen.year)
    dialogs = {audience: app.library.get(d) for audience, d in EVALUATION_DIALOGS.items()}
    responses = app.evaluation_store.responses(unit_id, year.first_day, year.last_day)
    return unit_statistics(unit, responses, dialogs, chosen, with_texts=with_text)


def run_evaluation(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    stats = evaluation_report(app, args.unit, args.period, args.with_text)
    app.audit.record(args.by, "report.evaluation", f"unit:{args.unit}", with_text=args.with_text)
    t = app.catalog.translator(args.lang)
    if args.format == "png":
        if not args.out:
            raise UserFacingError("a PNG needs --out FILE")
        write_private(args.out, stats_png(stats, t))
        return 0
    text = stats_csv(stats, t) if args.format == "csv" else stats_html(stats, t)
    if args.out:
        write_private(args.out, text)
    else:
        sys.stdout.write(text)
    return 0

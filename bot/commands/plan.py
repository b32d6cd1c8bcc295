"""`delaktig plan show|set|sent --case ID`: the SIP plan from the command line. `set` reads
the plan's JSON (goals with activities, follow_up, contact, main_responsible); `show` prints
it as JSON or as the family's easy-read text; `sent` records the day it went out."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.exports.plan import plan_text
from bot.services.plan import easy_read, glossary_terms


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("plan", help="enter, show and send a case's SIP plan")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    show = actions.add_parser("show", help="print the plan")
    show.add_argument("--easy-read", choices=("child", "guardian"), help="the family's version")
    show.add_argument("--lang", default="sv")
    set_ = actions.add_parser("set", help="save the plan from a JSON file ('-' for stdin)")
    set_.add_argument("--file", required=True)
    sent = actions.add_parser("sent", help="record that the plan was sent (default today)")
    sent.add_argument("--on", help="the day, YYYY-MM-DD")
    for action in (show, set_, sent):
        action.add_argument("--case", type=int, required=True, help="the case id")
        action.add_argument("--db", help="SQLite file (default var/delaktig.db)")
        action.add_argument("--by", default="cli", help="who does this (for the audit log)")
    show.set_defaults(func=run_show)
    set_.set_defaults(func=run_set)
    sent.set_defaults(func=run_sent)


def run_show(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    plan = app.plans.get(args.case)
    if plan is None:
        raise UserFacingError(f"case {args.case} has no plan yet; save one with `plan set`")
    app.audit.record(args.by, "plan.read", f"case:{args.case}")
    if not args.easy_read:
        print(json.dumps(plan.to_dict(), ensure_ascii=False, indent=2))
        return 0
    t = app.catalog.translator(args.lang)
    terms = glossary_terms(list(app.catalog.locales["sv"].messages))
    case = app.case_store.case(args.case)
    print(plan_text(easy_read(plan, case.actors, t, args.easy_read, terms), app.manifest))
    return 0


def run_set(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
        data = json.loads(raw)
    except OSError as exc:
        raise UserFacingError(f"cannot read {args.file}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise UserFacingError(f"{args.file} is not valid JSON (line {exc.lineno})") from None
    saved = app.plans.save(args.case, data, args.by)
    t = app.catalog.translator("en")
    print(f"saved plan version {saved.version} of case {args.case}: {len(saved.plan.goals)} goals")
    for warning in saved.check.warnings:
        print(f"warning: {t(warning.msg_id, **warning.args)}")
    for hint in saved.check.hints:
        print(f"hint: {t('plan-lix-hint', where=hint.where, lix=hint.lix, limit=hint.limit)}")
    return 0


def run_sent(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    try:
        on = date.fromisoformat(args.on) if args.on else None
    except ValueError:
        raise UserFacingError("--on must be a date as YYYY-MM-DD") from None
    print(f"plan of case {args.case} sent on {app.plans.mark_sent(args.case, args.by, on)}")
    return 0

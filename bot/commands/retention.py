"""`delaktig purge`, `delaktig export-person`, `delaktig erase-person`: retention and a
person's right of access and erasure."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.runtime.files import write_private
from bot.services.retention import retention_days


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "purge",
        help="delete closed and withdrawn cases older than the retention period, and prune "
        "old Telegram update and message ids",
    )
    parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")
    parser.add_argument("--db", help="the database file (default var/delaktig.db)")
    parser.set_defaults(func=run_purge)

    parser = subparsers.add_parser(
        "export-person", help="write everything stored about one participant as JSON"
    )
    parser.add_argument("--participant", type=int, required=True, help="participant id")
    parser.add_argument("--db", help="the database file (default var/delaktig.db)")
    parser.add_argument("--out", required=True, help="the JSON file to write")
    parser.set_defaults(func=run_export)

    parser = subparsers.add_parser(
        "erase-person", help="erase one participant and everything under them"
    )
    parser.add_argument("--participant", type=int, required=True, help="participant id")
    parser.add_argument("--db", help="the database file (default var/delaktig.db)")
    parser.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    parser.set_defaults(func=run_erase)


def run_purge(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    report = app.retention.purge(retention_days(), dry_run=args.dry_run, actor="cli")
    for case_id in () if report.dry_run else report.cases:
        app.plan_renders.drop(case_id)  # the plan's cached files go with the case
    verb = "would delete" if report.dry_run else "deleted"
    print(f"{verb} {len(report.cases)} case(s) ended before {report.cutoff[:10]}")
    for table, count in sorted(report.rows.items()):
        print(f"  {table}: {count}")
    pruned = "would prune" if report.dry_run else "pruned"
    for table, count in report.pruned.items():
        print(f"{pruned} {count} old row(s) of {table}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    data = app.person.export(args.participant, actor="cli")
    out = Path(args.out)
    try:
        write_private(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise UserFacingError(
            f"cannot write {out} ({exc.strerror}); choose another --out"
        ) from None
    out.chmod(0o600)
    print(f"wrote everything stored about participant {args.participant} to {out}")
    return 0


def run_erase(args: argparse.Namespace) -> int:
    if not args.yes:
        raise UserFacingError(
            f"erasing participant {args.participant} cannot be undone; add --yes to confirm"
        )
    app = App(Settings.from_env(args.db))
    counts = app.person.erase(args.participant, actor="cli")
    print(f"erased participant {args.participant}: {sum(counts.values())} row(s)")
    return 0

"""`delaktig bench`: run benchmark scenarios and print one JSON document."""

from __future__ import annotations

import argparse
import json

from bot.bench import SCENARIOS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help="measure performance (prints JSON)")
    parser.add_argument(
        "--scenario", action="append", choices=sorted(SCENARIOS), help="default: all scenarios"
    )
    parser.add_argument("--steps", type=int, default=20_000, help="engine steps to time")
    parser.add_argument(
        "--families", type=int, default=100, help="web: families completing dialogs at once"
    )
    parser.add_argument(
        "--db",
        help="engine, web: a postgresql:// URL to bench PostgreSQL, or 'postgresql' for a "
        "throwaway server (default: SQLite in a temp folder)",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="web: app processes (more than one: PostgreSQL)"
    )
    parser.add_argument(
        "--think-ms", type=int, default=250, help="web: a family's average pause between taps"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    names = args.scenario or sorted(SCENARIOS)
    result = {
        name: SCENARIOS[name](
            {
                "steps": args.steps,
                "families": args.families,
                "think_ms": args.think_ms,
                "db": args.db,
                "workers": args.workers,
            }
        )
        for name in names
    }
    print(json.dumps(result, indent=2))
    return 0

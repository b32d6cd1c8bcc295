"""`delaktig user add USERNAME --unit NAME [--admin] [--generate]`: coordinator and admin
accounts. The password is prompted, or generated and shown once. `delaktig user email USERNAME
ADDRESS`: where help-now alerts are mailed."""

from __future__ import annotations

import argparse
import getpass
import sys

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.services.users import generate_password


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("user", help="add coordinator and admin accounts")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a user (and the unit, if new)")
    add.add_argument("username")
    add.add_argument("--unit", required=True, help="the unit (enhet) the user works in")
    add.add_argument("--admin", action="store_true", help="an admin rather than a coordinator")
    add.add_argument("--generate", action="store_true", help="generate the password and show it")
    add.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    add.set_defaults(func=run_add)
    email = actions.add_parser("email", help="the work address help-now alerts are mailed to")
    email.add_argument("username")
    email.add_argument("address", nargs="?", help="leave out to remove the address")
    email.add_argument("--db", help="SQLite file (default var/delaktig.db)")
    email.set_defaults(func=run_email)


def run_email(args: argparse.Namespace) -> int:
    """w-after: where "Berätta för min samordnare" is e-mailed (DELAKTIG_SMTP_HOST etc.)."""
    app = App(Settings.from_env(args.db))
    address = (args.address or "").strip() or None
    if address is not None and "@" not in address:
        raise UserFacingError(f"{address} is not an e-mail address")
    if not app.help_now.alerts.set_email(args.username, address):
        raise UserFacingError(f"there is no user {args.username}")
    print(f"help-now e-mail for {args.username}: {address or 'none'}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    app = App(Settings.from_env(args.db))
    generated = args.generate or not sys.stdin.isatty()
    if generated:
        password = generate_password()
    else:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Again: "):
            raise UserFacingError("the two passwords differ; nothing was saved")
    user = app.users.add(args.username, args.unit, password, admin=args.admin)
    print(f"added {user.role} {user.username} in unit {user.unit_name}")
    if generated:
        print(f"password (shown once): {password}")
    return 0

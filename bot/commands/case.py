"""`delaktig case new|list|show`, `delaktig invite` and `delaktig export prep`: the dashboard's
services at the command line, acting as one coordinator (`--user`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.runtime.files import write_private
from bot.services.case_form import FORM_ROLES, ROLE_DIALOGS, actors_text, validate_case
from bot.services.links import Links
from bot.services.packs import EXPORTS, FORMATS
from bot.services.prep_pack import MEETING
from bot.services.users import User


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", required=True, help="the coordinator acting (their unit)")
    parser.add_argument("--db", help="SQLite file (default var/delaktig.db)")


def register(subparsers: argparse._SubParsersAction) -> None:
    case = subparsers.add_parser("case", help="create, list and show cases")
    actions = case.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = actions.add_parser("new", help="create a case with its participants")
    _common(new)
    new.add_argument("--label", required=True, help="a pseudonym, never a personnummer")
    new.add_argument("--need-noticed", required=True, help="YYYY-MM-DD")
    new.add_argument("--actors", default="", help="comma-separated, e.g. 'skola, BUP'")
    new.add_argument(
        "--child-role",
        choices=FORM_ROLES,
        default="child",
        help="child (about 7-12), youth (13-17) or young-adult (18-20, no guardian)",
    )
    new.add_argument("--child-dialog", default="", help="default: the role's Min röst")
    new.add_argument(
        "--child-asked", action="store_true", help="the guardians are asked what the child thinks"
    )
    new.add_argument(
        "--child-assent", action="store_true", help="the child answers about the SIP themself"
    )
    new.add_argument(
        "--youth-decides", action="store_true", help="the youth gives consent themself"
    )
    new.add_argument(
        "--guardian",
        action="append",
        default=[],
        help="dialog id per guardian, one or two (default: consent for two, or one with "
        "--sole-custody)",
    )
    new.add_argument("--sole-custody", default="", help="reason, when one guardian has custody")
    new.add_argument("--meeting-date", default="")
    new.add_argument("--meeting-time", default="")
    new.add_argument("--meeting-end", default="")
    new.add_argument("--place", default="")
    new.add_argument("--format", default="", help="in-person | video | phone")
    new.add_argument("--adaptations", default="", help="interpreter and other adaptations")
    new.set_defaults(func=run_new)
    listing = actions.add_parser("list", help="the cases of your unit")
    _common(listing)
    listing.set_defaults(func=run_list)
    show = actions.add_parser("show", help="one case: participants, consent, checklist")
    _common(show)
    show.add_argument("case_id")
    show.set_defaults(func=run_show)

    invite = subparsers.add_parser("invite", help="issue a new invite and print its links")
    _common(invite)
    invite.add_argument("--case", required=True)
    invite.add_argument("--participant", required=True, type=int)
    invite.add_argument("--base-url", default="", help="default DELAKTIG_BASE_URL or localhost")
    invite.set_defaults(func=run_invite)

    export = subparsers.add_parser("export", help="export the preparation pack")
    what = export.add_subparsers(dest="what", required=True, metavar="WHAT")
    prep = what.add_parser(
        "prep", help="a pack document (meeting, coordinator) or the invitation (docx)"
    )
    _common(prep)
    prep.add_argument("--case", required=True)
    prep.add_argument("--format", required=True, choices=FORMATS)
    prep.add_argument(
        "--document",
        default=MEETING,
        choices=tuple(EXPORTS),
        help="meeting: for the meeting (default); coordinator: for you only; invitation: docx",
    )
    prep.add_argument("--out", required=True, type=Path)
    prep.set_defaults(func=run_export)


def _session(args: argparse.Namespace) -> tuple[App, User]:
    app = App(Settings.from_env(args.db))
    user = app.users.get(args.user)
    if user is None:
        raise UserFacingError(f"no user {args.user}; add one with `delaktig user add`")
    return app, user


def run_new(args: argparse.Namespace) -> int:
    app, user = _session(args)
    if len(args.guardian) > 2:
        raise UserFacingError("give at most two --guardian DIALOG")
    guardians = args.guardian or [ROLE_DIALOGS["guardian"][0]] * (1 if args.sole_custody else 2)
    if args.child_role == "young-adult":
        guardians = []
    form = {
        "label": args.label,
        "need_noticed": args.need_noticed,
        "actors": args.actors,
        "child_role": args.child_role,
        "child_dialog": args.child_dialog,
        "child_asked": "on" if args.child_asked else "",
        "child_assent": "on" if args.child_assent else "",
        "youth_decides": "on" if args.youth_decides else "",
        "sole_custody_reason": args.sole_custody,
        "meeting_date": args.meeting_date,
        "meeting_time": args.meeting_time,
        "meeting_end": args.meeting_end,
        "meeting_place": args.place,
        "meeting_format": args.format,
        "adaptations": args.adaptations,
    } | {f"guardian{n}_dialog": d for n, d in enumerate(guardians, 1)}
    result = validate_case(form, app.workspace.today(), set(app.library.load()), new=True)
    if not result.ok:
        t = app.catalog.translator("sv")
        problems = "; ".join(f"{k}: {t(v)}" for k, v in result.errors.items())
        raise UserFacingError(problems)
    case = app.workspace.create(user, result)
    print(f"case {case.id} {case.label}")
    for p in app.case_store.participants(case.id):
        print(f"  participant {p.id} {p.role} {' → '.join(p.journey)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    app, user = _session(args)
    for o in app.workspace.overviews(user):
        done, total, warnings = o.checklist_summary
        flags = ",".join(f.id for f in o.flags) or "-"
        print(
            f"{o.case.id}\t{o.case.label}\t{o.stage}\tconsent:{o.consent.status}\t"
            f"meeting:{o.case.meeting_date or '-'}\tflags:{flags}\tchecklist:{done}/{total}"
            + (f" ({warnings} warnings)" if warnings else "")
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    app, user = _session(args)
    case = app.workspace.case_for(user, args.case_id)
    app.audit.record(user.username, "case.read", f"case:{case.id}")
    o = app.workspace.overview(case)
    print(f"case {case.id} {case.label} — {o.stage}, consent {o.consent.status}")
    print(
        f"need noticed {case.need_noticed}; meeting {case.meeting_date or '-'} "
        f"{case.meeting_time or ''}-{case.meeting_end or ''} {case.meeting_format or ''}"
    )
    print(f"actors: {actors_text(case.actors) or '-'}")
    for p in o.participants:
        consent = f", consent {p.consent}" if p.consent else ""
        journey = " → ".join(p.participant.journey)
        print(
            f"  participant {p.participant.id} {p.participant.role} {journey}: "
            f"{p.session_status}{consent}"
        )
    for flag in o.flags:
        print(f"  deadline: {flag.id}" + (f" (due {flag.due})" if flag.due else ""))
    for item in o.checklist:
        print(f"  [{item.state}] {item.id}")
    return 0


def run_invite(args: argparse.Namespace) -> int:
    app, user = _session(args)
    case = app.workspace.case_for(user, args.case)
    participant = app.case_store.participant(args.participant)
    if participant is None or participant.case_id != case.id:
        raise UserFacingError(f"case {case.id} has no participant {args.participant}")
    links = Links.from_env("127.0.0.1", 8080)
    if args.base_url:
        links = Links(args.base_url.rstrip("/"), links.bot_username)
    token = app.cases.issue_invite(participant.id, actor=user.username)
    print(f"web: {links.web(token)}")
    if links.telegram(token):
        print(f"telegram: {links.telegram(token)}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    app, user = _session(args)
    case = app.workspace.case_for(user, args.case)
    export = app.packs.export(user.username, case.id, args.format, args.document)
    write_private(args.out, export.body)
    print(f"wrote {args.out} ({len(export.body)} bytes)")
    return 0

"""`delaktig print`: a dialog as a printable questionnaire (PDF) or its texts (txt); with
`--case` and `--participant`, one person's booklet (their dialog, their code, only the life
areas chosen beforehand: `--areas`, else those the guardians' consent names)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.exports.questionnaire import MAX_AREAS, Booklet, questionnaire_pdf, questionnaire_txt
from bot.runtime.files import write_private
from bot.services.booklet import person_booklet
from bot.services.links import Links

LOOPBACK_REFUSED = (
    "the read-aloud QR codes would lead to {url}, which only this machine can open; give the"
    " public address with --base-url https://… (or set DELAKTIG_BASE_URL), or --local to print"
    " for this machine anyway"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="a dialog on paper (pdf) or as text (txt)")
    parser.add_argument("--dialog", help="a blank booklet of this dialog")
    parser.add_argument("--case", type=int, help="with --participant: one person's booklet")
    parser.add_argument("--participant", type=int)
    parser.add_argument(
        "--areas",
        default="",
        help=f"the life areas chosen beforehand, e.g. school,friends (at most {MAX_AREAS})",
    )
    parser.add_argument("--lang", default="sv")
    parser.add_argument("--format", choices=("pdf", "txt"), default="pdf")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument(
        "--base-url",
        default="",
        help="where each page's read-aloud QR code leads (default DELAKTIG_BASE_URL)",
    )
    parser.add_argument(
        "--local",
        action="store_true",
        help="allow QR codes that lead to this machine (localhost), for trying it out",
    )
    parser.set_defaults(func=run)


def _booklet(app: App, args: argparse.Namespace) -> tuple[str, Booklet | None]:
    """The dialog to print, and whose booklet it is (None: a blank one)."""
    if args.participant is None:
        if not args.dialog:
            raise UserFacingError("give --dialog ID, or --case ID --participant ID")
        return args.dialog, None
    areas = tuple(a.strip() for a in args.areas.split(",") if a.strip())
    dialog, booklet = person_booklet(
        app.case_store, app.consent, app.library, args.case, args.participant, areas
    )
    return dialog.id, booklet


def run(args: argparse.Namespace) -> int:
    app = App(Settings.from_env())
    dialog_id, booklet = _booklet(app, args)
    dialog = app.library.get(dialog_id)
    t = app.catalog.translator(args.lang)
    if args.format == "txt":
        write_private(args.out, questionnaire_txt(dialog, t))
    else:
        links = Links.from_env("127.0.0.1", 8080)
        if args.base_url:
            links = Links(args.base_url.rstrip("/"))
        if links.local and not args.local:
            raise UserFacingError(LOOPBACK_REFUSED.format(url=links.base_url))
        base_url = links.base_url
        body = questionnaire_pdf(dialog, t, app.manifest, app.pictogram_cache, base_url, booklet)
        write_private(args.out, body)
    print(f"wrote {args.out}")
    return 0

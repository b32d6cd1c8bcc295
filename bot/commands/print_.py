"""`delaktig print`: a dialog as a printable questionnaire (PDF) or its texts (txt)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.app import App
from bot.config import Settings
from bot.errors import UserFacingError
from bot.exports.questionnaire import questionnaire_pdf, questionnaire_txt
from bot.services.links import Links

LOOPBACK_REFUSED = (
    "the read-aloud QR codes would lead to {url}, which only this machine can open; give the"
    " public address with --base-url https://… (or set DELAKTIG_BASE_URL), or --local to print"
    " for this machine anyway"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="a dialog on paper (pdf) or as text (txt)")
    parser.add_argument("--dialog", required=True)
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


def run(args: argparse.Namespace) -> int:
    app = App(Settings.from_env())
    dialog = app.library.get(args.dialog)
    t = app.catalog.translator(args.lang)
    if args.format == "txt":
        args.out.write_text(questionnaire_txt(dialog, t), encoding="utf-8")
    else:
        links = Links.from_env("127.0.0.1", 8080)
        if args.base_url:
            links = Links(args.base_url.rstrip("/"))
        if links.local and not args.local:
            raise UserFacingError(LOOPBACK_REFUSED.format(url=links.base_url))
        base_url = links.base_url
        body = questionnaire_pdf(dialog, t, app.manifest, app.pictogram_cache, base_url)
        args.out.write_bytes(body)
    print(f"wrote {args.out}")
    return 0

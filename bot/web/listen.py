"""The printed questionnaire's read-aloud pages: `/listen/{dialog}/{lang}/{page}` (the QR code
on each printed page) lists that page's questions, each with an `<audio>` player whose MP3 is
`/listen/{dialog}/{lang}/{page}/{n}.mp3`. Public and without a token: only a dialog's own
question texts are spoken here, never an answer. The page's questions come from
`questionnaire_layout`, the layout the PDF is printed with.

`?hear=en` on the page and its MP3s shows and reads the same printed page's questions in
another language (page numbers differ per language, so the path keeps the printed language and
page); an unknown language falls back to the printed one. "Jag behöver hjälp nu" is a
`<details>` block on the page itself, so it needs no script and the child keeps the place:
the help-now words (with no case, so the plain ones) and `help-now-paper`, to read and to hear
at `.../{page}/help-now.mp3`. Nobody is logged in, so it cannot tell a coordinator."""

from __future__ import annotations

import asyncio
from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web

from bot.adapters.speech import SpeechError
from bot.app import App
from bot.engine.runner import help_now_msg
from bot.engine.visible import VisibleStep
from bot.exports.questionnaire import (
    AREA_STEP,
    MAX_AREAS,
    Booklet,
    printed_prompt,
    questionnaire_layout,
)
from bot.i18n import Translator
from bot.messages import Msg
from bot.runtime import workers
from bot.services.speech import SpokenPart, speakable_msgs, speakable_parts
from bot.web.errors import parse_id
from bot.web.family import language_names
from bot.web.keys import APP_KEY

#: (dialog id, lang, booklet areas or None) → page number → the questions printed on it.
PAGES_KEY = web.AppKey("listen_pages", dict)
#: What "Jag behöver hjälp nu" says here: no case, so no coordinator's contact.
HELP_NOW = (help_now_msg({}), Msg("help-now-paper"))
PAGE = r"/listen/{dialog:[a-z0-9-]+}/{lang:[A-Za-z-]+}/{page:\d{1,3}}"


async def _page_steps(request: web.Request) -> tuple[App, str, list[VisibleStep]]:
    """The app, the printed language and the questions of the requested printed page, or 404."""
    app = request.app[APP_KEY]
    dialog_id, lang = request.match_info["dialog"], request.match_info["lang"]
    if dialog_id not in app.library.load() or lang not in app.catalog.languages:
        raise web.HTTPNotFound()
    dialog = app.library.get(dialog_id)
    areas = _booklet_areas(request, dialog)
    layouts = request.app[PAGES_KEY]
    if (dialog_id, lang, areas) not in layouts:
        t = app.catalog.translator(lang)
        booklet = Booklet("", areas) if areas is not None else None
        # Laid out as printed: with its QR codes (their room moves page breaks).
        base = str(request.url.origin())
        layout = await asyncio.to_thread(
            questionnaire_layout, dialog, t, app.manifest, app.pictogram_cache, base, booklet
        )
        layouts[dialog_id, lang, areas] = {
            page: [layout.steps[i] for i in found] for page, found in layout.pages.items()
        }
    steps = layouts[dialog_id, lang, areas].get(parse_id(request.match_info["page"]))
    if not steps:
        raise web.HTTPNotFound()
    return app, lang, steps


def _booklet_areas(request: web.Request, dialog) -> tuple[str, ...] | None:
    """A person's booklet prints only its areas (`?areas=school,friends`, `-` for none): the
    same layout, so the same questions per page. None: the blank booklet."""
    if "areas" not in request.query:
        return None
    known = [o.id for o in dialog.step(AREA_STEP).options] if AREA_STEP in dialog.steps else []
    chosen = request.query["areas"].split(",")
    return tuple(a for a in known if a in chosen)[:MAX_AREAS]


def _hearing(request: web.Request, app: App, printed: str) -> str:
    """The language to show and read in: `?hear=`, else (or when unknown) the printed one."""
    hear = request.query.get("hear", printed)
    return hear if hear in app.catalog.languages else printed


def _query(request: web.Request, hear: str, printed: str) -> str:
    """The query every link on the page keeps: the booklet's areas and the language heard."""
    query = {"areas": request.query["areas"]} if "areas" in request.query else {}
    if hear != printed:
        query["hear"] = hear
    return "?" + urlencode(query) if query else ""


async def page(request: web.Request) -> web.StreamResponse:
    app, printed, steps = await _page_steps(request)
    hear = _hearing(request, app, printed)
    t = app.catalog.translator(hear)
    base, query = request.path.rstrip("/"), _query(request, hear, printed)
    questions = [(t(shown.text), f"{base}/{n}.mp3{query}") for n, shown in enumerate(steps, 1)]
    langs = [(code, name, base + _query(request, code, printed)) for code, name in
             language_names(app.catalog)]  # fmt: skip
    context = {
        "lang": hear,
        "dir": app.catalog.direction(hear),
        "questions": questions,
        "langs": langs,
        "help_now": [t(msg) for msg in HELP_NOW],
        "help_now_src": f"{base}/help-now.mp3{query}",
    }
    return aiohttp_jinja2.render_template("listen/page.html", request, context)


async def audio(request: web.Request) -> web.StreamResponse:
    app, printed, steps = await _page_steps(request)
    number = parse_id(request.match_info["n"])
    if not 1 <= number <= len(steps):
        raise web.HTTPNotFound()
    t = app.catalog.translator(_hearing(request, app, printed))
    return await _mp3(app, speakable_parts(printed_prompt(steps[number - 1]), t), t)


async def help_now_audio(request: web.Request) -> web.StreamResponse:
    app, printed, _ = await _page_steps(request)
    t = app.catalog.translator(_hearing(request, app, printed))
    return await _mp3(app, speakable_msgs(HELP_NOW, t), t)


async def _mp3(app: App, parts: list[SpokenPart], t: Translator) -> web.StreamResponse:
    try:
        path = await workers.blocking(app.speech.synthesize_parts, parts, "mp3")
    except SpeechError:
        raise web.HTTPServiceUnavailable(text=t("speech-unavailable")) from None
    return web.FileResponse(path, headers={"Content-Type": "audio/mpeg"})


def register(web_app: web.Application) -> None:
    web_app[PAGES_KEY] = {}
    r = web_app.router
    r.add_get(PAGE, page)
    r.add_get(PAGE + r"/{n:\d{1,3}}.mp3", audio)
    r.add_get(PAGE + "/help-now.mp3", help_now_audio)

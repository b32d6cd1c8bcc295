"""The printed questionnaire's read-aloud pages: `/listen/{dialog}/{lang}/{page}` (the QR code
on each printed page) lists that page's questions, each with an `<audio>` player whose MP3 is
`/listen/{dialog}/{lang}/{page}/{n}.mp3`. Public and without a token: only a dialog's own
question texts are spoken here, never an answer. The page's questions come from
`questionnaire_layout`, the layout the PDF is printed with."""

from __future__ import annotations

import asyncio

import aiohttp_jinja2
from aiohttp import web

from bot.app import App
from bot.engine.visible import VisibleStep
from bot.exports.questionnaire import printed_prompt, questionnaire_layout
from bot.i18n import direction
from bot.services.speech import SpeechError, speakable_parts
from bot.web.keys import APP_KEY

#: (dialog id, lang) → page number → the questions printed on it.
PAGES_KEY = web.AppKey("listen_pages", dict)


async def _page_steps(request: web.Request) -> tuple[App, str, list[VisibleStep]]:
    """The app, the language and the questions of the requested printed page, or 404."""
    app = request.app[APP_KEY]
    dialog_id, lang = request.match_info["dialog"], request.match_info["lang"]
    if dialog_id not in app.library.load() or lang not in app.catalog.languages:
        raise web.HTTPNotFound()
    layouts = request.app[PAGES_KEY]
    if (dialog_id, lang) not in layouts:
        dialog, t = app.library.get(dialog_id), app.catalog.translator(lang)
        layout = await asyncio.to_thread(
            questionnaire_layout, dialog, t, app.manifest, app.pictogram_cache
        )
        layouts[dialog_id, lang] = {
            page: [layout.steps[i] for i in found] for page, found in layout.pages.items()
        }
    steps = layouts[dialog_id, lang].get(int(request.match_info["page"]))
    if not steps:
        raise web.HTTPNotFound()
    return app, lang, steps


async def page(request: web.Request) -> web.StreamResponse:
    app, lang, steps = await _page_steps(request)
    t = app.catalog.translator(lang)
    base = request.path.rstrip("/")
    questions = [(t(shown.text), f"{base}/{n}.mp3") for n, shown in enumerate(steps, 1)]
    context = {"lang": lang, "dir": direction(lang), "questions": questions}
    return aiohttp_jinja2.render_template("listen/page.html", request, context)


async def audio(request: web.Request) -> web.StreamResponse:
    app, lang, steps = await _page_steps(request)
    number = int(request.match_info["n"])
    if not 1 <= number <= len(steps):
        raise web.HTTPNotFound()
    parts = speakable_parts(printed_prompt(steps[number - 1]), app.catalog.translator(lang))
    try:
        path = await asyncio.to_thread(app.speech.synthesize_parts, parts, "mp3")
    except SpeechError:
        t = app.catalog.translator(lang)
        raise web.HTTPServiceUnavailable(text=t("speech-unavailable")) from None
    return web.FileResponse(path, headers={"Content-Type": "audio/mpeg"})


def register(web_app: web.Application) -> None:
    web_app[PAGES_KEY] = {}
    r = web_app.router
    r.add_get(r"/listen/{dialog:[a-z0-9-]+}/{lang:[A-Za-z-]+}/{page:\d{1,3}}", page)
    r.add_get(
        r"/listen/{dialog:[a-z0-9-]+}/{lang:[A-Za-z-]+}/{page:\d{1,3}}/{n:\d{1,3}}.mp3", audio
    )

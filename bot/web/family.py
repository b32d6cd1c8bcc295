"""The easy-read web channel for families: the invite link opens the person's dialog in the
phone's browser, one question per page, with plain forms (post, then redirect to get).

Routes: `GET /i/{token}` redeems an invite for this device; `GET|POST /f` is the dialog page;
`POST /f/lang` and `POST /f/logout`; `GET /f/min-rost.png|pdf` is the child's own page for the
meeting; `GET /f/listen/{key}.mp3` (and `.../help.mp3`) reads the current question (its help)
aloud; `POST /f/help-now` and `POST /f/help-now/tell` are "Jag behöver hjälp nu";
`GET /p/{key}.svg` serves a pictogram; `GET /bye` says goodbye after logging out.
No answer text and no token ever appears in a URL after the invite.
"""

from __future__ import annotations

import asyncio
import functools
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import MethodType
from typing import Any, TypeVar

import aiohttp_jinja2
from aiohttp import web
from multidict import MultiDictProxy

from bot.app import App
from bot.engine.model import Kind, Share
from bot.engine.runner import Event, EventKind, Msg, Notice, Output, key_of, position, prompt_for
from bot.i18n import DEFAULT_LOCALE, Catalog, Translator
from bot.paths import pictograms_dir
from bot.pictograms import UnknownPictogram
from bot.services.cases import InvalidInvite, TooManyAttempts
from bot.services.consent import CONSENT_DIALOG
from bot.services.speech import SpeechError, SpokenPart, speakable_help, speakable_parts
from bot.web import min_rost
from bot.web.auth import Login, Logins
from bot.web.keys import APP_KEY
from storage.cases import Participant
from storage.sessions import StoredSession

DEVICE_COOKIE = "delaktig_device"
SESSION_COOKIE = "delaktig_family"
DEVICE_MAX_AGE = 400 * 24 * 3600
IDLE_SECONDS = 15 * 60
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
#: The dialog actions a form may ask for with its `do` button.
ACTIONS = {
    "continue": EventKind.ANSWER,
    "answer": EventKind.ANSWER,
    "skip": EventKind.SKIP,
    "back": EventKind.BACK,
    "pause": EventKind.PAUSE,
    "help": EventKind.HELP,
    "resume": EventKind.RESUME,
}
SHARE_FIELD = "share:"
WORDS_REMEMBERED = 20_000


@dataclass
class WebSession(Login):
    """One browser's short-lived login, bound to one participant and their dialog session."""

    participant: Participant
    session_id: str
    notices: list[Notice] = field(default_factory=list)
    withdrawn: str | None = None
    #: Languages in which this login was told that some text is in Swedish (since the last
    #: change of language).
    told_swedish: set[str] = field(default_factory=set)


class WebSessions(Logins[WebSession]):
    """Family logins on a monotonic clock; the device cookie lets the person open their link
    again after one has ended."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, idle: float = IDLE_SECONDS):
        super().__init__(clock, idle)

    def open(self, participant: Participant, session_id: str) -> WebSession:
        return self._open(WebSession, participant=participant, session_id=session_id)


FAMILY_KEY = web.AppKey("family_sessions", WebSessions)


def event_from_form(form: MultiDictProxy[Any], kind_here: Kind, at: str) -> Event:
    """The engine event a submitted form asks for, read against the step (its kind and prompt
    key) it answers."""
    if "choice" in form:
        return Event(EventKind.ANSWER, str(form["choice"]), at=at)
    kind = ACTIONS.get(str(form.get("do", "")), "unknown")
    if kind != EventKind.ANSWER:
        return Event(kind, at=at)
    match kind_here:
        case Kind.MULTI:
            return Event(kind, [str(v) for v in form.getall("pick", [])], at=at)
        case Kind.TEXT:
            return Event(kind, str(form.get("text", "")), at=at)
        case Kind.CHOICE | Kind.SCALE:
            return Event(kind, str(form.get("choice", "")), at=at)
        case Kind.REVIEW:
            shares = {
                name[len(SHARE_FIELD) :]: str(value)
                for name, value in form.items()
                if name.startswith(SHARE_FIELD)
            }
            return Event(kind, shares, at=at)
    return Event(kind, at=at)


def page_lang(request: web.Request, app: App) -> str:
    """For pages before a login: the browser's first language we have, else Swedish."""
    for part in request.headers.get("Accept-Language", "").split(","):
        lang = part.split(";")[0].strip().lower()[:2]
        if lang in app.catalog.languages:
            return lang
    return "sv"


class PageWords:
    """A translator for pages that remembers what it formatted: the words do not change while
    the server runs, and a page asks for some thirty of them. `used_fallback` says whether a
    word since the last `reset()` had to be Swedish (a page renders without awaiting)."""

    def __init__(self, translator: Translator):
        self.translator, self.lang = translator, translator.lang
        self._formatted: dict[tuple, tuple[str, bool]] = {}
        self.used_fallback = False

    def __call__(self, msg: Msg | str, **args: Any) -> str:
        if isinstance(msg, Msg):
            msg, args = msg.id, {**msg.args, **args}
        key = (msg, *sorted(args.items()))
        known = self._formatted.get(key)
        if known is None:
            if len(self._formatted) >= WORDS_REMEMBERED:
                self._formatted.clear()
            self.translator.used_fallback = False
            text = self.translator(msg, **args)
            known = self._formatted[key] = (text, self.translator.used_fallback)
        self.used_fallback = self.used_fallback or known[1]
        return known[0]

    def reset(self) -> None:
        self.used_fallback = False


#: The family pages' routes, each written above its handler, a method of FamilyPages (a
#: subclass has a table of its own); `add_page_routes` binds them to the pages object.
routes = web.RouteTableDef()

P = TypeVar("P", bound="FamilyPages")
Page = Callable[[P, web.Request], Awaitable[web.StreamResponse]]
LoginPage = Callable[[P, web.Request, WebSession], Awaitable[web.StreamResponse]]
FormPage = Callable[[P, web.Request, WebSession, MultiDictProxy], Awaitable[web.StreamResponse]]


def logged_in(handler: LoginPage[P]) -> Page[P]:
    """A page for a live login, handed to it; without one, the "expired" page (410)."""

    @functools.wraps(handler)
    async def page(pages: P, request: web.Request) -> web.StreamResponse:
        login = pages.logins.get(request.cookies.get(SESSION_COOKIE))
        if login is None:
            return pages._expired(request)
        return await handler(pages, request, login)

    return page


def posted(handler: FormPage[P]) -> Page[P]:
    """A form post of a live login with its CSRF token: the handler gets the login and the
    form. Otherwise it does not run and the kind page answers: expired (410), too large (413)
    or a stale form (403)."""

    @logged_in
    @functools.wraps(handler)
    async def page(pages: P, request: web.Request, login: WebSession) -> web.StreamResponse:
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            return pages._message(request, "web-too-large", status=413)
        if not login.csrf_ok(form.get("csrf")):
            return pages._message(request, "web-csrf", status=403, back=True)
        return await handler(pages, request, login, form)

    return page


class FamilyPages:
    def __init__(self, web_app: web.Application):
        self.web_app = web_app
        self._words: dict[str, PageWords] = {}

    def words(self, lang: str) -> PageWords:
        if lang not in self._words:
            self._words[lang] = PageWords(self.app.catalog.translator(lang))
        return self._words[lang]

    @property
    def app(self) -> App:
        return self.web_app[APP_KEY]

    @property
    def logins(self) -> WebSessions:
        return self.web_app[FAMILY_KEY]

    # ── Pages ───────────────────────────────────────────────────────────────────────────────

    @routes.get("/i/{token}")
    async def invite(self, request: web.Request) -> web.StreamResponse:
        device = request.cookies.get(DEVICE_COOKIE, "")
        if not _plausible_token(device):
            device = secrets.token_urlsafe(32)
        try:
            redeemed = self.app.cases.redeem(
                request.match_info["token"], f"web:{device}", source=f"web-ip:{request.remote}"
            )
        except InvalidInvite:
            response = self._message(request, "web-invite-invalid", status=404)
        except TooManyAttempts:
            response = self._message(request, "web-too-many", status=429)
        else:
            login = self.logins.open(redeemed.participant, redeemed.session_id)
            login.notices = _shown_notices(redeemed.outputs)
            response = _redirect("/f")
            response.set_cookie(
                SESSION_COOKIE, login.token, httponly=True, samesite="Lax",
                secure=request.secure, path="/",
            )  # fmt: skip
        response.set_cookie(
            DEVICE_COOKIE, device, max_age=DEVICE_MAX_AGE, httponly=True, samesite="Lax",
            secure=request.secure, path="/",
        )  # fmt: skip
        return response

    @routes.get("/f")
    @logged_in
    async def dialog(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        session = self.app.dialogs.get(login.session_id)
        dialog = self.app.dialogs.dialog_of(session)
        t = self.words(session.lang)
        notices, login.notices = login.notices, []
        manifest = self.app.manifest
        context = {
            "t": t,
            "csrf": login.csrf,
            "guardian": login.participant.role == "guardian",
            "notices": notices,
            "langs": language_names(self.app.catalog),
            "shares": [share.value for share in Share],
            "alt": lambda key: t(manifest[key].alt) if key in manifest else "",
        }
        prompt = prompt_for(dialog, session.state)
        if session.status == "paused":
            template, extra = "family/paused.html", {}
        elif prompt.kind is Kind.END:
            template = "family/end.html"
            extra = {"shared": min_rost.shared_items(dialog, session.state)}
        else:
            template, extra = "family/question.html", {"help": bool(prompt.help)}
        context |= {"prompt": prompt, **extra}
        t.reset()
        response = self._render(template, request, context)
        if t.used_fallback and t.lang not in login.told_swedish:
            login.told_swedish.add(t.lang)
            context["notices"] = [Notice(Msg("notice-some-swedish"), "some-swedish"), *notices]
            response = self._render(template, request, context)
        return response

    @routes.get("/f/listen/{key}{part:(?:/help)?}.mp3")
    async def listen(self, request: web.Request) -> web.StreamResponse:
        """The current question (or its help) read aloud as MP3; only the current prompt's key
        is accepted, so the URL carries no words and reveals nothing but a question key."""
        login = self.logins.get(request.cookies.get(SESSION_COOKIE))
        if login is None:
            raise web.HTTPNotFound()
        session = self.app.dialogs.get(login.session_id)
        prompt = prompt_for(self.app.dialogs.dialog_of(session), session.state)
        if request.match_info["key"] != prompt.key or prompt.kind is Kind.END:
            raise web.HTTPNotFound()
        t = self.app.catalog.translator(session.lang)
        parts = _help_parts(prompt, t) if request.match_info["part"] else speakable_parts(prompt, t)
        if not parts:
            raise web.HTTPNotFound()
        try:
            path = await asyncio.to_thread(self.app.speech.synthesize_parts, parts, "mp3")
        except SpeechError:
            text = self.words(session.lang)("speech-unavailable")
            return web.Response(status=503, text=text, headers=NO_STORE)
        return web.FileResponse(path, headers={**NO_STORE, "Content-Type": "audio/mpeg"})

    @routes.post("/f/help-now")
    @posted
    async def help_now(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        """ "Jag behöver hjälp nu": the help notice above the same question; nothing changes."""
        _, outputs = self._handle(self.app.dialogs.get(login.session_id), Event(EventKind.HELP_NOW))
        login.notices.extend(_shown_notices(outputs))
        return _redirect("/f")

    @routes.post("/f/help-now/tell")
    @posted
    async def help_now_tell(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        """ "Berätta för min samordnare": an urgent notice, with no words, on the dashboard."""
        told = self.app.help_now.alert_coordinator(login.participant.id)
        msg = "help-now-told" if told is not None else "help-now-no-coordinator"
        login.notices.append(Notice(Msg(msg), "help-now-told"))
        return _redirect("/f")

    @routes.post("/f")
    @posted
    async def answer(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        session = self.app.dialogs.get(login.session_id)
        here = position(session.state)
        if form.get("at") != key_of(here):
            login.notices.append(Notice(Msg("notice-stale"), "stale"))
            return _redirect("/f")
        kind = self.app.dialogs.dialog_of(session).step(here[0]).kind
        event = event_from_form(form, kind, key_of(here))
        _, outputs = self._handle(session, event)
        login.notices.extend(_shown_notices(outputs))
        return _redirect("/f")

    @routes.post("/f/lang")
    @posted
    async def set_lang(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        lang = str(form.get("lang", ""))
        if lang in self.app.catalog.languages:
            self.app.dialogs.set_lang(self.app.dialogs.get(login.session_id), lang)
            login.told_swedish.clear()  # as the console: told again after a change
        return _redirect("/f")

    @routes.post("/f/logout")
    @posted
    async def logout(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        session = self.app.dialogs.get(login.session_id)
        if session.status == "active":
            self._handle(session, Event(EventKind.PAUSE))
        self.logins.drop(login.token)
        response = _redirect("/bye")
        response.del_cookie(SESSION_COOKIE, path="/")
        return response

    @routes.get("/bye")
    async def bye(self, request: web.Request) -> web.StreamResponse:
        return self._message(request, "web-logged-out")

    @routes.get("/f/min-rost.{fmt:png|pdf}")
    @logged_in
    async def min_rost_file(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        session = self.app.dialogs.get(login.session_id)
        dialog = self.app.dialogs.dialog_of(session)
        t = self.app.catalog.translator(session.lang)
        actor = f"participant:{login.participant.id}"
        meeting = self.app.sharing.for_meeting(session, dialog, actor)
        page = min_rost.build_page(dialog, session.state, meeting, t, self.app.manifest)
        fmt = request.match_info["fmt"]
        pictures, manifest = self.app.pictogram_cache, self.app.manifest
        if fmt == "png":
            body = min_rost.render_png(page, pictures, manifest)
        else:
            body = min_rost.render_pdf(page, t, pictures, manifest)
        return web.Response(
            body=body,
            content_type="image/png" if fmt == "png" else "application/pdf",
            headers={**NO_STORE, "Content-Disposition": f'inline; filename="min-rost.{fmt}"'},
        )

    @routes.get("/p/{key}.svg")
    async def pictogram(self, request: web.Request) -> web.StreamResponse:
        try:
            path = self.app.manifest[request.match_info["key"]].svg_path
        except UnknownPictogram:
            raise web.HTTPNotFound() from None
        if not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})

    @routes.get("/f/withdraw")
    @logged_in
    async def withdraw_page(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        """A guardian takes back their consent: asked once to confirm, then done at once."""
        if login.participant.role != "guardian":
            raise web.HTTPNotFound()
        t = self.words(self.app.dialogs.get(login.session_id).lang)
        context = {
            "t": t,
            "csrf": login.csrf,
            "langs": language_names(self.app.catalog),
            "guardian": True,
        }
        if login.withdrawn:
            done = {"msg": login.withdrawn, "guardian": False}
            return self._render("family/withdrawn.html", request, context | done)
        return self._render("family/withdraw.html", request, context)

    @routes.post("/f/withdraw")
    @posted
    async def withdraw(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        if login.participant.role != "guardian":
            raise web.HTTPNotFound()
        result = self.app.consent.withdraw(login.participant.case_id, login.participant.id)
        login.withdrawn = result.message
        return _redirect("/f/withdraw")

    # ── Helpers ─────────────────────────────────────────────────────────────────────────────

    def _handle(self, session: StoredSession, event: Event):
        """Consent sessions step through the consent service, which records them when done."""
        if session.dialog_id == CONSENT_DIALOG:
            return self.app.consent.handle(session.id, event)
        return self.app.dialogs.handle(session.id, event)

    def _expired(self, request: web.Request) -> web.StreamResponse:
        return self._message(request, "web-expired", status=410)

    def _message(
        self, request: web.Request, msg_id: str, status: int = 200, back: bool = False
    ) -> web.StreamResponse:
        t = self.words(page_lang(request, self.app))
        context = {
            "t": t,
            "csrf": None,
            "guardian": False,
            "title": f"{msg_id}-title",
            "body": f"{msg_id}-body",
            "back": back,
        }
        return self._render("family/message.html", request, context, status)

    def _render(
        self, template: str, request: web.Request, context: dict, status: int = 200
    ) -> web.StreamResponse:
        context.setdefault("direction", self.app.catalog.direction(context["t"].lang))
        response = aiohttp_jinja2.render_template(template, request, context, status=status)
        response.headers.update(NO_STORE)
        return response


def language_names(catalog: Catalog) -> list[tuple[str, str]]:
    """(code, the language's own name) for a language switch."""
    return [(lang, catalog.format(lang, "web-lang-name") or lang) for lang in catalog.languages]


def _help_parts(prompt, t: Translator) -> list[SpokenPart]:
    """The step's help text as one spoken part, in Swedish when it fell back to Swedish."""
    text = speakable_help(prompt, t)
    if not text:
        return []
    return [(t.lang if t.catalog.has(t.lang, prompt.help.id) else DEFAULT_LOCALE, text)]


def _shown_notices(outputs: list[Output]) -> list[Notice]:
    """Notices for the next page; the paused page says "saved" by itself."""
    return [o for o in outputs if isinstance(o, Notice) and o.msg.id != "notice-paused"]


def _plausible_token(value: str) -> bool:
    return 32 <= len(value) <= 64 and all(c.isalnum() or c in "-_" for c in value)


def _redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={**NO_STORE, "Location": location})


def add_page_routes(web_app: web.Application, table: web.RouteTableDef, pages: FamilyPages) -> None:
    """Add the routes of `table`, each handler bound to `pages` as its method."""
    web_app.router.add_routes(
        [web.route(r.method, r.path, MethodType(r.handler, pages), **r.kwargs) for r in table]
    )


async def warm_up(web_app: web.Application) -> None:
    """Load dialogs, words, pictograms and templates before the first family arrives."""
    app = web_app[APP_KEY]
    app.library.load()
    _ = app.catalog, app.manifest, app.dialogs
    env = aiohttp_jinja2.get_env(web_app)
    for name in ("question", "paused", "end", "message", "withdraw", "withdrawn"):
        env.get_template(f"family/{name}.html")


def register(web_app: web.Application) -> None:
    """Routes of the family pages; templates come from the app's Jinja setup (server.py)."""
    web_app.on_startup.append(warm_up)
    web_app[FAMILY_KEY] = WebSessions()
    add_page_routes(web_app, routes, FamilyPages(web_app))
    web_app.router.add_static("/fonts/", pictograms_dir() / "fonts", name="fonts")

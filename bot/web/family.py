"""The easy-read web channel for families: the invite link opens the person's dialog in the
phone's browser, one question per page, with plain forms (post, then redirect to get).

Routes: `GET /i/{token}` is the invite's landing page (it changes nothing); `POST /i` (the form
posts the token) lets the person choose their own code, or enter it, and opens their login
(bot/services/access.py); `GET|POST /f` is the dialog page;
`POST /f/lang` and `POST /f/logout`; `GET /f/min-rost.png|pdf` is the child's own page for the
meeting; `GET /f/listen/{key}.mp3` (and `.../help.mp3`) reads the current question (its help)
aloud; `POST /f/help-now` and `POST /f/help-now/tell` are "Jag behöver hjälp nu";
`GET /p/{key}.svg` serves a pictogram; `GET /bye` says goodbye after logging out.
No answer text and no token ever appears in a URL after the invite.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import MethodType
from typing import Any, TypeVar

import aiohttp_jinja2
from aiohttp import web
from multidict import MultiDictProxy

from bot.adapters.speech import SpeechError
from bot.app import App
from bot.conversation.core import Place, Refused, Reply, WrongCode
from bot.conversation.intents import (
    Answer,
    Intent,
    Listen,
    Navigate,
    SwitchLanguage,
    TellCoordinator,
    Withdraw,
)
from bot.domain import Participant, StoredLogin
from bot.engine.model import Kind, Share
from bot.engine.runner import EventKind, Notice, Output
from bot.i18n import Catalog, Translator
from bot.messages import Msg
from bot.paths import pictograms_dir
from bot.pictograms import UnknownPictogram
from bot.runtime import render_jobs, workers
from bot.services.access import (
    CODE_PICTURES,
    DIGIT_ROLES,
    DIGITS,
    KINDS,
    PICTURES_IN_CODE,
    BadCode,
    InviteLocked,
    Opening,
    check_code,
    digest,
    matches,
    web_identity,
)
from bot.services.cases import InvalidInvite, TooManyAttempts
from bot.services.consent import CONSENT_DIALOGS, may_consent
from bot.web import min_rost
from bot.web.auth import Login, Logins, set_login_cookie
from bot.web.errors import NO_STORE, family_message, family_page
from bot.web.keys import APP_KEY

SESSION_COOKIE = "delaktig_family"
#: The dialog actions a form may ask for with its `do` button (the rest answer the question).
ACTIONS = {
    "skip": EventKind.SKIP,
    "back": EventKind.BACK,
    "pause": EventKind.PAUSE,
    "help": EventKind.HELP,
    "resume": EventKind.RESUME,
}
ANSWERS = ("continue", "answer")
FAMILY_TEMPLATES = (
    *("question", "paused", "end", "message", "withdraw", "withdrawn", "landing", "code"),
)
SHARE_FIELD = "share:"
#: The query flag of the page right after the last answer: it shows the end page ("Tack! Dina
#: svar är sparade"), also after the meeting, when opening a finished dialog shows the home page.
FINISHED = "finished"
WORDS_REMEMBERED = 20_000


@dataclass
class WebSession(Login):
    """One browser's short-lived login, bound to one participant and their dialog session."""

    participant: Participant
    session_id: str
    identity: str
    notices: list[Notice] = field(default_factory=list)
    #: After a withdrawal: its message and the language it is shown in.
    withdrawn: tuple[str, str] | None = None
    #: The question a kept draft was shown at (bot/services/access.py).
    draft_at: str | None = None

    @property
    def place(self) -> Place:
        return Place(self.participant.id, self.session_id, self.identity)


class WebSessions(Logins[WebSession]):
    """Family logins; after one has ended, the person opens their link again and enters their
    code (bot/services/access.py). What a login holds beyond its tokens (its place, identity,
    notices for the next page, the question a kept draft was shown at) is stored encrypted."""

    kind = "family"

    def __init__(self, app: App):
        super().__init__(app.login_store, cipher=app.cipher)
        self.app = app

    def open(self, participant: Participant, place: Place, notices: list[Notice]) -> WebSession:
        return self._open(
            WebSession, {"participant_id": participant.id}, participant=participant,
            session_id=place.session_id, identity=place.identity, notices=notices,
        )  # fmt: skip

    def _data(self, login: WebSession) -> str:
        notices = [[n.msg.id, n.msg.args, n.kind] for n in login.notices]
        data = [login.session_id, login.identity, notices, login.withdrawn, login.draft_at]
        return json.dumps(data, default=str)

    def _load(self, token: str, row: StoredLogin) -> WebSession | None:
        participant = self.app.case_store.participant(row.participant_id)
        if participant is None or row.data is None:
            return None
        data = json.loads(row.data)
        session_id, identity, notices, withdrawn, draft_at = data
        return WebSession(
            token, row.csrf, row.seen_at, row.created_at, participant=participant,
            session_id=session_id, identity=identity,
            notices=[Notice(Msg(msg_id, args), kind) for msg_id, args, kind in notices],
            withdrawn=tuple(withdrawn) if withdrawn else None, draft_at=draft_at,
        )  # fmt: skip


FAMILY_KEY = web.AppKey("family_sessions", WebSessions)
#: The request's login, looked up once however many handlers ask.
LOGIN_KEY = web.RequestKey("family_login", object)
#: What a page before the login has instead of a login's forms.
_NO_LOGIN = {"csrf": None}
OPENING_ERRORS = (Refused, InvalidInvite, InviteLocked, TooManyAttempts)


@dataclass
class CodeEntry:
    """A code being chosen or entered, one tapped picture at a time (each tap posts the
    pictures so far back with the form)."""

    kind: str
    picked: list[str]
    choosing: bool
    digits: str = ""
    error: str | None = None
    left: int | None = None

    @classmethod
    def read(cls, form: MultiDictProxy[Any], opening: Opening) -> CodeEntry:
        choosing = opening.kind is None
        kind = opening.kind or str(form.get("switch") or form.get("kind") or "pictures")
        if kind not in KINDS or (kind == "digits" and opening.participant.role not in DIGIT_ROLES):
            kind = "pictures"
        picked = [p for p in str(form.get("picked", "")).split(",") if p in CODE_PICTURES]
        picked = [] if "restart" in form else picked[:PICTURES_IN_CODE]
        if "undo" in form:
            picked = picked[:-1]
        pick = str(form.get("pick", ""))
        if pick in CODE_PICTURES and len(picked) < PICTURES_IN_CODE:
            picked.append(pick)
        return cls(kind, picked, choosing, digits=str(form.get("digits", "")).strip())

    @property
    def value(self) -> list[str] | str:
        return self.picked if self.kind == "pictures" else self.digits

    @property
    def ready(self) -> bool:
        if self.kind == "pictures":
            return len(self.picked) == PICTURES_IN_CODE
        return bool(self.digits)


def intent_from_form(form: MultiDictProxy[Any], kind_here: Kind, at: str) -> Intent:
    """The intent a submitted form asks for, read against the kind of the current step; `at`
    is the question the form was made for (the engine calls it stale when that has moved on)."""
    if "choice" in form:
        return Answer(str(form["choice"]), at)
    do = str(form.get("do", ""))
    if do not in ANSWERS:
        return Navigate(ACTIONS.get(do, "unknown"), at)
    match kind_here:
        case Kind.MULTI:
            return Answer([str(v) for v in form.getall("pick", [])], at)
        case Kind.TEXT:
            return Answer(str(form.get("text", "")), at)
        case Kind.CHOICE | Kind.SCALE:
            return Answer(str(form.get("choice", "")), at)
        case Kind.REVIEW:
            shares = {
                name[len(SHARE_FIELD) :]: str(value)
                for name, value in form.items()
                if name.startswith(SHARE_FIELD)
            }
            return Answer(shares, at)
    return Answer(None, at)


class PageWords:
    """A translator for pages that remembers what it formatted: the words do not change while
    the server runs, and a page asks for some thirty of them."""

    def __init__(self, translator: Translator):
        self.translator, self.lang = translator, translator.lang
        self._formatted: dict[tuple, str] = {}

    def __call__(self, msg: Msg | str, **args: Any) -> str:
        if isinstance(msg, Msg):
            msg, args = msg.id, {**msg.args, **args}
        key = (msg, *sorted(args.items()))
        known = self._formatted.get(key)
        if known is None:
            if len(self._formatted) >= WORDS_REMEMBERED:
                self._formatted.clear()
            known = self._formatted[key] = self.translator(msg, **args)
        return known


#: The family pages' routes, each written above its handler, a method of FamilyPages (a
#: subclass has a table of its own); `add_page_routes` binds them to the pages object.
routes = web.RouteTableDef()

P = TypeVar("P", bound="FamilyPages")
Page = Callable[[P, web.Request], Awaitable[web.StreamResponse]]
LoginPage = Callable[[P, web.Request, WebSession], Awaitable[web.StreamResponse]]
FormPage = Callable[[P, web.Request, WebSession, MultiDictProxy], Awaitable[web.StreamResponse]]


def logged_in(handler: LoginPage[P]) -> Page[P]:
    """A page for a live login, handed to it; without one, the "expired" page (410). When the
    conversation layer refuses the person (case withdrawn or closed, invite revoked, person
    erased, link opened elsewhere), the login ends and the page says why (403)."""

    @functools.wraps(handler)
    async def page(pages: P, request: web.Request) -> web.StreamResponse:
        login = pages.login_of(request)
        if login is None:
            return pages._expired(request)
        try:
            response = await handler(pages, request, login)
            pages.logins.save(login)
            return response
        except Refused as refused:
            pages.logins.drop(login.token)
            lang = pages.app.conversation.language(login.place) or login.participant.lang
            response = pages._refused(request, refused, lang)
            response.del_cookie(SESSION_COOKIE, path="/")
            return response

    return page


def posted(handler: FormPage[P]) -> Page[P]:
    """A form post of a live login with its CSRF token: the handler gets the login and the
    form. Otherwise it does not run and the kind page answers: expired (410) or a stale form
    (403); a form too large or unreadable never gets here (errors.py)."""

    @logged_in
    @functools.wraps(handler)
    async def page(pages: P, request: web.Request, login: WebSession) -> web.StreamResponse:
        form = await request.post()  # read and checked by the error middleware (errors.py)
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

    def login_of(self, request: web.Request) -> WebSession | None:
        """The request's live login (its cookie's), looked up once per request."""
        if LOGIN_KEY not in request:
            request[LOGIN_KEY] = self.logins.get(request.cookies.get(SESSION_COOKIE))
        return request[LOGIN_KEY]

    # ── Pages ───────────────────────────────────────────────────────────────────────────────

    @routes.get("/i/{token}")
    async def invite(self, request: web.Request) -> web.StreamResponse:
        """The landing page, "Hej! Tryck på Börja": reads only, so a link preview or a
        prefetch (GET or HEAD) redeems nothing and writes nothing."""
        token = request.match_info["token"]
        try:
            opening = self.app.conversation.opening(token)
        except OPENING_ERRORS as error:
            return self._not_opened(request, error)
        t = self.words(opening.participant.lang)
        return self._render("family/landing.html", request, {"t": t, "token": token, **_NO_LOGIN})

    @routes.post("/i")
    async def open_invite(self, request: web.Request) -> web.StreamResponse:
        """From the landing page (the form posts the token, so no other site can post it):
        the person chooses their code, or enters it; each tapped picture posts here too."""
        form = await request.post()
        token, source = str(form.get("token", "")), f"web-ip:{request.remote}"
        try:
            opening = self.app.conversation.opening(token, source=source)
            entry = CodeEntry.read(form, opening)
            if entry.choosing:
                if entry.ready and "save" in form:
                    return await self._choose(request, token, opening, entry, source)
            elif entry.ready:
                return await self._enter(request, token, opening, entry, source)
        except OPENING_ERRORS as error:
            return self._not_opened(request, error)
        except BadCode:
            entry = CodeEntry(opening.kind or entry.kind, [], entry.choosing, error="code-bad")
        return self._code_page(request, token, opening, entry)

    async def _choose(
        self, request: web.Request, token: str, opening: Opening, entry: CodeEntry, source: str
    ) -> web.StreamResponse:
        code = check_code(entry.kind, entry.value, opening.participant.role)
        secret = self.app.access.secret(opening.invite, code)
        code_hash = await asyncio.to_thread(digest, secret)
        reply = self.app.conversation.redeem(
            token, web_identity(token), source=source, code=(entry.kind, code_hash)
        )
        return self._logged_in(request, reply)

    async def _enter(
        self, request: web.Request, token: str, opening: Opening, entry: CodeEntry, source: str
    ) -> web.StreamResponse:
        code = check_code(entry.kind, entry.value, opening.participant.role)
        secret = self.app.access.secret(opening.invite, code)
        right = await asyncio.to_thread(matches, opening.code_hash, secret)
        try:
            reply = self.app.conversation.reopen(token, opening, right, source=source)
        except WrongCode as wrong:
            again = CodeEntry(entry.kind, [], False, error="code-wrong", left=wrong.left)
            return self._code_page(request, token, opening, again, status=403)
        return self._logged_in(request, reply)

    def _logged_in(self, request: web.Request, reply: Reply) -> web.StreamResponse:
        """A new login for this browser, on to the dialog page."""
        participant = self.app.case_store.participant(reply.place.participant_id)
        login = self.logins.open(participant, reply.place, _shown_notices(reply.outputs))
        response = _redirect("/f")
        set_login_cookie(response, request, SESSION_COOKIE, login.token, samesite="Lax")
        return response

    def _code_page(
        self,
        request: web.Request,
        token: str,
        opening: Opening,
        entry: CodeEntry,
        status: int = 200,
    ) -> web.StreamResponse:
        context = {
            "t": self.words(opening.participant.lang),
            "token": token,
            "entry": entry,
            "pictures": CODE_PICTURES,
            "size": PICTURES_IN_CODE,
            "digits": DIGITS,
            "may_use_digits": entry.choosing and opening.participant.role in DIGIT_ROLES,
            "alt": self._alt,
            **_NO_LOGIN,
        }
        return self._render("family/code.html", request, context, status=status)

    def _alt(self, key: str) -> Msg:
        return Msg(self.app.manifest[key].alt)

    def _not_opened(self, request: web.Request, error: Exception) -> web.StreamResponse:
        """Why the link does not open: the person's own refusal, an unknown or used link,
        too many links that did not work, or a lock after five wrong codes."""
        match error:
            case Refused():
                return self._refused(request, error)
            case InviteLocked():
                return self._message(request, "web-invite-locked", status=403)
            case TooManyAttempts():
                return self._message(request, "web-too-many", status=429)
        return self._message(request, "web-invite-invalid", status=404)

    @routes.get("/f")
    @logged_in
    async def dialog(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        reply = self.app.conversation.show(login.place)
        session, prompt = reply.session, reply.prompt
        dialog = self.app.dialogs.dialog_of(session)
        t = self.words(session.lang)
        notices = [*_shown_notices(reply.outputs), *login.notices]
        login.notices = []
        manifest = self.app.manifest
        context = {
            "t": t,
            "csrf": login.csrf,
            "guardian": self._consented(login.participant),
            "notices": notices,
            "part": reply.part,
            "langs": language_names(self.app.catalog),
            "shares": [share.value for share in Share],
            "alt": lambda key: t(manifest[key].alt) if key in manifest else "",
            "prompt": prompt,
        }
        if session.status == "paused":
            template = "family/paused.html"
        elif (
            prompt.kind is Kind.END
            and FINISHED not in request.query
            and self.app.conversation.home_instead(login.place)
        ):
            return _redirect("/f/home")  # after the meeting, opening a finished dialog
        elif prompt.kind is Kind.END:
            template = "family/end.html"
            context["consent_end"] = session.dialog_id in CONSENT_DIALOGS
            context["shared"] = min_rost.shared_items(dialog, session.state)
        else:
            template = "family/question.html"
            context["help"] = bool(prompt.help)
            context["draft"] = context["ticket"] = None
            if prompt.kind is Kind.TEXT:
                context["draft"] = self.app.conversation.draft(login.place, prompt.key)
                context["ticket"] = self.app.conversation.draft_ticket(login.place)
                login.draft_at = prompt.key if context["draft"] else None
        return self._render(template, request, context)

    @routes.get("/f/listen/{key}{part:(?:/help)?}.mp3")
    async def listen(self, request: web.Request) -> web.StreamResponse:
        """The current question (or its help) read aloud as MP3, the review in full; only the
        current prompt's key is accepted, so the URL carries no words, only a question key."""
        login = self.login_of(request)
        if login is None:
            raise web.HTTPNotFound()
        try:
            prompt = self.app.conversation.current_prompt(login.place)
            if request.match_info["key"] != prompt.key or prompt.kind is Kind.END:
                raise web.HTTPNotFound()
            reply = self.app.conversation.act(login.place, Listen(bool(request.match_info["part"])))
        except Refused:
            raise web.HTTPNotFound() from None
        if not reply.speak:
            raise web.HTTPNotFound()
        speech = self.app.speech
        make = speech.synthesize_once if reply.speak_once else speech.synthesize_parts
        try:
            audio = await workers.blocking(make, reply.speak, "mp3")
        except SpeechError:
            text = self.words(reply.session.lang)("speech-unavailable")
            return web.Response(status=503, text=text, headers=NO_STORE)
        headers = {**NO_STORE, "Content-Type": "audio/mpeg"}
        if isinstance(audio, bytes):  # the review with its answers: never on disk
            return web.Response(body=audio, headers=headers)
        return web.FileResponse(audio, headers=headers)

    @routes.post("/f/help-now")
    @posted
    async def help_now(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        """ "Jag behöver hjälp nu": the help notice above the same question; nothing changes."""
        return self._act(login, Navigate(EventKind.HELP_NOW))

    @routes.post("/f/help-now/tell")
    @posted
    async def help_now_tell(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        """ "Berätta för min samordnare": an urgent notice, with no words, on the dashboard."""
        return self._act(login, TellCoordinator())

    @routes.post("/f")
    async def answer(self, request: web.Request) -> web.StreamResponse:
        """An answer; text sent after the login ended is kept as a draft, shown again in the
        answer box once the person has entered their code."""
        if self.login_of(request) is None:
            form = await request.post()
            ticket, at, text = (str(form.get(k, "")) for k in ("ticket", "at", "text"))
            if ticket and self.app.conversation.keep_draft(ticket, at, text):
                return self._message(request, "web-draft-kept", status=410)
        return await self._answer(request)

    @posted
    async def _answer(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        at = str(form.get("at", ""))
        kind = self.app.conversation.current_prompt(login.place).kind
        response = self._act(login, intent_from_form(form, kind, at))
        if login.draft_at is not None and login.draft_at == at:
            self.app.conversation.drop_draft(login.place, at)
            login.draft_at = None
        return response

    @routes.post("/f/lang")
    @posted
    async def set_lang(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        return self._act(login, SwitchLanguage(str(form.get("lang", ""))))

    @routes.post("/f/logout")
    @posted
    async def logout(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        if self.app.conversation.admit(login.place)[1].status == "active":
            self.app.conversation.act(login.place, Navigate(EventKind.PAUSE))
        self.logins.drop(login.token)
        response = _redirect("/bye")
        response.del_cookie(SESSION_COOKIE, path="/")
        return response

    @routes.get("/bye")
    async def bye(self, request: web.Request) -> web.StreamResponse:
        return self._message(request, "web-logged-out")

    @routes.get("/hjalp")
    async def help_before_login(self, request: web.Request) -> web.StreamResponse:
        """ "Jag behöver hjälp nu" before the code: who to call, for anyone holding the link."""
        return self._message(request, "web-help-now")

    @routes.get("/f/min-rost.{fmt:png|pdf}")
    @logged_in
    async def min_rost_file(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        _, session = self.app.conversation.admit(login.place)
        dialog = self.app.dialogs.dialog_of(session)
        t = self.app.catalog.translator(session.lang)
        actor = f"participant:{login.participant.id}"
        meeting = self.app.sharing.for_meeting(session, dialog, actor)
        page = min_rost.build_page(dialog, session.state, meeting, t, self.app.manifest)
        fmt = request.match_info["fmt"]
        pictures = str(self.app.pictogram_cache.folder)
        body = await workers.render(render_jobs.min_rost_page, fmt, page, session.lang, pictures)
        return web.Response(
            body=body,
            content_type="image/png" if fmt == "png" else "application/pdf",
            headers={**NO_STORE, "Content-Disposition": f'inline; filename="min-rost.{fmt}"'},
        )

    @routes.get("/f/receipt.pdf")
    @logged_in
    async def receipt(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        """The receipt of this person's consent, now or later: exactly the stored terms."""
        self.app.conversation.admit(login.place)
        if not self._consented(login.participant):
            raise web.HTTPNotFound()
        consent, labels = self.app.consent.receipt_data(login.participant.id)
        body = await workers.render(render_jobs.receipt, consent.lang, consent, labels)
        return web.Response(
            body=body,
            content_type="application/pdf",
            headers={**NO_STORE, "Content-Disposition": 'inline; filename="kvitto.pdf"'},
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
        if not may_consent(login.participant):
            raise web.HTTPNotFound()
        context = {"csrf": login.csrf, "langs": language_names(self.app.catalog)}
        if login.withdrawn:
            msg_id, lang = login.withdrawn
            done = {"t": self.words(lang), "msg": msg_id, "guardian": False}
            return self._render("family/withdrawn.html", request, context | done)
        lang = self.app.conversation.admit(login.place)[1].lang
        ask = {"t": self.words(lang), "guardian": True}
        return self._render("family/withdraw.html", request, context | ask)

    @routes.post("/f/withdraw")
    @posted
    async def withdraw(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        if not may_consent(login.participant):
            raise web.HTTPNotFound()
        reply = self.app.conversation.act(login.place, Withdraw(confirmed=True))
        login.withdrawn = (reply.outputs[0].msg.id, reply.session.lang)
        return _redirect("/f/withdraw")

    @routes.post("/f/withdraw/delete")
    @posted
    async def ask_deletion(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        """After a withdrawal: "Be om att det tas bort nu" tells the coordinator."""
        if login.withdrawn is None:
            raise web.HTTPNotFound()
        participant = login.participant
        self.app.consent.request_deletion(participant.case_id, participant.id)
        login.withdrawn = ("withdraw-delete-sent", login.withdrawn[1])
        return _redirect("/f/withdraw")

    # ── Helpers ─────────────────────────────────────────────────────────────────────────────

    def _act(self, login: WebSession, intent: Intent) -> web.StreamResponse:
        """Do one intent; its notices wait for the next page (post, then redirect to get)."""
        reply = self.app.conversation.act(login.place, intent)
        login.notices.extend(_shown_notices(reply.outputs))
        if reply.place is not None:
            login.session_id = reply.place.session_id
        just_finished = reply.prompt is not None and reply.prompt.kind is Kind.END
        return _redirect(f"/f?{FINISHED}=1" if just_finished else "/f")

    def _refused(
        self, request: web.Request, refused: Refused, lang: str | None = None
    ) -> web.StreamResponse:
        """Why this person cannot go on here, who to ask, and where to get help now."""
        return family_page(request, "web-refused-title", refused.msg_id, 403, lang=lang)

    def _expired(self, request: web.Request) -> web.StreamResponse:
        """No live login: "logged out, open your link again" (the link then says why, when
        the person cannot go on), or, when the person was erased, that their answers are gone."""
        token = request.cookies.get(SESSION_COOKIE)
        refused = self.app.conversation.ended_login_refusal(token) if token else None
        if refused is not None:
            return self._refused(request, refused)
        return self._message(request, "web-expired", status=410)

    def _consented(self, participant: Participant) -> bool:
        """Whether this person has a consent in force: only then are "Ta tillbaka mitt ja"
        and the receipt offered."""
        latest = self.app.consent_store.latest(participant.id)
        return latest is not None and latest.kind != "assent" and not latest.withdrawn_at

    def _message(
        self, request: web.Request, msg_id: str, status: int = 200, back: bool = False
    ) -> web.StreamResponse:
        return family_message(request, msg_id, status, back)

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


def _shown_notices(outputs: list[Output]) -> list[Notice]:
    """Notices for the next page; the paused page says "saved" by itself."""
    return [o for o in outputs if isinstance(o, Notice) and o.msg.id != "notice-paused"]


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
    for name in FAMILY_TEMPLATES:
        env.get_template(f"family/{name}.html")


def register(web_app: web.Application) -> None:
    """Routes of the family pages; templates come from the app's Jinja setup (server.py)."""
    web_app.on_startup.append(warm_up)
    web_app[FAMILY_KEY] = WebSessions(web_app[APP_KEY])
    add_page_routes(web_app, routes, FamilyPages(web_app))
    web_app.router.add_static("/fonts/", pictograms_dir() / "fonts", name="fonts")

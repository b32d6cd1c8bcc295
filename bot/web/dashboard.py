"""The coordinator dashboard: login, the unit's cases, new/edit case, invites with a printable
sheet, the participation checklist, notifications and the preparation pack. Server-rendered,
no JavaScript; every POST carries the session's CSRF token."""

from __future__ import annotations

import asyncio
import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp_jinja2
import segno
from aiohttp import web

from bot.app import App
from bot.domain import Case
from bot.errors import UserFacingError
from bot.exports.questionnaire import questionnaire_pdf
from bot.runtime import render_jobs, workers
from bot.services.booklet import person_booklet
from bot.services.case_form import (
    FORM_ROLES,
    FORMATS,
    ROLE_DIALOGS,
    actors_text,
    validate_case,
    validate_participant,
)
from bot.services.consent import ASSENT_DIALOG, OWN_CONSENT_DIALOG, ConsentMissing
from bot.services.help_now import is_for_meeting
from bot.services.links import Links
from bot.services.packs import INVITATION, PACK_LANG
from bot.services.prep_pack import DOCUMENTS
from bot.services.users import LoginFailed, Throttled, User
from bot.services.workspace import STAGES, CaseNotFound
from bot.web.auth import (
    LoginSession,
    LoginSessions,
    client_address,
    plausible_token,
    set_login_cookie,
)
from bot.web.errors import NO_STORE, parse_id
from bot.web.keys import APP_KEY, LINKS_KEY

COOKIE = "delaktig_dash"
#: The login form's own cookie: its CSRF token is a keyed hash of this cookie's value.
PRELOGIN_COOKIE = "delaktig_prelogin"
PREFIX = "/dashboard"
#: Routes that name a case, and one of its participants; `Ctx.case()` reads the case.
CASE_URL = f"{PREFIX}/cases/{{case_id}}"
PARTICIPANT_URL = f"{CASE_URL}/participants/{{participant_id}}"

#: The dashboard's routes, each written above its handler.
routes = web.RouteTableDef()


@dataclass
class Dashboard:
    sessions: LoginSessions


DASH_KEY = web.AppKey("dashboard", Dashboard)


@dataclass
class Ctx:
    """One authenticated request: the app, the user, their login session and the form."""

    request: web.Request
    app: App
    user: User
    login: LoginSession
    form: dict[str, str]

    def case(self) -> Case:
        """The case named in the URL if it is one of the user's unit's; else CaseNotFound."""
        return self.app.workspace.case_for(self.user, parse_id(self.request.match_info["case_id"]))

    @property
    def links(self) -> Links:
        return self.request.app.get(LINKS_KEY) or Links("")

    def render(self, template: str, status: int = 200, **context: Any) -> web.Response:
        context |= {
            "user": self.user,
            "csrf": self.login.csrf,
            "lang": "sv",
            "for_meeting": is_for_meeting,
        }
        response = aiohttp_jinja2.render_template(template, self.request, context, status=status)
        response.headers.update(NO_STORE)
        return response


Page = Callable[[Ctx], Awaitable[web.StreamResponse]]


def page(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Authenticate, check the CSRF token on POST, answer 404 for other units' cases."""

    async def wrapped(request: web.Request) -> web.StreamResponse:
        app = request.app[APP_KEY]
        login = request.app[DASH_KEY].sessions.get(request.cookies.get(COOKIE))
        user = app.users.by_id(login.user_id) if login else None
        if login is None or user is None:
            raise web.HTTPSeeOther(f"{PREFIX}/login")
        form: dict[str, str] = {}
        if request.method == "POST":
            form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
            if not login.csrf_ok(form.get("csrf")):
                app.audit.record(user.username, "csrf.refused", request.path)
                raise web.HTTPForbidden()
        ctx = Ctx(request, app, user, login, form)
        try:
            return await handler(ctx)
        except CaseNotFound:
            return ctx.render("dashboard/not_found.html", status=404)

    return wrapped


# ── login ──────────────────────────────────────────────────────────────────────────────────


def render_login(
    request: web.Request, error: str | None = None, status: int = 200
) -> web.StreamResponse:
    """The login form with a CSRF token bound to this browser's pre-login cookie (made here
    when it has none): a keyed hash of the cookie, so no other site can post a login."""
    prelogin = request.cookies.get(PRELOGIN_COOKIE)
    if not plausible_token(prelogin):
        prelogin = secrets.token_urlsafe(32)
    context = {"error": error, "lang": "sv", "csrf": _prelogin_csrf(request, prelogin)}
    response = aiohttp_jinja2.render_template(
        "dashboard/login.html", request, context, status=status
    )
    response.headers.update(NO_STORE)
    set_login_cookie(response, request, PRELOGIN_COOKIE, prelogin)
    return response


def _prelogin_csrf(request: web.Request, prelogin: str) -> str:
    return request.app[APP_KEY].cipher.tag(f"prelogin:{prelogin}")


@routes.get(f"{PREFIX}/login")
async def login_get(request: web.Request) -> web.StreamResponse:
    return render_login(request)


@routes.post(f"{PREFIX}/login")
async def login_post(request: web.Request) -> web.StreamResponse:
    """Log in: the form's CSRF token must match the pre-login cookie; then the password is
    checked off the event loop (argon2 is slow by design), throttled per address
    (bot/services/users.py), with one answer for an unknown user and a wrong password."""
    app, dash = request.app[APP_KEY], request.app[DASH_KEY]
    form = await request.post()
    prelogin = request.cookies.get(PRELOGIN_COOKIE)
    expected = _prelogin_csrf(request, prelogin) if plausible_token(prelogin) else ""
    if not expected or not hmac.compare_digest(str(form.get("csrf", "")), expected):
        return render_login(request, "dash-login-form-old", 403)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    try:
        user = await asyncio.to_thread(
            app.users.authenticate, username, password, client_address(request)
        )
    except Throttled:
        return render_login(request, "dash-login-throttled", 429)
    except LoginFailed:
        return render_login(request, "dash-login-failed", 401)
    login = dash.sessions.open(user.id)
    response = web.HTTPSeeOther(f"{PREFIX}/")
    set_login_cookie(response, request, COOKIE, login.token)
    response.del_cookie(PRELOGIN_COOKIE, path="/")
    raise response


@routes.post(f"{PREFIX}/logout")
@page
async def logout(ctx: Ctx) -> web.StreamResponse:
    ctx.request.app[DASH_KEY].sessions.drop(ctx.login.token)
    response = web.HTTPSeeOther(f"{PREFIX}/login")
    response.del_cookie(COOKIE, path="/")
    raise response


# ── cases ──────────────────────────────────────────────────────────────────────────────────


@routes.get(f"{PREFIX}/")
@page
async def index(ctx: Ctx) -> web.StreamResponse:
    overviews = ctx.app.workspace.overviews(ctx.user)
    notes = ctx.app.case_store.notifications(ctx.user.unit_id, unread_only=True)
    labels = {o.case.id: o.case.label for o in overviews}
    return ctx.render(
        "dashboard/cases.html", overviews=overviews, notes=notes, labels=labels, stages=STAGES
    )


#: The dialogs offered when a participant is added to a case: every role's, and the child's
#: own say and a youth's own consent.
ADDABLE_DIALOGS = [
    *(d for ds in ROLE_DIALOGS.values() for d in ds),
    ASSENT_DIALOG,
    OWN_CONSENT_DIALOG,
]


def _form_page(ctx: Ctx, template: str, values: dict, errors: dict, status: int = 200, **kw):
    return ctx.render(
        template,
        status=status,
        values=values,
        errors=errors,
        formats=FORMATS,
        form_roles=FORM_ROLES,
        role_dialogs=ROLE_DIALOGS,
        **kw,
    )


@routes.get(f"{PREFIX}/cases/new")
@page
async def case_new_get(ctx: Ctx) -> web.StreamResponse:
    consent = ROLE_DIALOGS["guardian"][0]
    values = {
        "need_noticed": ctx.app.workspace.today().isoformat(),
        "child_role": "child",
        "guardian1_dialog": consent,
        "guardian2_dialog": consent,
    }
    return _form_page(ctx, "dashboard/case_new.html", values, {})


@routes.post(f"{PREFIX}/cases/new")
@page
async def case_new_post(ctx: Ctx) -> web.StreamResponse:
    result = validate_case(
        ctx.form, ctx.app.workspace.today(), set(ctx.app.library.load()), new=True
    )
    if not result.ok:
        return _form_page(ctx, "dashboard/case_new.html", ctx.form, result.errors, 400)
    try:
        case = ctx.app.workspace.create(ctx.user, result)
    except UserFacingError as exc:
        return _form_page(ctx, "dashboard/case_new.html", ctx.form, {}, 400, problem=str(exc))
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}")


@routes.get(CASE_URL)
@page
async def case_view(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    ctx.app.audit.record(ctx.user.username, "case.read", f"case:{case.id}")
    return _case_page(ctx, case, errors={}, values={})


def _case_page(ctx: Ctx, case, errors: dict, values: dict, status: int = 200):
    """The case page; help-now alerts the coordinator has not handled come first."""
    alerts = ctx.app.help_now.open_alerts(case.id)  # w-after: role, folded presses, handled
    return ctx.render(
        "dashboard/case.html",
        status=status,
        o=ctx.app.workspace.overview(case),
        actors=actors_text(case.actors),
        dialogs=ADDABLE_DIALOGS,
        alerts=alerts,
        evaluations=ctx.app.evaluations.seen_for_case(case.id, ctx.app.catalog.translator("sv")),
        errors=errors,
        values=values,
    )


def _case_values(case) -> dict[str, Any]:
    values = {k: v for k, v in vars(case).items() if isinstance(v, str)}
    return values | {"actors": actors_text(case.actors)}


@routes.get(f"{CASE_URL}/edit")
@page
async def case_edit_get(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    return _form_page(ctx, "dashboard/case_edit.html", _case_values(case), {}, case=case)


@routes.post(f"{CASE_URL}/edit")
@page
async def case_edit_post(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    result = validate_case(ctx.form, ctx.app.workspace.today(), set(), new=False)
    if not result.ok:
        return _form_page(ctx, "dashboard/case_edit.html", ctx.form, result.errors, 400, case=case)
    ctx.app.workspace.update(ctx.user, case, result)
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}")


@routes.post(f"{CASE_URL}/participants")
@page
async def participant_add(ctx: Ctx) -> web.StreamResponse:
    """Add a participant later (a second guardian, a sibling's own voice)."""
    case = ctx.case()
    result = validate_participant(ctx.form, set(ctx.app.library.load()))
    if not result.ok:
        return _case_page(ctx, case, errors=result.errors, values=ctx.form, status=400)
    ctx.app.cases.add_participant(case.id, actor=ctx.user.username, **result.participants[0])
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}")


# ── invites ────────────────────────────────────────────────────────────────────────────────


def case_participant(ctx: Ctx):
    case = ctx.case()
    participant = ctx.app.case_store.participant(parse_id(ctx.request.match_info["participant_id"]))
    if participant is None or participant.case_id != case.id:
        raise CaseNotFound()
    return case, participant


def qr_data_uri(url: str) -> str:
    """The QR code as a standalone SVG (with its namespace, or browsers draw nothing)."""
    return segno.make(url, error="m").svg_data_uri(scale=5, border=2)


@routes.post(f"{PARTICIPANT_URL}/invite")
@page
async def invite_issue(ctx: Ctx) -> web.StreamResponse:
    """Issue a new invite and show its sheet once: the token is stored only as a hash."""
    case, participant = case_participant(ctx)
    token = ctx.app.cases.issue_invite(participant.id, actor=ctx.user.username)
    web_url = ctx.links.web(token)
    return ctx.render(
        "dashboard/invite_sheet.html",
        case=case,
        participant=participant,
        web_url=web_url,
        telegram_url=ctx.links.telegram(token),
        qr=qr_data_uri(web_url),
        local=ctx.links.local,
    )


@routes.get(f"{PARTICIPANT_URL}/booklet.pdf")
@page
async def booklet_pdf(ctx: Ctx) -> web.StreamResponse:
    """The participant's own printed booklet (only the areas the consent names), as the CLI's
    `delaktig print --case --participant`; its QR codes lead to this server's address."""
    case, participant = case_participant(ctx)
    app = ctx.app
    dialog, booklet = person_booklet(
        app.case_store, app.consent, app.library, case.id, participant.id
    )
    t = app.catalog.translator("sv")
    body = await asyncio.to_thread(
        questionnaire_pdf, dialog, t, app.manifest, app.pictogram_cache, ctx.links.base_url,
        booklet,
    )  # fmt: skip
    app.audit.record(ctx.user.username, "booklet.print", f"case:{case.id}", person=participant.id)
    return web.Response(
        body=body,
        content_type="application/pdf",
        headers=NO_STORE | {"Content-Disposition": f'inline; filename="{booklet.code}.pdf"'},
    )


@routes.post(f"{PARTICIPANT_URL}/revoke")
@page
async def invite_revoke(ctx: Ctx) -> web.StreamResponse:
    case, participant = case_participant(ctx)
    ctx.app.cases.revoke_invites(participant.id, actor=ctx.user.username)
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}")


@routes.post(f"{PARTICIPANT_URL}/protect")
@page
async def participant_protect(ctx: Ctx) -> web.StreamResponse:
    """Mark or unmark a participant's protected identity (skyddad identitet)."""
    case, participant = case_participant(ctx)
    protected = ctx.form.get("protected") == "1"
    ctx.app.cases.set_protected(participant.id, protected, actor=ctx.user.username)
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}")


# ── checklist and notifications ────────────────────────────────────────────────────────────


@routes.post(f"{CASE_URL}/checklist/{{item}}")
@page
async def checklist_tick(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    ticked = ctx.form.get("ticked") == "1"
    ctx.app.workspace.tick(ctx.user, case, ctx.request.match_info["item"], ticked)
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}#checklist")


@routes.post(f"{PREFIX}/notifications/read")
@page
async def notifications_read(ctx: Ctx) -> web.StreamResponse:
    ctx.app.case_store.mark_notifications_read(ctx.user.unit_id)
    raise web.HTTPSeeOther(f"{PREFIX}/")


# ── the preparation pack ───────────────────────────────────────────────────────────────────


@routes.get(f"{CASE_URL}/pack")
@page
async def pack_view(ctx: Ctx) -> web.StreamResponse:
    """Both documents of the pack on one page, each with its own downloads."""
    case = ctx.case()
    try:
        pack = ctx.app.packs.build(ctx.user.username, case.id)
    except ConsentMissing as exc:
        return ctx.render("dashboard/pack_refused.html", status=409, case=case, reason=exc.msg_id)
    for document in DOCUMENTS:
        ctx.app.packs.record_export(ctx.user.username, case.id, "html", document)
    return ctx.render("dashboard/pack.html", case=case, pack=pack)


@routes.get(f"{CASE_URL}/{{document:meeting|coordinator}}.{{fmt:pdf|json|docx|html}}")
@routes.get(f"{CASE_URL}/{{document:kallelse}}.{{fmt:docx}}")
@page
async def pack_download(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    fmt, document = ctx.request.match_info["fmt"], ctx.request.match_info["document"]
    document = INVITATION if document == "kallelse" else document
    packs, actor = ctx.app.packs, ctx.user.username
    try:
        pack = packs.for_export(actor, case.id, fmt, document)
    except ConsentMissing as exc:
        return ctx.render("dashboard/pack_refused.html", status=409, case=case, reason=exc.msg_id)
    rendered = await workers.render(render_jobs.pack, fmt, document, pack, PACK_LANG)
    export = packs.exported(actor, case.id, fmt, document, rendered)
    return web.Response(
        body=export.body,
        content_type=export.content_type,
        headers=NO_STORE | {"Content-Disposition": f'attachment; filename="{export.filename}"'},
    )


@routes.get(PREFIX)
async def to_index(_request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound(f"{PREFIX}/")


def register(web_app: web.Application) -> None:
    web_app[DASH_KEY] = Dashboard(LoginSessions(web_app[APP_KEY].login_store))
    web_app.router.add_routes(routes)

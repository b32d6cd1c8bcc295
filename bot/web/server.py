"""Build the aiohttp application and run it. Feature modules add their routes through
`register(web_app)`; background jobs go on `web_app.cleanup_ctx`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp.web_log import AccessLogger

from bot.app import App
from bot.web import dashboard, family, family_home, listen, plan_dashboard, plan_pages
from bot.web.errors import error_pages, quiet_bad_requests
from bot.web.keys import APP_KEY

MAX_BODY = 64 * 1024
STATIC_DIR = Path(__file__).parent / "static"
TEMPLATES_DIR = Path(__file__).parent / "templates"

#: What the access log writes for an invite link's path.
INVITE_PATH = "/i/-redacted-"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: Feature modules with `register(web_app)`; later issues add theirs here. Features import
#: APP_KEY and LINKS_KEY from bot.web.keys (this module imports them).
FEATURES: list[Callable[[web.Application], None]] = [
    dashboard.register,
    family.register,
    plan_pages.register,
    family_home.register,
    plan_dashboard.register,
    listen.register,
]


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """On every response, errors and redirects too (raised ones get them on the way out)."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        add_security_headers(exc)
        raise
    add_security_headers(response)
    return response


def add_security_headers(response: web.StreamResponse) -> None:
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; "
        "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        "form-action 'self'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")


class RedactedAccessLogger(AccessLogger):
    """The access log without invite tokens: `/i/{token}` is written as `/i/-redacted-`."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        if request.path.startswith("/i/"):
            request = request.clone(rel_url=INVITE_PATH)
        super().log(request, response, time)


def create_web_app(app: App) -> web.Application:
    # The first middleware is the outermost: the error pages get the security headers too.
    middlewares = [security_headers, error_pages]
    web_app = web.Application(client_max_size=MAX_BODY, middlewares=middlewares)
    web_app[APP_KEY] = app
    quiet_bad_requests()
    web_app.router.add_static("/static/", STATIC_DIR, name="static")
    setup_templates(web_app, app)
    for register in FEATURES:
        register(web_app)
    return web_app


def setup_templates(web_app: web.Application, app: App) -> None:
    """Jinja with autoescaping and `t`: every word a template shows goes through the translator,
    in the context's `lang` (Swedish when none), e.g. `{{ t("dash-login") }}`."""

    @jinja2.pass_context
    def translate(context: jinja2.runtime.Context, msg_id: str, **args) -> str:
        return app.catalog.translator(context.get("lang") or "sv")(msg_id, **args)

    env = aiohttp_jinja2.setup(
        web_app,
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(default=True),
        undefined=jinja2.StrictUndefined,
    )
    env.globals["t"] = translate
    env.filters["t"] = translate

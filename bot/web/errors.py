"""Errors in one place on the web: one middleware turns what went wrong into a kind page in the
person's language. Family paths get the family's message page with the help-now words, the
dashboard its own error page. The project's errors map to 4xx (404 unknown, 400 bad input, 410 a
gone person or session); unreadable form bodies are 400; `parse_id` makes bad ids a 404; anything
else is a 500 page, logged with its type, route and code location only (never the request's
words, which can be answers or names)."""

from __future__ import annotations

import errno
import logging
import traceback
from collections.abc import Awaitable, Callable

import aiohttp_jinja2
from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from bot.app import App
from bot.engine.library import UnknownDialog
from bot.engine.runner import help_now_msg
from bot.errors import UserFacingError
from bot.services.cases import InvalidInvite, TooManyAttempts
from bot.services.dialogs import UnknownSession
from bot.services.person import PersonError
from bot.services.workspace import CaseNotFound
from bot.web.keys import APP_KEY

log = logging.getLogger(__name__)

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
DASHBOARD = "/dashboard"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
#: Longest id accepted from a URL or a form; SQLite's integers end at 19 digits.
MAX_ID_DIGITS = 18

#: The project's errors: status and the family's message; the first class that matches wins.
KINDS: list[tuple[type[UserFacingError], int, str]] = [
    (UnknownSession, 410, "web-gone"),
    (PersonError, 410, "web-gone"),
    (InvalidInvite, 404, "web-invite-invalid"),
    (TooManyAttempts, 429, "web-too-many"),
    (CaseNotFound, 404, "web-not-found"),
    (UnknownDialog, 404, "web-not-found"),
    (UserFacingError, 400, "web-refused"),
]
#: The family's message for an HTTP error without a body of its own; other 4xx are bad input.
BY_STATUS = {
    403: "web-csrf",
    404: "web-not-found",
    405: "web-not-found",
    410: "web-gone",
    413: "web-too-large",
    429: "web-too-many",
}
#: The family's message id → the dashboard's.
DASHBOARD_MSG = {
    "web-gone": "dash-error-not-found",
    "web-not-found": "dash-error-not-found",
    "web-invite-invalid": "dash-error-not-found",
    "web-too-many": "dash-error-too-many",
    "web-error": "dash-error-server",
    "web-refused": "dash-error-refused",
    "web-csrf": "dash-error-stale",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def parse_id(text: str) -> int:
    """A database id from a URL or a form: ASCII digits only, not too many; else 404."""
    if not (text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS):
        raise web.HTTPNotFound()
    return int(text)


def page_lang(request: web.Request, app: App) -> str:
    """For pages before a login: the language the page that linked here was in (`?lang=`),
    else the browser's first language we have, else Swedish."""
    if request.query.get("lang") in app.catalog.languages:
        return request.query["lang"]
    for part in request.headers.get("Accept-Language", "").split(","):
        lang = part.split(";")[0].strip().lower()[:2]
        if lang in app.catalog.languages:
            return lang
    return "sv"


def family_message(
    request: web.Request, msg_id: str, status: int = 200, back: bool = False
) -> web.Response:
    """The family's message page (`{msg_id}-title`, `{msg_id}-body`) in the browser's
    language, with the help-now words under it."""
    return family_page(request, f"{msg_id}-title", f"{msg_id}-body", status, back)


def family_page(
    request: web.Request,
    title: str,
    body: str,
    status: int,
    back: bool = False,
    lang: str | None = None,
) -> web.Response:
    """The family's message page with these two messages, and the help-now words, in `lang`
    (default: the browser's language)."""
    app = request.app[APP_KEY]
    lang = lang or page_lang(request, app)
    context = {
        "t": app.catalog.translator(lang),
        "direction": app.catalog.direction(lang),
        "csrf": None,
        "guardian": False,
        "title": title,
        "body": body,
        "back": back,
        "help_now": help_now_msg({}),
    }
    return _rendered("family/message.html", request, context, status)


def error_page(request: web.Request, msg_id: str, status: int) -> web.Response:
    """The kind page for an error: the dashboard's under /dashboard, else the family's."""
    if request.path == DASHBOARD or request.path.startswith(DASHBOARD + "/"):
        message = DASHBOARD_MSG.get(msg_id, "dash-error-bad-input")
        context = {"lang": "sv", "message": message}
        return _rendered("dashboard/error.html", request, context, status)
    return family_message(request, msg_id, status)


def _rendered(template: str, request: web.Request, context: dict, status: int) -> web.Response:
    response = aiohttp_jinja2.render_template(template, request, context, status=status)
    response.headers.update(NO_STORE)
    return response


def status_msg(status: int) -> str:
    return BY_STATUS.get(status, "web-error" if status >= 500 else "web-bad-input")


def kind_of(exc: UserFacingError) -> tuple[int, str]:
    return next((status, msg) for kind, status, msg in KINDS if isinstance(exc, kind))


def _has_own_body(exc: web.HTTPException) -> bool:
    return exc.text != f"{exc.status}: {exc.reason}"


def _route(request: web.Request) -> str:
    """The route's pattern, never the path itself (which can hold an invite token)."""
    resource = request.match_info.route.resource
    return f"{request.method} {resource.canonical if resource else '(no route)'}"


def _place(exc: Exception) -> str:
    """Where in the code it was raised: file and line, no values."""
    frames = traceback.extract_tb(exc.__traceback__)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"


async def _unreadable_form(request: web.Request) -> tuple[str, int] | None:
    """Read a posted form once, here (aiohttp keeps it for the handler); the message and
    status when it cannot be read: too large (413), or not a form (400: invalid UTF-8, a
    broken multipart body, an unknown charset)."""
    if request.method == "POST" and request.content_type in FORM_TYPES:
        try:
            await request.post()
        except web.HTTPRequestEntityTooLarge:
            return "web-too-large", 413
        except (ValueError, LookupError):
            return "web-bad-input", 400
    return None


@web.middleware
async def error_pages(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        unreadable = await _unreadable_form(request)
        if unreadable:
            return error_page(request, *unreadable)
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400 or _has_own_body(exc):
            raise
        return error_page(request, status_msg(exc.status), exc.status)
    except UserFacingError as exc:
        status, msg_id = kind_of(exc)
        return error_page(request, msg_id, status)
    except ConnectionResetError:
        raise
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
            return error_page(request, "web-not-found", 404)  # a static file's name
        log.error("unexpected %s at %s (%s)", type(exc).__name__, _route(request), _place(exc))
        return error_page(request, "web-error", 500)


class QuietBadRequests(logging.Filter):
    """aiohttp answers a request it cannot parse (a line too long, raw bytes in the URL) with
    400 and logs it as an error with a traceback and the request line, which can hold an
    invite token. It is the client's mistake: logged here as one line, its type only."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError):
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.msg, record.args = "bad request: %s", (type(exc).__name__,)
            record.exc_info, record.exc_text = None, None
        return True


QUIET_BAD_REQUESTS = QuietBadRequests()


def quiet_bad_requests() -> None:
    """Install the filter on aiohttp's server log (once, however many apps are made)."""
    logging.getLogger("aiohttp.server").addFilter(QUIET_BAD_REQUESTS)

"""The family's home page after the meeting, on the web channel (`GET /f/home`): what is new
(each item staying until it is done), the plan as sent (page, picture, PDF), the receipt and
whom to contact, with a tappable phone number. The rules are in `bot.services.family_home`;
a finished preparation leads here once the meeting is over."""

from __future__ import annotations

from aiohttp import web
from multidict import MultiDictProxy

from bot.conversation.intents import StartFollowUp
from bot.services.plan import human_date
from bot.web.family import (
    FamilyPages,
    WebSession,
    add_page_routes,
    language_names,
    logged_in,
    posted,
)

HOME_URL = "/f/home"

#: The routes of HomePage's own methods.
routes = web.RouteTableDef()


class HomePage(FamilyPages):
    """Reuses the family pages' login and rendering."""

    @routes.get(HOME_URL)
    @logged_in
    async def home(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        home = self.app.conversation.home(login.place)
        if home is None:
            raise web.HTTPNotFound()
        participant = home.participant
        t = self.app.catalog.translator(participant.lang)
        items = [(item, t(item.msg_id, **_dated(item.args, t.lang))) for item in home.items]
        context = {
            "t": t,
            "csrf": login.csrf,
            "langs": language_names(self.app.catalog),
            "guardian": self._consented(participant),
            "items": items,
            "home": home,
        }
        return self._render("family/home.html", request, context)

    @routes.post("/f/follow-up")
    @posted
    async def follow_up(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        """ "Hur har det gått?" in the ordinary dialog page."""
        return self._act(login, StartFollowUp())


def _dated(args: dict[str, str], lang: str) -> dict[str, str]:
    """ISO dates read as words."""
    return {k: human_date(v, lang) if k == "date" else v for k, v in args.items()}


def register(web_app: web.Application) -> None:
    add_page_routes(web_app, routes, HomePage(web_app))

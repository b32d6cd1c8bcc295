"""The family's pages after the meeting, on the web channel: `GET /f/plan` shows what is new
(reminders wait here, since a web page cannot push) and the plan in easy-read form with
"Vad betyder det?" on every line; `GET /f/plan.png|pdf` are the plan to keep (made once per
plan version, in a worker process); `POST /f/evaluation` opens the evaluation in the ordinary
dialog page."""

from __future__ import annotations

from aiohttp import web
from multidict import MultiDictProxy

from bot.conversation.intents import StartEvaluation
from bot.runtime.plan_files import plan_files
from bot.services.reminders import format_parts
from bot.web.family import (
    NO_STORE,
    FamilyPages,
    WebSession,
    add_page_routes,
    language_names,
    logged_in,
    posted,
)

#: The routes of PlanPages' own methods.
routes = web.RouteTableDef()


class PlanPages(FamilyPages):
    """Reuses the family pages' login, CSRF check and rendering."""

    @routes.get("/f/plan")
    @logged_in
    async def plan(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        participant, _ = self.app.conversation.admit(login.place)
        t = self.app.catalog.translator(participant.lang)
        inbox = self.app.inbox_store
        news = [
            (format_parts(t, [tuple(p) for p in item.args["parts"]]), item.args.get("dialog"))
            for item in inbox.items(participant.id, unread_only=True)
        ]
        home = self.app.conversation.home(login.place)
        offers_evaluation = any(item.kind == "evaluation" for item in home.items)
        inbox.mark_read(participant.id)
        delivered = self.app.conversation.plan_view(login.place)
        said = self.app.said.lines_for(participant, delivered.plan) if delivered else []
        context = {
            "t": t,
            "csrf": login.csrf,
            "langs": language_names(self.app.catalog),
            "guardian": participant.role == "guardian",
            "news": [text for text, _ in news],
            "offers_evaluation": offers_evaluation,
            "view": delivered.view if delivered else None,
            "alt": lambda key: t(self.app.manifest[key].alt) if key in self.app.manifest else "",
            "goals": sum(line.kind == "goal" for line in delivered.view.lines) if delivered else 0,
            "said": said,
        }
        return self._render("family/plan.html", request, context)

    @routes.get("/f/plan.{fmt:png|pdf}")
    @logged_in
    async def plan_file(self, request: web.Request, login: WebSession) -> web.StreamResponse:
        delivered = self.app.conversation.plan_view(login.place)
        if delivered is None:
            raise web.HTTPNotFound()
        fmt = request.match_info["fmt"]
        png, pdf = await plan_files(self.app, delivered)
        return web.Response(
            body=png if fmt == "png" else pdf,
            content_type="image/png" if fmt == "png" else "application/pdf",
            headers={**NO_STORE, "Content-Disposition": f'inline; filename="plan.{fmt}"'},
        )

    @routes.post("/f/evaluation")
    @posted
    async def evaluation(self, request: web.Request, login: WebSession, form: MultiDictProxy):
        return self._act(login, StartEvaluation())


def register(web_app: web.Application) -> None:
    add_page_routes(web_app, routes, PlanPages(web_app))

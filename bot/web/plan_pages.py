"""The family's pages after the meeting, on the web channel: `GET /f/plan` shows what is new
(reminders wait here, since a web page cannot push) and the plan in easy-read form with
"Vad betyder det?" on every line; `GET /f/plan.png|pdf` are the plan to keep;
`POST /f/evaluation` opens the evaluation in the ordinary dialog page."""

from __future__ import annotations

from aiohttp import web

from bot.exports.plan import family_plan
from bot.services.evaluation import EvaluationError
from bot.services.reminder_job import format_parts
from bot.web.family import NO_STORE, SESSION_COOKIE, FamilyPages, _redirect, language_names
from storage.inbox import InboxStore


class PlanPages(FamilyPages):
    """Reuses the family pages' login, CSRF check and rendering."""

    def _participant(self, request: web.Request):
        login = self.logins.get(request.cookies.get(SESSION_COOKIE))
        if login is None:
            return None, None
        return login, self.app.case_store.participant(login.participant.id)

    async def plan(self, request: web.Request) -> web.StreamResponse:
        login, participant = self._participant(request)
        if login is None:
            return self._expired(request)
        t = self.app.catalog.translator(participant.lang)
        inbox = InboxStore(self.app.db)
        news = [
            (format_parts(t, [tuple(p) for p in item.args["parts"]]), item.args.get("dialog"))
            for item in inbox.items(participant.id, unread_only=True)
        ]
        offers_evaluation = any(dialog for _, dialog in news)
        inbox.mark_read(participant.id)
        delivered = family_plan(self.app, participant)
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
        }
        return self._render("family/plan.html", request, context)

    async def plan_file(self, request: web.Request) -> web.StreamResponse:
        login, participant = self._participant(request)
        if login is None:
            return self._expired(request)
        delivered = family_plan(self.app, participant)
        if delivered is None:
            raise web.HTTPNotFound()
        fmt = request.match_info["fmt"]
        return web.Response(
            body=delivered.png if fmt == "png" else delivered.pdf,
            content_type="image/png" if fmt == "png" else "application/pdf",
            headers={**NO_STORE, "Content-Disposition": f'inline; filename="plan.{fmt}"'},
        )

    async def evaluation(self, request: web.Request) -> web.StreamResponse:
        login, form_or_page = await self._checked_form(request)
        if login is None:
            return form_or_page
        participant = self.app.case_store.participant(login.participant.id)
        try:
            session, _ = self.app.evaluations.start(participant)
        except EvaluationError:
            return self._message(request, "web-invite-invalid", status=410)
        login.session_id = session.id
        return _redirect("/f")


def register(web_app: web.Application) -> None:
    pages = PlanPages(web_app)
    web_app.router.add_get("/f/plan", pages.plan)
    web_app.router.add_get("/f/plan.{fmt:png|pdf}", pages.plan_file)
    web_app.router.add_post("/f/evaluation", pages.evaluation)

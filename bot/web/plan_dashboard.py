"""Coordinator pages after the meeting: enter the SIP plan (each goal and activity with its
"i enkla ord" field and a LIX hint, live from /static/plan-lix.js and again after saving),
mark it sent, ask for delta consent for an actor outside the consent; and the unit's anonymous
evaluation statistics with CSV and PNG downloads."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.easyread import lix
from bot.errors import UserFacingError
from bot.exports.statistics import stats_csv, stats_fragment, stats_png
from bot.services.deadlines import flags_for_case
from bot.services.follow_up import FOLLOW_UP_DIALOGS
from bot.services.plan import FAMILY_WHO, PLAIN_LIX, PlanError, actor_labels
from bot.services.reminders import EVALUATION_DIALOGS
from bot.services.statistics import (
    Period,
    parse_period,
    this_year,
    unit_statistics,
    year_periods,
)
from bot.web.dashboard import CASE_URL, PREFIX, Ctx, page
from bot.web.errors import parse_id

GOAL_PICTOGRAMS = ("target", "school", "family", "friends", "home", "health", "free-time",
                   "getting-around", "future", "heart", "star")  # fmt: skip
MIN_GOALS, MIN_ACTIVITIES = 3, 2
PLAN_URL = f"{CASE_URL}/plan"
ACTIVITY_FIELDS = ("what", "plain", "responsible", "when", "how_often")

#: The plan and statistics pages' routes, each written above its handler.
routes = web.RouteTableDef()


def plan_from_form(form: dict[str, str]) -> dict[str, Any]:
    """The plan's JSON form from the page's fields (`g0-title`, `g0-a1-what`, …); empty rows
    are left out, so an empty page gives a plan without goals (refused with its reason)."""
    goals = []
    g = 0
    while f"g{g}-title" in form:
        activities = []
        a = 0
        while f"g{g}-a{a}-what" in form:
            act = {k: form.get(f"g{g}-a{a}-{k}", "").strip() for k in ACTIVITY_FIELDS}
            if act["what"] or act["plain"]:
                activities.append(act)
            a += 1
        goal = {
            k: form.get(f"g{g}-{k}", "").strip()
            for k in ("title", "plain", "pictogram", "done_when")
        }
        if goal["title"] or goal["plain"] or activities:
            goals.append(goal | {"activities": activities})
        g += 1
    return {
        "goals": goals,
        "said": said_from_form(form),
        "follow_up": {
            "date": form.get("follow_up_date", ""),
            "place": form.get("place", ""),
            "people": form.get("follow_up_people", ""),
        },
        "waiting": form.get("waiting", ""),
        "family_agreed": form.get("family_agreed") == "yes",
        "contact": {"name": form.get("contact_name", ""), "how": form.get("contact_how", "")},
        "main_responsible": form.get("main_responsible", ""),
    }


def said_from_form(form: dict[str, str]) -> list[dict[str, Any]]:
    """ "Du sa – vi gjorde" from the rows `s0-participant`, `s0-key`, `s0-goal`, `s0-why`."""
    links = []
    n = 0
    while f"s{n}-key" in form:
        participant, goal = form.get(f"s{n}-participant", ""), form.get(f"s{n}-goal", "")
        links.append(
            {
                "participant": int(participant) if participant.isdigit() else None,
                "key": form.get(f"s{n}-key", ""),
                "goal": int(goal) if goal.isdigit() else None,
                "why": form.get(f"s{n}-why", "").strip(),
            }
        )
        n += 1
    return links


def slots(data: dict[str, Any] | None) -> dict[str, Any]:
    """The plan padded with empty rows for the form."""
    data = data or {}
    goals = [dict(g) for g in data.get("goals", [])]
    goals += [{} for _ in range(max(MIN_GOALS - len(goals), 1))]
    for goal in goals:
        acts = list(goal.get("activities", []))
        goal["activities"] = acts + [{} for _ in range(max(MIN_ACTIVITIES - len(acts), 1))]
    return {**data, "goals": goals}


def lix_of(text: str) -> float | None:
    return lix(text).lix if text and text.strip() else None


def _render_plan(ctx: Ctx, case, data, status: int = 200, **extra) -> web.Response:
    who = actor_labels(case.actors) | {w: ctx.app.catalog.format("sv", f"plan-who-{w}-guardian")
                                       for w in FAMILY_WHO}  # fmt: skip
    today = ctx.app.plans.clock().date()
    links = {(s["participant"], s["key"]): s for s in (data or {}).get("said", [])}
    voices = [(v, links.get((v.participant_id, v.key), {}))
              for v in ctx.app.said.voices(case.id, ctx.user.username)]  # fmt: skip
    return ctx.render(
        "dashboard/plan.html",
        status=status,
        case=case,
        plan=slots(data),
        voices=voices,
        who=who,
        pictograms=GOAL_PICTOGRAMS,
        limit=PLAIN_LIX["child"],
        lix_of=lix_of,
        flags=flags_for_case(case, today),
        **({"error": None, "check": None, "saved": None} | extra),
    )


@routes.get(PLAN_URL)
@page
async def plan_get(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    plan = ctx.app.plans.get(case.id)
    ctx.app.audit.record(ctx.user.username, "plan.read", f"case:{case.id}")
    return _render_plan(ctx, case, plan.to_dict() if plan else None)


@routes.post(PLAN_URL)
@page
async def plan_post(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    data = plan_from_form(ctx.form)
    try:
        saved = ctx.app.plans.save(case.id, data, ctx.user.username)
    except PlanError as exc:
        return _render_plan(ctx, case, data, status=422, error=(exc.msg_id, exc.params))
    case = ctx.app.case_store.case(case.id)
    return _render_plan(ctx, case, saved.plan.to_dict(), check=saved.check, saved=saved.version)


@routes.post(f"{PLAN_URL}/sent")
@page
async def plan_sent(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    try:
        ctx.app.plans.mark_sent(case.id, ctx.user.username)
    except PlanError as exc:
        return _render_plan(ctx, case, None, status=422, error=(exc.msg_id, exc.params))
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}/plan")


@routes.post(f"{PLAN_URL}/delta")
@page
async def plan_delta(ctx: Ctx) -> web.StreamResponse:
    case = ctx.case()
    actor = ctx.form.get("actor", "")
    if actor not in actor_labels(case.actors):
        raise web.HTTPBadRequest()
    ctx.app.plans.ask_delta_consent(case.id, actor, ctx.user.username)
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}/plan")


@routes.get(f"{CASE_URL}/follow-up")
@page
async def follow_up_pack(ctx: Ctx) -> web.StreamResponse:
    """The follow-up pack beside the plan: "Hur har det gått?" as each person shared it."""
    case = ctx.case()
    try:
        pack = ctx.app.packs.build(
            ctx.user.username, case.id, lambda p: FOLLOW_UP_DIALOGS.get(p.role)
        )
    except UserFacingError as exc:
        return ctx.render("dashboard/pack_refused.html", status=409, case=case, reason=exc.msg_id)
    ctx.app.audit.record(ctx.user.username, "follow-up-pack.read", f"case:{case.id}")
    return ctx.render("dashboard/follow_up_pack.html", case=case, pack=pack)


@routes.post(f"{CASE_URL}/help-now/{{alert}}/handled")
@page
async def help_now_handled(ctx: Ctx) -> web.StreamResponse:
    """The coordinator has seen the help-now alert; the person is told so on their next page."""
    case = ctx.case()
    ctx.app.help_now.handle(case.id, parse_id(ctx.request.match_info["alert"]), ctx.user.username)
    raise web.HTTPSeeOther(f"{PREFIX}/cases/{case.id}")


@routes.get(f"{PREFIX}/lix")
async def lix_json(request: web.Request) -> web.StreamResponse:
    """LIX of a short text, for scripts that prefer the server's count (no login needed: it
    stores nothing and sees only the text sent)."""
    text = request.query.get("text", "")[:2000]
    result = lix(text)
    return web.json_response({"lix": result.lix, "longest_sentence": result.longest_sentence})


def _statistics(ctx: Ctx):
    """The statistics of the asked period (`?period=2026-Q4`; this year without one)."""
    asked = ctx.request.query.get("period")
    period = parse_period(asked) if asked else this_year(ctx.app.workspace.today())
    dialogs = {a: ctx.app.library.get(d) for a, d in EVALUATION_DIALOGS.items()}
    year = Period("year", period.year)
    responses = ctx.app.evaluation_store.responses(ctx.user.unit_id, year.first_day, year.last_day)
    ctx.app.audit.record(ctx.user.username, "report.evaluation", f"unit:{ctx.user.unit_id}")
    return unit_statistics(ctx.user.unit_name, responses, dialogs, period)


@routes.get(f"{PREFIX}/statistics")
@page
async def statistics_page(ctx: Ctx) -> web.StreamResponse:
    stats = _statistics(ctx)
    t = ctx.app.catalog.translator("sv")
    return ctx.render(
        "dashboard/statistics.html",
        stats=stats,
        body=stats_fragment(stats, t),
        periods=[
            p.label
            for y in (stats.period.year + 1, stats.period.year, stats.period.year - 1)
            for p in year_periods(y)
        ],
        query=ctx.request.query_string,
    )


@routes.get(f"{PREFIX}/statistics.{{fmt:csv|png}}")
@page
async def statistics_file(ctx: Ctx) -> web.StreamResponse:
    stats = _statistics(ctx)
    t = ctx.app.catalog.translator("sv")
    headers = {"Cache-Control": "no-store"}
    if ctx.request.match_info["fmt"] == "png":
        return web.Response(body=stats_png(stats, t), content_type="image/png", headers=headers)
    headers["Content-Disposition"] = 'attachment; filename="utvardering.csv"'
    return web.Response(text=stats_csv(stats, t), content_type="text/csv", headers=headers)


def register(web_app: web.Application) -> None:
    web_app.router.add_routes(routes)

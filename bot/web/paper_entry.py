"""Typing in a returned paper booklet (`/dashboard/cases/{id}/participants/{id}/paper`): the
booklet's questions, tables and share choices as one form, for the coordinator. GET shows the
form for the life areas printed (`?area=school&area=friends` for others); POST hands the
answers to `PaperAnswers`, which walks them through the engine like the person's own."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.engine.model import Kind, Share
from bot.engine.runner import key_of
from bot.exports.questionnaire import AREA_STEP, MAX_AREAS, paper_words
from bot.i18n import Translator
from bot.services.paper_answers import REST, PaperBlock, PaperForm, PaperRefused, paper_form
from bot.web.dashboard import PARTICIPANT_URL, Ctx, case_participant, page

PAPER_URL = f"{PARTICIPANT_URL}/paper"

#: The paper-entry routes, each written above its handler.
routes = web.RouteTableDef()


def _form(ctx: Ctx, areas: tuple[str, ...] | None) -> PaperForm:
    case, participant = case_participant(ctx)
    app = ctx.app
    return paper_form(app.case_store, app.consent, app.library, case.id, participant.id, areas)


def _render(ctx: Ctx, form: PaperForm, status: int = 200, error: str | None = None):
    t = ctx.app.catalog.translator("sv")
    dialog = form.dialog
    areas = dialog.step(AREA_STEP).options if AREA_STEP in dialog.steps else ()
    parts = {
        part: t("print-share-rest") if part == REST else
        t("print-share-part", part=t(next(o.label for o in areas if o.id == part)).lower())
        for part in form.parts
    }  # fmt: skip
    return ctx.render(
        "dashboard/paper_entry.html",
        status=status,
        case=ctx.case(),
        participant=form.participant,
        code=form.booklet.code,
        areas=[(o.id, t(o.label), o.id in form.booklet.areas) for o in areas],
        most=MAX_AREAS,
        chosen=",".join(form.booklet.areas),
        blocks=[_block(block, form, t) for block in form.blocks],
        parts=parts,
        shares=[s.value for s in Share],
        values=ctx.form,
        error=error,
    )


def _block(block: PaperBlock, form: PaperForm, t: Translator) -> dict[str, Any]:
    """One block as the template shows it: words translated, form field names given."""
    share = {"share": block.share}
    if block.rows:
        return share | {
            "table": True,
            "text": paper_words(t, block.question.text) if block.question else None,
            "columns": [paper_words(t, label) for label, _ in block.columns],
            "rows": [
                (t(label), fields)
                for (label, _), fields in zip(block.rows, block.fields, strict=True)
            ],
        }
    shown = block.question
    key = key_of((shown.step.id, shown.item))
    step = shown.step
    options = form.dialog.scale_options(step) if step.kind is Kind.SCALE else step.options
    return share | {
        "table": False,
        "key": key,
        "text": paper_words(t, shown.text),
        "kind": shown.step.kind.value,
        "multi": shown.step.kind is Kind.MULTI,
        "max_length": shown.step.max_length,
        "options": [(o.id, t(label)) for o, (label, _) in zip(options, shown.options, strict=True)],
    }


@routes.get(PAPER_URL)
@page
async def paper_get(ctx: Ctx) -> web.StreamResponse:
    areas = tuple(ctx.request.query.getall("area", ())) or None
    return _render(ctx, _form(ctx, areas))


@routes.post(PAPER_URL)
@page
async def paper_post(ctx: Ctx) -> web.StreamResponse:
    areas = tuple(a for a in ctx.form.get("areas", "").split(",") if a)
    form = _form(ctx, areas or None)
    try:
        ctx.app.paper_answers.enter(form, ctx.form, ctx.user.username)
    except PaperRefused as exc:
        return _render(ctx, form, status=422, error=exc.msg_id)
    raise web.HTTPSeeOther(f"/dashboard/cases/{form.participant.case_id}")


def register(web_app: web.Application) -> None:
    web_app.router.add_routes(routes)

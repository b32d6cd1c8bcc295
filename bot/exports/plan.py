"""The easy-read plan for the family, channel-neutral: text (a chat message, ≤ 4,096
characters), a PNG card (Pillow, Atkinson Hyperlegible, OpenMoji) and a PDF (EasyReadPDF) to
keep. `family_plan` gives all three for one participant; channels send them as they can."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageFont

from bot.exports.pdf import FONT, EasyReadPDF
from bot.pictograms import Manifest, PictogramCache, render_emoji
from bot.render.plan_cache import PlanKey
from bot.render.text_image import StartSideWriter, font_for
from bot.services.plan import (
    EasyReadPlan,
    Line,
    Plan,
    easy_read,
    glossary_terms,
    parse_plan,
    scrubbed,
    version_for,
)
from bot.services.protection import redact_for_others, withheld_values

TELEGRAM_TEXT_LIMIT = 4096
WIDTH, MARGIN = 1080, 56
ICON, SMALL_ICON = 88, 64
TITLE_PX, TEXT_PX, SMALL_PX = 58, 38, 34
SOFT, PAPER = (70, 70, 70), (255, 255, 255)
GOAL_BAND = (232, 240, 252)


@dataclass(frozen=True)
class PlanView:
    """One reader's plan without its files: cheap to make on every page view."""

    view: EasyReadPlan
    text: str
    key: PlanKey  # its PNG and PDF in `App.plan_renders`
    lang: str
    plan: Plan  # the sent plan it was made from


@dataclass(frozen=True)
class FamilyPlan:
    view: EasyReadPlan
    text: str
    png: bytes
    pdf: bytes


def plan_text(view: EasyReadPlan, manifest: Manifest) -> str:
    lines = [f"{manifest.char('checklist')} {view.title}", view.intro, ""]
    for line in view.lines:
        lead = "    " if line.level else ""
        lines.append(f"{lead}{manifest.char(line.pictogram)} {line.text}")
    lines += ["", view.footer]
    text = "\n".join(lines)
    return text if len(text) <= TELEGRAM_TEXT_LIMIT else text[: TELEGRAM_TEXT_LIMIT - 1] + "…"


def _line_block(line: Line) -> tuple[ImageFont.FreeTypeFont, int, int]:
    """Font, icon size and indent (from the start side) of one plan line."""
    if line.level:
        return font_for(line.text, SMALL_PX), SMALL_ICON, MARGIN + ICON // 2
    return font_for(line.text, TEXT_PX, bold=line.kind == "goal"), ICON, MARGIN


def plan_png(view: EasyReadPlan, manifest: Manifest, direction: str = "ltr") -> bytes:
    """A tall card: the title, the intro, then every line with its pictogram, all starting
    from the side the language starts from."""
    title_font, intro_font = (
        font_for(view.title, TITLE_PX, bold=True),
        font_for(view.intro, SMALL_PX),
    )
    footer_font = font_for(view.footer, SMALL_PX)
    measure = StartSideWriter(Image.new("RGB", (1, 1)), direction, view.lang)
    text_width = WIDTH - 2 * MARGIN
    title = measure.wrap(view.title, title_font, text_width - ICON - 24)
    intro = measure.wrap(view.intro, intro_font, text_width)
    blocks = []
    for line in view.lines:
        font, icon, indent = _line_block(line)
        wrapped = measure.wrap(line.text, font, WIDTH - MARGIN - indent - icon - 24)
        height = max(icon, len(wrapped) * int(font.size * 1.3)) + 28
        blocks.append((line, font, icon, indent, wrapped, height))
    footer = measure.wrap(view.footer, footer_font, text_width)
    height = (
        MARGIN
        + max(ICON, len(title) * int(TITLE_PX * 1.2))
        + 24
        + len(intro) * int(SMALL_PX * 1.35)
        + 32
        + sum(b[-1] for b in blocks)
        + 24
        + len(footer) * int(SMALL_PX * 1.35)
        + MARGIN
    )
    image = Image.new("RGB", (WIDTH, height), PAPER)
    writer = StartSideWriter(image, direction, view.lang)
    y = MARGIN
    _paste_icon(writer, manifest, "checklist", MARGIN, y, ICON)
    for n, text in enumerate(title):
        writer.text(MARGIN + ICON + 24, y + n * int(TITLE_PX * 1.2), text, title_font)
    y += max(ICON, len(title) * int(TITLE_PX * 1.2)) + 24
    for text in intro:
        writer.text(MARGIN, y, text, intro_font, fill=SOFT)
        y += int(SMALL_PX * 1.35)
    y += 32
    for line, font, icon, indent, wrapped, block_height in blocks:
        if line.kind == "goal":
            writer.draw.rounded_rectangle(
                (MARGIN - 16, y - 10, WIDTH - MARGIN + 16, y + block_height - 18),
                radius=18,
                fill=GOAL_BAND,
            )
        _paste_icon(writer, manifest, line.pictogram, indent, y, icon)
        for n, text in enumerate(wrapped):
            writer.text(indent + icon + 24, y + n * int(font.size * 1.3), text, font)
        y += block_height
    y += 24
    writer.draw.line((MARGIN, y - 12, WIDTH - MARGIN, y - 12), fill=(180, 180, 180), width=2)
    for text in footer:
        writer.text(MARGIN, y, text, footer_font, fill=SOFT)
        y += int(SMALL_PX * 1.35)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _paste_icon(
    writer: StartSideWriter, manifest: Manifest, key: str, offset: int, y: int, size: int
):
    if key in manifest:
        writer.paste(render_emoji(manifest[key], size), offset, y)


def plan_pdf(view: EasyReadPlan, t, manifest: Manifest, pictures: PictogramCache) -> bytes:
    pdf = EasyReadPDF(t, view.title)
    pdf.add_page()
    pdf.set_font(FONT, "B", 24)
    pdf.paragraph(11, view.title)
    pdf.set_font(FONT, "", 14)
    pdf.paragraph(7, view.intro)
    pdf.ln(4)
    for line in view.lines:
        icon_mm = 10 if line.level else 15
        indent = 8 if line.level else 0
        if pdf.room_left() < 30:
            pdf.add_page()
        top = pdf.get_y()
        if line.pictogram in manifest:
            picture = manifest[line.pictogram]
            pdf.image(
                str(pictures.png(picture, 160)),
                x=pdf.x_from_start(indent, icon_mm),
                y=top,
                w=icon_mm,
                h=icon_mm,
                alt_text=t(picture.alt),
            )
        pdf.set_y(top)
        pdf.set_font(FONT, "B" if line.kind == "goal" else "", 15 if line.level else 16)
        pdf.paragraph(7.5, line.text, offset=indent + icon_mm + 4)
        pdf.set_font(FONT, "", 11)
        pdf.set_text_color(70, 70, 70)
        meaning = f"{t('plan-what-does-it-mean')} " + " ".join(line.explain)
        pdf.paragraph(5.5, meaning, offset=indent + icon_mm + 4)
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(max(pdf.get_y(), top + icon_mm) + 4)
    pdf.ln(2)
    pdf.set_font(FONT, "", 13)
    pdf.paragraph(7, view.footer)
    return bytes(pdf.output())


def plan_files(view: EasyReadPlan, t, manifest: Manifest, pictures: PictogramCache):
    """(PNG, PDF) of the plan: the heavy part (a worker process runs it for the web)."""
    return plan_png(view, manifest, t.direction), plan_pdf(view, t, manifest, pictures)


def plan_view(app, participant) -> PlanView | None:
    """The plan of the participant's case in their language and version, as text, and the key
    of its files; None until the coordinator marked a plan sent (a family never sees a draft).
    Audit-logged as delivered."""
    stored = app.plans.store.sent(participant.case_id)
    if stored is None:
        return None
    plan = parse_plan(stored.data)
    case = app.case_store.case(participant.case_id)
    t = app.catalog.translator(participant.lang)
    terms = glossary_terms(list(app.catalog.locales["sv"].messages))
    view = easy_read(
        plan, case.actors, t, version_for(participant.role), terms, app.manifest.__contains__
    )
    participants = app.case_store.participants(case.id)
    others = redact_for_others(case, participants, participant)
    view = scrubbed(view, withheld_values(case, participants, others), t("plan-withheld"))
    app.audit.record(
        f"participant:{participant.id}", "plan.deliver", f"case:{case.id}", version=view.version
    )
    key = PlanKey.of(case.id, stored.version, view)
    return PlanView(view, plan_text(view, app.manifest), key, participant.lang, plan)


def family_plan(app, participant) -> FamilyPlan | None:
    """`plan_view` with its PNG and PDF, made once per plan version (for callers that may
    block: Telegram through a thread, the console, the command line)."""
    delivered = plan_view(app, participant)
    if delivered is None:
        return None
    files = app.plan_renders.get(delivered.key)
    if files is None:
        t = app.catalog.translator(delivered.lang)
        files = plan_files(delivered.view, t, app.manifest, app.pictogram_cache)
        app.plan_renders.put(delivered.key, files)
    return FamilyPlan(delivered.view, delivered.text, *files)

"""The printed easy-read questionnaire (`delaktig print`): the whole dialog on paper, with
pictograms, tick boxes and writing lines; or as plain text, one visible text per line.

With a base URL every page carries a QR code for `{base}/listen/{dialog}/{lang}/{page}`, where
that page's questions are read aloud (`bot/web/listen.py`). The listen page finds its
questions with `questionnaire_layout`, the same layout the PDF is made with.

For one person (`Booklet`) it prints only the life areas chosen beforehand (or, with none, the
"choose up to three" page alone), their code and a name box on every page, a short paper hint
under each question ("Kryssa en.", "Skriv här."), and one share choice (single-choice round
boxes) at the end of each part instead of the screen's review step. Questions about people
print as tables (a row per person, a tick box per column), so the booklet with three areas
fits on eight pages."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import segno

from bot.engine.model import Dialog, Kind, Share, Step
from bot.engine.runner import Prompt, PromptOption
from bot.engine.visible import VisibleStep, on_paper, visible_steps
from bot.exports.pdf import FONT, EasyReadPDF
from bot.i18n import Translator
from bot.pictograms import Manifest, PictogramCache

QUESTION_PT, OPTION_PT, HELP_PT = 17, 15, 12
ICON_MM, OPTION_ICON_MM, BOX_MM = 18, 9, 7
#: Where a question's words begin, measured from the start margin: after its pictogram.
TEXT_OFFSET_MM = ICON_MM + 4
WRITING_LINES = 4
#: A person's booklet is denser: smaller type, options side by side, fewer writing lines.
PAPER_QUESTION_PT, PAPER_OPTION_PT, PAPER_WRITING_LINES, PAPER_ICON_MM = 14, 13, 3, 12
QR_MM = 24
#: A booklet's table (people in rows, what each is to the person in columns).
TABLE_PT, TABLE_LABEL_MM, TABLE_ROW_MM = 10, 62, 9
#: Room at the foot of each page for the QR code above the footer.
QR_PAGE_BREAK_MM = 22 + QR_MM + 4
#: How to answer each kind of question on paper.
HINTS = {
    Kind.CHOICE: "print-hint-one",
    Kind.SCALE: "print-hint-one",
    Kind.MULTI: "print-hint-many",
    Kind.TEXT: "print-hint-write",
}


#: The step whose options are the life areas, and how many a booklet prints at most.
AREA_STEP, MAX_AREAS = "areas", 3
#: A person's booklet: the header (code, name, QR code) above every page.
HEADER_MM, HEADER_QR_MM = 11, 20
#: A booklet's foot: the page number and the pictures' credit, close under the last line.
BOOKLET_FOOT_MM = 18


@dataclass(frozen=True)
class Booklet:
    """One person's booklet: the code that matches a returned paper to them, and the life
    areas chosen beforehand (empty: only the page to choose up to three)."""

    code: str
    areas: tuple[str, ...] = ()


def listen_url(
    base_url: str, dialog_id: str, lang: str, page: int, areas: tuple[str, ...] | None = None
) -> str:
    url = f"{base_url.rstrip('/')}/listen/{dialog_id}/{lang}/{page}"
    return url if areas is None else f"{url}?areas={','.join(areas) or '-'}"


@dataclass(frozen=True)
class QuestionnaireLayout:
    pdf: bytes
    steps: tuple[VisibleStep, ...]
    #: page number (from 1) → indexes into `steps` of the questions on that page
    pages: dict[int, tuple[int, ...]]
    #: page number → the URL in its QR code (empty without a base URL)
    qr: dict[int, str]


class QuestionnairePdf(EasyReadPDF):
    """The easy-read PDF with a read-aloud QR code at the foot of every page."""

    def __init__(
        self,
        t: Translator,
        title: str,
        qr_url: Callable[[int], str] | None,
        booklet: Booklet | None = None,
    ):
        super().__init__(t, title)
        self.qr_url, self.qr, self.booklet = qr_url, {}, booklet
        if qr_url and not booklet:
            self.set_auto_page_break(auto=True, margin=QR_PAGE_BREAK_MM)
        if booklet:
            self.set_top_margin(self.t_margin + HEADER_MM)
            self.set_auto_page_break(auto=True, margin=BOOKLET_FOOT_MM)

    def header(self) -> None:
        """On every page of a person's booklet: their code, a box for the name and (with a
        base URL) the read-aloud QR code at the far end."""
        if not self.booklet:
            return
        self.set_font(FONT, "", HELP_PT)
        code = self.t("print-code", code=self.booklet.code)
        width = self.get_string_width(code) + 6
        y = 8
        qr = HEADER_QR_MM + 3 if self.qr_url else 0
        self.set_line_width(0.4)
        self.rect(self.x_from_start(0, width), y, width, 10)
        self.set_xy(self.x_from_start(0, width), y + 2)
        self.cell(width, 6, code, align="C")
        name_width = self.epw - width - 4 - qr
        self.rect(self.x_from_start(width + 4, name_width), y, name_width, 10)
        self.set_xy(self.x_from_start(width + 6, name_width - 4), y + 2)
        self.cell(name_width - 4, 6, self.t("print-name"), align=self.start_align)
        if self.qr_url:
            self._qr(self.x_from_start(self.epw - HEADER_QR_MM, HEADER_QR_MM), 4, HEADER_QR_MM)
            self.set_xy(self.x_from_start(width + 4, name_width), y + 11)
            self.set_font(FONT, "", 10)
            self.cell(name_width, 5, self.t("print-listen-qr"), align=self.start_align)
        self.set_y(self.t_margin)

    def _qr(self, x: float, y: float, size: float) -> None:
        url = self.qr[self.page_no()] = self.qr_url(self.page_no())
        png = io.BytesIO()
        segno.make(url, error="m").save(png, kind="png", scale=8, border=2)
        self.image(png, x=x, y=y, w=size, h=size, alt_text=self.t("print-listen-qr"))

    def footer(self) -> None:
        if self.qr_url and not self.booklet:
            # The code stands at the far end of the line, its words just before it.
            y = self.h - 18 - QR_MM
            self._qr(self.x_from_start(self.epw - QR_MM, QR_MM), y, QR_MM)
            self.set_y(y + QR_MM / 2 - 4)
            self.set_font(FONT, "", HELP_PT)
            words_width = self.epw - QR_MM - 3
            self.set_x(self.x_from_start(0, words_width))
            far_end = "L" if self.rtl else "R"
            self.multi_cell(words_width, 6, self.t("print-listen-qr"), align=far_end)
        super().footer()


def printed_prompt(shown: VisibleStep) -> Prompt:
    """A printed question as the engine's Prompt, so it is spoken like any other."""
    options = tuple(PromptOption(str(n), label, picto) for n, (label, picto) in
                    enumerate(shown.options, 1))  # fmt: skip
    return Prompt(
        shown.step.id, shown.step.id, shown.item, shown.step.kind, shown.text, shown.help,
        shown.step.pictograms, options, 0, 0, False,
    )  # fmt: skip


def questionnaire_txt(dialog: Dialog, t: Translator) -> str:
    """Exactly the texts a user of the dialog can see, one per line, in order."""
    lines = [t(dialog.title)]
    for shown in visible_steps(dialog):
        lines.append(t(shown.text))
        lines.extend(t(label) for label, _ in shown.options)
        if shown.help:
            lines.append(t(shown.help))
    return "\n".join(" ".join(line.split()) for line in lines) + "\n"


def questionnaire_pdf(
    dialog: Dialog,
    t: Translator,
    manifest: Manifest,
    pictures: PictogramCache,
    base_url: str | None = None,
    booklet: Booklet | None = None,
) -> bytes:
    return questionnaire_layout(dialog, t, manifest, pictures, base_url, booklet).pdf


def booklet_steps(dialog: Dialog, booklet: Booklet | None) -> tuple[VisibleStep, ...]:
    """What a booklet prints: every step (the blank booklet); for a person, the chosen life
    areas only and no review step; with no areas chosen, only the question that chooses them."""
    if booklet is None:
        return tuple(visible_steps(dialog))
    if not booklet.areas and AREA_STEP in dialog.steps:
        return tuple(s for s in visible_steps(dialog) if s.step.id == AREA_STEP)
    areas = booklet.areas[:MAX_AREAS]
    shown = [
        s
        for s in visible_steps(dialog, {AREA_STEP: areas})
        if s.step.kind is not Kind.REVIEW and not _about_choosing_areas(s)
    ]
    return tuple(_by_area(shown, areas))


def _about_choosing_areas(shown: VisibleStep) -> bool:
    """The question that chooses the areas, or one that follows from it ("Något annat"): the
    booklet was printed for the areas already chosen."""
    when = shown.step.when
    return shown.step.id == AREA_STEP or (when is not None and AREA_STEP in when.steps())


def _by_area(steps: list[VisibleStep], areas: tuple[str, ...]) -> list[VisibleStep]:
    """Each run of repeated questions regrouped area by area (all about school, then all about
    friends), so every area is one part with one share choice."""
    out: list[VisibleStep] = []
    run: list[VisibleStep] = []
    for shown in [*steps, None]:
        if shown is not None and shown.step.for_each == AREA_STEP:
            run.append(shown)
            continue
        out += sorted(run, key=lambda s: areas.index(s.item))  # stable: the file's order
        run = []
        if shown is not None:
            out.append(shown)
    return out


def questionnaire_layout(
    dialog: Dialog,
    t: Translator,
    manifest: Manifest,
    pictures: PictogramCache,
    base_url: str | None = None,
    booklet: Booklet | None = None,
) -> QuestionnaireLayout:
    """Lay the dialog out on paper; record which questions land on which page."""
    areas = booklet.areas if booklet else None
    qr_url = (
        (lambda page: listen_url(base_url, dialog.id, t.lang, page, areas)) if base_url else None
    )
    pdf = QuestionnairePdf(t, t(dialog.title), qr_url, booklet)
    steps = booklet_steps(dialog, booklet)
    pages: dict[int, list[int]] = {}
    pdf.add_page()
    pdf.set_font(FONT, "B", 24)
    pdf.paragraph(11, t(dialog.title))
    pdf.set_font(FONT, "", OPTION_PT)
    pdf.paragraph(8, t("print-intro"))
    if booklet and not booklet.areas:
        pdf.set_font(FONT, "B", OPTION_PT)
        pdf.paragraph(8, t("print-choose-areas", most=MAX_AREAS))
    pdf.ln(4)
    group = area = None
    index = 0
    while index < len(steps):
        shown = steps[index]
        table = table_at(steps, index) if booklet else 0
        option = None if table else _group_option(dialog, shown, t)
        # One share choice per life area; other repeated questions (about people) belong to
        # "the rest".
        in_area = option if shown.step.for_each == AREA_STEP else None
        if booklet and area and in_area != area:
            _share_choice(pdf, t("print-share-part", part=area.lower()), t)
        if booklet and booklet.areas and shown.step.kind is Kind.END:
            _share_choice(pdf, t("print-share-rest"), t)  # before the paper's last words
        area = in_area
        if option and option != group:
            _ensure_room(pdf, 14 + _room_for(shown, pdf, booklet is not None))  # kept with the next
            pdf.set_font(FONT, "B", QUESTION_PT + 2)
            pdf.set_fill_color(235, 240, 250)
            pdf.paragraph(10, t("print-group-heading", option=option), fill=True)
            pdf.ln(2)
        group = option
        if table:
            first = _table(pdf, steps[index : index + table], dialog, t, manifest, pictures)
        else:
            first = _step_block(pdf, shown, t, manifest, pictures, paper=booklet is not None)
        for n in range(index, index + (table or 1)):
            for page in range(first, pdf.page_no() + 1):
                pages.setdefault(page, []).append(n)
        index += table or 1
    if booklet and booklet.areas and steps[-1].step.kind is not Kind.END:
        _share_choice(pdf, t("print-share-rest"), t)
    body = bytes(pdf.output())
    return QuestionnaireLayout(
        body, steps, {page: tuple(found) for page, found in pages.items()}, dict(pdf.qr)
    )


def table_at(steps: tuple[VisibleStep, ...], index: int) -> int:
    """How many steps from `index` a booklet prints as one table; 0 when the step at `index`
    starts none. A table is a question that picks people and the question repeated about each
    of them ("Vad stämmer om mamma?"), or questions in a row that pick from the same people
    ("Vilka ska vara med?", "Vem vill du helst inte ha där?")."""
    first = steps[index].step
    if first.kind is not Kind.MULTI:
        return 0
    end = index + 1
    while end < len(steps) and steps[end].step.for_each == first.id != AREA_STEP:
        end += 1
    while end < len(steps) and _same_choices(steps[end].step, first):
        end += 1
    return end - index if end - index > 1 else 0


def _same_choices(step: Step, first: Step) -> bool:
    same = (step.options, step.options_from) == (first.options, first.options_from)
    return step.kind is Kind.MULTI and not step.for_each and not first.for_each and same


def _table(pdf, steps, dialog: Dialog, t: Translator, manifest: Manifest, pictures) -> int:
    """Steps as one table (see `table_at`) with a tick box in each cell: a row per person, a
    column per answer to the repeated question, or per question. The page it begins on."""
    head = steps[0]
    if steps[1].step.for_each == head.step.id:
        labels = {o.id: (o.label, o.pictogram) for o in head.step.options}
        rows = [(t(labels[s.item][0]), labels[s.item][1]) for s in steps[1:]]
        columns = [(t(label), picto) for label, picto in steps[1].options]
        question: VisibleStep | None = head
    else:
        rows = [(t(label), picto) for label, picto in head.options]
        columns = [(paper_words(t, s.text), s.step.pictograms[0] if s.step.pictograms else None)
                   for s in steps]  # fmt: skip
        question = None
    pdf.set_font(FONT, "", TABLE_PT)
    column = (pdf.epw - TABLE_LABEL_MM) / len(columns)
    words = [pdf.multi_cell(column - 2, 4.5, c, dry_run=True, output="LINES") for c, _ in columns]
    header = OPTION_ICON_MM + 1 + max(len(w) for w in words) * 4.5
    _ensure_room(pdf, 24 + header + 3 * TABLE_ROW_MM)
    first = pdf.page_no()
    if question:
        _question(pdf, question, paper_words(t, question.text), t("print-hint-table"), manifest,
                  pictures, t)  # fmt: skip
    else:
        pdf.set_font(FONT, "", HELP_PT)
        pdf.paragraph(6, t("print-hint-table"), offset=TEXT_OFFSET_MM)

    def column_heads() -> None:
        y = pdf.get_y()
        pdf.set_font(FONT, "", TABLE_PT)
        for n, (_label, picto) in enumerate(columns):
            x = TABLE_LABEL_MM + n * column
            if picto in manifest:
                icon = pdf.x_from_start(x + (column - OPTION_ICON_MM) / 2, OPTION_ICON_MM)
                picture = manifest[picto]
                pdf.image(str(pictures.png(picture, 96)), x=icon, y=y, w=OPTION_ICON_MM,
                          h=OPTION_ICON_MM, alt_text=t(picture.alt))  # fmt: skip
            pdf.set_xy(pdf.x_from_start(x + 1, column - 2), y + OPTION_ICON_MM + 1)
            pdf.multi_cell(column - 2, 4.5, "\n".join(words[n]), align="C")
        pdf.set_y(y + header + 1)

    column_heads()
    for n, (label, picto) in enumerate(rows):
        if pdf.room_left() < TABLE_ROW_MM:
            pdf.add_page()
            column_heads()
        y = pdf.get_y()
        if n % 2 == 0:
            pdf.set_fill_color(242, 244, 248)
            pdf.rect(pdf.l_margin, y, pdf.epw, TABLE_ROW_MM, style="F")
        offset = _tick_box_picture(pdf, 1, y + 0.5, picto, manifest, pictures, t)
        pdf.set_font(FONT, "", PAPER_OPTION_PT)
        pdf.set_xy(pdf.x_from_start(offset, TABLE_LABEL_MM - offset), y + 1.5)
        pdf.cell(TABLE_LABEL_MM - offset, 6, label, align=pdf.start_align)
        pdf.set_line_width(0.5)
        for c in range(len(columns)):
            x = TABLE_LABEL_MM + c * column + (column - BOX_MM) / 2
            pdf.rect(pdf.x_from_start(x, BOX_MM), y + 1, BOX_MM, BOX_MM)
        pdf.set_y(y + TABLE_ROW_MM)
    _rule(pdf, paper=True)
    return first


def _group_option(dialog: Dialog, shown: VisibleStep, t: Translator) -> str | None:
    """The words of the option a repeated question is about ("Skolan"), or None."""
    if shown.item is None or not shown.step.for_each:
        return None
    source = dialog.step(shown.step.for_each)
    option = next(o for o in source.options if o.id == shown.item)
    return t(option.label)


def _room_for(shown: VisibleStep, pdf: EasyReadPDF, paper: bool = False) -> float:
    """The height a question needs on its page before it may begin there."""
    if paper:
        lines = PAPER_WRITING_LINES if shown.step.kind is Kind.TEXT else 0
        columns = _grid_columns(pdf, [pdf.t(label) for label, _ in shown.options])
        return 20 + -(-len(shown.options) // columns) * 12 + lines * 8
    rows = len(shown.options) + (WRITING_LINES if shown.step.kind is Kind.TEXT else 0)
    return 30 + rows * 10


def paper_words(t: Translator, msg) -> str:
    """The words for paper: a message's `-paper` variant when it has one ("Kryssa" for "Tryck")."""
    return t(on_paper(msg, lambda msg_id: t.catalog.has(t.lang, msg_id)))


def _share_choice(pdf: EasyReadPDF, question: str, t: Translator) -> None:
    """Who may see a part's answers, and how to answer, in a tinted band; under it round
    boxes side by side, one to tick."""
    _ensure_room(pdf, 8 + 6 + BOX_MM + 6)
    pdf.set_fill_color(245, 240, 225)
    pdf.set_font(FONT, "", PAPER_OPTION_PT)
    text = f"**{question}** {t('print-hint-share')}"
    pdf.paragraph(8, text, fill=True, markdown=True)
    y = pdf.get_y() + 1
    column = pdf.epw / len(Share)
    pdf.set_font(FONT, "", PAPER_OPTION_PT)
    for n, share in enumerate(Share):
        pdf.set_line_width(0.5)
        pdf.ellipse(pdf.x_from_start(n * column, BOX_MM), y + 1, BOX_MM, BOX_MM)
        words = column - BOX_MM - 4
        pdf.set_xy(pdf.x_from_start(n * column + BOX_MM + 2, words), y + 1.5)
        pdf.multi_cell(words, 6, t(f"share-{share.value}"), align=pdf.start_align)
    pdf.set_y(y + BOX_MM + 5)


def _ensure_room(pdf: EasyReadPDF, needed_mm: float) -> None:
    if pdf.room_left() < needed_mm:
        pdf.add_page()


def _step_block(
    pdf: EasyReadPDF,
    shown: VisibleStep,
    t: Translator,
    manifest: Manifest,
    pictures,
    paper: bool = False,
) -> int:
    """Draw one question; the page its question text is on. On `paper` (a person's booklet)
    the help is in paper words and a hint says how to answer."""
    kind = shown.step.kind
    _ensure_room(pdf, _room_for(shown, pdf, paper))
    first = pdf.page_no()
    if paper:
        hint = t(HINTS[kind]) if kind in HINTS else None
        _question(pdf, shown, paper_words(t, shown.text), hint, manifest, pictures, t)
        _option_grid(pdf, shown.options, manifest, pictures, t)
    else:
        _question(pdf, shown, t(shown.text), None, manifest, pictures, t, paper=False)
        for label, picto in shown.options:
            _option_row(pdf, t(label), picto, manifest, pictures, t)
    if kind is Kind.TEXT:
        _writing_lines(pdf, *((PAPER_WRITING_LINES, 8) if paper else (WRITING_LINES, 10)))
    if shown.help and not paper:  # a booklet is short: its help is read aloud on the QR page
        pdf.set_font(FONT, "", HELP_PT)
        pdf.set_text_color(50, 50, 50)
        pdf.paragraph(6, paper_words(t, shown.help), offset=TEXT_OFFSET_MM)
        pdf.set_text_color(0, 0, 0)
    _rule(pdf, paper)
    return first


def _question(
    pdf: EasyReadPDF,
    shown: VisibleStep,
    text: str,
    hint: str | None,
    manifest: Manifest,
    pictures,
    t: Translator,
    paper: bool = True,
) -> None:
    """A question's pictogram and words (bold unless it only tells), and under them the hint
    that says how to answer on paper."""
    top = pdf.get_y()
    icon = PAPER_ICON_MM if paper else ICON_MM
    if shown.step.pictograms and shown.step.pictograms[0] in manifest:
        picture = manifest[shown.step.pictograms[0]]
        x = pdf.x_from_start(0, icon)
        pdf.image(str(pictures.png(picture, 160)), x=x, y=top, w=icon, h=icon,
                  alt_text=t(picture.alt))  # fmt: skip
    pdf.set_y(top)
    bold = "B" if shown.step.kind is not Kind.INFO else ""
    pdf.set_font(FONT, bold, PAPER_QUESTION_PT if paper else QUESTION_PT)
    pdf.paragraph(7 if paper else 8, text, offset=TEXT_OFFSET_MM)
    if hint:
        pdf.set_font(FONT, "", HELP_PT)
        pdf.paragraph(6, hint, offset=TEXT_OFFSET_MM)
    pdf.set_y(max(pdf.get_y(), top + icon) + (1 if paper else 2))


def _rule(pdf: EasyReadPDF, paper: bool) -> None:
    """The thin line between two questions."""
    pdf.ln(2 if paper else 3)
    pdf.set_draw_color(200, 200, 200)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3 if paper else 4)


def _option_grid(pdf, options, manifest: Manifest, pictures, t: Translator) -> None:
    """A person's booklet: the options side by side, up to three to a line as their words
    allow, each a tick box, its picture and its words from the start side."""
    width = pdf.epw - TEXT_OFFSET_MM
    pdf.set_font(FONT, "", PAPER_OPTION_PT)
    labels = [(t(label), picto) for label, picto in options]
    if not labels:
        return
    columns = _grid_columns(pdf, [label for label, _ in labels])
    column = width / columns
    for start in range(0, len(labels), columns):
        _ensure_room(pdf, OPTION_ICON_MM + 3)
        y = pdf.get_y()
        bottom = y + OPTION_ICON_MM + 1.5
        for n, (label, picto) in enumerate(labels[start : start + columns]):
            offset = _tick_box(pdf, TEXT_OFFSET_MM + n * column, y, picto, 2, manifest, pictures, t)
            words = column - (offset - TEXT_OFFSET_MM - n * column) - 2
            pdf.set_xy(pdf.x_from_start(offset, words), y + 1.5)
            pdf.set_font(FONT, "", PAPER_OPTION_PT)
            pdf.multi_cell(words, 6, label, align=pdf.start_align, new_x="LMARGIN", new_y="NEXT")
            bottom = max(bottom, pdf.get_y())
        pdf.set_y(bottom + 1)


def _grid_columns(pdf: EasyReadPDF, labels: list[str]) -> int:
    """How many options to a line: four at most, two at least, so that every label fits on
    two lines without breaking a word."""
    if not labels:
        return 2
    pdf.set_font(FONT, "", PAPER_OPTION_PT)
    widest = max(pdf.get_string_width(label) for label in labels)
    longest_word = max(pdf.get_string_width(w) for label in labels for w in label.split())
    width = pdf.epw - TEXT_OFFSET_MM
    return next(
        (n for n in (4, 3) if len(labels) >= n and
         max(longest_word, widest / 2) <= width / n - BOX_MM - OPTION_ICON_MM - 8),
        2,
    )  # fmt: skip


def _tick_box(
    pdf, offset: float, y: float, picto, gap: float, manifest: Manifest, pictures, t: Translator
) -> float:
    """A tick box at `offset` from the start side and the option's picture after it; the
    offset where the option's words begin."""
    pdf.set_line_width(0.5)
    pdf.rect(pdf.x_from_start(offset, BOX_MM), y + 1, BOX_MM, BOX_MM)
    return _tick_box_picture(pdf, offset + BOX_MM + gap, y, picto, manifest, pictures, t, gap)


def _tick_box_picture(
    pdf, offset: float, y: float, picto, manifest: Manifest, pictures, t: Translator, gap=2.0
) -> float:
    """The option's picture at `offset` from the start side; the offset after it."""
    if picto and picto in manifest:
        pdf.image(
            str(pictures.png(manifest[picto], 96)),
            x=pdf.x_from_start(offset, OPTION_ICON_MM),
            y=y,
            w=OPTION_ICON_MM,
            h=OPTION_ICON_MM,
            alt_text=t(manifest[picto].alt),
        )
        offset += OPTION_ICON_MM + gap
    return offset


def _option_row(pdf, label: str, picto, manifest: Manifest, pictures, t: Translator) -> None:
    """A tick box, the option's picture and its words, in reading order from the start side."""
    _ensure_room(pdf, 12)
    y = pdf.get_y()
    offset = _tick_box(pdf, TEXT_OFFSET_MM, y, picto, 3, manifest, pictures, t)
    pdf.set_y(y + 0.5)
    pdf.set_font(FONT, "", OPTION_PT)
    pdf.paragraph(8, label, offset=offset)
    pdf.set_y(max(pdf.get_y(), y + OPTION_ICON_MM + 1.5))


def _writing_lines(pdf: EasyReadPDF, lines: int, spacing: float) -> None:
    pdf.set_draw_color(120, 120, 120)
    width = pdf.epw - TEXT_OFFSET_MM
    x0 = pdf.x_from_start(TEXT_OFFSET_MM, width)
    for _ in range(lines):
        pdf.ln(spacing)
        pdf.line(x0, pdf.get_y(), x0 + width, pdf.get_y())
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)

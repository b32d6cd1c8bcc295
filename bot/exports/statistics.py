"""The unit statistics as CSV, HTML (inline SVG charts, each with its data table) and PNG.
Charts read in greyscale: every answer has its own pattern as well as its colour, and every
segment carries its count. CSV cells that a spreadsheet would run as a formula are
neutralised."""

from __future__ import annotations

import csv
import io
from functools import cache
from html import escape

from PIL import Image, ImageDraw, ImageFont

from bot.i18n import Translator
from bot.paths import pictograms_dir
from bot.services.statistics import MIN_RESPONSES, Cell, ItemStats, UnitStats

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Fill colours (a colour-blind-safe set) — each also has its own pattern below.
FILLS = ("#1f4e79", "#6baed6", "#f4a259", "#8c564b", "#c7e9c0", "#ffffff")
PATTERNS = ("solid", "diagonal", "dots", "horizontal", "cross", "empty")
ROW_H, BAR_X, BAR_W, LABEL_W = 34, 190, 560, 180


def neutralise(value: object) -> str:
    """A CSV cell a spreadsheet will show as text: a leading = + - @ gets a `'` in front."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def stats_csv(stats: UnitStats, t: Translator) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ("audience", "item", "question", "month", "option", "count", "n")
    writer.writerow([neutralise(t(f"stats-csv-{h}")) for h in header])
    for item in stats.items:
        for month, cell in ((stats.period.label, item.overall), *item.parts):
            for n, label in enumerate(item.labels):
                count = cell.counts[n] if cell.shown else t("stats-too-few")
                row = (item.audience, item.item, t(item.question), month, t(label))
                writer.writerow([neutralise(v) for v in (*row, count, cell.n)])
    return out.getvalue()


def _rows(item: ItemStats, t: Translator) -> list[tuple[str, Cell]]:
    return [(t("stats-all-months"), item.overall), *item.parts]


# ── SVG and HTML ────────────────────────────────────────────────────────────────────────────


def _svg_patterns(prefix: str) -> str:
    defs = []
    for n, (fill, kind) in enumerate(zip(FILLS, PATTERNS, strict=True)):
        marks = {
            "solid": "",
            "diagonal": '<path d="M0,8 L8,0" stroke="#000" stroke-width="1.6"/>',
            "dots": '<circle cx="4" cy="4" r="1.7" fill="#000"/>',
            "horizontal": '<path d="M0,4 L8,4" stroke="#000" stroke-width="1.6"/>',
            "cross": '<path d="M0,0 L8,8 M8,0 L0,8" stroke="#000" stroke-width="1.2"/>',
            "empty": "",
        }[kind]
        defs.append(
            f'<pattern id="{prefix}-p{n}" width="8" height="8" patternUnits="userSpaceOnUse">'
            f'<rect width="8" height="8" fill="{fill}"/>{marks}</pattern>'
        )
    return "<defs>" + "".join(defs) + "</defs>"


def item_svg(item: ItemStats, t: Translator, prefix: str) -> str:
    rows = _rows(item, t)
    legend_h = 26 * ((len(item.options) + 2) // 3)
    height = 12 + ROW_H * len(rows) + 16 + legend_h
    width = BAR_X + BAR_W + 20
    alt = t("stats-chart-alt", question=t(item.question))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-label="{escape(alt)}">',
        _svg_patterns(prefix),
    ]
    y = 12
    for label, cell in rows:
        parts.append(f'<text x="0" y="{y + 21}" font-size="15">{escape(label)}</text>')
        if not cell.shown:
            parts.append(
                f'<rect x="{BAR_X}" y="{y + 2}" width="{BAR_W}" height="{ROW_H - 8}" '
                'fill="#fff" stroke="#777" stroke-dasharray="4 3"/>'
                f'<text x="{BAR_X + 10}" y="{y + 21}" font-size="14" font-style="italic">'
                f"{escape(t('stats-too-few'))} (n={cell.n})</text>"
            )
        else:
            x = BAR_X
            for n, count in enumerate(cell.counts):
                w = BAR_W * count / cell.n
                if w:
                    parts.append(
                        f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="{ROW_H - 8}" '
                        f'fill="url(#{prefix}-p{n})" stroke="#000" stroke-width="1"/>'
                    )
                    if w >= 26:
                        cx = x + w / 2
                        parts.append(
                            f'<rect x="{cx - 12:.1f}" y="{y + 7}" width="24" height="18" '
                            'fill="#fff" stroke="#000" stroke-width="0.5"/>'
                            f'<text x="{cx:.1f}" y="{y + 21}" font-size="13" '
                            f'text-anchor="middle">{count}</text>'
                        )
                x += w
            parts.append(
                f'<text x="{BAR_X + BAR_W + 4}" y="{y + 21}" font-size="12">n={cell.n}</text>'
            )
        y += ROW_H
    y += 16
    for n, label in enumerate(item.labels):
        lx, ly = (n % 3) * 250, y + 26 * (n // 3)
        parts.append(
            f'<rect x="{lx}" y="{ly}" width="22" height="18" fill="url(#{prefix}-p{n})" '
            f'stroke="#000"/><text x="{lx + 28}" y="{ly + 14}" font-size="14">'
            f"{escape(t(label))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def item_table(item: ItemStats, t: Translator) -> str:
    head = "".join(f"<th scope='col'>{escape(t(label))}</th>" for label in item.labels)
    rows = []
    for label, cell in _rows(item, t):
        if cell.shown:
            cells = "".join(f"<td>{count}</td>" for count in cell.counts)
        else:
            cells = f"<td colspan='{len(item.options)}'>{escape(t('stats-too-few'))}</td>"
        rows.append(f"<tr><th scope='row'>{escape(label)}</th>{cells}<td>{cell.n}</td></tr>")
    caption = escape(t("stats-table-caption", question=t(item.question)))
    return (
        f"<table><caption>{caption}</caption><thead><tr><th scope='col'>"
        f"{escape(t('stats-month'))}</th>{head}<th scope='col'>{escape(t('stats-answers'))}"
        f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def stats_fragment(stats: UnitStats, t: Translator) -> str:
    """The body of the statistics: per audience a heading, then per item a chart and a table."""
    parts = [f"<p>{escape(t('stats-intro', min=MIN_RESPONSES))}</p>"]
    for audience, count in stats.responses.items():
        parts.append(
            f"<h2>{escape(t(f'stats-audience-{audience}'))}: "
            f"{escape(t('stats-responses', n=count))}</h2>"
        )
        items = [i for i in stats.items if i.audience == audience]
        if not count:
            parts.append(f"<p>{escape(t('stats-no-data'))}</p>")
            continue
        for n, item in enumerate(items):
            parts.append(
                f"<section class='stats-item'><h3>{escape(t(item.question))}</h3>"
                f"<figure>{item_svg(item, t, f'{audience}-{n}')}</figure>"
                f"{item_table(item, t)}</section>"
            )
    if stats.texts:
        parts.append(f"<h2>{escape(t('stats-texts-heading'))}</h2><ul>")
        parts += [
            f"<li><strong>{escape(t(x.question))}</strong> {escape(x.text)}</li>"
            for x in stats.texts
        ]
        parts.append("</ul>")
    return "".join(parts)


def period_line(stats: UnitStats, t: Translator) -> str:
    return t("stats-period", period=stats.period.label)


def stats_html(stats: UnitStats, t: Translator) -> str:
    """A standalone page (the `--format html` file)."""
    title = escape(t("stats-title", unit=stats.unit))
    return (
        f"<!doctype html><html lang='{t.lang}'><head><meta charset='utf-8'><title>{title}"
        "</title><style>body{font-family:'Atkinson Hyperlegible',sans-serif;max-width:60rem;"
        "margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;margin:.5rem 0 2rem}"
        "th,td{border:1px solid #777;padding:.25rem .5rem;text-align:right}"
        "caption{text-align:left;font-weight:bold}</style></head><body>"
        f"<h1>{title}</h1><p>{escape(period_line(stats, t))}</p>"
        f"{stats_fragment(stats, t)}</body></html>"
    )


# ── PNG ─────────────────────────────────────────────────────────────────────────────────────


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    return ImageFont.truetype(str(pictograms_dir() / "fonts" / name), size)


@cache
def _tile(n: int) -> Image.Image:
    """An 8×8 tile of answer n's fill and pattern."""
    tile = Image.new("RGB", (8, 8), FILLS[n])
    draw = ImageDraw.Draw(tile)
    kind = PATTERNS[n]
    if kind == "diagonal":
        draw.line((0, 7, 7, 0), fill="#000", width=2)
    elif kind == "dots":
        draw.ellipse((2, 2, 5, 5), fill="#000")
    elif kind == "horizontal":
        draw.line((0, 4, 7, 4), fill="#000", width=2)
    elif kind == "cross":
        draw.line((0, 0, 7, 7), fill="#000")
        draw.line((0, 7, 7, 0), fill="#000")
    return tile


def _hatch(image: Image.Image, box: tuple[int, int, int, int], n: int) -> None:
    """Fill `box` with answer n's tile, outlined."""
    x0, y0, x1, y1 = box
    tile = _tile(n)
    for x in range(x0, x1, 8):
        for y in range(y0, y1, 8):
            image.paste(tile.crop((0, 0, min(8, x1 - x), min(8, y1 - y))), (x, y))
    ImageDraw.Draw(image).rectangle(box, outline="#000")


def _item_png(item: ItemStats, t: Translator, width: int) -> Image.Image:
    rows = _rows(item, t)
    title_font, font, small = _font(26, bold=True), _font(22), _font(18)
    bar_x, bar_w, row_h = 230, width - 230 - 110, 46
    legend_rows = (len(item.options) + 2) // 3
    height = 50 + row_h * len(rows) + 20 + 36 * legend_rows + 30
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.text((20, 10), t(item.question), font=title_font, fill="#000")
    y = 54
    for label, cell in rows:
        draw.text((20, y + 8), label, font=font, fill="#000")
        box_y = (y + 4, y + row_h - 8)
        if not cell.shown:
            draw.rectangle((bar_x, box_y[0], bar_x + bar_w, box_y[1]), outline="#777", width=2)
            draw.text(
                (bar_x + 12, y + 9), f"{t('stats-too-few')} (n={cell.n})", font=small, fill="#000"
            )
        else:
            x = bar_x
            for n, count in enumerate(cell.counts):
                w = round(bar_w * count / cell.n)
                if w:
                    _hatch(image, (x, box_y[0], x + w, box_y[1]), n)
                    if w >= 34:
                        cx = x + w // 2
                        draw.rectangle(
                            (cx - 16, y + 11, cx + 16, y + 33), fill="#fff", outline="#000"
                        )
                        draw.text((cx, y + 22), str(count), font=small, fill="#000", anchor="mm")
                x += w
            draw.text((bar_x + bar_w + 10, y + 10), f"n={cell.n}", font=small, fill="#000")
        y += row_h
    y += 20
    for n, label in enumerate(item.labels):
        lx, ly = 20 + (n % 3) * ((width - 40) // 3), y + 36 * (n // 3)
        _hatch(image, (lx, ly, lx + 34, ly + 24), n)
        draw.text((lx + 44, ly), t(label), font=small, fill="#000")
    return image


def stats_png(stats: UnitStats, t: Translator, width: int = 1200) -> bytes:
    """Every item's chart, one under the other, each under its audience heading."""
    head_font = _font(34, bold=True)
    blocks: list[Image.Image] = []
    title = Image.new("RGB", (width, 110), "#ffffff")
    draw = ImageDraw.Draw(title)
    draw.text((20, 14), t("stats-title", unit=stats.unit), font=head_font, fill="#000")
    draw.text((20, 62), period_line(stats, t), font=_font(22), fill="#000")
    blocks.append(title)
    for audience, count in stats.responses.items():
        heading = Image.new("RGB", (width, 60), "#ffffff")
        ImageDraw.Draw(heading).text(
            (20, 12),
            f"{t(f'stats-audience-{audience}')}: {t('stats-responses', n=count)}",
            font=_font(30, bold=True),
            fill="#000",
        )
        blocks.append(heading)
        blocks += [_item_png(i, t, width) for i in stats.items if i.audience == audience and count]
    image = Image.new("RGB", (width, sum(b.height for b in blocks)), "#ffffff")
    y = 0
    for block in blocks:
        image.paste(block, (0, y))
        y += block.height
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()

"""Unit statistics: the five-response threshold, months, free text only when allowed, CSV
that a spreadsheet cannot run, charts with data tables, and the report command."""

from __future__ import annotations

import csv
import io

import pytest
from PIL import Image

from bot.cli import main
from bot.domain import Response
from bot.exports.statistics import neutralise, stats_csv, stats_html, stats_png
from bot.services.reminders import EVALUATION_DIALOGS
from bot.services.statistics import parse_period, unit_statistics
from tests.app_factory import make_app
from tests.consent_support import make_family


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    yield app
    app.db.conn.close()


def dialogs(app):
    return {audience: app.library.get(d) for audience, d in EVALUATION_DIALOGS.items()}


def child(day: str, could_say: str = "good", may_see: bool = False, text: str = "") -> Response:
    texts = {"good": text} if text else {}
    return Response("child", day, {"could-say": could_say, "feeling": "ok"}, may_see, texts)


NOVEMBER, Q4 = parse_period("2026-11"), parse_period("2026-Q4")


def item(stats, audience: str, step: str):
    return next(i for i in stats.items if i.audience == audience and i.item == step)


def test_four_answers_are_too_few_and_five_are_shown(app):
    four = [child("2026-11-21") for _ in range(3)] + [child("2026-11-22", "bad")]
    stats = unit_statistics("Enheten Norr", four, dialogs(app), NOVEMBER)
    cell = item(stats, "child", "could-say").overall
    assert cell.n == 4 and not cell.shown
    t = app.catalog.translator("sv")
    assert "för få svar" in stats_html(stats, t)
    five = [*four, child("2026-11-23", "ok")]
    cell = item(
        unit_statistics("Enheten Norr", five, dialogs(app), NOVEMBER), "child", "could-say"
    ).overall
    assert cell.n == 5 and cell.counts == (3, 1, 1, 0)  # good, ok, bad, dont-know


def test_each_month_has_its_own_threshold(app):
    responses = [child("2026-10-02") for _ in range(5)] + [child("2026-11-02") for _ in range(5)]
    stats = unit_statistics("Enheten Norr", responses, dialogs(app), Q4)
    months = dict(item(stats, "child", "could-say").parts)
    assert months["2026-10"].shown and months["2026-11"].shown and not months["2026-12"].shown
    assert item(stats, "child", "could-say").overall.n == 10


def test_free_text_only_from_those_who_allowed_it_and_never_in_the_anonymous_view(app):
    family = make_family(app)
    unit = family.case.unit_id
    store = app.evaluation_store
    store.add("s1", "p1", unit, family.case.id, child("2026-11-21", may_see=True, text="Bra fika"))
    store.add("s2", "p2", unit, family.case.id, child("2026-11-21", may_see=False, text="Hemligt"))
    assert (
        store.add("s1", "p1", unit, family.case.id, child("2026-11-21")) is None
    )  # once per session
    responses = store.responses(unit)
    assert [r.texts for r in responses] == [{"good": "Bra fika"}, {}]
    t = app.catalog.translator("sv")
    anonymous = unit_statistics("Enheten Norr", responses, dialogs(app), NOVEMBER)
    assert anonymous.texts == ()
    assert "Bra fika" not in stats_html(anonymous, t)
    shown = unit_statistics("Enheten Norr", responses, dialogs(app), NOVEMBER, with_texts=True)
    assert [x.text for x in shown.texts] == ["Bra fika"]
    raw = b"".join(p.read_bytes() for p in app.settings.db_path.parent.glob("delaktig.db*"))
    assert b"Bra fika" not in raw and b"Hemligt" not in raw


@pytest.mark.parametrize("value", ["=SUM(A1)", "+1", "-1", "@cmd", "\tx"])
def test_csv_formula_cells_are_neutralised(value):
    assert neutralise(value) == "'" + value
    assert neutralise("Bra") == "Bra"


def test_csv_has_a_row_per_option_and_month(app):
    responses = [child("2026-11-21") for _ in range(5)]
    stats = unit_statistics("Enheten Norr", responses, dialogs(app), Q4)
    rows = list(csv.reader(io.StringIO(stats_csv(stats, app.catalog.translator("sv")))))
    assert rows[0] == ["målgrupp", "fråga", "frågetext", "period", "svar", "antal", "antal svar"]
    good = [r for r in rows if r[1] == "could-say" and r[4] == "Bra"]
    assert [r[3] for r in good] == ["2026-Q4", "2026-10", "2026-11", "2026-12"]
    assert [r[5] for r in good] == ["5", "för få svar", "5", "för få svar"]
    too_few = [r for r in rows if r[0] == "youth"]
    assert too_few and all(r[5] == "för få svar" for r in too_few)


def test_the_png_chart_is_an_image(app, tmp_path):
    responses = [child("2026-11-21") for _ in range(5)]
    stats = unit_statistics("Enheten Norr", responses, dialogs(app), Q4)
    image = Image.open(io.BytesIO(stats_png(stats, app.catalog.translator("sv"))))
    assert image.format == "PNG" and image.width == 1200


def test_report_command(app, tmp_path, capsys):
    family = make_family(app)
    for n in range(5):
        app.evaluation_store.add(f"s{n}", f"p{n}", family.case.unit_id, family.case.id,
                                 child("2026-11-21"))  # fmt: skip
    db = str(app.settings.database)
    out = tmp_path / "stats.csv"
    args = ["report", "evaluation", "--unit", "Enheten Norr", "--db", db, "--period", "2026"]
    assert main([*args, "--format", "csv", "--out", str(out)]) == 0
    assert "could-say" in out.read_text(encoding="utf-8")
    assert main([*args, "--format", "png", "--out", str(tmp_path / "s.png")]) == 0
    assert Image.open(tmp_path / "s.png").format == "PNG"
    assert main([*args, "--period", "2026-12", "--format", "html"]) == 0
    assert "Inga svar under perioden." in capsys.readouterr().out
    assert main([*args, "--period", "2026-11-01"]) == 2  # no ranges of days
    with pytest.raises(SystemExit):  # ranges of days are no option any more
        main([*args, "--from", "2026-11-01"])
    assert main(["report", "evaluation", "--unit", "Nowhere", "--db", db]) == 2
    assert "no unit called" in capsys.readouterr().err

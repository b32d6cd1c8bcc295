"""The differencing attack from the review, against the real dashboard over HTTP: one youth
answered in February, five in January and five in April. Two date ranges that differ by that
one respondent recovered 9 of 9 of their answers; now only fixed periods can be asked for, and
no combination of the shown cells isolates fewer than five answers."""

from __future__ import annotations

import csv
import io
from itertools import product

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.domain import Response
from bot.services.statistics import MIN_RESPONSES, scored_items, year_periods
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login as login
from tests.app_factory import make_app
from tests.workspace_factory import seed_case

DIALOG = "utvardering-ungdom"


@pytest.fixture
async def attack(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    year = app.workspace.today().year
    items = scored_items(app.library.get(DIALOG))
    crowd = {item: options[0] for item, _, options, _ in items}
    target = {item: options[-1] for item, _, options, _ in items}
    days = [f"{year}-01-{d:02d}" for d in range(10, 15)] + [
        f"{year}-04-{d:02d}" for d in range(3, 8)
    ]
    for n, day in enumerate([*days, f"{year}-02-14"]):
        scores = target if n == len(days) else crowd
        response = Response("youth", day, scores, False, {})
        app.evaluation_store.add(f"s{n}", f"p{n}", seeded.case.unit_id, seeded.case.id, response)
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await login(client)
        yield client, year, items, target


async def cells(client, query: str) -> dict[tuple[str, str], tuple[int, ...] | None]:
    """(item, period) → the youth's counts per option as the CSV shows them (None: hidden)."""
    response = await client.get(f"/dashboard/statistics.csv?{query}")
    assert response.status == 200
    got: dict[tuple[str, str], list] = {}
    for row in list(csv.reader(io.StringIO(await response.text())))[1:]:
        if row[0] == "youth":
            count = None if not row[5].isdigit() else int(row[5])
            got.setdefault((row[1], row[3]), []).append(count)
    return {k: None if None in v else tuple(v) for k, v in got.items()}


async def test_two_date_ranges_differing_by_one_respondent_recover_nothing(attack):
    client, year, _items, _target = attack
    wide = await cells(client, f"from={year}-01-01&to={year}-02-28")
    narrow = await cells(client, f"from={year}-01-01&to={year}-01-31")
    assert wide == narrow  # days are no query: both are the same fixed period
    page = await client.get(f"/dashboard/statistics?period={year}-01-01")
    assert page.status == 400


async def test_no_combination_of_fixed_periods_isolates_fewer_than_five_answers(attack):
    client, year, items, target = attack
    shown: dict[tuple[str, str], tuple[int, ...]] = {}
    months: dict[str, tuple[str, ...]] = {}
    for period in year_periods(year):
        months[period.label] = period.months
        for key, counts in (await cells(client, f"period={period.label}")).items():
            if counts is not None:
                assert sum(counts) >= MIN_RESPONSES, key
                shown[key] = counts
    # Still useful: the year, the first quarter and April are shown, January is not.
    assert (items[0][0], str(year)) in shown and (items[0][0], f"{year}-04") in shown
    assert (items[0][0], f"{year}-01") not in shown
    recovered = 0
    for item, _, options, _ in items:
        mine = {p: c for (i, p), c in shown.items() if i == item}
        for whole, counts in mine.items():
            inside = [p for p in mine if p != whole and set(months[p]) <= set(months[whole])]
            for residual in differences(counts, inside, mine, months):
                assert sum(residual) == 0 or sum(residual) >= MIN_RESPONSES, (item, whole)
                alone = tuple(int(o == target[item]) for o in options)
                recovered += residual == alone
    assert recovered == 0


def differences(counts, inside, shown, months):
    """`counts` minus every set of pairwise disjoint shown periods in `inside`."""
    for chosen in product((False, True), repeat=len(inside)):
        picked = [p for p, take in zip(inside, chosen, strict=True) if take]
        used = [m for p in picked for m in months[p]]
        if len(used) != len(set(used)):
            continue
        yield tuple(total - sum(shown[p][n] for p in picked) for n, total in enumerate(counts))

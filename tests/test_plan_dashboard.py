"""The coordinator's plan page and the unit statistics page over real HTTP on loopback."""

from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.domain import Response
from bot.web.plan_dashboard import plan_from_form
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.workspace_factory import (
    MEETING_TEXT,
    PRIVATE_CANARY,
    give_consent,
    prepare_child,
    seed_case,
)


@pytest.fixture
async def env(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    web_app = create_web_app(app)
    async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:
        response = await dashboard_login(client)
        assert response.status == 200
        yield app, seeded, client


async def form_of(client, path: str) -> dict[str, str]:
    html = await (await client.get(path)).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    return {"csrf": csrf}


def plan_form(csrf: str, follow_up: str = "2026-08-20", main: str = "skola") -> dict[str, str]:
    return {
        "csrf": csrf,
        "g0-title": "Eleven ska ha studiero",
        "g0-plain": "Du ska få lugn i klassrummet.",
        "g0-pictogram": "school",
        "g0-a0-what": "Anpassad placering i klassrummet",
        "g0-a0-plain": "Du får en egen plats.",
        "g0-a0-responsible": main,
        "g0-a0-when": "från augusti",
        "g0-a0-how_often": "",
        "g0-a0-extra": "",
        "g1-title": "",
        "g1-plain": "",
        "g1-a0-what": "",
        "follow_up_date": follow_up,
        "place": "Skolan",
        "contact_name": "Kim Exempel",
        "contact_how": "ring skolan",
        "main_responsible": main,
    }


def test_empty_rows_are_left_out():
    data = plan_from_form(plan_form("x"))
    assert len(data["goals"]) == 1 and len(data["goals"][0]["activities"]) == 1
    assert plan_from_form({"g0-title": "", "g0-a0-what": ""})["goals"] == []


async def test_the_coordinator_enters_the_plan_with_lix_and_consent_warnings(env):
    app, seeded, client = env
    path = f"/dashboard/cases/{seeded.case.id}/plan"
    page = await (await client.get(path)).text()
    assert "I enkla ord" in page and 'data-lix-limit="25"' in page
    assert '<script src="/static/plan-lix.js" defer>' in page
    csrf = (await form_of(client, path))["csrf"]

    empty = await client.post(path, data={"csrf": csrf, "g0-title": "", "g0-a0-what": ""})
    assert empty.status == 422 and "En plan behöver minst ett delmål." in await empty.text()
    early = await client.post(path, data=plan_form(csrf, follow_up="2026-05-01"))
    assert early.status == 422 and "ligger före mötet" in await early.text()

    saved = await client.post(path, data=plan_form(csrf))  # no consent yet
    text = await saved.text()
    assert saved.status == 200 and "Planen är sparad (version 1)." in text
    assert "Samtycket är inte klart." in text
    assert "LIX" in text  # shown server-side after submit

    give_consent(app, seeded)
    scope_actors = set(app.consent.case_status(seeded.case.id).scope.actors)
    assert scope_actors == {"skola", "bup"}

    sent = await client.post(f"{path}/sent", data={"csrf": csrf})
    assert sent.status == 200
    assert app.case_store.case(seeded.case.id).plan_sent_on is not None
    assert "Planen skickades" in await sent.text()


async def test_lix_endpoint(env):
    _app, _seeded, client = env
    response = await client.get("/dashboard/lix", params={"text": "Du får en egen plats."})
    assert (await response.json()) == {"lix": 5.0, "longest_sentence": 5}


async def test_statistics_page_and_downloads(env):
    app, seeded, client = env
    for n in range(4):
        app.evaluation_store.add(
            f"s{n}", f"p{n}", seeded.case.unit_id, seeded.case.id,
            Response("youth", "2026-05-13", {"could-say": "4"}, True, {"good": "Fika"}),
        )  # fmt: skip
    page = await (await client.get("/dashboard/statistics")).text()
    assert "Ungdomar: 4 svar" in page and "för få svar" in page
    assert "Fika" not in page  # free text is never in the anonymous view
    assert "<svg" in page and "<table>" in page
    csv = await (await client.get("/dashboard/statistics.csv")).text()
    assert csv.startswith("målgrupp,")
    png = await client.get("/dashboard/statistics.png")
    assert png.headers["Content-Type"] == "image/png"
    assert (await client.get("/dashboard/statistics?period=yesterday")).status == 400


async def test_du_sa_vi_gjorde_links_the_youths_shared_words_to_a_goal(env):
    """The plan form shows what the youth shared with the meeting (never what they kept to
    themselves) and stores each link; the youth's own plan page then quotes their words."""
    app, seeded, client = env
    give_consent(app, seeded)
    prepare_child(app, seeded)
    path = f"/dashboard/cases/{seeded.case.id}/plan"
    page = await (await client.get(path)).text()
    assert "Du sa – vi gjorde" in page
    assert MEETING_TEXT in page and PRIVATE_CANARY not in page
    keys = re.findall(r'name="s(\d+)-key" value="([^"]+)"', page)
    row = next(n for n, key in keys if key == "area-hard[school]")
    other = next(n for n, key in keys if key == "message")
    csrf = (await form_of(client, path))["csrf"]
    form = plan_form(csrf) | {f"s{n}-key": key for n, key in keys}
    form |= {f"s{n}-participant": str(seeded.child.id) for n, _ in keys}
    form |= {f"s{row}-goal": "1", f"s{other}-why": "Vi väntar med det till nästa möte."}
    saved = await client.post(path, data=form)
    assert saved.status == 200, await saved.text()
    said = app.plans.get(seeded.case.id).said
    assert [(s.key, s.goal, s.why) for s in said] == [
        ("area-hard[school]", 1, ""),
        ("message", None, "Vi väntar med det till nästa möte."),
    ]
    assert MEETING_TEXT not in str(app.plans.store.get(seeded.case.id).data)  # a link, no words
    app.plans.mark_sent(seeded.case.id, "coord")
    lines = app.said.lines_for(seeded.child, app.plans.sent(seeded.case.id))
    assert (lines[0].words, lines[0].outcome) == (
        MEETING_TEXT,
        "Det blev mål 1: Du ska få lugn i klassrummet.",
    )
    assert app.said.lines_for(seeded.guardians[0], app.plans.sent(seeded.case.id)) == []

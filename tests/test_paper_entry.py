"""Typing in a returned paper booklet (#19): the coordinator's form has the booklet's questions,
its people table and its share choices; the typed answers reach the pack like the person's own
(shared ones in the meeting's document, "Bara min samordnare" ones only in the coordinator's),
marked as from paper, audit-logged without answer text. Real HTTP on loopback, real SQLite."""

from __future__ import annotations

import json
import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.services.paper_answers import PAPER_BY
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.test_dashboard_http import csrf_of
from tests.workspace_factory import give_consent, seed_case

FOR_MEETING = "Jag gillar rasterna PAPPER-MOTET-1234"
FOR_COORDINATOR = "Det är bråk på bussen PAPPER-SAMORDNARE-5678"
REST_FOR_MEETING = "Prata om läxorna PAPPER-RESTEN-9012"


@pytest.fixture
def paper(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    app = make_app(tmp_path)
    seeded = seed_case(app)
    give_consent(app, seeded, areas=("school", "friends"))
    child = app.cases.add_participant(seeded.case.id, "child", "min-rost-barn", name="Ella")
    url = f"/dashboard/cases/{seeded.case.id}/participants/{child.id}/paper"
    return app, seeded, child, url


async def test_typed_paper_answers_reach_the_pack_as_shared(paper):
    app, seeded, child, url = paper
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await dashboard_login(client)
        case_page = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
        assert f'href="{url}"' in case_page
        page = await (await client.get(url)).text()
        # The booklet's questions for the consented areas, its people table, its share choices.
        assert "Hur har du det i skolan just nu?" in page
        assert "Hur har du det med kompisar just nu?" in page
        assert "Hur har du det hemma just nu?" not in page
        assert 'name="q:person-role[mom]:helps"' in page
        # Each part's share choice where the paper has it: after the part.
        order = [page.index(text) for text in (
            "Hur har du det i skolan just nu?", "Vem får se dina svar om skolan?",
            "Hur har du det med kompisar just nu?", "Vem får se dina svar om kompisar?",
            "Vilka är viktiga för dig?", "Vem får se dina andra svar?",
        )]  # fmt: skip
        assert order == sorted(order)
        form = {
            "csrf": await csrf_of(client, url),
            "areas": "school,friends",
            "q:area-how[school]": "good",
            "q:area-good[school]": FOR_MEETING,
            "q:area-how[friends]": "bad",
            "q:area-better[friends]": FOR_COORDINATOR,
            "q:person-role[mom]:helps": "on",
            "q:person-role[mom]:bring": "on",
            "q:take-part": "whole",
            "q:topics": REST_FOR_MEETING,
            "share:school": "meeting",
            "share:friends": "coordinator",
            "share:rest": "meeting",
        }
        refused = await client.post(url, data=form | {"csrf": "wrong"}, allow_redirects=False)
        assert refused.status == 403
        saved = await client.post(url, data=form, allow_redirects=False)
        assert saved.status == 303, await saved.text()
        base = f"/dashboard/cases/{seeded.case.id}"
        meeting = await (await client.get(f"{base}/meeting.html")).text()
        coordinator = await (await client.get(f"{base}/coordinator.html")).text()
    assert FOR_MEETING in meeting and REST_FOR_MEETING in meeting
    assert FOR_COORDINATOR not in meeting
    assert FOR_COORDINATOR in coordinator
    # The people table gave the people question its answer, and the roles theirs.
    session_id = app.case_store.session_id_for(child.id, "min-rost-barn")
    session = app.dialogs.get(session_id)
    assert session.status == "done"
    assert session.state["answers"]["people"] == ["mom"]
    assert session.state["answers"]["person-role[mom]"] == ["helps", "bring"]
    assert session.state["answers"]["areas"] == ["school", "friends"]
    assert session.state["context"][PAPER_BY] == "coord"
    # Audit-logged, who and whose; never an answer.
    entries = app.audit.entries(f"case:{seeded.case.id}")
    entered = [e for e in entries if e["action"] == "paper.entered"]
    assert [(e["actor"], e["person"]) for e in entered] == [("coord", child.id)]
    logged = json.dumps(entries, ensure_ascii=False)
    for text in (FOR_MEETING, FOR_COORDINATOR, REST_FOR_MEETING):
        assert re.search(text.split()[-1], logged) is None


async def test_an_answer_the_engine_refuses_saves_nothing(paper):
    app, _seeded, child, url = paper
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await dashboard_login(client)
        form = {
            "csrf": await csrf_of(client, url),
            "areas": "school,friends",
            "q:area-good[school]": FOR_MEETING,
            "q:area-how[school]": "not-an-option",
        }
        response = await client.post(url, data=form, allow_redirects=False)
        page = await response.text()
    assert response.status == 422
    assert "Inget sparades." in page and FOR_MEETING in page  # the typing is kept
    assert app.case_store.session_id_for(child.id, "min-rost-barn") is None
    assert "paper.entered" not in [e["action"] for e in app.audit.entries()]


async def test_other_areas_than_the_printed_ones_can_be_chosen(paper):
    app, _seeded, _child, url = paper
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await dashboard_login(client)
        page = await (await client.get(f"{url}?area=home&area=health")).text()
    assert "Hur har du det hemma just nu?" in page
    assert "Hur har du det i skolan just nu?" not in page
    assert 'name="areas" value="home,health"' in page

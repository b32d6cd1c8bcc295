"""One person's printed booklet (`delaktig print --case --participant`): only the life areas
chosen beforehand, the person's code and a name box on every page, paper words, one share
choice per part, and read-aloud QR codes that scan and open the same printed questions."""

from __future__ import annotations

import re
import subprocess

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.cli import main
from bot.services.consent import ConsentScope
from bot.web.server import create_web_app
from tests.app_factory import dashboard_login, make_app
from tests.qr import decode_qr, pdf_page_png
from tests.test_listen_qr import question_list
from tests.workspace_factory import seed_case

BASE = "https://delaktig.example"
#: Pages before the booklets (32 and 30 pages: every area of the blank booklet) and now.
#: The aim is 8; the booklets print every per-person question of the new journey, so 13 today.
MOST_PAGES = {"child": 13, "youth": 13}


@pytest.fixture
def family(tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    app = make_app(tmp_path)
    seeded = seed_case(app)
    child = app.cases.add_participant(seeded.case.id, "child", "min-rost-barn", name="Ella")
    youth = app.cases.add_participant(seeded.case.id, "youth", "min-rost-ungdom", name="Sam")
    return app, seeded, {"child": child, "youth": youth}


def printed(tmp_path, case_id: int, participant_id: int, *extra: str) -> list[str]:
    """The booklet's pages as text (pdftotext), one string a page."""
    out = tmp_path / f"booklet-{participant_id}.pdf"
    argv = ["print", "--case", str(case_id), "--participant", str(participant_id)]
    assert main([*argv, "--out", str(out), *extra]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.mark.parametrize(("role", "areas"), [("child", "school,friends,home"),
                                             ("youth", "school,friends,health")])  # fmt: skip
def test_a_booklet_prints_only_the_chosen_areas_with_the_code_on_every_page(
    family, tmp_path, role, areas
):
    _app, seeded, people = family
    person = people[role]
    pages = printed(tmp_path, seeded.case.id, person.id, "--base-url", BASE, "--areas", areas)
    assert len(pages) <= MOST_PAGES[role], len(pages)
    for n, page in enumerate(pages, 1):
        assert f"Kod: Fjärilen-{person.id}" in page and "Namn:" in page, n
        assert f"Sida {n} av {len(pages)}" in page, n
    whole = " ".join(pages)
    headings = set(re.findall(r"Om du valde: (\w+)", whole))
    assert "Familjen" not in headings and "Fritiden" not in headings  # not chosen
    for screen_words in ("Tryck", "Du kan pausa", "Hoppa över.", "Välj vem som får se varje"):
        assert screen_words not in whole, screen_words
    assert "Kryssa en ruta. Hoppa över frågan om du vill." in whole
    # One share choice for each area, one for the rest; each with its three single choices.
    assert whole.count("Vem får se dina svar om ") == 3
    assert whole.count("Vem får se dina andra svar?") == 1
    assert whole.count("Bara min samordnare") == 4


def test_without_chosen_areas_the_booklet_is_the_page_to_choose_three(family, tmp_path):
    _app, seeded, people = family
    pages = printed(tmp_path, seeded.case.id, people["child"].id, "--base-url", BASE)
    assert len(pages) == 1
    assert "Kryssa för högst 3 saker som är viktiga för dig." in pages[0]
    assert "Vad är viktigt för dig?" in pages[0] and "Om du valde" not in pages[0]


def test_the_consented_areas_are_the_chosen_ones_when_none_are_given(family, tmp_path):
    app, seeded, people = family
    scope = ConsentScope(("skola",), (), ("school", "home"), (), None, None)
    for guardian in (p for p in app.case_store.participants(seeded.case.id)
                     if p.role == "guardian"):  # fmt: skip
        app.consent.record(seeded.case.id, guardian.id, scope, "test", "sv")
    whole = " ".join(printed(tmp_path, seeded.case.id, people["child"].id, "--base-url", BASE))
    found = set(re.findall(r"Om du valde: (\w+)", whole))
    assert {"Skolan", "Hemma"} <= found  # (the rest are the people the child may name)
    assert not found & {"Familjen", "Kompisar", "Fritiden", "Framtiden"}


def test_a_wrong_participant_or_area_is_refused(family, tmp_path, capsys):
    _app, seeded, people = family
    out = str(tmp_path / "x.pdf")
    argv = ["print", "--case", str(seeded.case.id + 1), "--participant", str(people["child"].id)]
    assert main([*argv, "--out", out, "--base-url", BASE]) == 2
    assert "has no participant" in capsys.readouterr().err
    argv = ["print", "--case", str(seeded.case.id), "--participant", str(people["child"].id)]
    assert main([*argv, "--out", out, "--base-url", BASE, "--areas", "school,moon"]) == 2
    assert "unknown areas moon" in capsys.readouterr().err


async def test_a_booklets_qr_code_opens_the_questions_printed_on_that_page(family, tmp_path):
    app, seeded, people = family
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        base = str(client.make_url("")).rstrip("/")
        out = tmp_path / "booklet.pdf"
        argv = ["print", "--case", str(seeded.case.id), "--participant", str(people["child"].id)]
        extra = ["--base-url", base, "--local", "--areas", "school,friends,home"]
        assert main([*argv, "--out", str(out), *extra]) == 0
        page = pdf_page_png(out, 2, tmp_path / "page-2.png")
        scanned = decode_qr(page)
        assert scanned == [f"{base}/listen/min-rost-barn/sv/2?areas=school,friends,home"]
        response = await client.get(scanned[0].removeprefix(base))
        assert response.status == 200
        heard = [text for text, _ in question_list(await response.text())]
        text = subprocess.run(
            ["pdftotext", "-f", "2", "-l", "2", str(out), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        flat = " ".join(text.split())
        assert heard and all(" ".join(q.split()) in flat for q in heard)
        for src in re.findall(r'src="([^"]+\.mp3[^"]*)"', await response.text()):
            assert "areas=school" in src


async def test_the_dashboards_print_button_gives_the_persons_booklet(family, tmp_path):
    app, seeded, people = family
    scope = ConsentScope(("skola",), (), ("school",), (), None, None)
    for guardian in (p for p in app.case_store.participants(seeded.case.id)
                     if p.role == "guardian"):  # fmt: skip
        app.consent.record(seeded.case.id, guardian.id, scope, "test", "sv")
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        await dashboard_login(client)
        case_page = await (await client.get(f"/dashboard/cases/{seeded.case.id}")).text()
        href = f"/dashboard/cases/{seeded.case.id}/participants/{people['youth'].id}/booklet.pdf"
        assert f'href="{href}"' in case_page
        response = await client.get(href)
        assert response.status == 200 and response.headers["Content-Type"] == "application/pdf"
        out = tmp_path / "from-dashboard.pdf"
        out.write_bytes(await response.read())
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert f"Kod: Fjärilen-{people['youth'].id}" in text
    found = set(re.findall(r"Om du valde: (\w+)", text))
    assert "Skolan" in found and not found & {"Familjen", "Kompisar", "Hemma", "Fritiden"}
    actions = [e["action"] for e in app.audit.entries(f"case:{seeded.case.id}")]
    assert "booklet.print" in actions

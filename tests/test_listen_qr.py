"""The printed questionnaire carries a read-aloud QR code on every page, and the page it leads
to (served over real HTTP) plays that page's questions as MP3 — the same questions the PDF
printed there, and never an answer."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.cli import main
from bot.exports.questionnaire import questionnaire_layout
from bot.web.server import create_web_app
from tests.app_factory import make_app

BASE = "https://delaktig.example"
DIALOG = "demo"


def qr_images(page) -> list:
    """The page's square images that are not pictograms (those are 96 or 160 pixels)."""
    return [
        image
        for image in page.images
        if image.image.width == image.image.height and image.image.width not in (96, 160)
    ]


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


def layout(app, lang="sv"):
    t = app.catalog.translator(lang)
    dialog = app.library.get(DIALOG)
    return questionnaire_layout(dialog, t, app.manifest, app.pictogram_cache, BASE)


def test_every_printed_page_has_a_qr_code_for_its_own_listen_page(app):
    printed = layout(app)
    reader = pypdf.PdfReader(io.BytesIO(printed.pdf))
    assert len(reader.pages) > 1
    for number, page in enumerate(reader.pages, 1):
        assert len(qr_images(page)) == 1, number
        assert printed.qr[number] == f"{BASE}/listen/{DIALOG}/sv/{number}"
        assert printed.pages[number], number  # every page has questions to hear
    texts = [reader.pages[n - 1].extract_text() for n in printed.pages]
    first_question = printed.steps[printed.pages[2][0]]
    assert app.catalog.translator("sv")(first_question.text)[:20] in " ".join(texts[1].split())


def test_delaktig_print_takes_the_base_url(app, tmp_path, monkeypatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    out = tmp_path / "demo.pdf"
    assert main(["print", "--dialog", DIALOG, "--out", str(out), "--base-url", BASE]) == 0
    reader = pypdf.PdfReader(out)
    assert all(len(qr_images(page)) == 1 for page in reader.pages)


async def test_the_listen_page_plays_the_printed_questions_as_mp3(app):
    printed = layout(app)
    t = app.catalog.translator("sv")
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        response = await client.get(f"/listen/{DIALOG}/sv/2")
        assert response.status == 200
        html = await response.text()
        sources = re.findall(r'<audio controls preload="none" src="([^"]+)"', html)
        assert len(sources) == len(printed.pages[2])
        for index in printed.pages[2]:
            assert t(printed.steps[index].text).split("\n")[0][:20] in html
        for src in sources:
            audio = await client.get(src)
            assert audio.status == 200
            assert audio.headers["Content-Type"] == "audio/mpeg"
            body = await audio.read()
            assert body[:3] == b"ID3" or body[0] == 0xFF  # an MP3 frame or its ID3 tag
        assert (await client.get(f"/listen/{DIALOG}/sv/999")).status == 404
        assert (await client.get("/listen/no-such-dialog/sv/1")).status == 404
        assert (await client.get(f"/listen/{DIALOG}/sv/2/99.mp3")).status == 404

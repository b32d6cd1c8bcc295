"""The printed questionnaire carries a read-aloud QR code on every page, and the page it leads
to (served over real HTTP) plays that page's questions as MP3 — the same questions the PDF
printed there, and never an answer. The page has "Jag behöver hjälp nu" in place, to read and
hear, and a language switch that reads the same printed questions in another language."""

from __future__ import annotations

import html as markup
import io
import re

import pypdf
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.cli import main
from bot.exports.questionnaire import questionnaire_layout
from bot.i18n import Catalog
from bot.paths import locales_dir
from bot.web.listen import HELP_NOW
from bot.web.server import create_web_app
from tests.app_factory import make_app
from tests.family.browser import axe_violations, browser, layout_problems  # noqa: F401
from tests.pseudo_locale import PSEUDO, make_locales
from tests.qr import decode_qr, pdf_page_png

BASE = "https://delaktig.example"
DIALOG = "demo"


def qr_images(page) -> list:
    """The page's square images that are not pictograms (those are 96 or 160 pixels)."""
    return [
        image
        for image in page.images
        if image.image.width == image.image.height and image.image.width not in (96, 160)
    ]


def part(html: str, start: str, end: str) -> str:
    """The page from `start` to `end`, both included; fails when the page has no `start`."""
    assert start in html, f"no {start}"
    begin = html.index(start)
    return html[begin : html.index(end, begin) + len(end)]


def question_list(html: str) -> list[tuple[str, str]]:
    """(question text, MP3 address) for each question listed on a listen page."""
    found = re.findall(
        r'<li><p>(.*?)</p><audio controls preload="none" src="([^"]+)"',
        part(html, '<ol class="listen">', "</ol>"),
        re.S,
    )
    return [(markup.unescape(text), markup.unescape(src)) for text, src in found]


def paragraphs(html: str) -> list[str]:
    return [markup.unescape(text.strip()) for text in re.findall(r"<p>(.*?)</p>", html, re.S)]


async def mp3(client: TestClient, src: str) -> bytes:
    audio = await client.get(src)
    assert audio.status == 200, src
    assert audio.headers["Content-Type"] == "audio/mpeg"
    body = await audio.read()
    assert body[:3] == b"ID3" or body[0] == 0xFF  # an MP3 frame or its ID3 tag
    return body


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


def test_delaktig_print_refuses_qr_codes_that_lead_to_this_machine(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    monkeypatch.delenv("DELAKTIG_BASE_URL", raising=False)
    out = tmp_path / "demo.pdf"
    for base in ([], ["--base-url", "http://localhost:8080"], ["--base-url", "http://[::1]/"]):
        assert main(["print", "--dialog", DIALOG, "--out", str(out), *base]) == 2
        assert "--base-url https://" in capsys.readouterr().err
        assert not out.exists()
    monkeypatch.setenv("DELAKTIG_BASE_URL", "http://127.0.0.1:8080")
    assert main(["print", "--dialog", DIALOG, "--out", str(out)]) == 2
    assert main(["print", "--dialog", DIALOG, "--out", str(out), "--local"]) == 0
    assert out.exists()


async def test_each_printed_qr_code_scans_and_opens_its_listen_page(app, tmp_path, monkeypatch):
    """Scan pages 1 and 2 of the printed PDF as a phone would and open what they say."""
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path))
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        base = str(client.make_url("")).rstrip("/")
        out = tmp_path / "demo.pdf"
        argv = ["print", "--dialog", DIALOG, "--out", str(out), "--base-url", base, "--local"]
        assert main(argv) == 0
        for page in (1, 2):
            scanned = decode_qr(pdf_page_png(out, page, tmp_path / f"page-{page}.png"))
            assert scanned == [f"{base}/listen/{DIALOG}/sv/{page}"]
            response = await client.get(scanned[0].removeprefix(base))
            assert response.status == 200
            assert question_list(await response.text())


async def test_the_listen_page_plays_the_printed_questions_as_mp3(app):
    printed = layout(app)
    t = app.catalog.translator("sv")
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        response = await client.get(f"/listen/{DIALOG}/sv/2")
        assert response.status == 200
        html = await response.text()
        questions = question_list(html)
        assert [text for text, _ in questions] == [
            t(printed.steps[index].text) for index in printed.pages[2]
        ]
        for _, src in questions:
            await mp3(client, src)
        assert (await client.get(f"/listen/{DIALOG}/sv/999")).status == 404
        assert (await client.get("/listen/no-such-dialog/sv/1")).status == 404
        assert (await client.get(f"/listen/{DIALOG}/sv/2/99.mp3")).status == 404


async def test_help_now_opens_on_the_listen_page_itself_to_read_and_hear(app):
    """One tap on "Jag behöver hjälp nu" (a <details>, no script) shows 112, Bris and whom to
    ask, on the same page as the questions, so closing it is the way back."""
    page = f"/listen/{DIALOG}/sv/2"
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        for hear, query in (("sv", ""), ("en", "?hear=en")):
            t = app.catalog.translator(hear)
            html = await (await client.get(page + query)).text()
            help_now = part(html, '<details class="help-now">', "</details>")
            assert " open" not in help_now.split(">")[0], "closed until tapped"
            summary = re.search(r'<summary class="help-now-button">(.*?)</summary>', help_now)
            assert summary and summary.group(1) == t("help-now-button")
            words = paragraphs(help_now)
            assert words == [t(msg) for msg in HELP_NOW]
            assert "112" in words[0] and "116 111" in words[0]
            assert t("help-now-paper") == words[1]
            assert question_list(html), "the questions are still here"
            src = re.search(r'<audio [^>]*src="([^"]+)"', help_now).group(1)
            assert markup.unescape(src) == f"{page}/help-now.mp3{query}"
            await mp3(client, markup.unescape(src))
        swedish, english = [
            paragraphs(
                part(await (await client.get(page + query)).text(), "<details", "</details>")
            )
            for query in ("", "?hear=en")
        ]
        assert "Ring Bris på 116 111." in swedish[0] and "dygnet runt" in swedish[0]
        assert "pappret" in swedish[1]
        assert "Call Bris on 116 111." in english[0] and "around the clock" in english[0]
        assert "none" not in swedish[0] + english[0], "the plain sentences, no case here"
        assert (await client.get(f"/listen/{DIALOG}/sv/999/help-now.mp3")).status == 404


async def test_the_language_switch_reads_the_same_printed_page_in_english(app):
    """The English version of a Swedish printed page has the Swedish page's questions (page
    numbers differ per language), shown and spoken in English."""
    printed = layout(app)
    sv, en = app.catalog.translator("sv"), app.catalog.translator("en")
    page = f"/listen/{DIALOG}/sv/2"
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        html = await (await client.get(page)).text()
        switch = part(html, '<nav class="langs"', "</nav>")
        links = re.findall(
            r'<a class="lang" href="([^"]+)" lang="([^"]+)"[^>]*>([^<]+)</a>', switch
        )
        assert {code: (markup.unescape(href), name) for href, code, name in links} == {
            "sv": (page, "Svenska"),
            "en": (f"{page}?hear=en", "English"),
        }
        assert 'lang="sv" hreflang="sv" aria-current="true"' in switch

        response = await client.get(f"{page}?hear=en")
        assert response.status == 200
        html = await response.text()
        assert '<html lang="en" dir="ltr">' in html
        assert en("listen-title") in html and sv("listen-title") not in html
        questions = question_list(html)
        steps = [printed.steps[index] for index in printed.pages[2]]
        assert [text for text, _ in questions] == [en(shown.text) for shown in steps]
        assert [text for text, _ in questions] != [sv(shown.text) for shown in steps]
        swedish = question_list(await (await client.get(page)).text())
        for n, ((_, src), (_, sv_src)) in enumerate(zip(questions, swedish, strict=True), 1):
            assert src == f"{page}/{n}.mp3?hear=en"
            assert await mp3(client, src) != await mp3(client, sv_src), "spoken in English"
        assert 'aria-current="true">English<' in part(html, '<nav class="langs"', "</nav>")

        kind = await client.get(f"{page}?hear=xx")
        assert kind.status == 200, "an unknown language falls back to the printed one"
        assert '<html lang="sv" dir="ltr">' in await kind.text()
        assert (await client.get(f"{page}/1.mp3?hear=xx")).status == 200


async def test_hearing_a_right_to_left_language_turns_the_page(app, tmp_path):
    app.catalog = Catalog(make_locales(locales_dir(), tmp_path / "locales"))
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        html = await (await client.get(f"/listen/{DIALOG}/sv/2?hear={PSEUDO}")).text()
        assert f'<html lang="{PSEUDO}" dir="rtl">' in html
        assert f"?hear={PSEUDO}" in part(html, '<nav class="langs"', "</nav>")


async def test_the_listen_page_in_chromium_opens_help_now_and_switches_language(
    app,
    browser,  # noqa: F811
):
    async with TestServer(create_web_app(app), host="127.0.0.1") as server:
        page = await browser.new_page()
        address = str(server.make_url(f"/listen/{DIALOG}/sv/2"))
        await page.goto(address)
        help_words = page.locator(".notice-help-now")
        assert not await help_words.is_visible(), "closed until tapped"
        await page.locator("summary.help-now-button").click()
        assert "116 111" in await help_words.inner_text()
        problems = await axe_violations(page) + await layout_problems(page)
        await page.locator("summary.help-now-button").click()
        assert not await help_words.is_visible() and page.url == address, "back, same place"

        async with page.expect_navigation():
            await page.locator('a.lang[lang="en"]').click()
        assert page.url == f"{address}?hear=en"
        assert await page.get_attribute("html", "lang") == "en"
        assert await page.locator("summary.help-now-button").inner_text() == "I need help now"
        assert await page.locator("ol.listen li").count() == len(layout(app).pages[2])
        problems += await axe_violations(page) + await layout_problems(page)
        assert problems == []

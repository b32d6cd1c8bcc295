"""The review read aloud in full (#17): one "Lyssna" on the review page reads every question,
the person's answer and who may see it, built in the core; the audio, which holds answers, is
made once and never lands in the speech cache. Real espeak-ng and ffmpeg, real HTTP."""

from __future__ import annotations

import subprocess

from conformance.drivers import WebDriver

from bot.engine.model import Kind
from bot.engine.runner import Event, EventKind, prompt_for
from bot.services.speech import speakable_review

ANSWER = "Jag gillar rasterna"


def to_review(driver: WebDriver):
    """Answer every question as the first option (texts: ANSWER) up to the review; share
    the first answer with the meeting, the last with nobody."""
    app = driver.app
    for _ in range(200):
        session = app.dialogs.get(driver.session_id)
        prompt = prompt_for(app.dialogs.dialog_of(session), session.state)
        if prompt.kind is Kind.REVIEW:
            first, last = prompt.review[0].key, prompt.review[-1].key
            shares = {first: "meeting", last: "private"}
            app.dialogs.handle(session.id, Event(EventKind.TOGGLE, shares, at=prompt.key))
            return
        first_option = prompt.options[0].id if prompt.options else None
        value = {Kind.TEXT: ANSWER, Kind.MULTI: [first_option]}.get(prompt.kind, first_option)
        app.dialogs.handle(session.id, Event(EventKind.ANSWER, value, at=prompt.key))
    raise AssertionError("no review")


def duration_s(audio: bytes, folder) -> float:
    """How long the MP3 plays (read back by ffprobe from a file the test writes)."""
    path = folder / "heard.mp3"
    path.write_bytes(audio)
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, check=True, text=True,
    )  # fmt: skip
    return float(probe.stdout)


async def test_lyssna_on_the_review_reads_every_question_answer_and_who_sees_it(tmp_path):
    driver = WebDriver(tmp_path)
    try:
        await driver.start("demo", "sv")
        to_review(driver)
        app = driver.app
        session = app.dialogs.get(driver.session_id)
        prompt = prompt_for(app.dialogs.dialog_of(session), session.state)
        t = app.catalog.translator("sv")
        words = " ".join(text for _lang, text in speakable_review(prompt, t))
        for number, item in enumerate(prompt.review, start=1):
            question = " ".join(t(item.question).split())
            assert f"Fråga {number}: {question}" in words, question
        assert words.count("Du svarade:") == len(prompt.review) > 2
        assert f"Du svarade: {ANSWER}" in words
        assert words.count("Mötet får se svaret.") == 1
        assert words.count("Bara du ser svaret.") == 1
        assert words.count("Bara din samordnare får se svaret.") == len(prompt.review) - 2

        page = await driver.get("/f")
        assert 'data-voice-label="Läs upp alla svar"' in driver.page.html
        assert len(driver.page.html.split('class="listen"')) == 2  # one read-aloud on the page
        cache = app.settings.cache_dir / "speech"
        before = sorted(cache.rglob("*")) if cache.exists() else []
        async with driver.http.get(f"/f/listen/{prompt.key}.mp3") as response:
            assert response.status == 200, page
            assert response.headers["Content-Type"] == "audio/mpeg"
            assert "no-store" in response.headers["Cache-Control"]
            audio = await response.read()
        # Far longer than the heading alone: every answer is read.
        assert duration_s(audio, tmp_path) > 20
        after = sorted(cache.rglob("*")) if cache.exists() else []
        assert after == before  # the answers' audio is kept nowhere
    finally:
        await driver.close()

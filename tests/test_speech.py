"""Read-aloud with the real espeak-ng and ffmpeg: OGG Opus for Telegram, M4A/AAC for phones'
browsers, a disk cache that makes each question once, and prompts turned into spoken words."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess

import pytest

from bot.adapters.speech import SpeechError, SpeechService
from bot.channels.console import ConsoleChannel
from bot.cli import main
from bot.engine.library import DialogLibrary
from bot.engine.model import Kind
from bot.engine.runner import Event, EventKind, Prompt, PromptOption, new_state, prompt_for, step
from bot.i18n import Catalog
from bot.messages import Msg
from bot.paths import locales_dir
from bot.services.speech import speakable_help, speakable_parts, speakable_text
from bot.voices import VoiceMap
from tests.app_factory import make_app

SENTENCE = "Hej! Vad är viktigt för dig i skolan just nu?"


def duration_s(path) -> float:
    probe = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "format=duration:stream=codec_name",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        check=True,
        text=True,
    )
    data = json.loads(probe.stdout)
    return float(data["format"]["duration"]), data["streams"][0]["codec_name"]


def test_swedish_sentence_becomes_ogg_opus_and_mp3(tmp_path):
    speech = SpeechService(tmp_path / "speech")
    ogg = speech.synthesize(SENTENCE, "sv", "ogg")
    mp3 = speech.synthesize(SENTENCE, "sv", "mp3")

    head = ogg.read_bytes()[:64]
    assert head.startswith(b"OggS") and b"OpusHead" in head
    data = mp3.read_bytes()
    assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
    ogg_seconds, ogg_codec = duration_s(ogg)
    mp3_seconds, mp3_codec = duration_s(mp3)
    assert (ogg_codec, mp3_codec) == ("opus", "mp3")
    assert 1.0 < ogg_seconds < 10 and 1.0 < mp3_seconds < 10
    assert speech.stats.espeak_runs == 1, "one synthesis gives both formats"


def test_second_call_is_a_cache_hit_without_espeak(tmp_path):
    speech = SpeechService(tmp_path / "speech")
    first = speech.synthesize(SENTENCE, "sv", "ogg")
    made = first.stat().st_mtime_ns
    assert (speech.stats.hits, speech.stats.misses, speech.stats.espeak_runs) == (0, 1, 1)

    again = speech.synthesize(SENTENCE, "sv", "ogg")
    assert again == first and again.stat().st_mtime_ns == made
    assert (speech.stats.hits, speech.stats.misses, speech.stats.espeak_runs) == (1, 1, 1)

    other = SpeechService(tmp_path / "speech")  # a restart keeps the cache: it is on disk
    assert other.synthesize(SENTENCE, "sv", "mp3").exists() and other.stats.espeak_runs == 0
    assert speech.synthesize(SENTENCE, "en", "ogg") != first, "language is part of the key"
    assert speech.stats.espeak_runs == 2


def test_arabic_and_persian_have_their_own_voices(tmp_path):
    voices = VoiceMap.load()
    assert [voices.voice_for(lang) for lang in ("sv", "en", "ar", "fa", "xx")] == [
        "sv",
        "en-gb",
        "ar",
        "fa",
        "sv",
    ]
    speech = SpeechService(tmp_path)
    assert duration_s(speech.synthesize("مرحبا، كيف حالك في المدرسة؟", "ar", "ogg"))[0] > 0.5


def test_missing_tools_and_bad_requests_give_a_plain_error(tmp_path):
    with pytest.raises(SpeechError, match="not installed"):
        SpeechService(tmp_path, espeak="espeak-ng-missing").synthesize(SENTENCE, "sv")
    with pytest.raises(SpeechError, match="unknown audio format"):
        SpeechService(tmp_path).synthesize(SENTENCE, "sv", "wav")
    with pytest.raises(SpeechError):
        SpeechService(tmp_path).synthesize("   ", "sv")
    assert not list(tmp_path.rglob("*.ogg"))


def prompt(kind: Kind, options: list[str], help_id: str | None = None) -> Prompt:
    return Prompt(
        key="q",
        step="q",
        item=None,
        kind=kind,
        text=Msg("speech-test-q"),
        help=Msg(help_id) if help_id else None,
        pictograms=(),
        options=tuple(PromptOption(o, Msg(o), None) for o in options),
        current=1,
        total=2,
        can_back=False,
    )


def test_speakable_text_reads_question_then_numbered_options():
    t = Catalog().translator("sv")
    multi = speakable_text(prompt(Kind.MULTI, ["action-skip", "action-back"]), t)
    assert multi == (
        "speech-test-q. Du kan välja flera svar. Svar 1: Hoppa över. Svar 2: Tillbaka."
    )
    scale = speakable_text(prompt(Kind.SCALE, ["scale-1", "scale-2", "scale-dont-know"]), t)
    assert scale == "speech-test-q. 1 Mycket dåligt. 2 Dåligt. Svar 3: Vet inte."
    english = speakable_text(prompt(Kind.CHOICE, ["scale-good"]), Catalog().translator("en"))
    assert english.endswith("Answer 1: Good.")
    assert speakable_help(prompt(Kind.INFO, [], "notice-no-help"), t) == (
        "Här finns ingen mer förklaring."
    )
    assert speakable_help(prompt(Kind.INFO, []), t) is None


def test_every_prompt_of_every_dialog_is_speakable_and_review_never_speaks_answers():
    catalog = Catalog()
    canary = "Kanariefågeln bor på Lönngatan 3"
    for dialog in DialogLibrary().load().values():
        state = new_state(dialog)
        for _ in range(200):
            current = prompt_for(dialog, state)
            for lang in ("sv", "en"):
                text = speakable_text(current, catalog.translator(lang))
                assert text.strip() and canary not in text
                assert "{" not in text, f"{dialog.id} {current.key}: unresolved placeable"
            if current.kind is Kind.END:
                break
            event = Event(EventKind.ANSWER, canary if current.kind is Kind.TEXT else None)
            if current.kind in (Kind.CHOICE, Kind.SCALE):
                event = Event(EventKind.ANSWER, current.options[0].id)
            elif current.kind is Kind.MULTI:
                event = Event(EventKind.ANSWER, [current.options[0].id])
            state, _ = step(dialog, state, event)


def test_console_lyssna_reads_the_question_into_a_cached_file(tmp_path):
    app = make_app(tmp_path)
    out = io.StringIO()
    console = ConsoleChannel(app.conversation, out)
    place = console.open("min-rost-barn", None)
    console.run(place, ["/lyssna", "/lyssna"])
    paths = re.findall(r"Ljudet finns här: (\S+\.mp3)", out.getvalue())
    assert len(paths) == 2 and paths[0] == paths[1]
    assert duration_s(paths[0])[0] > 1
    assert (app.speech.stats.misses, app.speech.stats.hits) == (1, 1)
    out = io.StringIO()
    broken = ConsoleChannel(app.conversation, out, speech=SpeechService(tmp_path, espeak="nope"))
    broken.run(broken.open("min-rost-barn", None), ["/lyssna"])
    assert "Uppläsningen fungerar inte just nu. Texten finns kvar här." in out.getvalue()


def test_messages_that_fall_back_to_swedish_are_read_by_the_swedish_voice(tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(locales_dir(), locales)
    main(["locale", "new", "ar", "--dir", str(locales)])
    (locales / "ar" / "mine.ftl").write_text("scale-good = جيد\n", encoding="utf-8")
    t = Catalog(locales).translator("ar")
    parts = speakable_parts(prompt(Kind.CHOICE, ["scale-good", "scale-bad"]), t)
    assert parts == [
        ("sv", "speech-test-q."),
        ("ar", "Svar 1: جيد."),
        ("sv", "Svar 2: Inte bra."),
    ]
    speech = SpeechService(tmp_path / "speech")
    mixed = speech.synthesize_parts([*parts, ("sv", "<b>Tre & fyra</b>")], "ogg")
    assert mixed.read_bytes()[:4] == b"OggS" and duration_s(mixed)[0] > 2
    assert speech.stats.espeak_runs == 1
    assert speech.synthesize_parts([*parts, ("sv", "<b>Tre & fyra</b>")], "mp3").exists()
    assert speech.stats.espeak_runs == 1 and speech.stats.hits == 1

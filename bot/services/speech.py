"""Read-aloud: every prompt can be heard, in the participant's language.

`speakable_text` turns a prompt into natural spoken words: the question, then its options
numbered (`speakable_help` gives the help text on its own, `speakable_msgs` any messages).
`SpeechService.synthesize` speaks text with Debian's espeak-ng and encodes it with ffmpeg, in
one go, as

- OGG Opus (`ogg`): what Telegram plays as a voice message;
- MP3 (`mp3`): plays in Safari, Chrome and Firefox on phones (Safari has no OGG Vorbis). MP3
  rather than AAC/M4A because ffmpeg's AAC encoder costs about four times the CPU here.

Audio is cached on disk (not in the database) under a hash of the text, language, voice and
encoding, so a question is synthesised once; `stats` counts hits and misses. Only prompts are
spoken, never a person's answers, so the cache holds content, not personal data.

`synthesize` blocks (a subprocess, about a quarter second cold): async channels call it through
`asyncio.to_thread`. Nothing is downloaded; scripts/ensure-system-packages installs the tools.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import yaml

from bot.engine.model import Kind
from bot.engine.runner import Msg, Prompt
from bot.errors import UserFacingError
from bot.i18n import DEFAULT_LOCALE, Translator
from bot.paths import locales_dir

#: Bump when the encoding below changes, so old cache files are not served.
CACHE_VERSION = 3
#: ffmpeg output options per format: (muxer, codec options). Mono speech needs little.
ENCODINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ogg": (
        "ogg",
        (
            "-c:a",
            "libopus",
            "-b:a",
            "32k",
            "-ar",
            "24000",
            "-compression_level",
            "5",
            "-application",
            "voip",
        ),
    ),
    "mp3": ("mp3", ("-c:a", "libmp3lame", "-b:a", "48k", "-ar", "44100")),
}
MEDIA_TYPES = {"ogg": "audio/ogg", "mp3": "audio/mpeg"}
MAX_CHARS = 4_000
TIMEOUT_S = 60
_SENTENCE_END = tuple(".!?:…")

#: (language, text): words to read in one language's voice.
SpokenPart = tuple[str, str]


class SpeechError(UserFacingError):
    """Speech could not be made; channels then show the text only."""


# ── Words to speak ──────────────────────────────────────────────────────────────────────────


def speakable_parts(prompt: Prompt, t: Translator) -> list[SpokenPart]:
    """The question, then the options numbered, as (language, text) parts: a message that
    falls back to Swedish is marked Swedish, so the Swedish voice reads it. A review step
    speaks only its question: answers are never sent to speech."""
    parts = [_part(t, prompt.text)]
    if prompt.kind is Kind.MULTI:
        parts.append(_part(t, Msg("speech-choose-many")))
    for number, option in enumerate(prompt.options, start=1):
        lang, label = _part(t, option.label)
        numbered = label.split(" ", 1)[0] == str(number)  # scale labels: "1 Mycket dåligt"
        if not numbered:
            speaker = t if lang == t.lang else t.catalog.translator(lang)
            label = speaker("speech-option", number=number, label=label)
        parts.append((lang, label))
    return _merged(parts)


def speakable_msgs(msgs: Iterable[Msg], t: Translator) -> list[SpokenPart]:
    """Messages read one after another, each marked with the language it is in."""
    return _merged(_part(t, msg) for msg in msgs)


def _merged(parts: Iterable[SpokenPart]) -> list[SpokenPart]:
    """Parts as sentences, neighbours in the same language joined into one part."""
    merged: list[SpokenPart] = []
    for lang, text in parts:
        text = _sentence(text)
        if not text:
            continue
        if merged and merged[-1][0] == lang:
            merged[-1] = (lang, f"{merged[-1][1]} {text}")
        else:
            merged.append((lang, text))
    return merged


def speakable_text(prompt: Prompt, t: Translator) -> str:
    """The words of `speakable_parts` as one text."""
    return " ".join(text for _lang, text in speakable_parts(prompt, t))


def _part(t: Translator, msg: Msg) -> SpokenPart:
    lang = t.lang if t.catalog.has(t.lang, msg.id) else DEFAULT_LOCALE
    return lang, t(msg)


def speakable_help(prompt: Prompt, t: Translator) -> str | None:
    """The step's help text to speak on its own, or None when the step has none."""
    return _sentence(t(prompt.help)) if prompt.help else None


def _sentence(text: str) -> str:
    """One line per thought, each ending like a sentence, so the voice pauses between them."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if line.endswith(_SENTENCE_END) else line + "." for line in lines)


# ── Voices ──────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class VoiceMap:
    """Locale → espeak-ng voice, read from `locales/voices.yaml`."""

    voices: dict[str, str]
    rate: int = 150

    @classmethod
    def load(cls, path: Path | None = None) -> VoiceMap:
        data = yaml.safe_load((path or locales_dir() / "voices.yaml").read_text("utf-8")) or {}
        voices = {str(k): str(v) for k, v in (data.get("voices") or {}).items()}
        return cls(voices, int(data.get("rate", 150)))

    def voice_for(self, lang: str) -> str:
        return self.voices.get(lang) or self.voices.get(DEFAULT_LOCALE) or DEFAULT_LOCALE


# ── Synthesis with a disk cache ─────────────────────────────────────────────────────────────


@dataclass
class SpeechStats:
    hits: int = 0
    misses: int = 0
    espeak_runs: int = 0

    @property
    def hit_rate(self) -> float:
        asked = self.hits + self.misses
        return self.hits / asked if asked else 0.0


@dataclass
class SpeechService:
    cache_dir: Path
    voices: VoiceMap = field(default_factory=VoiceMap.load)
    espeak: str = "espeak-ng"
    ffmpeg: str = "ffmpeg"
    stats: SpeechStats = field(default_factory=SpeechStats)

    def synthesize(self, text: str, lang: str, fmt: str = "mp3") -> Path:
        """The audio file for `text` in `lang`'s voice, as `fmt` (`ogg` or `mp3`); made once
        (both formats together), then served from the cache."""
        return self.synthesize_parts([(lang, text)], fmt)

    def synthesize_parts(self, parts: list[SpokenPart], fmt: str = "mp3") -> Path:
        """Like `synthesize`, each part in its own language's voice (`speakable_parts`)."""
        if fmt not in ENCODINGS:
            raise SpeechError(f"unknown audio format {fmt!r}; choose one of {sorted(ENCODINGS)}")
        voiced = [(self.voices.voice_for(lang), text.strip()) for lang, text in parts]
        voiced = [(voice, text) for voice, text in voiced if text]
        if not voiced or sum(len(text) for _, text in voiced) > MAX_CHARS:
            raise SpeechError(f"text to speak must be 1 to {MAX_CHARS} characters")
        target = self._cached_path(voiced, fmt)
        if target.exists():
            self.stats.hits += 1
            return target
        self.stats.misses += 1
        self._make(voiced, target.with_suffix(""))
        return target

    def _cached_path(self, voiced: list[tuple[str, str]], fmt: str) -> Path:
        key = json.dumps([CACHE_VERSION, voiced, self.voices.rate, ENCODINGS], ensure_ascii=False)
        digest = hashlib.sha256(key.encode()).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.{fmt}"

    def _make(self, voiced: list[tuple[str, str]], stem: Path) -> None:
        """espeak-ng → WAV → ffmpeg → every format; each file appears whole or not at all.
        Several voices go to espeak-ng as SSML, one <voice> element each."""
        stem.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=stem.parent, prefix=".tmp-") as tmp:
            wav = Path(tmp) / "speech.wav"
            command = [self.espeak, "-v", voiced[0][0], "-s", str(self.voices.rate), "-b", "1"]
            if len(voiced) == 1:
                words = voiced[0][1]
            else:
                command.append("-m")
                words = "<speak>{}</speak>".format(
                    " ".join(
                        f"<voice name={quoteattr(voice)}>{escape(text)}</voice>"
                        for voice, text in voiced
                    )
                )
            self.stats.espeak_runs += 1
            self._run([*command, "-w", str(wav)], stdin=words.encode("utf-8"))
            command = [self.ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error"]
            command += ["-y", "-i", str(wav)]
            for fmt, (muxer, options) in ENCODINGS.items():
                command += ["-ac", "1", *options, "-f", muxer, str(Path(tmp) / f"out.{fmt}")]
            self._run(command)
            for fmt in ENCODINGS:
                os.replace(Path(tmp) / f"out.{fmt}", stem.with_suffix(f".{fmt}"))

    @staticmethod
    def _run(command: list[str], stdin: bytes | None = None) -> None:
        try:
            done = subprocess.run(
                command, input=stdin, capture_output=True, timeout=TIMEOUT_S, check=False
            )
        except FileNotFoundError:
            raise SpeechError(
                f"{command[0]} is not installed; run scripts/ensure-system-packages"
            ) from None
        except subprocess.TimeoutExpired:
            raise SpeechError(f"{command[0]} took longer than {TIMEOUT_S} s") from None
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
            raise SpeechError(f"{command[0]} failed: {reason[0]}")

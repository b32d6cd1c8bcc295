"""Read-aloud: every prompt can be heard, in the participant's language.

`speakable_text` turns a prompt into natural spoken words: the question, then its options
numbered (`speakable_help` gives the help text on its own). `SpeechService.synthesize` speaks
text with Debian's espeak-ng and encodes it with ffmpeg, in one go, as

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
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.engine.model import Kind
from bot.engine.runner import Prompt
from bot.errors import UserFacingError
from bot.i18n import DEFAULT_LOCALE, Translator
from bot.paths import locales_dir

#: Bump when the encoding below changes, so old cache files are not served.
CACHE_VERSION = 2
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


class SpeechError(UserFacingError):
    """Speech could not be made; channels then show the text only."""


# ── Words to speak ──────────────────────────────────────────────────────────────────────────


def speakable_text(prompt: Prompt, t: Translator) -> str:
    """The question, then the options numbered, as one text that sounds natural when read
    aloud. A review step speaks only its question: answers are never sent to speech."""
    parts = [t(prompt.text)]
    if prompt.kind is Kind.MULTI:
        parts.append(t("speech-choose-many"))
    for number, option in enumerate(prompt.options, start=1):
        label = t(option.label)
        numbered = label.split(" ", 1)[0] == str(number)  # scale labels: "1 Mycket dåligt"
        parts.append(label if numbered else t("speech-option", number=number, label=label))
    return " ".join(_sentence(part) for part in parts if part.strip())


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
        if fmt not in ENCODINGS:
            raise SpeechError(f"unknown audio format {fmt!r}; choose one of {sorted(ENCODINGS)}")
        text = text.strip()
        if not text or len(text) > MAX_CHARS:
            raise SpeechError(f"text to speak must be 1 to {MAX_CHARS} characters")
        target = self.cached_path(text, lang, fmt)
        if target.exists():
            self.stats.hits += 1
            return target
        self.stats.misses += 1
        self._make(text, self.voices.voice_for(lang), target.with_suffix(""))
        return target

    def cached_path(self, text: str, lang: str, fmt: str) -> Path:
        voice = self.voices.voice_for(lang)
        key = json.dumps(
            [CACHE_VERSION, text.strip(), lang, voice, self.voices.rate, ENCODINGS],
            ensure_ascii=False,
        )
        digest = hashlib.sha256(key.encode()).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.{fmt}"

    def _make(self, text: str, voice: str, stem: Path) -> None:
        """espeak-ng → WAV → ffmpeg → every format; each file appears whole or not at all."""
        stem.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=stem.parent, prefix=".tmp-") as tmp:
            wav = Path(tmp) / "speech.wav"
            self.stats.espeak_runs += 1
            self._run(
                [self.espeak, "-v", voice, "-s", str(self.voices.rate), "-b", "1", "-w", str(wav)],
                stdin=text.encode("utf-8"),
            )
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

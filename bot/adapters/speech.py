"""Speech made by Debian's espeak-ng and encoded by ffmpeg, in one go, as

- OGG Opus (`ogg`): what Telegram plays as a voice message;
- MP3 (`mp3`): plays in Safari, Chrome and Firefox on phones (Safari has no OGG Vorbis). MP3
  rather than AAC/M4A because ffmpeg's AAC encoder costs about four times the CPU here.

Audio is cached on disk (not in the database) under a hash of the text, language, voice and
encoding, so a question is synthesised once; `stats` counts hits and misses. Only prompts go
to the cache, so it holds content, not personal data; words that hold answers (the review read
in full) go through `synthesize_once`, made in a temporary folder and handed back as bytes.

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
from xml.sax.saxutils import escape, quoteattr

from bot.errors import UserFacingError
from bot.services.speech import SpokenPart
from bot.voices import VoiceMap

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


class SpeechError(UserFacingError):
    """Speech could not be made; channels then show the text only."""


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
        voiced = self._voiced(parts, fmt)
        target = self._cached_path(voiced, fmt)
        if target.exists():
            self.stats.hits += 1
            return target
        self.stats.misses += 1
        self._make(voiced, target.with_suffix(""))
        return target

    def synthesize_once(self, parts: list[SpokenPart], fmt: str = "mp3") -> bytes:
        """Like `synthesize_parts` for words that hold answers: the audio as bytes, made in a
        temporary folder that is gone when this returns; nothing is cached."""
        voiced = self._voiced(parts, fmt)
        with tempfile.TemporaryDirectory(prefix="delaktig-speech-") as tmp:
            stem = Path(tmp) / "once" / "speech"
            self._make(voiced, stem)
            return stem.with_suffix(f".{fmt}").read_bytes()

    def _voiced(self, parts: list[SpokenPart], fmt: str) -> list[tuple[str, str]]:
        """(voice, text) for each part with words; SpeechError for a bad format or length."""
        if fmt not in ENCODINGS:
            raise SpeechError(f"unknown audio format {fmt!r}; choose one of {sorted(ENCODINGS)}")
        voiced = [(self.voices.voice_for(lang), text.strip()) for lang, text in parts]
        voiced = [(voice, text) for voice, text in voiced if text]
        if not voiced or sum(len(text) for _, text in voiced) > MAX_CHARS:
            raise SpeechError(f"text to speak must be 1 to {MAX_CHARS} characters")
        return voiced

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

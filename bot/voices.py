"""Which espeak-ng voice speaks each language: `locales/voices.yaml`, content like the words."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.i18n import DEFAULT_LOCALE
from bot.paths import locales_dir


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

"""Where an invite token leads: the web channel's page and, when a bot is configured, a
Telegram deep link."""

from __future__ import annotations

import ipaddress
import json
import os
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

TELEGRAM_API = "https://api.telegram.org"


@dataclass(frozen=True)
class Links:
    base_url: str
    bot_username: str | None = None

    @classmethod
    def from_env(cls, host: str, port: int) -> Links:
        base = os.environ.get("DELAKTIG_BASE_URL") or f"http://{host}:{port}"
        return cls(base.rstrip("/"), os.environ.get("TELEGRAM_BOT_USERNAME") or None)

    @property
    def local(self) -> bool:
        """Whether the links lead to this machine only (a phone scanning them gets nowhere)."""
        return is_loopback(self.base_url)

    @property
    def secure(self) -> bool:
        return self.base_url.startswith("https://")

    def web(self, token: str) -> str:
        return f"{self.base_url}/i/{token}"

    def telegram(self, token: str) -> str | None:
        if not self.bot_username:
            return None
        return f"https://t.me/{self.bot_username.lstrip('@')}?start={token}"

    def dashboard(self) -> str:
        return f"{self.base_url}/dashboard/"


def is_loopback(url: str) -> bool:
    """Whether `url` names this machine: localhost, 127.0.0.0/8, ::1 or 0.0.0.0."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def telegram_username(token: str, api_base: str | None = None, timeout: float = 10) -> str | None:
    """The bot's own username from the Bot API's getMe, for the deep links; None when the API
    cannot be reached or refuses the token."""
    url = f"{(api_base or TELEGRAM_API).rstrip('/')}/bot{token}/getMe"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            result = json.load(response).get("result") or {}
    except (OSError, ValueError):
        return None
    return result.get("username") or None

"""Sending e-mail through SMTP (help-now alerts). Off by default: nothing is sent until
DELAKTIG_SMTP_HOST is set. `send` blocks (smtplib): call it off the event loop."""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

TLS_MODES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    sender: str
    tls: str = "starttls"  # starttls | ssl | none
    user: str | None = None
    password: str | None = None
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> MailSettings | None:
        """DELAKTIG_SMTP_HOST, _PORT, _FROM, _TLS (starttls | ssl | none), _USER, _PASSWORD;
        None when no host is set (the demo sends no mail)."""
        host = os.environ.get("DELAKTIG_SMTP_HOST", "").strip()
        if not host:
            return None
        tls = os.environ.get("DELAKTIG_SMTP_TLS", "starttls").strip().lower()
        if tls not in TLS_MODES:
            raise ValueError(f"DELAKTIG_SMTP_TLS must be one of {', '.join(TLS_MODES)}")
        default_port = {"ssl": 465, "starttls": 587, "none": 25}[tls]
        return cls(
            host=host,
            port=int(os.environ.get("DELAKTIG_SMTP_PORT") or default_port),
            sender=os.environ.get("DELAKTIG_SMTP_FROM") or f"delaktig@{host}",
            tls=tls,
            user=os.environ.get("DELAKTIG_SMTP_USER") or None,
            password=os.environ.get("DELAKTIG_SMTP_PASSWORD") or None,
        )


def send(settings: MailSettings, to: list[str], subject: str, body: str) -> None:
    """One plain-text message to `to`; raises on failure (the caller tries again later)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = settings.sender, ", ".join(to), subject
    message.set_content(body)
    context = ssl.create_default_context()
    if settings.tls == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    with client:
        if settings.tls == "starttls":
            client.starttls(context=context)
        if settings.user:
            client.login(settings.user, settings.password or "")
        client.send_message(message)

"""How long web logins last, by kind, and purging those that are over (the daily retention job
and `delaktig purge` do it; bot/web/auth.py checks the same limits on every request)."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.ports import LoginFailures, LoginStore

#: Idle time and absolute lifetime of a login, by kind.
IDLE = {"dashboard": timedelta(minutes=30), "family": timedelta(minutes=15)}
LIFETIME = {"dashboard": timedelta(hours=12), "family": timedelta(hours=2)}
#: Failed login attempts count for this long (bot/services/ratelimit.py).
FAILURE_WINDOW = timedelta(minutes=15)


def purge_logins(logins: LoginStore, failures: LoginFailures, now: datetime) -> int:
    """Delete logins past their lifetime or idle too long, and failed attempts that no longer
    count; the number of logins deleted."""
    failures.forget_before(now - FAILURE_WINDOW)
    return logins.purge(now, {kind: now - idle for kind, idle in IDLE.items()})

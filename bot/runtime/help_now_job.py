"""E-mailing help-now alerts: the shell around `HelpNowService`. A new alert wakes the job at
once (a listener on the service); it claims every alert not yet mailed (so that of several
workers exactly one sends it), mails it to the case's coordinator through SMTP, off the event
loop, and marks it mailed. A failed send releases the claim and is tried again on the next
round. The message names the participant's role and the case's pseudonym, never an
answer or a name. Without SMTP settings (the demo) the job does not run: the dashboard shows
the alert all the same."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from aiohttp import web

from bot.adapters.mail import MailSettings, send
from bot.domain import HelpAlert
from bot.runtime.reminder_job import STALE_CLAIM, schedule_clock
from bot.runtime.rounds import rounds
from bot.web.keys import APP_KEY

#: A round also runs this often, to retry failed sends.
ROUND_SECONDS = 60
#: Tests (and `serve`) put the settings here; otherwise from the environment.
MAIL_KEY = web.AppKey("help_now_mail", object)
#: The coordinator reads the mail in Swedish.
MAIL_LANG = "sv"

log = logging.getLogger(__name__)


class HelpNowMailer:
    def __init__(self, app, settings: MailSettings, clock: Callable[[], datetime]):
        self.app, self.settings, self.clock = app, settings, clock
        self.store = app.help_alert_store

    def message(self, alert: HelpAlert) -> tuple[str, str]:
        """Subject and body: the role and the case's pseudonym, nothing else."""
        t = self.app.catalog.translator(MAIL_LANG)
        args = {"case": alert.case_label, "role": t(f"help-now-mail-role-{alert.role}")}
        return t("help-now-mail-subject", **args), t("help-now-mail-body", **args)

    async def run_once(self) -> list[int]:
        """Send every alert not mailed yet that this mailer could claim; the ids sent."""
        sent = []
        for alert in self.store.unmailed():
            to = self.store.recipients(alert)
            if not to:
                log.warning("help-now alert %s: no coordinator e-mail address", alert.id)
                continue
            now = self.clock()
            if not self.store.claim_mail(
                alert.id, now.isoformat(), (now - STALE_CLAIM).isoformat()
            ):
                continue  # another worker is mailing it
            subject, body = self.message(alert)
            try:
                await asyncio.to_thread(send, self.settings, to, subject, body)
            except Exception:
                log.exception("help-now alert %s could not be mailed; trying again", alert.id)
                self.store.release_mail(alert.id)
                continue
            self.store.mark_mailed(alert.id, self.clock().isoformat())
            self.app.audit.record("system", "help-now.mailed", f"case:{alert.case_id}")
            sent.append(alert.id)
        return sent


def mailer_for(web_app) -> HelpNowMailer | None:
    settings = web_app.get(MAIL_KEY) or MailSettings.from_env()
    if settings is None:
        return None
    return HelpNowMailer(web_app[APP_KEY], settings, schedule_clock(web_app))


async def help_now_job(web_app) -> AsyncIterator[None]:
    """For `web_app.cleanup_ctx`: a round at start-up, then at each new alert (woken by the
    service) and every ROUND_SECONDS."""
    mailer = mailer_for(web_app)
    if mailer is None:
        yield
        return
    async with rounds(mailer.run_once, mailer.app.help_now.listeners, ROUND_SECONDS, "help-now"):
        yield

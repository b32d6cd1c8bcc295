"""Help-now e-mail with several workers: each worker's mailer claims an alert before sending
it, so when two run at once (two apps on one database, as two workers) every alert reaches the
real SMTP server on loopback exactly once; a send that fails gives its claim back."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest

from bot.adapters.mail import MailSettings
from bot.runtime.help_now_job import HelpNowMailer
from storage.help_alerts import HelpAlertStore
from tests.after_support import SmtpSink, free_port
from tests.app_factory import make_app

pytestmark = pytest.mark.backends


def alerts_in_three_cases(app) -> list[int]:
    """Three children (invented) in three cases press "Berätta för min samordnare"."""
    coordinator = app.users.add("kim.exempel", "Elevhälsan Norr", "ett långt lösenord 123")
    HelpAlertStore(app.db, app.cipher).set_email("kim.exempel", "kim@elevhalsan.test")
    unit = app.case_store.unit_id("Elevhälsan Norr")
    for label in ("Fjärilen 2026", "Humlan 2026", "Myran 2026"):
        case = app.cases.create_case(unit, label)
        app.case_store.update_case(case.id, coordinator_id=coordinator.id)
        child = app.cases.add_participant(case.id, "child", "demo")
        app.help_now.alert(child.id)
    return [alert.id for alert in HelpAlertStore(app.db, app.cipher).unmailed()]


def received(smtp: SmtpSink) -> list[str]:
    """The subjects the SMTP server has received so far."""
    subjects = []
    while not smtp.received.empty():
        subjects.append(smtp.received.get_nowait()["Subject"])
    return subjects


async def test_two_mailers_at_once_mail_each_alert_once(tmp_path):
    first = make_app(tmp_path)
    alerts = alerts_in_three_cases(first)
    second = make_app(tmp_path)  # the same database through connections of its own
    with SmtpSink() as smtp:
        mailers = [HelpNowMailer(app, smtp.settings, datetime.now) for app in (first, second)]
        sent = await asyncio.gather(*(mailer.run_once() for mailer in mailers))
        assert sorted(sent[0] + sent[1]) == sorted(alerts)
        assert sorted(received(smtp)) == [
            "Hjälp nu: Fjärilen 2026",
            "Hjälp nu: Humlan 2026",
            "Hjälp nu: Myran 2026",
        ]
        assert await asyncio.gather(*(mailer.run_once() for mailer in mailers)) == [[], []]
        assert received(smtp) == []
    assert HelpAlertStore(first.db, first.cipher).unmailed() == []


async def test_a_failed_send_gives_the_alert_back(tmp_path):
    app = make_app(tmp_path)
    alerts = alerts_in_three_cases(app)
    nobody = MailSettings("127.0.0.1", free_port(), "delaktig@test.invalid", "none")
    assert await HelpNowMailer(app, nobody, datetime.now).run_once() == []
    with SmtpSink() as smtp:
        assert await HelpNowMailer(app, smtp.settings, datetime.now).run_once() == alerts
        assert len(received(smtp)) == 3

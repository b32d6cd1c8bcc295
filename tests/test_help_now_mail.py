"""Help now that reaches a person: "Berätta för min samordnare" on the family web page e-mails
the case's coordinator at once through a real SMTP server on loopback (aiosmtpd), naming the
participant's role and the case's pseudonym and nothing else; later presses within 15 minutes
are folded into the one alert; the coordinator marks it handled on the dashboard, and the
child's page then says "Din samordnare har sett det" (once)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import time_machine
from aiohttp.test_utils import TestClient, TestServer

from bot.cli import main
from bot.runtime.help_now_job import HelpNowMailer
from bot.web.server import create_web_app
from storage.help_alerts import HelpAlertStore
from tests.after_support import Browser, Server, SmtpSink
from tests.app_factory import dashboard_login, make_app
from tests.workspace_factory import seed_case

ANSWER = "Jag är rädd på rasten"
CHILD_NAME = "Saga Testsson"
GUARDIAN_NAME = "Maja Testsson"


def family(app):
    """A case with a child and a guardian (invented), and its coordinator with an address."""
    coordinator = app.users.add("kim.exempel", "Elevhälsan Norr", "ett långt lösenord 123")
    HelpAlertStore(app.db, app.cipher).set_email("kim.exempel", "kim@elevhalsan.test")
    unit = app.case_store.unit_id("Elevhälsan Norr")
    case = app.cases.create_case(unit, "Fjärilen 2026", meeting_date="2026-12-10")
    app.case_store.update_case(case.id, coordinator_id=coordinator.id)
    child = app.cases.add_participant(case.id, "child", "demo", name=CHILD_NAME)
    app.cases.add_participant(case.id, "guardian", "demo", name=GUARDIAN_NAME)
    return case, child


async def tell(phone: Browser) -> str:
    """ "Jag behöver hjälp nu", then "Berätta för min samordnare", as the child presses them."""
    return await phone.run(["help_now", "tell"])


async def test_help_now_mails_the_coordinator_once_per_window_without_words(tmp_path):
    with (
        time_machine.travel(datetime.fromisoformat("2026-12-01T13:00+01:00"), tick=False) as tm,
        SmtpSink() as smtp,
    ):
        server = Server(tmp_path, mail=smtp.settings)
        app = server.app
        case, child = family(app)
        url = await server.start()
        phone = Browser(url)
        await phone.open_link(app.cases.issue_invite(child.id))
        await phone.run(["continue", {"write": ANSWER}])  # the demo's first question, in words

        told = await tell(phone)
        assert "Nu ser din samordnare att du vill ha hjälp." in told
        mail = await smtp.next_message()
        body = mail.get_content()
        assert mail["To"] == "kim@elevhalsan.test"
        assert mail["Subject"] == "Hjälp nu: Fjärilen 2026"
        assert body.startswith("Barnet i ärendet Fjärilen 2026 vill ha hjälp nu. Logga in")
        whole = mail.as_string() + body
        for secret in (ANSWER, "rädd", CHILD_NAME, "Saga", GUARDIAN_NAME, "Maja"):
            assert secret not in whole

        # ── Two more presses within 15 minutes: the child sees the help each time; one alert ──
        tm.shift(timedelta(minutes=5))
        assert "Nu ser din samordnare att du vill ha hjälp." in await tell(phone)
        assert "Ring Bris på 116 111." in await phone.run(["help_now"])
        tm.shift(timedelta(minutes=5))
        await tell(phone)
        mailer = HelpNowMailer(app, smtp.settings, datetime.now)
        assert await mailer.run_once() == []  # nothing left unmailed
        assert smtp.received.empty()
        (alert,) = app.help_now.open_alerts(case.id)
        assert (alert.role, alert.case_label, alert.folded) == ("child", "Fjärilen 2026", 2)
        assert alert.mailed_at is not None
        notes = app.case_store.notifications(case.unit_id, unread_only=True)
        assert [n["kind"] for n in notes] == ["help-now"]

        # ── The coordinator handles it; the child is told once ───────────────────────────────
        assert app.help_now.handle(case.id, alert.id, "kim.exempel")
        assert app.help_now.open_alerts(case.id) == []
        assert app.case_store.notifications(case.unit_id, unread_only=True) == []
        assert "Din samordnare har sett det." in await phone.get("/f")
        assert "Din samordnare har sett det." not in await phone.get("/f")

        # ── After the window (and after handling), a new press is a new alert and a new mail ──
        tm.shift(timedelta(minutes=10))
        await phone.get("/f")  # the child is still there (a login idle 15 minutes ends)
        tm.shift(timedelta(minutes=6))
        await tell(phone)
        second = await smtp.next_message()
        assert second["Subject"] == "Hjälp nu: Fjärilen 2026"
        assert len(app.help_now.open_alerts(case.id)) == 1

        await phone.http.close()
        await server.stop()


async def test_without_smtp_settings_the_alert_still_reaches_the_dashboard(tmp_path, monkeypatch):
    monkeypatch.delenv("DELAKTIG_SMTP_HOST", raising=False)
    server = Server(tmp_path)
    app = server.app
    case, child = family(app)
    url = await server.start()
    phone = Browser(url)
    await phone.open_link(app.cases.issue_invite(child.id))
    assert "Nu ser din samordnare att du vill ha hjälp." in await tell(phone)
    (alert,) = app.help_now.open_alerts(case.id)
    assert alert.mailed_at is None and alert.role == "child"
    await phone.http.close()
    await server.stop()


def test_the_coordinators_address_is_set_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "delaktig.db")
    assert main(["user", "add", "kim.exempel", "--unit", "Norr", "--generate", "--db", db]) == 0
    assert main(["user", "email", "kim.exempel", "kim@norr.test", "--db", db]) == 0
    assert "help-now e-mail for kim.exempel: kim@norr.test" in capsys.readouterr().out
    app = make_app(tmp_path)
    unit = app.case_store.unit_id("Norr")
    case = app.cases.create_case(unit, "Humlan 2026")
    child = app.cases.add_participant(case.id, "child", "demo")
    alert = app.help_now.alert(child.id)
    (stored,) = app.help_now.open_alerts(case.id)
    assert app.help_now.alerts.recipients(stored) == ["kim@norr.test"]  # the unit's coordinator
    assert alert.new


async def test_the_coordinator_sees_who_and_marks_it_handled_on_the_dashboard(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    app.help_now.alert(seeded.child.id)
    app.help_now.alert(seeded.child.id)  # folded into the first
    async with TestClient(TestServer(create_web_app(app), host="127.0.0.1")) as client:
        assert (await dashboard_login(client)).status == 200
        path = f"/dashboard/cases/{seeded.case.id}"
        page = await (await client.get(path)).text()
        assert "Ungdomen vill ha hjälp nu." in page
        assert "Har bett om hjälp en gång till sedan dess." in page
        assert "Sam" not in page.split('id="alerts-h"')[1].split("</section>")[0]  # no name
        (alert,) = app.help_now.open_alerts(seeded.case.id)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        handled = await client.post(f"{path}/help-now/{alert.id}/handled", data={"csrf": csrf})
        assert handled.status == 200
        assert "vill ha hjälp nu" not in await handled.text()
    assert app.help_now.open_alerts(seeded.case.id) == []
    assert app.help_now.seen_news(seeded.child.id) is True
    assert app.help_now.seen_news(seeded.child.id) is False  # told once

"""One case end to end on the family web channel, with time travel and a server restart:
consent, preparation, the pack, the plan, the easy-read plan received, reminders, the
evaluation, and the unit statistics on both sides of the five-response threshold.

Consent runs through ConsentService (the web channel does not run the consent dialog yet);
everything the child does is done in the web pages over real HTTP on loopback."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import time_machine
from PIL import Image

from bot.cli import main
from bot.engine.runner import Event, EventKind
from bot.services.deadlines import flags_for_case
from storage.inbox import InboxStore
from tests.after_support import PLAN, Browser, Server
from tests.consent_support import ACTORS, run_consent

STHLM = "+01:00"  # Stockholm in winter
ARTIFACTS = Path(__file__).parent / "artifacts"

PREPARATION = [
    "continue",
    {"choose": ["school", "friends"]},
    {"choose": "4"},
    {"write": "Det går bra med matten"},
    {"choose": "2"},
    {"write": "Ibland blir det bråk på rasten"},
    {"write": "Vi spelar fotboll"},
    {"choose": "no"},
    {"write": "Jag vill ha mer hjälp med läxorna"},
    {"accept": {"area-good[school]": "meeting", "message": "meeting"}},
]
EVALUATION = [
    "continue",
    {"choose": "whole"},
    {"choose": "good"},  # could say what I wanted
    {"choose": "good"},
    {"choose": "ok"},
    {"choose": "good"},
    {"choose": "good"},
    {"choose": "bad"},
    {"choose": "too-many"},
    {"choose": "good"},
    {"write": "Bra att jag fick rita"},
    "skip",
    {"choose": "yes"},
]


def evaluate_offline(app, case_id: int, role: str, answer: str) -> None:
    """Another family's evaluation in the same unit, through the services."""
    participant = app.cases.add_participant(case_id, role, "demo")
    session, _ = app.evaluations.start(participant)
    events = [Event(EventKind.ANSWER), Event(EventKind.ANSWER, "whole")]
    events += [Event(EventKind.ANSWER, answer)] * 6 + [Event(EventKind.ANSWER, "right")]
    events += [Event(EventKind.ANSWER, "good"), Event(EventKind.SKIP), Event(EventKind.SKIP)]
    events += [Event(EventKind.SKIP)]
    for event in events:
        session, _ = app.dialogs.handle(session.id, event)
    assert session.status == "done"


def report(db: Path, fmt: str, out: Path) -> str:
    args = ["report", "evaluation", "--unit", "Enheten Norr", "--db", str(db)]
    assert main([*args, "--format", fmt, "--out", str(out)]) == 0
    return "" if fmt == "png" else out.read_text(encoding="utf-8")


async def test_one_case_from_consent_to_statistics(tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    with time_machine.travel(datetime.fromisoformat(f"2026-11-02T10:00{STHLM}"), tick=False) as tm:
        # ── Before the meeting: the case, consent, the child's preparation on the web ─────────
        server = Server(tmp_path)
        app = server.app
        url = await server.start()
        unit = app.case_store.unit_id("Enheten Norr", create=True)
        case = app.cases.create_case(
            unit, "Fjärilen 2026", actors=ACTORS, meeting_date="2026-11-20",
            need_noticed="2026-10-26", invitation_sent_on="2026-10-27",
        )  # fmt: skip
        mother = app.cases.add_participant(case.id, "guardian", "vad-ar-viktigt-vardnadshavare")
        father = app.cases.add_participant(case.id, "guardian", "vad-ar-viktigt-vardnadshavare")
        child = app.cases.add_participant(case.id, "child", "demo")
        run_consent(app, mother, actors=("school", "bup"))
        run_consent(app, father, actors=("school", "bup"))
        assert app.consent.case_status(case.id).status == "complete"

        phone = Browser(url)
        child_token = app.cases.issue_invite(child.id)
        await phone.open_link(child_token)
        await phone.run(PREPARATION)
        session = app.dialogs.get(app.case_store.session_id_for(child.id, "demo"))
        assert session.status == "done"
        pack = app.sharing.for_meeting(session, app.dialogs.dialog_of(session), "coordinator:1")
        assert {a.key for a in pack.kept} == {"area-good[school]", "message"}
        app.consent.gate(case.id)

        mums_phone = Browser(url)
        mums_token = app.cases.issue_invite(mother.id)
        await mums_phone.open_link(mums_token)

        # ── The meeting was on Friday; the coordinator enters the plan and sends it ───────────
        tm.move_to(datetime.fromisoformat(f"2026-11-20T15:00{STHLM}"))
        saved = app.plans.save(case.id, PLAN, "coordinator:1")
        assert saved.check.warnings == ()
        tm.move_to(datetime.fromisoformat(f"2026-11-23T09:00{STHLM}"))
        assert app.plans.mark_sent(case.id, "coordinator:1") == "2026-11-23"
        flags = flags_for_case(app.case_store.case(case.id), datetime.now(UTC).date())
        assert "plan-late" not in [f.id for f in flags]  # within four working days

        # days later their logins have ended: each opens their link again with their code
        await phone.open_link(child_token)
        await mums_phone.open_link(mums_token)
        text = await phone.get("/f/plan")
        assert "Det här bestämde vi" in text
        assert "Mål 1: Du ska vara i skolan fler dagar." in text
        assert "Vad betyder det?" in text
        assert "BUP betyder barn- och ungdomspsykiatrin." in text  # the explanation of a line
        assert "Vi ses igen måndag 15 februari 2027" in text
        status, kind, png = await phone.fetch("/f/plan.png")
        assert (status, kind) == (200, "image/png")
        assert Image.open(io.BytesIO(png)).size[0] == 1080
        (ARTIFACTS / "plan-child.png").write_bytes(png)
        status, kind, pdf = await phone.fetch("/f/plan.pdf")
        assert (status, kind) == (200, "application/pdf") and pdf.startswith(b"%PDF")
        mums_text = await mums_phone.get("/f/plan")
        assert "Delmål 1: Du ska vara i skolan fler dagar." in mums_text

        # ── Saturday 10:05: the evaluation invitations go out ─────────────────────────────────
        tm.move_to(datetime.fromisoformat(f"2026-11-21T10:05{STHLM}"))
        sent = await server.reminders().run_once()
        assert sorted(sent) == sorted(
            [
                f"evaluation-invite:{child.id}:2026-11-20",
                f"evaluation-invite:{mother.id}:2026-11-20",
            ]
        )  # the father never joined a channel
        assert await server.reminders().run_once() == []

        # ── The server is down over the day the second reminder falls due ─────────────────────
        await server.stop()
        tm.move_to(datetime.fromisoformat(f"2026-11-24T22:30{STHLM}"))
        server = Server(tmp_path)
        app = server.app
        url = await server.start()
        assert await server.reminders().run_once() == []  # quiet hours
        tm.move_to(datetime.fromisoformat(f"2026-11-25T08:00{STHLM}"))
        sent = await server.reminders().run_once()
        assert sorted(sent) == sorted(
            [
                f"evaluation-again:{child.id}:2026-11-20",
                f"evaluation-again:{mother.id}:2026-11-20",
                f"plan-sent:{child.id}:1",  # marked sent on the 23rd
                f"plan-sent:{mother.id}:1",
            ]
        )
        assert await server.reminders().run_once() == []  # once, not twice

        # ── The child opens the link again (same phone) and answers the evaluation ────────────
        phone = Browser(url, phone.jar)
        await phone.open_link(app.cases.issue_invite(child.id))
        text = await phone.get("/f/plan")
        assert "Tack för mötet! Hur var det för dig?" in text
        assert "Vill du berätta hur mötet var?" in text
        first = await phone.post_form("/f/evaluation")
        assert "Nu har mötet varit." in first
        done = await phone.run(EVALUATION)
        assert "Tack för dina svar!" in done
        assert await server.reminders().run_once() == []  # collects the answer; nothing to send
        assert (await phone.get("/f/plan")).count("Tack för mötet!") == 0  # the news was read
        tm.move_to(datetime.fromisoformat(f"2026-11-28T12:00{STHLM}"))
        assert await server.reminders().run_once() == []  # no third reminder for anyone

        # ── Statistics: four child responses are too few, five are shown ──────────────────────
        other = app.cases.create_case(unit, "Humlan 2026", meeting_date="2026-11-19").id
        for answer in ("good", "ok", "good"):
            evaluate_offline(app, other, "child", answer)
        html = report(app.settings.db_path, "html", tmp_path / "four.html")
        assert "Barn: 4 svar" in html
        assert "för få svar (n=4)" in html
        assert "Bra att jag fick rita" not in html  # free text never in the anonymous view
        evaluate_offline(app, other, "child", "bad")
        html = report(app.settings.db_path, "html", tmp_path / "five.html")
        assert "Barn: 5 svar" in html and "för få svar (n=4)" not in html
        csv_text = report(app.settings.db_path, "csv", tmp_path / "five.csv")
        could_say = [
            line.split(",")
            for line in csv_text.splitlines()
            if line.startswith("child,could-say,") and ",2026," in line  # the whole year
        ]
        assert [row[-2] for row in could_say] == ["3", "1", "1", "0"]  # good, ok, bad, don't know
        report(app.settings.db_path, "png", ARTIFACTS / "statistics.png")
        assert Image.open(ARTIFACTS / "statistics.png").format == "PNG"

        # ── A week before the follow-up: date, consent check for guardians, new preparation ───
        tm.move_to(datetime.fromisoformat(f"2027-02-08T10:00{STHLM}"))
        sent = await server.reminders().run_once()
        assert sorted(sent) == sorted(
            [f"follow-up:{child.id}:2027-02-15", f"follow-up:{mother.id}:2027-02-15"]
        )
        mums_phone = Browser(url, mums_phone.jar)
        await mums_phone.open_link(app.cases.issue_invite(mother.id))
        text = await mums_phone.get("/f/plan")
        assert "Snart ses ni igen: måndag 15 februari 2027." in text
        assert "Gäller ditt samtycke fortfarande?" in text
        assert "Har något nytt hänt?" in text
        childs = InboxStore(app.db).items(child.id)[-1]
        assert [p[0] for p in childs.args["parts"]] == [
            "reminder-follow-up",
            "reminder-anything-new",
        ]

        # ── A withdrawal stops everything ─────────────────────────────────────────────────────
        app.consent.withdraw(case.id, mother.id)
        app.case_store.update_case(case.id, follow_up_date="2027-03-01")
        tm.move_to(datetime.fromisoformat(f"2027-02-22T10:00{STHLM}"))
        assert await server.reminders().run_once() == []

        for browser in (phone, mums_phone):
            await browser.http.close()
        await server.stop()

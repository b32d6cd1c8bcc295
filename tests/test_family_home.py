"""After the meeting, a closed loop that reaches every family, on the web and on Telegram at once
(the real aiogram adapter against the fake Bot API, one server for both): a draft plan is
nobody's; "Markera planen som skickad" puts "Nu finns planen" on the web family's home page and
pushes the plan (text, picture, PDF) to the guardian's Telegram chat; each home-page item stays
until it is done (the evaluation offer survives being seen); a server restart on the same
database file in the middle; the clock moved with time-machine."""

from __future__ import annotations

import re
from contextlib import asynccontextmanager
from datetime import datetime

import time_machine

from bot.exports.pack import render
from bot.runtime.reminder_job import NOTIFIERS_KEY, InboxNotifier, ReminderRunner
from bot.services.follow_up import FOLLOW_UP_DIALOGS
from bot.testing.fake_bot_api import FakeBotAPI
from storage.inbox import InboxStore
from tests.after_support import PLAN, Browser
from tests.app_factory import make_app
from tests.consent_support import ACTORS, run_consent
from tests.telegram_bots import Chat, running_bot
from tests.test_after_journey import EVALUATION, PREPARATION

STHLM = "+01:00"
CHAT = 4242
FOLLOW_UP = [
    {"choose": ["g1a1"]},  # what has been done: the school's line
    {"choose": "good"},  # it has got better
    {"choose": ["school"]},
    {"write": "Jag vill träffa kuratorn oftare"},
    {"choose": "yes"},  # the same adults
    {"accept": {"change-plan": "meeting", "done-lines": "meeting", "changed": "private"}},
]
WAIT = "Vi pratade om det. Vi väntar med det till nästa möte."


def at(moment: str) -> datetime:
    return datetime.fromisoformat(f"{moment}{STHLM}")


@asynccontextmanager
async def serving(folder, fake):
    """`serve` with Telegram (aiogram, polling the fake Bot API) on a new App over the file."""
    app = make_app(folder)
    async with running_bot(app, fake, "aiogram") as running:
        yield running
    app.db.conn.close()


def reminders(running) -> ReminderRunner:
    """What the reminder job runs: Telegram first, then the web inbox (the clock travels)."""
    app = running.app
    notifiers = [*running.adapter[NOTIFIERS_KEY], InboxNotifier(InboxStore(app.db))]
    return ReminderRunner(app, notifiers, lambda: datetime.now().astimezone())


async def test_plan_sent_reaches_the_web_home_page_and_telegram(tmp_path):
    fake = FakeBotAPI()
    await fake.start()
    with time_machine.travel(at("2026-11-02T10:00"), tick=True) as tm:
        async with serving(tmp_path, fake) as running:
            app = running.app
            unit = app.case_store.unit_id("Enheten Norr", create=True)
            case = app.cases.create_case(
                unit, "Fjärilen 2026", actors=ACTORS, meeting_date="2026-11-20"
            )
            mother = app.cases.add_participant(case.id, "guardian", "vad-ar-viktigt-vardnadshavare")
            child = app.cases.add_participant(case.id, "child", "demo")
            run_consent(app, mother, actors=("school", "bup"))
            mums_chat = Chat(fake, CHAT)
            await mums_chat.say(f"/start {app.cases.issue_invite(mother.id)}")

            phone = Browser(running.url)
            await phone.open_link(app.cases.issue_invite(child.id))
            await phone.run(PREPARATION)
            home = await phone.get("/f/home")
            assert "Här kommer planen från mötet." in home
            assert "Läs planen" not in home and "Ring" not in home

            # ── The meeting; the coordinator saves a draft: nobody sees it ────────────────────
            tm.move_to(at("2026-11-20T14:00"))
            await phone.open_link(app.cases.issue_invite(child.id))  # logged out while away
            voices = {v.key: v.words for v in app.said.voices(case.id, "coordinator:1")}
            assert voices == {
                "area-good[school]": "Det går bra med matten",
                "message": "Jag vill ha mer hjälp med läxorna",
            }  # only what the child shared with the meeting
            said = [
                {"participant": child.id, "key": "message", "goal": 1},
                {"participant": child.id, "key": "area-good[school]", "why": WAIT},
            ]
            app.plans.save(case.id, {**PLAN, "said": said}, "coordinator:1")
            assert "Det finns ingen plan än." in await phone.get("/f/plan")
            assert "Nu finns planen" not in await phone.get("/f/home")
            plan_replies = await mums_chat.say("/plan", until="text")
            assert [c.params.get("text") for c in plan_replies] == [
                app.catalog.format("sv", "plan-none-yet")
            ]
            assert await reminders(running).run_once() == []

            # ── "Markera planen som skickad": the web home page and the Telegram chat ─────────
            tm.move_to(at("2026-11-20T16:00"))
            await phone.open_link(app.cases.issue_invite(child.id))  # logged out while away
            app.plans.mark_sent(case.id, "coordinator:1")
            before = len(mums_chat.calls())
            sent = await reminders(running).run_once()
            assert sorted(sent) == sorted([f"plan-sent:{child.id}:1", f"plan-sent:{mother.id}:1"])
            pushed = mums_chat.calls()[before:]
            assert [c.method for c in pushed] == [
                "sendmessage",
                "sendmessage",
                "sendphoto",
                "senddocument",
            ]
            assert pushed[0].params["text"].startswith("Nu finns planen från mötet.")
            assert "Det här bestämde vi" in pushed[1].params["text"]
            assert pushed[3].uploads["document"].startswith(b"%PDF")

            # The dialog's end page said "until the meeting": after it, the home page instead.
            home = await phone.get("/f")
            assert "fram till mötet" not in home
            assert "Nu finns planen från mötet." in home
            assert "Prata med Kim Exempel." in home
            assert re.findall(r'href="(tel:[^"]*)"', phone.page.html) == ["tel:0700000000"]
            assert "Nu finns planen från mötet." in await phone.get("/f/home")  # still there
            plan_page = await phone.get("/f/plan")
            assert "Mål 1: Du ska vara i skolan fler dagar." in plan_page
            said_part = plan_page[plan_page.index("Det här sa du – så här blev det") :]
            assert "Jag vill ha mer hjälp med läxorna" in said_part
            assert "Det blev mål 1: Du ska vara i skolan fler dagar." in said_part
            assert "Det går bra med matten" in said_part and WAIT in said_part
            assert "bråk på rasten" not in plan_page  # kept to the child and never linked
            sent_plan = app.plans.sent(case.id)
            assert app.said.lines_for(mother, sent_plan) == []  # the child's words are theirs
            assert "Nu finns planen från mötet." not in await phone.get("/f/home")  # done

            # A draft saved after sending stays the coordinator's until it is sent again.
            draft = {**PLAN, "contact": {"name": "Alex Utkast", "how": "ring 070-111 11 11"}}
            app.plans.save(case.id, draft, "coordinator:1")
            plan_page = await phone.get("/f/plan")
            assert "Kim Exempel" in plan_page and "Alex Utkast" not in plan_page
        await phone.http.close()

        # ── Restart on the same file; the evaluation offer stays until it is answered ─────────
        tm.move_to(at("2026-11-21T10:05"))
        async with serving(tmp_path, fake) as running:
            app = running.app
            sent = await reminders(running).run_once()
            assert sorted(sent) == sorted(
                [
                    f"evaluation-invite:{child.id}:2026-11-20",
                    f"evaluation-invite:{mother.id}:2026-11-20",
                ]
            )
            phone = Browser(running.url, phone.jar)
            await phone.open_link(app.cases.issue_invite(child.id))
            for _ in range(2):
                assert "Svara på hur mötet var." in await phone.get("/f/home")
                await phone.get("/f/plan")  # seeing it is not answering it
            assert "Svara på hur mötet var." in await phone.get("/f/home")
            await phone.post_form("/f/evaluation")
            assert "Tack för dina svar!" in await phone.run(EVALUATION)
            home = await phone.get("/f/home")
            assert "Svara på hur mötet var." not in home
            assert "Inget nytt just nu." in home
            # The child said the coordinator may see it: on the case, with the child's words.
            t = app.catalog.translator("sv")
            (seen,) = app.evaluations.seen_for_case(case.id, t)
            assert seen.role == "child"
            assert ("Vad var bra med mötet?", "Bra att jag fick rita") in seen.lines
            assert app.case_store.case(case.id).evaluation_offered_on == "2026-11-21"
            # Answered again, now "no": it replaces the first, and the case shows nothing.
            await phone.get("/f/plan")
            csrf = phone.form("/f/help-now").inputs[0]["value"]
            await phone.post("/f/evaluation", {"csrf": csrf})
            await phone.run([*EVALUATION[:-1], {"choose": "no"}])
            assert app.evaluations.seen_for_case(case.id, t) == []
            rows = app.db.execute("SELECT COUNT(*) FROM evaluation_responses").fetchone()
            assert rows == (1,)  # one evaluation per participant and meeting

            # ── A week before the follow-up ───────────────────────────────────────────────────
            tm.move_to(at("2027-02-08T10:00"))
            await phone.open_link(app.cases.issue_invite(child.id))  # logged out while away
            sent = await reminders(running).run_once()
            assert f"follow-up:{child.id}:2027-02-15" in sent
            assert "Snart ses ni igen: måndag 15 februari 2027." in await phone.get("/f/home")

            # On Telegram the guardian opens the same follow-up with a command word.
            replies = await mums_chat.say("/uppfoljning")
            shown = " ".join(c.params.get("caption") or c.params.get("text") or "" for c in replies)
            assert "Snart är det ett nytt möte om planen." in shown

            # ── "Hur har det gått?" from the home page; its answers form the follow-up pack ───
            first = await phone.post_form("/f/follow-up")
            assert "Nu vill vi veta hur det har gått." in first
            lines = await phone.run(["continue"])
            assert "Skolan: Du får en egen plan i skolan. Kuratorn träffar dig." in lines
            done = await phone.run(FOLLOW_UP)
            assert "Dina svar hjälper till på nästa möte." in done
            assert "Snart ses ni igen" not in await phone.get("/f/home")  # answered: done
            pack = app.packs.build("coordinator:1", case.id, lambda p: FOLLOW_UP_DIALOGS[p.role])
            meeting, _, _ = render("html", "meeting", pack, t)
            meeting = meeting.decode("utf-8")
            assert "Jag vill träffa kuratorn oftare" in meeting
            assert "Skolan: Du får en egen plan i skolan." in meeting
            coordinator_only, _, _ = render("html", "coordinator", pack, t)
            coordinator_only = coordinator_only.decode("utf-8")
            same = "Ska samma vuxna komma på nästa möte?"  # shared with the coordinator only
            assert same in coordinator_only and same not in meeting
            kept = "Har något blivit annorlunda?"  # kept to the child
            assert kept not in coordinator_only and kept not in meeting
            await phone.http.close()
    await fake.stop()

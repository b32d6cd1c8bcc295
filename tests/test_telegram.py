"""The Telegram channel, through both libraries, against the local fake Bot API."""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from pathlib import Path

import aiohttp
import pypdf
import pytest
from PIL import Image, ImageChops

from bot.channels.cards import PICTOGRAM_SIZE, TEXT_SIZE
from bot.i18n import Catalog
from bot.paths import locales_dir
from bot.runtime.reminder_job import NOTIFIERS_KEY, ReminderRunner
from bot.services import reminders as schedule
from bot.services.reminders import format_parts
from storage.sessions import SqliteSessionStore
from tests.after_support import plan
from tests.app_factory import make_app
from tests.consent_support import ACTORS
from tests.pseudo_locale import PSEUDO, make_locales
from tests.telegram_bots import LIBRARIES, Chat, invite, running_bot, texts

ARTIFACTS = Path(__file__).parent / "artifacts"

CHAT = 424242


@pytest.fixture(params=LIBRARIES)
def library(request) -> str:
    return request.param


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
async def bot(app, fake, library):
    async with running_bot(app, fake, library) as running:
        yield running


def sv(app, msg_id: str, **args) -> str:
    return app.catalog.translator("sv")(msg_id, **args)


def stored(app) -> dict:
    """Every stored answer, keyed `step[item]`, from the database itself."""
    rows = app.db.execute("SELECT id FROM sessions").fetchall()
    store = SqliteSessionStore(app.db, app.cipher)
    answers = {}
    for (session_id,) in rows:
        for record in store.answers(session_id):
            key = f"{record.step}[{record.item}]" if record.item else record.step
            answers[key] = (record.value, record.share)
    return answers


async def start(app, fake) -> Chat:
    chat = Chat(fake, CHAT)
    token = invite(app)
    await chat.say(f"/start {token}")
    return chat


# ── Binding a chat ──────────────────────────────────────────────────────────────────────────


async def test_an_unbound_chat_is_told_how_to_get_an_invite(bot, app, fake):
    chat = Chat(fake, CHAT)
    replies = await chat.say("hej", until="text")
    assert texts(replies) == [sv(app, "telegram-unbound")]
    replies = await chat.say("/start", until="text")
    assert texts(replies) == [sv(app, "telegram-no-invite")]


async def test_a_bad_invite_gets_a_kind_answer(bot, app, fake):
    replies = await Chat(fake, CHAT).say("/start nonsense-token", until="text")
    assert texts(replies) == [sv(app, "telegram-bad-invite")]
    assert app.cases.participant_for_identity(f"tg:{CHAT}") is None


async def test_deep_link_binds_the_chat_and_shows_a_picture_card(bot, app, fake):
    chat = await start(app, fake)
    card = chat.card()
    assert card.method == "sendphoto"
    assert card.files["photo"] > 1000
    assert sv(app, "demo-welcome") in card.params["caption"]
    assert chat.button("c") and chat.button("h") and chat.button("p")
    assert app.cases.participant_for_identity(f"tg:{CHAT}") is not None


async def test_commands_are_registered_in_swedish_and_english(bot, app, fake):
    calls = await fake.wait_for(
        lambda: len(fake.of("setmycommands")) == 2 and fake.of("setmycommands")
    )
    by_lang = {
        c.params["language_code"]: [x["command"] for x in c.params["commands"]] for c in calls
    }
    assert by_lang["sv"][:4] == ["hjalp", "tillbaka", "hoppa", "pausa"]
    assert "radera" in by_lang["sv"] and "erase" in by_lang["en"]


# ── A whole dialog ──────────────────────────────────────────────────────────────────────────


async def test_a_whole_dialog_stores_the_answers_and_can_clear_the_chat(bot, app, fake):
    chat = await start(app, fake)
    await chat.press("c")
    first_multi = chat.card()
    replies = await chat.press("t0")
    assert [c.method for c in replies] == ["editmessagereplymarkup"]
    edited = replies[0].params["reply_markup"]["inline_keyboard"]
    assert edited[0][0]["text"].startswith("☑️")
    await chat.press("t1", card=first_multi)
    await chat.press("d", card=first_multi)
    await chat.press("a4")  # school: 5
    await chat.say("Jag har bra lärare.")
    await chat.press("a1")  # friends: 2 → what is hard
    await chat.say("Det är svårt på rasterna.")
    await chat.say("Vi spelar spel.")
    await chat.press("a0")  # meeting: yes
    review = chat.card()
    assert review.method == "sendmessage"
    assert "Jag har bra lärare." in review.params["text"]
    await chat.press("r0m")
    await chat.press("x")
    end = chat.card()
    assert sv(app, "telegram-clear-offer") in end.params["caption"]

    answers = stored(app)
    assert answers["areas"] == (["school", "friends"], "meeting")
    assert answers["area-how[school]"][0] == "5"
    assert answers["area-hard[friends]"][0] == "Det är svårt på rasterna."
    assert answers["meeting"][0] == "yes"

    mine = [c.result["message_id"] for c in chat.calls() if c.result and "message_id" in c.result]
    replies = await chat.press("k", card=end)
    deleted = [m for c in replies if c.method == "deletemessages" for m in c.params["message_ids"]]
    assert set(mine) <= set(deleted)
    person = [u for u in fake.calls if u.method == "deletemessages"]
    assert person and len(deleted) > len(set(mine))  # the person's own messages too


# ── Things that must not act ────────────────────────────────────────────────────────────────


async def test_a_stale_button_is_answered_with_the_current_question(bot, app, fake):
    chat = await start(app, fake)
    welcome = chat.card()
    await chat.press("c")
    before = stored(app)
    replies = await chat.press("c", card=welcome)
    assert sv(app, "demo-areas") in replies[-1].params["caption"]
    answered = fake.of("answercallbackquery")[-1]
    assert answered.params.get("text") == sv(app, "notice-stale")
    assert stored(app) == before


async def test_a_forged_callback_is_refused_like_a_stale_one(bot, app, fake):
    chat = await start(app, fake)
    await chat.press("c")
    replies = await chat.send(fake.press(CHAT, "t0|AAAAAAAAAAAAAAAA", chat.card().result))
    assert sv(app, "demo-areas") in replies[-1].params["caption"]
    assert fake.of("answercallbackquery")[-1].params.get("text") == sv(app, "notice-stale")
    assert not any(c.method == "editmessagereplymarkup" for c in replies)


async def test_a_duplicate_update_is_handled_once(bot, app, fake):
    chat = await start(app, fake)
    update = fake.press(CHAT, chat.button("c"), chat.card().result)
    await chat.send(update, update)
    await chat.press("t0")
    cards = [c for c in chat.calls() if c.method == "sendphoto"]
    assert len(cards) == 2  # welcome and areas, not areas twice
    answered = await fake.wait_for(lambda: len(fake.of("answercallbackquery")) >= 2)
    assert answered and len(fake.of("answercallbackquery")) == 2


async def test_a_sticker_gets_a_kind_reply_and_the_question_again(bot, app, fake):
    chat = await start(app, fake)
    replies = await chat.send(fake.sticker(CHAT))
    assert texts(replies)[0] == sv(app, "telegram-media")
    assert sv(app, "demo-welcome") in replies[-1].params["caption"]
    assert stored(app) == {}


async def test_updates_of_one_chat_are_handled_in_order(bot, app, fake):
    chat = await start(app, fake)
    card = chat.card().result
    data = chat.button("c")
    await chat.send(fake.press(CHAT, data, card), fake.message(CHAT, "/hjalp"), count=2)
    captions = [c.params["caption"] for c in chat.calls() if c.method == "sendphoto"]
    assert sv(app, "demo-areas") in captions[-1]
    assert sv(app, "demo-areas-help") in texts(chat.calls())


# ── Commands ────────────────────────────────────────────────────────────────────────────────


async def test_erase_deletes_the_answers_after_a_confirmation(bot, app, fake):
    chat = await start(app, fake)
    await chat.press("c")
    await chat.press("t0")
    await chat.press("d")
    assert stored(app)
    await chat.say("/radera")
    replies = await chat.press("E", until="text")
    assert texts(replies) == [sv(app, "erase-done")]
    assert stored(app) == {}
    assert app.db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0
    assert app.cases.participant_for_identity(f"tg:{CHAT}") is None


async def test_a_guardian_can_withdraw_consent_and_a_youth_cannot(bot, app, fake):
    youth = await start(app, fake)
    replies = await youth.say("/aterkalla", until="text")
    assert texts(replies) == [sv(app, "withdraw-only-guardians")]

    guardian = Chat(fake, CHAT + 1)
    await guardian.say(f"/start {invite(app, role='guardian')}")
    await guardian.say("/aterkalla")
    replies = await guardian.press("W", until="text")
    assert texts(replies) == [sv(app, "withdraw-done")]
    participant = app.cases.participant_for_identity(f"tg:{CHAT + 1}")
    withdrawn = app.db.execute("SELECT withdrawn_at FROM cases WHERE id = ?", [participant.case_id])
    assert withdrawn.fetchone()[0]


async def test_language_can_be_changed(bot, app, fake):
    chat = await start(app, fake)
    await chat.say("/sprak")
    replies = await chat.press("Len")
    en = app.catalog.translator("en")
    assert en("demo-welcome") in replies[-1].params["caption"]


async def test_a_429_is_retried_after_retry_after(bot, app, fake):
    fake.fail_once("sendPhoto", retry_after=1)
    chat = await start(app, fake)
    methods = [c.method for c in fake.calls if c.method.startswith("sendphoto")]
    assert methods == ["sendphoto:429", "sendphoto"]
    assert sv(app, "demo-welcome") in chat.card().params["caption"]


async def test_answer_text_never_appears_in_logs(bot, app, fake, caplog):
    caplog.set_level(logging.INFO)
    chat = await start(app, fake)
    await chat.press("c")
    await chat.press("t0")
    await chat.press("d")
    await chat.press("a0")
    await chat.say("Hemlig text om Vilgot")
    assert "Hemlig" not in caplog.text and "Vilgot" not in caplog.text


# ── Reaching every child: read-aloud, help now, right to left, reminders ────────────────────


async def test_listen_sends_the_question_as_an_opus_voice_message_once(bot, app, fake):
    chat = await start(app, fake)
    await chat.press("c")
    replies = await chat.press("v", until="sendvoice")
    voice = replies[-1]
    assert voice.uploads["voice"].startswith(b"OggS") and b"OpusHead" in voice.uploads["voice"]
    assert len(chat.button("v").encode()) <= 64
    again = await chat.press("v", until="sendvoice")
    file_id = voice.result["voice"]["file_id"]
    assert again[-1].params["voice"] == file_id and not again[-1].uploads


@pytest.mark.parametrize("how", ["button", "command"])
async def test_help_now_answers_and_keeps_the_place(bot, app, fake, how):
    chat = await start(app, fake)
    await chat.press("c")
    areas = sv(app, "demo-areas")
    if how == "button":
        replies = await chat.press("n", until="sendphoto")
    else:
        replies = await chat.say("/hjalpnu", until="sendphoto")
    help_text = texts(replies)[0]
    assert "112" in help_text and "116 111" in help_text
    assert areas in replies[-1].params["caption"]
    await chat.press("t0")
    await chat.press("d")
    assert stored(app)["areas"][0] == ["school"]


async def test_tell_my_coordinator_makes_an_urgent_notification(bot, app, fake):
    chat = await start(app, fake)
    replies = await chat.say("/hjalpnu", until="sendphoto")
    notice = next(c for c in replies if c.method == "sendmessage")
    replies = await chat.press("T", card=notice, until="text")
    assert texts(replies) == [sv(app, "help-now-told")]
    rows = app.db.execute("SELECT kind, urgent FROM notifications").fetchall()
    assert [tuple(r) for r in rows] == [("help-now", 1)]


def pseudo_catalog(app, folder, untranslated: str = "") -> None:
    """Give `app` the right-to-left pseudo-locale, without the message `untranslated`."""
    locales = make_locales(locales_dir(), folder)
    demo = locales / PSEUDO / "demo.ftl"
    kept = [line for line in demo.read_text("utf-8").splitlines() if not untranslated or
            not line.startswith(f"{untranslated} =")]  # fmt: skip
    demo.write_text("\n".join(kept) + "\n", encoding="utf-8")
    app.catalog = Catalog(locales)


def ink_edges(card: Image.Image, top: int) -> dict[str, int]:
    """Left and right ink edge of the shortest line of text below `top`: the ragged line
    shows which side the text starts from."""
    ink = ImageChops.invert(card.convert("L")).point(lambda v: 255 if v > 96 else 0)
    lines, current = [], None
    for y in range(top, card.height):
        box = ink.crop((0, y, card.width, y + 1)).getbbox()
        if box and current:
            current = (min(current[0], box[0]), max(current[1], box[2]))
        elif box:
            current = (box[0], box[2])
        elif current:
            lines.append(current)
            current = None
    left, right = min(lines, key=lambda edges: edges[1] - edges[0])
    return {"left": left, "right": right}


async def test_a_right_to_left_card_is_aligned_right(app, fake, library, tmp_path):
    pseudo_catalog(app, tmp_path / "locales")
    async with running_bot(app, fake, library):
        cards = []
        for n, lang in enumerate(["sv", PSEUDO]):
            chat = Chat(fake, CHAT + n)
            await chat.say(f"/start {invite(app, lang=lang)}")
            cards.append(chat.card().uploads["photo"])
    swedish, rtl = (Image.open(io.BytesIO(card)) for card in cards)
    assert rtl.format == "PNG" and rtl.size[0] == swedish.size[0]
    ARTIFACTS.mkdir(exist_ok=True)
    for name, card in (("sv", swedish), (PSEUDO, rtl)):
        card.save(ARTIFACTS / f"telegram-card-{name}.png")
    text_edges = {name: ink_edges(card, top=PICTOGRAM_SIZE + 2 * TEXT_SIZE) for name, card in
                  (("sv", swedish), ("rtl", rtl))}  # fmt: skip
    width = rtl.size[0]
    assert text_edges["rtl"]["right"] > width - TEXT_SIZE - 8 > text_edges["sv"]["right"]
    assert text_edges["sv"]["left"] < TEXT_SIZE + 8 < text_edges["rtl"]["left"]


async def test_some_swedish_text_is_told_once_per_chat(app, fake, library, tmp_path):
    pseudo_catalog(app, tmp_path / "locales", untranslated="demo-areas")
    told = app.catalog.translator(PSEUDO)("notice-some-swedish")
    async with running_bot(app, fake, library):
        chat = Chat(fake, CHAT)
        replies = await chat.say(f"/start {invite(app, lang=PSEUDO)}")
        assert told not in texts(replies)
        replies = await chat.press("c")
        assert texts(replies)[0] == told
        assert sv(app, "demo-areas") in replies[-1].params["caption"]
        await chat.say("/hjalp", until="sendphoto")  # the same question again
        assert texts(chat.calls()).count(told) == 1


async def test_a_due_reminder_is_sent_to_the_bound_chat_once(bot, app, fake):
    chat = await start(app, fake)
    participant = app.cases.participant_for_identity(f"tg:{CHAT}")
    app.case_store.update_case(participant.case_id, follow_up_date="2027-02-15")
    due = schedule.local_at(date(2027, 2, 15) - schedule.FOLLOW_UP_AHEAD)
    runner = ReminderRunner(app, bot.adapter[NOTIFIERS_KEY], lambda: due + timedelta(hours=1))
    before = len(chat.calls())
    assert len(await runner.run_once()) == 1
    assert await runner.run_once() == []
    sent = [c for c in chat.calls()[before:] if c.method == "sendmessage"]
    parts = [("reminder-follow-up", {"date": "2027-02-15"})]
    assert len(sent) == 1
    assert sent[0].params["text"].startswith(format_parts(app.catalog.translator("sv"), parts))


async def test_the_plan_comes_as_text_picture_and_pdf(bot, app, fake):
    chat = await start(app, fake)
    replies = await chat.say("/plan", until="text")
    assert texts(replies) == [sv(app, "plan-none-yet")]
    case_id = app.cases.participant_for_identity(f"tg:{CHAT}").case_id
    app.case_store.update_case(case_id, meeting_date="2026-11-20", actors=ACTORS)
    app.plans.save(case_id, plan(), "coordinator:1")
    replies = await chat.say("/plan", until="text")
    assert texts(replies) == [sv(app, "plan-none-yet")]  # a draft is never the family's
    app.plans.mark_sent(case_id, "coordinator:1")
    replies = await chat.say("/plan", until="senddocument")
    methods = [c.method for c in replies]
    assert methods == ["sendmessage", "sendphoto", "senddocument"]
    assert sv(app, "plan-title") in replies[0].params["text"]
    assert replies[1].uploads["photo"].startswith(b"\x89PNG")
    assert replies[2].uploads["document"].startswith(b"%PDF")


async def test_a_consent_ends_with_its_receipt_as_a_pdf(bot, app, fake):
    chat = Chat(fake, CHAT)
    await chat.say(f"/start {invite(app, role='guardian', dialog='samtycke-vardnadshavare')}")
    for _ in range(6):  # what a SIP is, the two parts, both guardians, no is fine, the limits
        await chat.press("c")
    await chat.press("a0")  # a SIP may be made
    await chat.press("a0")  # they may talk to each other
    multi = chat.card()
    await chat.press("t0", card=multi)  # someone else
    await chat.press("d", card=multi)
    await chat.say("Morfar Sune")
    multi = chat.card()
    await chat.press("t1", card=multi)  # school
    await chat.press("d", card=multi)
    for answer in ("a1", "a1", "a0", "a2"):  # raise anything; no pre-meeting; all; plan's end
        await chat.press(answer)
    review = chat.card()
    assert sv(app, "share-default-note") not in review.params["text"]
    assert [b["callback_data"][0] for row in review.params["reply_markup"]["inline_keyboard"]
            for b in row if b["callback_data"][0] == "r"] == []  # fmt: skip
    await chat.press("x")
    replies = await chat.press("a0", until="senddocument")
    document = next(c for c in replies if c.method == "senddocument")
    pdf = pypdf.PdfReader(io.BytesIO(document.uploads["document"]))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "Morfar Sune" in text and "Skolan" in text
    participant = app.cases.participant_for_identity(f"tg:{CHAT}")
    assert app.consent_store.latest(participant.id).own_actors == ("Morfar Sune",)


# ── Webhook ─────────────────────────────────────────────────────────────────────────────────


async def test_webhook_takes_updates_with_the_right_secret_only(app, fake, library):
    async with running_bot(app, fake, library, webhook=True) as running:
        hook = await fake.wait_for(lambda: fake.webhook)
        url = running.url + "/telegram/webhook"
        async with aiohttp.ClientSession() as http:

            async def post(update: dict, secret: str) -> None:
                headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
                async with http.post(url, json=update, headers=headers) as response:
                    statuses.append(response.status)

            statuses: list[int] = []
            chat = Chat(fake, CHAT, deliver=lambda *u: _each(post, u, hook["secret_token"]))
            await post(fake.message(CHAT, "hej"), "wrong-secret")
            assert statuses == [403]
            replies = await chat.say("hej", until="text")
            assert texts(replies) == [sv(app, "telegram-unbound")]
            assert statuses == [403, 200]
            token = invite(app)
            update = fake.message(CHAT, f"/start {token}")
            await chat.send(update, update)
            await chat.press("c")
            assert len([c for c in chat.calls() if c.method == "sendphoto"]) == 2


async def _each(post, updates, secret):
    for update in updates:
        await post(update, secret)

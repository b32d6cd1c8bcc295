""" "Jag behöver hjälp nu": on every step of every dialog without losing the place, and
"Berätta för min samordnare" as an urgent, wordless dashboard notice."""

from __future__ import annotations

import io
import logging
import random
import re

from access_fixtures import make_family

from bot.bench import scripted_event
from bot.channels.console import ConsoleChannel
from bot.conversation.core import Place
from bot.easyread import lix
from bot.engine.library import DialogLibrary
from bot.engine.model import Kind
from bot.engine.runner import (
    Event,
    EventKind,
    Notice,
    Prompt,
    key_of,
    new_state,
    position,
    prompt_for,
    step,
)
from bot.i18n import Catalog
from bot.messages import Msg
from bot.services.help_now import HELP_NOW_KIND, is_for_meeting
from tests.app_factory import make_app

NO_CONTACT = {"coordinator_contact": "none", "coordinator_hours": "none"}


def test_help_now_on_every_step_of_every_dialog_keeps_the_place():
    rng = random.Random(3)
    for dialog in DialogLibrary().load().values():
        state = new_state(dialog)
        seen = 0
        for _ in range(500):
            before = step(dialog, state, Event(EventKind.PAUSE))[0] if seen == 1 else state
            after, outputs = step(dialog, before, Event(EventKind.HELP_NOW, at="elsewhere"))
            assert after == before, f"{dialog.id}: help now changed the state"
            assert outputs == [
                Notice(Msg("help-now", NO_CONTACT), "help-now"),
                prompt_for(dialog, before),
            ]
            seen += 1
            prompt = prompt_for(dialog, state)
            if prompt.kind is Kind.END:
                break
            state, outputs = step(dialog, state, scripted_event(prompt, rng))
        assert prompt.kind is Kind.END, f"{dialog.id}: no end after 500 steps"
        assert seen >= 3, dialog.id


def test_help_now_names_the_coordinator_from_the_context_or_falls_back_plainly():
    dialog = next(iter(DialogLibrary().load().values()))
    catalog = Catalog()
    context = {"coordinator_contact": "08-123 456 78", "coordinator_hours": "vardagar 8–16"}
    _, with_contact = step(dialog, new_state(dialog, context), Event(EventKind.HELP_NOW))
    _, without = step(dialog, new_state(dialog), Event(EventKind.HELP_NOW))
    for lang in ("sv", "en"):
        text = catalog.format(lang, "help-now", with_contact[0].msg.args)
        assert "08-123 456 78" in text and "vardagar 8–16" in text
        plain = catalog.format(lang, "help-now", without[0].msg.args)
        assert "112" in plain and "116 111" in plain and "none" not in plain
    assert "dygnet runt" in catalog.format("sv", "help-now", NO_CONTACT)


def test_alert_coordinator_is_an_urgent_wordless_notice_and_logs_only_ids(tmp_path, caplog):
    app = make_app(tmp_path)
    family = make_family(app, coordinator_contact="08-123 456 78")
    app.case_store.notify(family.case.unit_id, family.case.id, "consent-withdrawn")
    caplog.set_level(logging.DEBUG)

    notification_id = app.help_now.alert_coordinator(family.child.id)

    top = app.case_store.notifications(family.case.unit_id)[0]
    assert top["id"] == notification_id
    assert (top["kind"], top["urgent"], top["case_id"]) == (HELP_NOW_KIND, 1, family.case.id)
    assert top["created_at"] and top["read_at"] is None
    assert not is_for_meeting(top)
    assert set(top) == {"id", "unit_id", "case_id", "kind", "urgent", "created_at", "read_at"}
    ours = [r for r in caplog.records if r.name.startswith(("bot", "storage"))]
    assert ours, "the alert is logged"
    for record in ours:
        assert re.fullmatch(
            r"help-now alert case=\d+ participant=\d+ alert=\d+ new=True", record.getMessage()
        )
    audit = app.audit.entries(f"case:{family.case.id}")[-1]
    assert audit == {
        "at": audit["at"],
        "actor": "participant",
        "action": "help-now.alert",
        "subject": f"case:{family.case.id}",
        "participant": family.child.id,
        "alert": audit["alert"],
    }
    assert app.help_now.alert_coordinator(9999) is None


def test_console_hjalpnu_and_beratta_keep_the_place_and_alert(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app, coordinator_hours="måndag till fredag")
    session_id, outputs = app.cases.open_session(family.child)
    out = io.StringIO()
    console = ConsoleChannel(app.conversation, out)
    console.show(outputs)
    first = console.prompt
    console.run(Place(family.child.id, session_id), ["/hjalpnu", "/beratta"])

    text = out.getvalue()
    assert "Ring Bris på 116 111." in text
    assert "måndag till fredag" in text
    assert "Nu ser din samordnare att du vill ha hjälp." in text
    assert console.prompt.key == first.key
    session = app.dialogs.get(session_id)
    assert key_of(position(session.state)) == first.key
    kinds = [n["kind"] for n in app.case_store.notifications(family.case.unit_id)]
    assert kinds == [HELP_NOW_KIND]


def test_console_beratta_without_a_case_says_there_is_nobody_to_tell(tmp_path):
    app = make_app(tmp_path)
    out = io.StringIO()
    console = ConsoleChannel(app.conversation, out)
    place = console.open(next(iter(app.library.load())), None)
    console.run(place, ["/beratta"])
    assert "Här finns ingen samordnare att berätta för." in out.getvalue()
    assert isinstance(console.prompt, Prompt)


def test_help_now_words_are_easy_read_for_a_child():
    """LIX of the help-now texts taken together (as the linter measures a dialog) at most 25,
    and no sentence longer than 10 words, with and without the case's contact details."""
    catalog = Catalog()
    with_case = {"coordinator_contact": "070-123 45 67", "coordinator_hours": "på vardagar"}
    for args in (NO_CONTACT, with_case):
        texts = [
            catalog.format("sv", msg_id, args)
            for msg_id in (
                "help-now",
                "help-now-told",
                "help-now-no-coordinator",
                "help-now-tell",
                "help-now-paper",
                "help-now-seen",
            )
        ]
        assert lix(texts).lix <= 25, lix(texts)
        for text in texts:
            assert lix(text).longest_sentence <= 10, lix(text).longest_sentence_text

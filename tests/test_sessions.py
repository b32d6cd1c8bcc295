"""Sessions through the dialog service: resume after a restart, pinned dialog versions, and an
answers table that always matches the state."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml

from bot.app import App
from bot.bench import scripted_event
from bot.config import Settings
from bot.engine.library import DialogLibrary
from bot.engine.runner import Event, EventKind, Prompt
from bot.services.dialogs import DialogService, UnknownSession
from storage.crypto import FieldCipher
from storage.database import open_database
from storage.sessions import SqliteSessionStore
from storage.unit_of_work import unit_of_work

KEY = b"\x03" * 32


def prompt_of(outputs) -> Prompt:
    return next(o for o in outputs if isinstance(o, Prompt))


def ans(value=None) -> Event:
    return Event(EventKind.ANSWER, value)


@pytest.fixture
def app_factory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DELAKTIG_VAR", str(tmp_path / "var"))
    db = tmp_path / "data" / "sessions.db"
    apps: list[App] = []

    def make() -> App:
        app = App(Settings.from_env(db))
        apps.append(app)
        return app

    yield make
    for app in apps:
        if "db" in app.__dict__:
            app.db.conn.close()


def test_resume_after_a_restart(app_factory):
    app = app_factory()
    session, outputs = app.dialogs.start("demo", name="try-1")
    assert prompt_of(outputs).key == "welcome"
    session, _ = app.dialogs.handle(session.id, ans())
    session, outputs = app.dialogs.handle(session.id, ans(["friends", "school"]))
    assert prompt_of(outputs).key == "area-how[school]"
    app.db.conn.close()
    del app.__dict__["db"]

    again = app_factory()
    assert again.settings.key_file.exists()
    stored = again.dialogs.store.by_name("try-1")
    assert stored is not None and stored.id == session.id
    resumed, outputs = again.dialogs.handle(stored.id, Event(EventKind.RESUME))
    assert prompt_of(outputs).key == "area-how[school]"
    assert resumed.state["answers"] == {"areas": ["school", "friends"]}
    assert [(r.step, r.item, r.value) for r in again.dialogs.store.answers(stored.id)] == [
        ("areas", "", ["school", "friends"])
    ]


def test_unknown_session_is_a_clear_error(app_factory):
    with pytest.raises(UnknownSession):
        app_factory().dialogs.handle("no-such-session", ans())


PINNED = {
    "id": "pin",
    "version": 1,
    "audience": "child",
    "title": "pin-title",
    "start": "hello",
    "steps": {
        "hello": {"kind": "info", "text": "pin-hello", "next": "feel"},
        "feel": {"kind": "scale", "text": "pin-feel-v1", "next": "done"},
        "done": {"kind": "end", "text": "pin-done"},
    },
}


def write_dialog(folder: Path, data: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{data['id']}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")


def test_a_session_keeps_the_dialog_version_it_started_with(tmp_path: Path):
    folder = tmp_path / "dialogs"
    write_dialog(folder, PINNED)
    db_path = tmp_path / "pin.db"
    store = SqliteSessionStore(open_database(db_path), FieldCipher(KEY))
    service = DialogService(DialogLibrary(folder), store, unit_of_work(store.db))
    session, _ = service.start("pin")
    session, outputs = service.handle(session.id, ans())
    assert prompt_of(outputs).text.id == "pin-feel-v1"
    store.conn.close()

    edited = {**PINNED, "version": 2, "steps": dict(PINNED["steps"])}
    edited["steps"]["feel"] = {"kind": "scale", "text": "pin-feel-v2", "next": "extra"}
    edited["steps"]["extra"] = {"kind": "text", "text": "pin-extra", "next": "done"}
    write_dialog(folder, edited)

    store = SqliteSessionStore(open_database(db_path), FieldCipher(KEY))
    service = DialogService(DialogLibrary(folder), store, unit_of_work(store.db))
    # A new session gets the edited dialog: the edit is real.
    fresh, _ = service.start("pin")
    fresh, outputs = service.handle(fresh.id, ans())
    assert prompt_of(outputs).text.id == "pin-feel-v2"

    # The old one carries on with the version it started with, to the end.
    session, outputs = service.handle(session.id, Event(EventKind.RESUME))
    prompt = prompt_of(outputs)
    assert prompt.key == "feel" and prompt.text.id == "pin-feel-v1"
    session, outputs = service.handle(session.id, ans("good"))
    assert prompt_of(outputs).key == "done"
    assert session.status == "done"
    assert store.get(session.id).dialog_hash != store.get(fresh.id).dialog_hash
    assert service.dialog_of(session).version == 1
    store.conn.close()


def table(store: SqliteSessionStore, session_id: str) -> dict[str, object]:
    rows = store.answers(session_id)
    return {(r.step if not r.item else f"{r.step}[{r.item}]"): r.value for r in rows}


def test_the_answers_table_matches_the_state(tmp_path: Path):
    store = SqliteSessionStore(open_database(tmp_path / "a.db"), FieldCipher(KEY))
    service = DialogService(DialogLibrary(), store, unit_of_work(store.db))
    session, _ = service.start("demo")
    script = [
        ans(),
        ans(["school", "free-time"]),
        ans("1"),
        ans("jobbigt"),
        ans("rasten"),
        ans("4"),
        ans("fotboll"),
        ans("no"),
        ans("ett meddelande"),
        Event(EventKind.BACK),  # message
        Event(EventKind.BACK),  # meeting
        ans("yes"),  # message is passed over now; its answer stays until the end
        Event(EventKind.BACK),  # meeting again
        Event(EventKind.SKIP),  # removes meeting
        Event(EventKind.TOGGLE, {"area-good[school]": "meeting"}),
    ]
    for event in script:
        session, _ = service.handle(session.id, event)
        assert table(store, session.id) == session.state["answers"]
        assert store.get(session.id).state == session.state
    assert "meeting" not in table(store, session.id)
    assert table(store, session.id)["message"] == "ett meddelande"
    shares = {
        r.step + (f"[{r.item}]" if r.item else ""): r.share for r in store.answers(session.id)
    }
    assert shares["area-good[school]"] == "meeting"
    assert shares["areas"] is None

    # Back to the first area's scale and a different answer: area-hard leaves the path.
    for _ in range(6):
        session, outputs = service.handle(session.id, Event(EventKind.BACK))
    assert prompt_of(outputs).key == "area-how[school]"
    for event in [ans("5"), ans("rasten"), ans("4"), ans("fotboll"), ans("yes"), ans()]:
        session, outputs = service.handle(session.id, event)
        assert table(store, session.id) == session.state["answers"]
    assert session.status == "done"
    final = table(store, session.id)
    assert "area-hard[school]" not in final and "message" not in final
    assert final == {
        "areas": ["school", "free-time"],
        "area-how[school]": "5",
        "area-good[school]": "rasten",
        "area-how[free-time]": "4",
        "area-good[free-time]": "fotboll",
        "meeting": "yes",
    }
    texts = {r.step: r.is_text for r in store.answers(session.id)}
    assert texts["area-good"] is True and texts["meeting"] is False
    store.conn.close()


def worker(path: Path) -> DialogService:
    """A dialog service with a database connection of its own, as one worker process has."""
    store = SqliteSessionStore(open_database(path), FieldCipher(KEY))
    return DialogService(DialogLibrary(), store, unit_of_work(store.db))


def test_a_step_taken_by_another_worker_is_never_overwritten(tmp_path: Path):
    """Two processes (here two stores on one file) step one session in turn: each starts from
    what the other saved, though each keeps a copy of the session in memory."""
    first, other = (worker(tmp_path / "a.db") for _ in range(2))
    session, _ = first.start("demo")
    first.handle(session.id, ans())
    other.handle(session.id, ans(["school"]))  # `first` still holds the session before this
    stepped, outputs = first.handle(session.id, ans("2"))
    assert prompt_of(outputs).key == "area-hard[school]"
    assert stepped.state["answers"] == {"areas": ["school"], "area-how[school]": "2"}
    assert table(first.store, session.id) == stepped.state["answers"]
    other.handle(session.id, ans("läxorna"))
    assert table(first.store, session.id)["area-hard[school]"] == "läxorna"
    for service in (first, other):
        service.store.conn.close()


def test_a_step_undone_by_its_finish_hook_leaves_the_session_as_stored(tmp_path: Path):
    service = worker(tmp_path / "a.db")
    store = service.store
    failures = [RuntimeError("the finish failed")]

    def hook(_session) -> None:
        if failures:
            raise failures.pop()

    service.on_finish(None, hook)
    rng = random.Random(1)
    session, outputs = service.start("demo")
    while True:
        event = scripted_event(prompt_of(outputs), rng)
        try:
            session, outputs = service.handle(session.id, event)
        except RuntimeError:
            break
    assert session.status != "done" and store.get(session.id).state == session.state
    assert table(store, session.id) == session.state["answers"]
    done, _ = service.handle(session.id, event)
    assert done.status == "done" and store.get(session.id).status == "done"
    store.conn.close()

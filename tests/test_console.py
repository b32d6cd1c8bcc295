"""The console channel and the command line, run for real in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storage.crypto import FieldCipher, load_or_create_key
from storage.database import open_database
from storage.sessions import SqliteSessionStore

WELCOME_SV = "Hej! Det här är en kort prövning."
AREAS_SV = "Vad är viktigt för dig just nu?"
HOW_SCHOOL_SV = "Hur är det i skolan nu?"
HOW_FREE_SV = "Hur är det på fritiden nu?"
MEETING_SV = "Vill du vara med på mötet?"
MEETING_EN = "Do you want to be at the meeting?"
REVIEW_SV = "Här är dina svar."
DONE_SV = "Tack! Dina svar är sparade."
PAUSED_SV = "Dina svar är sparade. Du kan fortsätta när du vill."
RESUMED_SV = "Välkommen tillbaka!"
INVALID_SV = "Det svaret finns inte här."


def delaktig(tmp_path: Path, *args: str, lines: list[str] | None = None):
    env = {**os.environ, "DELAKTIG_VAR": str(tmp_path / "var")}
    for name in ("DELAKTIG_KEY", "DELAKTIG_KEY_FILE", "DELAKTIG_DB"):
        env.pop(name, None)
    text = "".join(line + "\n" for line in lines or [])
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=text,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )


def chat(tmp_path: Path, lines: list[str], *extra: str):
    db = tmp_path / "chat.db"
    return delaktig(tmp_path, "chat", "--dialog", "demo", "--db", str(db), *extra, lines=lines)


def store_of(tmp_path: Path) -> SqliteSessionStore:
    key = load_or_create_key(tmp_path / "delaktig.key")
    return SqliteSessionStore(open_database(tmp_path / "chat.db"), FieldCipher(key))


def after(text: str, marker: str) -> str:
    assert marker in text, text
    return text.split(marker, 1)[1]


def test_a_full_path_with_answers(tmp_path: Path):
    lines = ["", "1,3", "2", "svårt med läxor", "bra kompisar", "5", "fotboll", "2"]
    lines += ["jag vill skriva", "1 meeting", "ok"]
    result = chat(tmp_path, lines, "--session", "full")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert result.stderr == ""
    for text in (WELCOME_SV, AREAS_SV, HOW_SCHOOL_SV, HOW_FREE_SV, MEETING_SV, REVIEW_SV):
        assert text in out
    assert out.rstrip().endswith(DONE_SV)
    assert "Vad vill du att de vuxna ska veta?" in out
    assert "── 2 frågor ──" in out and "── Fråga 1 av 2 ──" in out
    store = store_of(tmp_path)
    session = store.by_name("full")
    assert session is not None and session.status == "done"
    answers = {(r.step, r.item): (r.value, r.share) for r in store.answers(session.id)}
    assert answers == {
        ("areas", ""): (["school", "free-time"], "meeting"),
        ("area-how", "school"): ("2", None),
        ("area-hard", "school"): ("svårt med läxor", None),
        ("area-good", "school"): ("bra kompisar", None),
        ("area-how", "free-time"): ("5", None),
        ("area-good", "free-time"): ("fotboll", None),
        ("meeting", ""): ("no", None),
        ("message", ""): ("jag vill skriva", None),
    }
    store.conn.close()


def test_numbers_pick_options_and_an_invalid_line_reprompts(tmp_path: Path):
    result = chat(tmp_path, ["", "7", "banan", "2"], "--session", "numbers")
    assert result.returncode == 0
    out = after(result.stdout, AREAS_SV)
    assert out.count(INVALID_SV) == 2
    assert out.count(AREAS_SV) == 2
    # "2" picked the second option, friends.
    assert "Hur är det med kompisar nu?" in out
    assert HOW_SCHOOL_SV not in out
    store = store_of(tmp_path)
    session = store.by_name("numbers")
    assert session.state["answers"] == {"areas": ["friends"]}
    store.conn.close()


def test_skip_back_help_and_language(tmp_path: Path):
    lines = ["/help", "", "/skip", "/back", "/skip", "/lang en", "/help", "1"]
    result = chat(tmp_path, lines, "--session", "commands")
    assert result.returncode == 0
    out = result.stdout
    assert "* Det här är bara för att prova. Inga svar skickas till någon." in out
    # /skip on areas passes the group over to the meeting question; /back returns to areas.
    swedish, english = out.split(MEETING_EN, 1)
    assert swedish.count(AREAS_SV) == 2
    assert swedish.count(MEETING_SV) == 2
    assert "The meeting is when the adults who help you meet." in english
    assert "1. 👥 Yes" in english and "Here are your answers." in english
    assert "Your answers are saved." in english
    store = store_of(tmp_path)
    session = store.by_name("commands")
    assert session.lang == "en"
    assert session.state["answers"] == {"meeting": "yes"}
    store.conn.close()


def test_end_of_input_pauses_and_the_session_resumes(tmp_path: Path):
    first = chat(tmp_path, ["", "1"], "--session", "again")
    assert first.returncode == 0
    assert first.stdout.rstrip().endswith(PAUSED_SV)
    assert first.stdout.rstrip().splitlines()[-2].startswith("(")
    second = chat(tmp_path, ["4"], "--session", "again")
    assert second.returncode == 0
    lines = second.stdout.splitlines()
    assert lines[0] == f"* {RESUMED_SV} Vi fortsätter där du var."
    assert HOW_SCHOOL_SV in lines[2]
    assert WELCOME_SV not in second.stdout
    assert "Vad går bra i skolan?" in second.stdout
    store = store_of(tmp_path)
    session = store.by_name("again")
    assert session.status == "paused"
    assert session.state["answers"] == {"areas": ["school"], "area-how[school]": "4"}
    store.conn.close()


def test_a_finished_session_stays_finished(tmp_path: Path):
    chat(tmp_path, ["", "/skip", "1", "ok"], "--session", "done")
    again = chat(tmp_path, ["1"], "--session", "done")
    assert again.returncode == 0
    assert DONE_SV in again.stdout
    assert MEETING_SV not in again.stdout


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("delaktig: ")
    for fragment in fragments:
        assert fragment in lines[0]


def test_unknown_dialog_exits_2_with_a_suggestion(tmp_path: Path):
    result = delaktig(tmp_path, "chat", "--dialog", "dmeo", "--db", str(tmp_path / "x.db"))
    assert_one_line_error(result, "no dialog `dmeo`", "did you mean `demo`?")


def test_unwritable_db_exits_2(tmp_path: Path):
    (tmp_path / "a-file").write_text("x")
    result = delaktig(
        tmp_path, "chat", "--dialog", "demo", "--db", str(tmp_path / "a-file" / "d.db")
    )
    assert_one_line_error(result, "cannot open the database")


def test_newer_schema_exits_2(tmp_path: Path):
    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    result = delaktig(tmp_path, "chat", "--dialog", "demo", "--db", str(db), lines=[""])
    assert_one_line_error(result, "schema 99", "newer")


def test_dialogs_lists_demo(tmp_path: Path):
    result = delaktig(tmp_path, "dialogs")
    assert result.returncode == 0
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["id", "audience", "version", "steps"]
    demo = next(row.split() for row in rows if row.split()[0] == "demo")
    assert demo == ["demo", "youth", "1", "9"]


def test_lint_passes_and_json_parses(tmp_path: Path):
    result = delaktig(tmp_path, "lint")
    assert result.returncode == 0, result.stdout
    assert "0 errors" in result.stdout
    result = delaktig(tmp_path, "lint", "--json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["errors"] == []
    assert report["dialogs"]["demo"]["steps"] == 9


@pytest.mark.parametrize("steps", [2000])
def test_bench_prints_json(tmp_path: Path, steps: int):
    result = delaktig(tmp_path, "bench", "--scenario", "engine", "--steps", str(steps))
    assert result.returncode == 0, result.stderr
    engine = json.loads(result.stdout)["engine"]
    for key in (
        "memory_steps_per_s",
        "p50_us",
        "p99_us",
        "committed_steps_per_s",
        "store_steps_per_s",
        "floor_commits_per_s",
    ):
        assert engine[key] > 0, key
    assert engine["steps"] == steps
    assert engine["p50_us"] <= engine["p99_us"]


def test_a_different_key_exits_2_without_traceback(tmp_path: Path):
    assert chat(tmp_path, [""], "--session", "keyed").returncode == 0
    key_file = tmp_path / "delaktig.key"
    old = key_file.read_text()
    key_file.write_text("A" * 43 + "\n")
    assert key_file.read_text() != old
    result = chat(tmp_path, [""], "--session", "keyed")
    assert_one_line_error(result, "not the one the database was made with")


def test_pause_command_stops_reading(tmp_path: Path):
    result = chat(tmp_path, ["", "/pause", "1", "5"], "--session", "paused")
    assert result.returncode == 0
    assert result.stdout.rstrip().endswith(PAUSED_SV)
    assert HOW_SCHOOL_SV not in result.stdout
    store = store_of(tmp_path)
    session = store.by_name("paused")
    assert session.status == "paused" and session.state["answers"] == {}
    store.conn.close()

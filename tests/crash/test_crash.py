"""Crash safety: the product, as a real subprocess (`delaktig chat --invite`), is killed with
SIGKILL just before each write statement of recording a consent and of a withdrawal, then the
same database file is opened again. The state is always the old one or the new one, never half
of each; and whoever was told their answer is saved finds it saved."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from consent_support import consent_events, make_family

from bot.app import App
from bot.engine.runner import prompt_for
from tests.app_factory import make_app

CHILD = Path(__file__).parent / "child.py"
ROOT = Path(__file__).parents[2]
IDENTITY_NAME = "crash"
#: Statements that write or end a transaction: the points where a crash matters.
WRITES = ("BEGIN", "COMMIT", "ROLLBACK", "INSERT", "UPDATE", "DELETE", "SAVEPOINT", "RELEASE")


def run_child(folder: Path, crash_at: int, token: str, line: str):
    env = {**os.environ, "DELAKTIG_VAR": str(folder), "CRASH_LOG": str(folder / "statements")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    for name in ("DELAKTIG_DB", "DELAKTIG_KEY", "DELAKTIG_KEY_FILE"):
        env.pop(name, None)
    args = [str(crash_at), "chat", "--invite", token, "--session", IDENTITY_NAME]
    return subprocess.run(
        [sys.executable, str(CHILD), *args],
        input=line + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def crash_points(template: Path, token: str, line: str, tmp_path: Path) -> list[int]:
    """A dry run of the operation; the statement numbers before which a crash matters, for
    every transaction after the input was read: its BEGIN, its first and last write, its
    COMMIT, and the moment right after the COMMIT."""
    folder = tmp_path / "dry"
    shutil.copytree(template, folder)
    result = run_child(folder, 0, token, line)
    assert result.returncode == 0, result.stderr
    words = (folder / "statements").read_text().split()
    start = words.index("INPUT")
    statements = [w for w in words if w != "INPUT"]
    points: set[int] = set()
    writes: list[int] = []
    for number, word in enumerate(statements[start:], start=start + 1):
        if word == "BEGIN":
            points.add(number)
            writes = []
        elif word == "COMMIT":
            points |= {number, number + 1, *writes[:1], *writes[-1:]}
        elif word in WRITES:
            writes.append(number)
    assert statements[start:].count("COMMIT") >= 1 and len(points) >= 4, statements[start:]
    return sorted(points)


def crash_every_point(template: Path, token: str, line: str, tmp_path: Path, check) -> int:
    """Kill the child before each write of the operation; `check(app, told)` then judges the
    reopened database. Returns how many crashes were made."""
    points = crash_points(template, token, line, tmp_path)
    for point in points:
        folder = tmp_path / f"crash-{point}"
        shutil.copytree(template, folder)
        result = run_child(folder, point, token, line)
        assert result.returncode in (-signal.SIGKILL, 0), (point, result.stderr)
        app = make_app(folder)
        try:
            check(app, result.stdout)
        finally:
            app.db.conn.close()
    return len(points)


def console_line_for(app: App, session_id: str, option: str) -> str:
    """The number the console takes for `option` at the session's current question."""
    session = app.dialogs.get(session_id)
    prompt = prompt_for(app.dialogs.dialog_of(session), session.state)
    return str([o.id for o in prompt.options].index(option) + 1)


def mother_at_the_console(template: Path, events: int | None):
    """A case whose mother opened her invite at the console and gave `events` answers of the
    consent dialog (None: all of them); the app, the family, the token and her session id."""
    app = make_app(template)
    family = make_family(app)
    token = app.cases.issue_invite(family.mother.id)
    place = app.conversation.redeem(token, f"console:{IDENTITY_NAME}").place
    for event in consent_events(app, family.mother)[:events]:
        app.dialogs.handle(place.session_id, event)
    return app, family, token, place.session_id


def test_recording_a_consent_is_all_or_nothing_at_every_crash_point(tmp_path):
    template = tmp_path / "template"
    app, family, token, session_id = mother_at_the_console(template, -1)
    last = consent_events(app, family.mother)[-1]
    line = console_line_for(app, session_id, last.value)
    saved_text = app.catalog.format("sv", "sam-done")
    app.db.conn.close()
    outcomes = set()

    def check(app: App, told: str) -> None:
        done = app.dialogs.get(session_id).status == "done"
        versions = app.consent_store.versions(family.mother.id)
        assert done == bool(versions), "the last answer and the consent commit together"
        assert len(versions) <= 1
        if saved_text in told:
            assert versions, "told 'sparat' but the consent is not saved"
        outcomes.add(done)

    crashes = crash_every_point(template, token, line, tmp_path, check)
    assert outcomes == {False, True}, f"{crashes} crashes never reached both states"


def test_a_withdrawal_is_all_or_nothing_at_every_crash_point(tmp_path):
    template = tmp_path / "template"
    app, family, token, _ = mother_at_the_console(template, None)
    app.cases.issue_invite(family.child.id)  # open: the withdrawal revokes it
    done_text = app.catalog.format("sv", "withdraw-done")
    app.db.conn.close()
    outcomes = set()

    def check(app: App, told: str) -> None:
        case = app.case_store.case(family.case.id)
        facts = {
            "case withdrawn": case.status == "withdrawn",
            "consent withdrawn": bool(app.consent_store.latest(family.mother.id).withdrawn_at),
            "child's invite revoked": all(
                i.revoked_at for i in app.case_store.invites(family.child.id)
            ),
            "coordinator told": any(
                n["kind"] == "consent-withdrawn" for n in app.case_store.notifications(case.unit_id)
            ),
        }
        assert len(set(facts.values())) == 1, f"half a withdrawal: {facts}"
        if done_text in told:
            assert case.status == "withdrawn", "told it is done, but it is not"
        outcomes.add(case.status)

    crashes = crash_every_point(template, token, "/aterkalla ja", tmp_path, check)
    assert outcomes == {"open", "withdrawn"}, f"{crashes} crashes never reached both states"

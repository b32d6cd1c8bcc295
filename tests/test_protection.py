"""Protecting the data: invite tokens, rate-limited redemption, identity binding, the
append-only audit log and no personnummer. Real SQLite file throughout."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.services.cases import (
    REDEEM_LIMIT,
    CaseError,
    CaseService,
    InvalidInvite,
    TooManyAttempts,
    check_label,
)
from bot.services.ratelimit import FailureWindow
from tests.app_factory import make_app
from tests.consent_support import make_family, run_child, run_consent


class WallClock:
    """An injectable UTC clock for CaseService."""

    def __init__(self):
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def family(app):
    return make_family(app)


def service(app, clock=None, limiter=None) -> CaseService:
    kwargs = {"clock": clock} if clock else {}
    limiter = limiter or app.cases.redeem_limiter
    return CaseService(app.case_store, app.dialogs, app.audit, redeem_limiter=limiter, **kwargs)


def window(app, clock, limit: int) -> FailureWindow:
    return FailureWindow(app.login_failures, app.cipher.tag, "redeem", limit, clock=clock)


# ── tokens ──────────────────────────────────────────────────────────────────────────────────


def test_tokens_are_long_random_base64url_and_stored_only_as_hash(app, family):
    tokens = {app.cases.issue_invite(family.child.id) for _ in range(20)}
    assert len(tokens) == 20
    for token in tokens:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", token)
        assert len(token) <= 64
        assert len(token) * 6 >= 128  # base64url carries 6 bits a character
    app.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(
        p.read_bytes()
        for p in app.settings.db_path.parent.iterdir()
        if p.name.startswith(app.settings.db_path.name)
    )
    assert not any(token.encode() in raw for token in tokens)


def test_unknown_expired_used_revoked_and_tampered_tokens_get_one_answer(app, family):
    clock = WallClock()
    cases = service(app, clock)
    messages = set()

    def refused(token, identity="web:other"):
        with pytest.raises(InvalidInvite) as exc:
            cases.redeem(token, identity)
        messages.add(str(exc.value))

    refused("no-such-token")
    good = cases.issue_invite(family.child.id)
    tampered = good[:-1] + ("A" if good[-1] != "A" else "B")
    refused(tampered)
    refused(good + "x")
    refused(None)

    used = cases.issue_invite(family.mother.id)
    cases.redeem(used, "telegram:100")
    refused(used, "telegram:200")
    assert cases.redeem(used, "telegram:100").participant.id == family.mother.id  # resumes

    revoked = cases.issue_invite(family.father.id)
    cases.revoke_invites(family.father.id)
    refused(revoked)

    expiring = cases.issue_invite(family.child.id)
    clock.now += timedelta(days=14, seconds=1)
    refused(expiring)
    assert len(messages) == 1


def test_an_invite_is_single_use_and_a_new_one_revokes_the_old(app, family):
    first = app.cases.issue_invite(family.child.id)
    second = app.cases.issue_invite(family.child.id)
    with pytest.raises(InvalidInvite):
        app.cases.redeem(first, "web:a")
    app.cases.redeem(second, "web:a")
    with pytest.raises(InvalidInvite):
        app.cases.redeem(second, "web:b")


# ── rate limiting ───────────────────────────────────────────────────────────────────────────


def test_failures_are_counted_per_source_and_forgotten_after_the_window(app):
    clock = WallClock()
    limiter = window(app, clock, limit=3)
    for _ in range(3):
        assert limiter.allowed("1.2.3.4")
        limiter.hit("1.2.3.4")
    assert not limiter.allowed("1.2.3.4")
    assert limiter.allowed("5.6.7.8")
    clock.now += timedelta(minutes=10)
    assert not limiter.allowed("1.2.3.4")
    clock.now += timedelta(minutes=5, seconds=1)
    assert limiter.allowed("1.2.3.4")
    stored = app.db.conn.execute("SELECT throttle_key FROM login_failures").fetchall()
    assert len(stored) == 3 and all("1.2.3.4" not in key for (key,) in stored)


def test_redemption_is_rate_limited_per_source(app, family):
    clock = WallClock()
    cases = service(app, limiter=window(app, clock, limit=3))
    token = cases.issue_invite(family.child.id)
    for n in range(3):
        with pytest.raises(InvalidInvite):
            cases.redeem(f"guess-{n}", "web:x", source="198.51.100.7")
    with pytest.raises(TooManyAttempts):
        cases.redeem(token, "web:x", source="198.51.100.7")  # even a good token waits
    assert cases.redeem(token, "web:y", source="203.0.113.9").participant.id == family.child.id
    clock.now += timedelta(minutes=16)
    other = cases.issue_invite(family.mother.id)
    assert cases.redeem(other, "web:x", source="198.51.100.7").participant.id == family.mother.id


def test_every_worker_counts_the_same_failed_redemptions(tmp_path, family, app):
    """Two app processes on one database (two workers): guesses sent to either count
    together, so a second worker does not double the guesses allowed. The guesses are counted
    after the failed redemption was undone, also through the conversation layer."""
    other = make_app(tmp_path)
    assert other is not app and other.settings.database == app.settings.database
    for n, worker in enumerate([app, other] * (REDEEM_LIMIT // 2)):
        with pytest.raises(InvalidInvite):
            worker.conversation.redeem(f"guess-{n}", f"web-link:{n}", source="198.51.100.7")
    token = app.cases.issue_invite(family.child.id)
    for worker in (app, other):
        with pytest.raises(TooManyAttempts):
            worker.cases.redeem(token, "web:x", source="198.51.100.7")
    assert other.cases.redeem(token, "web:x", source="203.0.113.9").participant.id


# ── identity binding ────────────────────────────────────────────────────────────────────────


def test_a_participant_is_bound_to_one_identity(app, family):
    token = app.cases.issue_invite(family.child.id)
    redeemed = app.cases.redeem(token, "telegram:111")
    assert app.cases.participant_for_identity("telegram:111").id == family.child.id
    assert app.cases.participant_for_identity("telegram:222") is None
    with pytest.raises(InvalidInvite):
        app.cases.redeem(token, "telegram:222")
    stored = app.case_store.participant(family.child.id)
    assert stored.identity_hash and "111" not in stored.identity_hash
    # the same chat resumes the same session
    assert app.cases.redeem(token, "telegram:111").session_id == redeemed.session_id


# ── audit log ───────────────────────────────────────────────────────────────────────────────


def test_the_audit_log_is_append_only(app, family):
    app.cases.issue_invite(family.child.id, actor="coordinator:3")
    before = app.audit.entries()
    for sql in ("UPDATE audit_log SET actor = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            app.db.conn.execute(sql)
    assert app.audit.entries() == before
    assert {"case.create", "participant.add", "invite.issue"} <= {e["action"] for e in before}


def test_coordinator_reads_exports_changes_and_consent_events_are_audited(app, family):
    run_consent(app, family.mother)
    app.consent.add_actor_outside_scope(family.case.id, {"id": "hab", "label": "Hab"}, "coord:1")
    session = app.dialogs.get(
        run_child(app, family.child, hard="a", good="b", friends="c", message="d")
    )
    app.sharing.answers_for(session, "coordinator", actor="coord:1")
    app.person.export(family.child.id, actor="coord:1")
    app.consent.withdraw(family.case.id, family.mother.id)
    actions = [e["action"] for e in app.audit.entries()]
    for action in (
        "consent.give",
        "consent.ask-actor",
        "answers.read",
        "person.export",
        "consent.withdraw",
    ):
        assert action in actions


# ── no personnummer ─────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "label",
    [
        "121212-1212",
        "19121212-1212",
        "1212121212",
        "191212121212",
        "121212+1212",
        "121212 1212",
        "Ärende 20121212-1212 Norr",
    ],
)
def test_labels_that_look_like_a_personnummer_are_refused(app, label):
    with pytest.raises(CaseError, match="personnummer"):
        check_label(label)
    unit = app.case_store.unit_id("Enheten", create=True)
    with pytest.raises(CaseError):
        app.cases.create_case(unit, label)
    assert app.db["cases"].count == 0


@pytest.mark.parametrize("label", ["Fjärilen 2026", "Team 12-34", "Ärende 7 vt 2026"])
def test_pseudonyms_are_accepted(label):
    assert check_label(label) == label


def test_no_column_anywhere_holds_a_personnummer(app, family):
    suspicious = re.compile(r"personn|pnr|ssn|social_security|birth", re.I)
    for table in app.db.table_names():
        for column in app.db[table].columns_dict:
            assert not suspicious.search(column), f"{table}.{column}"

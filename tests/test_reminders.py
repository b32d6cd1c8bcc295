"""Reminders: the pure schedule (times, quiet hours, stops), claims that survive a restart, and
the runner sending each reminder once through the inbox notifier on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import App
from bot.runtime.reminder_job import InboxNotifier, ReminderRunner
from bot.services import reminders as schedule
from storage.inbox import InboxStore
from storage.reminders import ReminderStore
from tests.app_factory import make_app
from tests.consent_support import make_family

STHLM = schedule.STOCKHOLM


def at(text: str) -> datetime:
    """A Stockholm wall-clock time as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=STHLM)


def facts(**changes) -> schedule.CaseFacts:
    people = (
        schedule.Person(1, "child", True, False),
        schedule.Person(2, "guardian", True, False),
        schedule.Person(3, "guardian", False, False),  # never joined: nothing to send to
    )
    values = dict(
        case_id=7,
        status="open",
        meeting_date="2026-11-20",
        follow_up_date="2027-02-15",
        people=people,
    )
    return schedule.CaseFacts(**(values | changes))


def keys(reminders) -> list[str]:
    return [r.key for r in reminders]


def test_the_evaluation_invitation_comes_the_next_morning_at_ten():
    assert schedule.due(facts(), at("2026-11-21T09:59"), set()) == []
    due = schedule.due(facts(), at("2026-11-21T10:00"), set())
    assert keys(due) == ["evaluation-invite:1:2026-11-20", "evaluation-invite:2:2026-11-20"]
    assert due[0].args["dialog"] == "utvardering-barn"
    assert due[1].args["dialog"] == "utvardering-vardnadshavare"
    assert due[0].due_at == datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # winter: UTC+1


def test_one_more_reminder_three_days_later_only_after_the_invitation_then_no_more():
    later = at("2026-11-24T10:00")
    assert "evaluation-again:1:2026-11-20" not in keys(schedule.due(facts(), later, set()))
    sent = {"evaluation-invite:1:2026-11-20", "evaluation-invite:2:2026-11-20"}
    assert keys(schedule.due(facts(), later, sent)) == [
        "evaluation-again:1:2026-11-20",
        "evaluation-again:2:2026-11-20",
    ]
    sent |= {"evaluation-again:1:2026-11-20", "evaluation-again:2:2026-11-20"}
    assert schedule.due(facts(), at("2026-12-01T12:00"), sent) == []


def test_someone_who_has_answered_gets_no_evaluation_reminder():
    people = (schedule.Person(1, "child", True, True),)
    assert schedule.due(facts(people=people), at("2026-11-21T12:00"), set()) == []


@pytest.mark.parametrize("local", ["2026-11-21T20:00", "2026-11-21T23:30", "2026-11-22T07:59"])
def test_quiet_hours(local):
    assert schedule.in_quiet_hours(at(local))
    assert schedule.due(facts(), at(local), set()) == []


def test_quiet_hours_follow_stockholm_summer_time():
    summer = datetime(2026, 7, 1, 6, 30, tzinfo=UTC)  # 08:30 in Stockholm
    assert not schedule.in_quiet_hours(summer)
    assert schedule.in_quiet_hours(datetime(2026, 7, 1, 5, 30, tzinfo=UTC))
    assert schedule.local_at(datetime(2026, 7, 1).date()) == datetime(2026, 7, 1, 8, tzinfo=UTC)


@pytest.mark.parametrize("changes", [{"status": "withdrawn", "withdrawn": True},
                                     {"status": "closed"}])  # fmt: skip
def test_nothing_after_a_withdrawal_or_after_closing(changes):
    assert schedule.due(facts(**changes), at("2026-11-21T12:00"), set()) == []
    assert schedule.due(facts(**changes), at("2027-02-09T12:00"), set()) == []


def test_before_the_follow_up_guardians_are_asked_about_their_consent():
    due = schedule.due(facts(), at("2027-02-08T10:00"), set())
    follow = [r for r in due if r.kind == "follow-up"]
    assert keys(follow) == ["follow-up:1:2027-02-15", "follow-up:2:2027-02-15"]
    child, guardian = follow
    assert [m for m, _ in schedule.messages(child)] == [
        "reminder-follow-up",
        "reminder-anything-new",
    ]
    assert [m for m, _ in schedule.messages(guardian)] == [
        "reminder-follow-up",
        "reminder-consent-still",
        "reminder-anything-new",
    ]
    # A follow-up that has passed while the server was down is not announced any more.
    assert [r for r in schedule.due(facts(), at("2027-02-16T10:00"), set())
            if r.kind == "follow-up"] == []  # fmt: skip


def test_a_claim_is_taken_once_and_a_stale_claim_can_be_taken_over(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app)
    store = ReminderStore(app.db)
    args = ("k1", family.case.id, family.child.id, "evaluation-invite", "2026-11-21T09:00")
    assert store.claim(*args, now="2026-11-21T09:00", stale_before="2026-11-21T08:45")
    assert not store.claim(*args, now="2026-11-21T09:01", stale_before="2026-11-21T08:46")
    # The sender died before marking it sent: after the stale time another sender may take it.
    assert store.claim(*args, now="2026-11-21T09:20", stale_before="2026-11-21T09:05")
    store.mark_sent("k1", "2026-11-21T09:20")
    assert not store.claim(*args, now="2026-11-22T09:00", stale_before="2026-11-22T08:45")
    assert store.sent_keys(family.case.id) == {"k1"}
    app.db.conn.close()


def joined_family(app: App):
    family = make_family(app)
    app.case_store.update_case(family.case.id, meeting_date="2026-11-20")
    for person in (family.mother, family.child):
        app.cases.redeem(app.cases.issue_invite(person.id), f"web:device-{person.id}")
    return family


async def test_a_reminder_due_while_the_server_was_down_is_sent_once_after_restart(tmp_path):
    first = make_app(tmp_path)
    family = joined_family(first)
    now = {"t": at("2026-11-21T10:05")}
    runner = ReminderRunner(first, [InboxNotifier(InboxStore(first.db))], lambda: now["t"])
    assert sorted(await runner.run_once()) == [
        f"evaluation-invite:{family.mother.id}:2026-11-20",
        f"evaluation-invite:{family.child.id}:2026-11-20",
    ]
    assert await runner.run_once() == []
    first.db.conn.close()  # the server stops; the second reminder falls due meanwhile

    second = make_app(tmp_path)  # the restart: a new process on the same file
    inbox = InboxStore(second.db)
    runner = ReminderRunner(second, [InboxNotifier(inbox)], lambda: now["t"])
    now["t"] = at("2026-11-24T22:00")  # back up late in the evening: quiet hours
    assert await runner.run_once() == []
    now["t"] = at("2026-11-25T08:00")
    assert sorted(await runner.run_once()) == [
        f"evaluation-again:{family.mother.id}:2026-11-20",
        f"evaluation-again:{family.child.id}:2026-11-20",
    ]
    assert await runner.run_once() == []
    now["t"] = at("2026-11-26T12:00")
    assert await runner.run_once() == []
    kinds = [item.kind for item in inbox.items(family.child.id)]
    assert kinds == ["evaluation-invite", "evaluation-again"]
    # The father never joined, so nothing waits for him.
    assert inbox.items(family.father.id) == []
    second.db.conn.close()


async def test_withdrawal_stops_reminders(tmp_path):
    app = make_app(tmp_path)
    family = joined_family(app)
    app.consent.withdraw(family.case.id, family.mother.id)
    runner = ReminderRunner(
        app, [InboxNotifier(InboxStore(app.db))], lambda: at("2026-11-21T11:00")
    )
    assert await runner.run_once() == []
    app.db.conn.close()


def test_the_retention_purge_takes_the_plan_reminders_inbox_and_free_text_but_not_the_counts(
    tmp_path,
):
    from bot.domain import Response
    from storage.unit_of_work import atomic
    from tests.after_support import PLAN

    app = make_app(tmp_path)
    family = joined_family(app)
    app.plans.save(family.case.id, PLAN, "coordinator:1")
    ReminderStore(app.db).claim("k", family.case.id, family.child.id, "x", "t", "t", "t")
    InboxStore(app.db).add(family.child.id, "evaluation-invite", {})
    response = Response("child", "2026-11-21", {"could-say": "good"}, True, {"good": "Bra"})
    app.evaluation_store.add("s1", "p1", family.case.unit_id, family.case.id, response)
    with atomic(app.db):
        app.db.execute(
            "UPDATE cases SET status = 'closed', closed_at = '2026-01-01', updated_at = "
            "'2026-01-01' WHERE id = ?",
            [family.case.id],
        )
    app.retention.purge(30, now=datetime(2026, 12, 1, tzinfo=UTC))
    for table in ("plans", "reminders", "inbox", "evaluation_texts", "cases"):
        assert app.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    kept = app.evaluation_store.responses(family.case.unit_id)
    assert [(r.scores, r.texts) for r in kept] == [({"could-say": "good"}, {})]
    app.db.conn.close()

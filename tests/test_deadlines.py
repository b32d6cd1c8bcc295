"""SIP deadlines from dates alone, with Swedish public holidays (seeds 001 and 003)."""

from datetime import date

from bot.services.deadlines import add_working_days, deadline_flags, is_working_day


def flag_ids(**dates) -> set[str]:
    values = {
        "today": date(2026, 5, 20),
        "need_noticed": None,
        "meeting": None,
        "invitation_sent": None,
        "plan_sent": None,
        "follow_up": None,
    } | dates
    return {f.id for f in deadline_flags(**values)}


def test_ascension_day_is_not_a_working_day():
    assert not is_working_day(date(2026, 5, 14))  # Kristi himmelfärdsdag, a Thursday
    assert is_working_day(date(2026, 5, 15))


def test_plan_deadline_skips_the_holiday_and_the_weekend():
    # Meeting Tuesday 12 May 2026: Wed 13, (Thu 14 holiday), Fri 15, Mon 18, Tue 19.
    assert add_working_days(date(2026, 5, 12), 4) == date(2026, 5, 19)


def test_midsummer_eve_and_christmas_eve_count_as_days_off():
    assert not is_working_day(date(2026, 6, 19))
    assert not is_working_day(date(2026, 12, 24))


def test_plan_sent_on_the_fourth_working_day_is_on_time_across_the_holiday():
    meeting = date(2026, 5, 12)
    assert "plan-late" not in flag_ids(meeting=meeting, plan_sent=date(2026, 5, 19))
    assert "plan-late" in flag_ids(meeting=meeting, plan_sent=date(2026, 5, 20))


def test_plan_not_sent_is_late_only_after_the_deadline():
    meeting = date(2026, 5, 12)
    assert "plan-late" not in flag_ids(today=date(2026, 5, 19), meeting=meeting)
    assert "plan-late" in flag_ids(today=date(2026, 5, 20), meeting=meeting)


def test_meeting_more_than_30_days_after_the_need_was_noticed():
    noticed = date(2026, 4, 1)
    assert "meeting-late" not in flag_ids(need_noticed=noticed, meeting=date(2026, 5, 1))
    assert "meeting-late" in flag_ids(need_noticed=noticed, meeting=date(2026, 5, 2))
    assert "meeting-late" in flag_ids(today=date(2026, 5, 2), need_noticed=noticed)


def test_invitation_less_than_three_weeks_before_the_meeting():
    meeting = date(2026, 6, 10)
    assert "invitation-late" not in flag_ids(meeting=meeting, invitation_sent=date(2026, 5, 20))
    assert "invitation-late" in flag_ids(meeting=meeting, invitation_sent=date(2026, 5, 21))
    assert "invitation-late" in flag_ids(today=date(2026, 5, 21), meeting=meeting)


def test_no_follow_up_date_after_the_meeting():
    assert "no-follow-up" not in flag_ids(meeting=date(2026, 5, 21))
    assert "no-follow-up" in flag_ids(meeting=date(2026, 5, 12))
    assert "no-follow-up" not in flag_ids(
        meeting=date(2026, 5, 12), follow_up=date(2026, 8, 1), plan_sent=date(2026, 5, 13)
    )

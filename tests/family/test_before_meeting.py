"""The child's page about the meeting ("Före mötet", #17): who is coming (the people the
coordinator entered, each with the picture of their kind of work), when and where, from the
case; plainly "not decided yet" without them; a protected person never named or placed; a
changed case reaches a session already open. Real HTTP on loopback, real SQLite."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conformance.drivers import WebDriver
from conformance.harness import Action

from bot.services.case_form import parse_actors, validate_case

A = Action.parse
PEOPLE = "Anna lärare; Omar skolsköterska; Lena socialsekreterare; Maria kontaktperson"


@pytest.fixture
async def child(tmp_path):
    driver = WebDriver(tmp_path)
    yield driver
    await driver.close()


def new_case(driver: WebDriver, **values):
    unit = driver.app.case_store.unit_id("Testenheten", create=True)
    case = driver.app.cases.create_case(unit, "Fjärilen 2026", **values)
    driver.server.case_id = case.id
    return case


async def about_meeting(driver: WebDriver) -> str:
    """Open the child's invite and go on from the welcome to the page about the meeting."""
    await driver.start("min-rost-barn", "sv")
    return await driver.act(A("continue"))


def people(driver: WebDriver) -> list[tuple[str, str]]:
    """The people listed on the page: (picture, words), in order."""
    listed = re.search(r'<ul class="people"[^>]*>(.*?)</ul>', driver.page.html, re.S)
    items = (
        re.findall(r'<img src="/p/([a-z-]+)\.svg"[^>]*><span>([^<]*)</span>', listed[1])
        if listed
        else []
    )
    return items


async def test_the_page_says_when_where_and_who_is_coming_with_pictures(child):
    new_case(child, actors=parse_actors(PEOPLE), meeting_date="2026-05-12",
             meeting_time="14:00", meeting_place="Skolans bibliotek")  # fmt: skip
    text = await about_meeting(child)
    assert "Mötet är tisdag 12 maj klockan 14:00." in text
    assert "Platsen är Skolans bibliotek." in text
    assert "På mötet gör vuxna en plan med din familj." in text
    assert "Efter mötet får du planen med enkla ord." in text
    assert "De här vuxna kommer:" in text
    assert people(child) == [
        ("teacher", "Anna lärare"), ("care", "Omar skolsköterska"),
        ("social-worker", "Lena socialsekreterare"), ("social-worker", "Maria kontaktperson"),
    ]  # fmt: skip
    # The page still only tells: one way on, nothing to pick.
    assert child.main_form().inputs and not [
        i for i in child.main_form().inputs if i.get("name") in ("pick", "choice")
    ]


async def test_without_a_day_a_place_or_people_the_page_says_so(child):
    new_case(child)
    text = await about_meeting(child)
    assert "Dagen för mötet är inte bestämd än." in text
    assert "Platsen är inte bestämd än." in text
    assert "Samordnaren berättar snart vilka vuxna som kommer." in text
    assert people(child) == [] and 'class="people"' not in child.page.html


async def test_a_protected_person_is_never_named_or_placed_and_changes_reach_the_page(child):
    app = child.app
    case = new_case(child, actors=parse_actors(PEOPLE), meeting_date="2026-05-12",
                    meeting_time="14:00", meeting_place="Mormors lägenhet")  # fmt: skip
    mother = app.cases.add_participant(case.id, "guardian", "samtycke-vardnadshavare",
                                       name="Maria")  # fmt: skip
    app.case_store.update_case(case.id, meeting_place_given_by=mother.id)
    text = await about_meeting(child)
    assert "Mormors lägenhet" in text and "Maria kontaktperson" in text
    # The coordinator marks the mother as protected: the open page loses her name and place.
    app.cases.set_protected(mother.id, True)
    text = await child.get("/f")
    assert "Mormors lägenhet" not in text and "Platsen är inte bestämd än." in text
    assert "Maria" not in text
    assert [words for _, words in people(child)][:3] == [
        "Anna lärare",
        "Omar skolsköterska",
        "Lena socialsekreterare",
    ]  # the others still come
    # The coordinator moves the meeting: the child reads the new day.
    user = app.users.add("coord", "Testenheten", "a-long-test-password")
    form = {"label": case.label, "need_noticed": "2026-04-01", "meeting_date": "2026-05-19",
            "meeting_time": "09:30", "meeting_place": "Skolan", "actors": PEOPLE}  # fmt: skip
    result = validate_case(form, date(2026, 4, 10), set(), new=False)
    assert result.ok, result.errors
    app.workspace.update(user, app.case_store.case(case.id), result)
    text = await child.get("/f")
    assert "Mötet är tisdag 19 maj klockan 09:30." in text

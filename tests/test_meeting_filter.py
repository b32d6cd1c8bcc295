"""One sharing filter for everything the meeting sees: the child's share choice, the guardians'
consent scope and protected identity, in the pack (HTML, JSON, PDF, DOCX) and the Min röst page;
the coordinator is told which shared questions were held back and why. Real SQLite file, real
dialogs, real exports read back with pypdf and python-docx."""

from __future__ import annotations

import html
import json

import pytest

from bot.engine.model import Kind
from bot.engine.runner import Event, EventKind, prompt_for
from bot.services.consent import ConsentScope
from bot.services.packs import INVITATION
from bot.services.prep_pack import COORDINATOR, MEETING, question_of
from bot.services.sharing import (
    DO_NOT_RAISE,
    NOT_CONSENTED,
    HeldBack,
    SharingRefused,
    for_meeting,
)
from bot.web import min_rost
from tests.app_factory import make_app
from tests.test_prep_pack import docx_text, pdf_text
from tests.workspace_factory import Seeded, seed_case

DIALOG = "min-rost-ungdom"
#: A word in every free-text answer about that area.
CANARY = {"school": "SKOL-1111", "friends": "KOMPIS-2222", "free-time": "FRITID-3333"}
MESSAGE = "Lyssna på mig"
AREA_STEPS = ("area-how", "area-good", "area-hard", "area-better")

#: School may be raised; friends are outside the consent; free time must not be raised.
SCOPE = ConsentScope(
    actors=(),
    own_actors=(),
    areas=("school", "free-time"),
    not_raise_areas=("free-time",),
    not_raise_text=None,
    until=None,
)


def answer(value=None) -> Event:
    return Event(EventKind.ANSWER, value)


def prepare(app, seeded: Seeded) -> str:
    """The youth answers Min röst about school, friends and free time (one text per question
    about an area, a message, nothing else) and shares everything with the meeting."""
    app.case_store.update_participant(seeded.child.id, dialog_id=DIALOG)
    session_id = app.cases.redeem(app.cases.issue_invite(seeded.child.id), "web:test").session_id
    session = app.dialogs.get(session_id)
    dialog = app.dialogs.dialog_of(session)
    while (prompt := prompt_for(dialog, session.state)).kind is not Kind.END:
        if prompt.step == "areas":
            event = answer(list(CANARY))
        elif prompt.step == "area-how":
            event = answer("4")
        elif prompt.step in AREA_STEPS:
            event = answer(f"{CANARY[prompt.item]} {prompt.step}")
        elif prompt.step == "message":
            event = answer(MESSAGE)
        elif prompt.kind is Kind.REVIEW:
            event = answer(dict.fromkeys(session.state["answers"], "meeting"))
        elif prompt.kind is Kind.INFO:
            event = answer()
        else:
            event = Event(EventKind.SKIP)
        session, _ = app.dialogs.handle(session_id, event)
    assert session.status == "done"
    return session_id


@pytest.fixture
def ready(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    session_id = prepare(app, seeded)
    for guardian in seeded.guardians:
        app.consent.record(seeded.case.id, guardian.id, SCOPE, "test", "sv")
    return app, seeded, session_id


def words(app, msg_id: str, **args) -> str:
    return app.catalog.translator("sv")(msg_id, **args)


def without_markings(text: str) -> str:
    """The PDF's text without the marking in each page's header and footer (a wrapped line may
    go on over a page break)."""
    return "\n".join(line for line in text.splitlines() if "Sekretess – endast" not in line)


def flat(text: str) -> str:
    """Without whitespace: PDF lines wrap anywhere."""
    return "".join(text.split())


def export(app, case_id: int, fmt: str, document: str = MEETING) -> bytes:
    return app.packs.export("coord", case_id, fmt, document).body


def question(app, session_id: str, step: str, item: str = "") -> str:
    dialog = app.dialogs.dialog_of(app.dialogs.get(session_id))
    return question_of(dialog, step, item, app.catalog.translator("sv"))


def excluded_questions(app, session_id: str) -> list[str]:
    return [
        question(app, session_id, step, area)
        for area in ("friends", "free-time")
        for step in AREA_STEPS
    ]


def held_back_lines(app, session_id: str) -> list[str]:
    """What the coordinator is told, in order: the two areas taken out of the list of areas,
    then every question about friends (no consent), then about free time (not to raise)."""
    areas = question(app, session_id, "areas")
    lines = [
        words(
            app,
            f"pack-held-back-{reason}",
            question=words(app, "pack-held-back-choice", question=areas, area=label),
        )
        for reason, label in ((NOT_CONSENTED, "Kompisar"), (DO_NOT_RAISE, "Fritiden"))
    ]
    for area, reason in (("friends", NOT_CONSENTED), ("free-time", DO_NOT_RAISE)):
        lines += [
            words(app, f"pack-held-back-{reason}", question=question(app, session_id, step, area))
            for step in AREA_STEPS
        ]
    return lines


def assert_meeting_part_clean(app, session_id: str, meeting: str, fmt: str) -> None:
    """No answer or question about friends or free time; no friends anywhere; school kept."""
    text = flat(meeting).lower()
    assert CANARY["friends"].lower() not in text, fmt
    assert CANARY["free-time"].lower() not in text, fmt
    for excluded in excluded_questions(app, session_id):
        assert flat(excluded).lower() not in text, (fmt, excluded)
    assert "kompisar" not in text, fmt
    assert CANARY["school"].lower() in text, fmt


def test_the_pack_in_html_and_pdf_keeps_excluded_areas_out_of_the_meeting_document(ready):
    app, seeded, session_id = ready
    meeting = html.unescape(export(app, seeded.case.id, "html").decode())
    coordinator = html.unescape(export(app, seeded.case.id, "html", COORDINATOR).decode())
    assert_meeting_part_clean(app, session_id, meeting, "html")
    areas_answer = f'{question(app, session_id, "areas")}</dt><dd class="answer">'
    assert meeting.split(areas_answer)[1].split("</dd>")[0] == "Skolan"
    for line in held_back_lines(app, session_id):
        assert line in coordinator, line
        assert line not in meeting, line

    meeting = pdf_text(export(app, seeded.case.id, "pdf"))
    coordinator = pdf_text(export(app, seeded.case.id, "pdf", COORDINATOR))
    assert_meeting_part_clean(app, session_id, meeting, "pdf")
    for line in held_back_lines(app, session_id):
        assert flat(line) in flat(without_markings(coordinator)), line


def test_the_json_pack_lists_only_consented_areas_and_says_what_was_held_back(ready):
    app, seeded, session_id = ready
    data = json.loads(export(app, seeded.case.id, "json"))
    youth = data["voices"][0]
    held_back = json.loads(export(app, seeded.case.id, "json", COORDINATOR))["people"][0]
    meeting = json.dumps([youth["sections"], data["invitation"]], ensure_ascii=False)
    assert_meeting_part_clean(app, session_id, meeting, "json")
    areas = [a for s in youth["sections"] for a in s["answers"] if a["step"] == "areas"]
    assert [a["answer"] for a in areas] == ["Skolan"]  # the old filter kept all three areas
    assert [h["text"] for h in held_back["held_back"]] == held_back_lines(app, session_id)
    assert "held_back" not in youth and "coordinator_only" not in youth
    everything = json.dumps(data, ensure_ascii=False)
    assert CANARY["friends"] not in everything and CANARY["free-time"] not in everything


def test_the_invitation_docx_holds_nothing_about_excluded_areas(ready):
    app, seeded, session_id = ready
    invitation = docx_text(export(app, seeded.case.id, "docx", INVITATION))
    assert MESSAGE in invitation  # the message is the invitation's purpose
    assert f"{CANARY['school']} area-better" in invitation  # a question for the meeting
    assert_meeting_part_clean(app, session_id, invitation, "docx")
    assert words(app, "pack-held-back-title") not in invitation  # the coordinator's, not theirs


def test_the_min_rost_page_goes_through_the_same_filter(ready):
    app, seeded, session_id = ready
    session = app.dialogs.get(session_id)
    dialog = app.dialogs.dialog_of(session)
    meeting = app.sharing.for_meeting(session, dialog, actor=f"participant:{seeded.child.id}")
    t = app.catalog.translator("sv")
    page = min_rost.build_page(dialog, session.state, meeting, t, app.manifest)
    answers = {e.question: e.answer for e in page.entries}
    assert answers[question(app, session_id, "areas")] == "Skolan"
    assert MESSAGE in answers.values()
    pdf = pdf_text(min_rost.render_pdf(page, t, app.pictogram_cache, app.manifest))
    assert_meeting_part_clean(app, session_id, pdf, "min röst pdf")
    assert "answers.read" in [e["action"] for e in app.audit.entries(f"case:{seeded.case.id}")]


def test_the_filter_reports_each_held_back_answer_with_its_reason(ready):
    app, _, session_id = ready
    session = app.dialogs.get(session_id)
    result = for_meeting(app.dialogs.dialog_of(session), session.state, SCOPE)
    kept = {a.key: a.value for a in result.kept}
    assert kept["areas"] == ["school"]
    assert {f"{step}[school]" for step in AREA_STEPS} <= set(kept)
    assert not [key for key in kept if "[friends]" in key or "[free-time]" in key]
    assert result.held_back == (
        HeldBack("areas", "areas", "", NOT_CONSENTED, "friends"),
        HeldBack("areas", "areas", "", DO_NOT_RAISE, "free-time"),
        *(HeldBack(f"{s}[friends]", s, "friends", NOT_CONSENTED) for s in AREA_STEPS),
        *(HeldBack(f"{s}[free-time]", s, "free-time", DO_NOT_RAISE) for s in AREA_STEPS),
    )


def test_without_a_consent_no_life_area_reaches_the_meeting(ready):
    app, _, session_id = ready
    session = app.dialogs.get(session_id)
    result = for_meeting(app.dialogs.dialog_of(session), session.state, None)
    assert "areas" not in {a.key for a in result.kept}
    assert not [a.key for a in result.kept if a.item]
    assert "message" in {a.key for a in result.kept}
    assert {h.reason for h in result.held_back} == {NOT_CONSENTED}


def test_a_protected_persons_free_text_is_withheld_in_place(ready):
    app, seeded, session_id = ready
    child = app.case_store.update_participant(seeded.child.id, protected=True)
    session = app.dialogs.get(session_id)
    result = for_meeting(app.dialogs.dialog_of(session), session.state, SCOPE, child)
    by_key = {a.key: a for a in result.kept}
    assert by_key["area-good[school]"].withheld and by_key["area-good[school]"].value is None
    assert by_key["areas"].value == ["school"] and not by_key["areas"].withheld
    page = html.unescape(export(app, seeded.case.id, "html").decode())
    assert CANARY["school"] not in page and MESSAGE not in page
    assert words(app, "pack-answer-withheld") in page


def test_the_meeting_is_no_audience_of_the_unfiltered_answers(ready):
    app, _, session_id = ready
    with pytest.raises(SharingRefused):
        app.sharing.answers_for(app.dialogs.get(session_id), "meeting")

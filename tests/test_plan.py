"""The SIP plan: checks, the easy-read child and guardian versions, files, the CLI."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from bot.cli import main
from bot.exports.plan import family_plan
from bot.services.plan import PlanError, easy_read, glossary_terms, parse_plan
from tests.after_support import PLAN, plan
from tests.app_factory import make_app
from tests.consent_support import make_family, run_consent


@pytest.fixture
def world(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app)
    app.case_store.update_case(family.case.id, meeting_date="2026-11-20")
    run_consent(app, family.mother, actors=("school", "bup"))
    run_consent(app, family.father, actors=("school", "bup"))
    yield app, family
    app.db.conn.close()


def test_a_plan_without_goals_is_refused_with_a_reason(world):
    app, family = world
    for data in (plan(goals=[]), {"follow_up": {"date": "2027-01-01"}}):
        with pytest.raises(PlanError) as caught:
            app.plans.save(family.case.id, data, "coordinator:1")
        assert caught.value.msg_id == "plan-error-no-goals"
        assert "at least one goal" in str(caught.value)
    assert app.plans.get(family.case.id) is None


def test_a_follow_up_before_the_meeting_is_refused(world):
    app, family = world
    with pytest.raises(PlanError) as caught:
        app.plans.save(family.case.id, plan(follow_up={"date": "2026-11-01"}), "c")
    assert caught.value.msg_id == "plan-error-follow-up-before-meeting"
    assert "2026-11-01" in str(caught.value) and "2026-11-20" in str(caught.value)


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"goals": "many"},
        plan(follow_up={"date": "next week"}),
        plan(goals=[{"title": "", "activities": []}]),
        plan(goals=[{"title": "Mål", "activities": [{"what": "Samtal"}]}]),
        plan(goals=[{"title": "x" * 700}]),
    ],
)
def test_malformed_plans_get_one_line_reasons(bad):
    with pytest.raises(PlanError) as caught:
        parse_plan(bad)
    assert "\n" not in str(caught.value)


def test_a_responsible_actor_outside_the_consent_is_a_warning(world):
    app, family = world
    saved = app.plans.save(family.case.id, plan(main_responsible="social"), "coordinator:1")
    assert saved.check.outside_consent == ("social",)
    assert [w.msg_id for w in saved.check.warnings] == ["plan-warn-outside-consent"]
    assert saved.check.warnings[0].args == {"actor": "Socialtjänsten"}
    asked = app.plans.ask_delta_consent(family.case.id, "social", "coordinator:1")
    assert sorted(asked) == sorted([family.mother.id, family.father.id])


def test_an_actor_the_case_does_not_have_is_refused(world):
    app, family = world
    with pytest.raises(PlanError) as caught:
        app.plans.save(family.case.id, plan(main_responsible="police"), "c")
    assert caught.value.msg_id == "plan-error-unknown-actor"


def test_plain_words_get_a_lix_hint_and_the_follow_up_date_reaches_the_case(world):
    app, family = world
    saved = app.plans.save(family.case.id, PLAN, "coordinator:1")
    # The family's own activity has no plain words; its formal text is hard for a child.
    assert [h.where for h in saved.check.hints] == ["goal 1 activity 2"]
    assert app.case_store.case(family.case.id).follow_up_date == "2027-02-15"


def test_the_plan_is_stored_encrypted(world):
    app, family = world
    app.plans.save(family.case.id, PLAN, "coordinator:1")
    raw = app.settings.db_path.read_bytes()
    for path in app.settings.db_path.parent.glob("delaktig.db*"):
        raw += path.read_bytes()
    assert b"Kim Exempel" not in raw and "Stödsamtal".encode() not in raw


def test_child_and_guardian_versions_come_from_the_same_plan(world):
    app, family = world
    parsed = parse_plan(PLAN)
    terms = glossary_terms(list(app.catalog.locales["sv"].messages))
    t = app.catalog.translator("sv")
    child = easy_read(parsed, family.case.actors, t, "child", terms)
    guardian = easy_read(parsed, family.case.actors, t, "guardian", terms)
    assert child.title == guardian.title == "Det här bestämde vi"
    assert child.lines[0].text == "Mål 1: Du ska vara i skolan fler dagar."
    assert guardian.lines[0].text == "Delmål 1: Du ska vara i skolan fler dagar."
    assert [line.kind for line in child.lines] == [line.kind for line in guardian.lines]
    kinds = [line.kind for line in child.lines]
    assert kinds == ["goal", "activity", "activity", "goal", "activity", "main", "follow-up",
                     "contact"]  # fmt: skip
    assert "måndag 15 februari 2027" in child.lines[6].text
    bup = child.lines[4]
    assert bup.explain[0] == "De vuxna skrev så här: Stödsamtal på BUP"
    assert any(part.startswith("BUP betyder") for part in bup.explain)
    assert any(part.startswith("Stödsamtal betyder") for part in bup.explain)
    assert all(line.explain for line in child.lines)
    english = easy_read(parsed, family.case.actors, app.catalog.translator("en"), "child", terms)
    assert english.title == "This is what we decided"
    assert "Monday 15 February 2027" in english.lines[6].text


def test_family_plan_gives_text_png_and_pdf(world):
    app, family = world
    app.plans.save(family.case.id, PLAN, "coordinator:1")
    assert family_plan(app, family.child) is None  # a draft is never the family's
    app.plans.mark_sent(family.case.id, "coordinator:1")
    delivered = family_plan(app, family.child)
    assert delivered.text.startswith("📋 Det här bestämde vi")
    assert len(delivered.text) <= 4096
    image = Image.open(io.BytesIO(delivered.png))
    assert image.format == "PNG" and image.width == 1080 and image.height > 800
    assert delivered.pdf.startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(delivered.pdf)).pages)
    assert "Det här bestämde vi" in text and "Vad betyder det?" in text
    assert family_plan(app, family.mother).view.version == "guardian"


def test_cli_set_show_and_sent(world, tmp_path, capsys):
    app, family = world
    db = str(app.settings.database)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan(main_responsible="social")), encoding="utf-8")
    assert (
        main(["plan", "set", "--case", str(family.case.id), "--file", str(path), "--db", db]) == 0
    )
    out = capsys.readouterr().out
    assert "saved plan version 1" in out
    assert "warning: Socialtjänsten is not in the consent" in out
    assert main(["plan", "show", "--case", str(family.case.id), "--db", db,
                 "--easy-read", "child"]) == 0  # fmt: skip
    assert "Mål 1: Du ska vara i skolan fler dagar." in capsys.readouterr().out
    assert main(["plan", "sent", "--case", str(family.case.id), "--db", db,
                 "--on", "2026-11-24"]) == 0  # fmt: skip
    assert app.case_store.case(family.case.id).plan_sent_on == "2026-11-24"
    path.write_text(json.dumps(plan(goals=[])), encoding="utf-8")
    assert (
        main(["plan", "set", "--case", str(family.case.id), "--file", str(path), "--db", db]) == 2
    )
    assert "at least one goal" in capsys.readouterr().err
    path.write_text("{not json", encoding="utf-8")
    assert (
        main(["plan", "set", "--case", str(family.case.id), "--file", str(path), "--db", db]) == 2
    )
    assert "not valid JSON" in capsys.readouterr().err


def test_the_optional_parts_each_read_easily_with_what_they_mean(world):
    """Seed 001's parts: how we know a goal is done, what happens while waiting for a decision,
    who comes to the follow-up, and that the child and the family said yes; each optional, each
    with "Vad betyder det?"; a plan without them reads as before (the test above)."""
    app, family = world
    goals = [{**PLAN["goals"][0], "done_when": "Du är i skolan fyra dagar av fem"}]
    data = plan(goals=goals, waiting="Du får stöd av kuratorn medan BUP utreder",
                family_agreed=True,
                follow_up={**PLAN["follow_up"], "people": "du, mamma, skolan och BUP"})  # fmt: skip
    parsed = parse_plan(data)
    assert parse_plan(parsed.to_dict()) == parsed  # stored and read back the same
    terms = glossary_terms(list(app.catalog.locales["sv"].messages))
    child = easy_read(parsed, family.case.actors, app.catalog.translator("sv"), "child", terms)
    guardian = easy_read(
        parsed, family.case.actors, app.catalog.translator("sv"), "guardian", terms
    )
    lines = {line.kind: line for line in child.lines}
    assert lines["done-when"].text == (
        "Så vet vi att det är klart: Du är i skolan fyra dagar av fem."
    )
    assert lines["waiting"].text == (
        "Tills något är bestämt: Du får stöd av kuratorn medan BUP utreder."
    )
    assert lines["follow-up-people"].text == "De som kommer då: du, mamma, skolan och BUP"
    assert lines["agreed"].text == "Du och din familj har sagt ja till planen."
    assert {line.kind: line.text for line in guardian.lines}["waiting"].startswith(
        "I väntan på beslut:"
    )
    for kind in ("done-when", "waiting", "follow-up-people", "agreed"):
        assert lines[kind].explain and all(lines[kind].explain), kind
    app.plans.save(family.case.id, data, "coordinator:1")
    app.plans.mark_sent(family.case.id, "coordinator:1")
    delivered = family_plan(app, family.child)
    assert "Tills något är bestämt" in delivered.text
    assert delivered.pdf.startswith(b"%PDF") and delivered.png.startswith(b"\x89PNG")

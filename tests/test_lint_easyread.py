"""The easy-read rules of `delaktig lint`, on the shipped content and on broken copies of it."""

import shutil
from pathlib import Path

import pytest

from bot.engine.lint import lint_content
from bot.i18n import Catalog
from bot.paths import content_root
from bot.pictograms import Manifest


@pytest.fixture
def content(tmp_path) -> Path:
    """A private copy of the shipped content to break."""
    for part in ("dialogs", "locales", "pictograms"):
        shutil.copytree(content_root() / part, tmp_path / part)
    return tmp_path


def lint(root: Path):
    return lint_content(
        root / "dialogs", Catalog(root / "locales"), Manifest(root / "pictograms/manifest.yaml")
    )


def replace_message(root: Path, lang: str, file: str, msg_id: str, text: str) -> None:
    path = root / "locales" / lang / file
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{msg_id} ="))
    end = start + 1
    while end < len(lines) and lines[end].startswith(" "):
        end += 1
    lines[start:end] = [f"{msg_id} = {text}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_shipped_content_is_within_every_limit():
    report = lint(content_root())
    assert report.errors == []
    for dialog_id in ("min-rost-barn", "min-rost-ungdom", "vad-ar-viktigt-vardnadshavare"):
        facts = report.dialogs[dialog_id]
        assert facts["lix"] <= facts["lix_limit"]
        assert len(facts["hardest"]) == 5


def test_a_long_sentence_in_a_child_dialog_is_an_error(content):
    long = "Nu ska vi prata om alla de saker som du tycker är viktiga i ditt liv just nu."
    replace_message(content, "sv", "min-rost-barn.ftl", "mrb-welcome", long)
    errors = [str(e) for e in lint(content).errors]
    assert any("min-rost-barn" in e and "sentence of 18 words" in e for e in errors)


def test_hard_words_raise_a_child_dialogs_lix_over_its_limit(content):
    hard = " ".join(["Samordningsförfarandet genomförs tillsammans."] * 2)
    path = content / "locales/sv/min-rost-barn.ftl"
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("mrb-") and " = " in line and not line.endswith("="):
            msg_id = line.split(" = ")[0]
            replace_message(content, "sv", "min-rost-barn.ftl", msg_id, hard)
    errors = [str(e) for e in lint(content).errors]
    assert any("min-rost-barn" in e and "LIX" in e and "is above 25.0" in e for e in errors)


def test_jargon_is_an_error_for_children_and_a_warning_for_guardians(content):
    replace_message(content, "sv", "min-rost-barn.ftl", "mrb-areas", "Vilken insats vill du ha?")
    replace_message(
        content, "sv", "vad-ar-viktigt-vardnadshavare.ftl", "vav-works", "Vilken insats hjälper?"
    )
    report = lint(content)
    assert any("mrb-areas" in e.where and "`insats`" in e.message for e in report.errors)
    assert any("vav-works" in w.where and "`insats`" in w.message for w in report.warnings)


def test_a_message_missing_in_english_is_an_error(content):
    path = content / "locales/en/min-rost-barn.ftl"
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("mrb-welcome =")
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert any("mrb-welcome" in e.message for e in lint(content).errors)


def test_a_button_label_too_long_for_telegram_is_an_error(content):
    replace_message(content, "en", "common.ftl", "area-school", "School and everything about it")
    replace_message(content, "en", "common.ftl", "area-home", "Home " * 8)
    errors = [str(e) for e in lint(content).errors]
    assert any("area-home" in e and "Telegram button" in e for e in errors)


def test_a_negative_picture_for_the_people_a_child_chooses_is_an_error(content):
    path = content / "dialogs/min-rost-barn.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("pictograms: [someone]\n", "pictograms: [stop]\n", 1))
    errors = [str(e) for e in lint(content).errors]
    assert any("who-not" in e and "`stop` would be drawn for every person" in e for e in errors)


def test_a_stop_sign_for_a_professional_is_an_error(content):
    roles = content / "pictograms/roles.yaml"
    roles.write_text(roles.read_text(encoding="utf-8") + "- {words: [polis], pictogram: stop}\n")
    errors = [str(e) for e in lint(content).errors]
    assert any("roles.yaml" in e and "`stop` is missing or negative" in e for e in errors)

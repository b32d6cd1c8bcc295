"""Words: Swedish first, English, per-message fallback, no isolation marks, and the lint rules
for messages missing in one or every locale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.engine.lint import lint_content
from bot.i18n import Catalog
from bot.messages import Msg
from bot.paths import locales_dir
from bot.pictograms import Manifest

SV = """
greeting = Hej { $name }!
only-sv = Bara på svenska
area-how = Hur är det { $area ->
    [school] i skolan
   *[other] på fritiden
  }?
"""
EN = """
greeting = Hello { $name }!
area-how = How are things { $area ->
    [school] at school
   *[other] in your free time
  }?
"""


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    for lang, text in (("sv", SV), ("en", EN)):
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "test.ftl").write_text(text, encoding="utf-8")
    return Catalog(tmp_path)


def test_swedish_is_the_default(catalog):
    t = catalog.translator("xx")
    assert t.lang == "sv"
    assert t(Msg("greeting", {"name": "Kim"})) == "Hej Kim!"


def test_english(catalog):
    t = catalog.translator("en")
    assert t(Msg("greeting", {"name": "Kim"})) == "Hello Kim!"
    assert t(Msg("area-how", {"area": "school"})) == "How are things at school?"
    assert t("area-how", area="free-time") == "How are things in your free time?"
    assert not t.used_fallback


def test_a_missing_english_message_falls_back_to_swedish(catalog):
    t = catalog.translator("en")
    assert t("only-sv") == "Bara på svenska"
    assert t.used_fallback
    assert not catalog.translator("sv").used_fallback


def test_no_isolation_marks(catalog):
    for lang in ("sv", "en"):
        text = catalog.translator(lang)(Msg("greeting", {"name": "Kim"}))
        assert "\u2068" not in text and "\u2069" not in text
    real = Catalog()
    for lang in ("sv", "en"):
        text = real.translator(lang)(Msg("progress", {"current": 3, "total": 9}))
        assert "3" in text and "9" in text
        assert "\u2068" not in text and "\u2069" not in text


def test_an_unknown_message_id_comes_back_as_the_id(catalog):
    t = catalog.translator("en")
    assert t("no-such-message") == "no-such-message"
    assert not t.used_fallback


def test_the_real_catalog_has_swedish_and_english():
    real = Catalog()
    assert {"sv", "en"} <= set(real.languages)
    assert real.translator("sv")("demo-meeting-yes") == "Ja"
    assert real.translator("en")("demo-meeting-yes") == "Yes"


def make_content(tmp_path: Path) -> tuple[Path, Catalog, Manifest]:
    dialogs = tmp_path / "dialogs"
    dialogs.mkdir()
    dialog = {
        "id": "lt",
        "audience": "child",
        "title": "lt-title",
        "start": "hello",
        "steps": {
            "hello": {"kind": "info", "text": "lt-hello", "pictograms": ["wave"], "next": "q"},
            "q": {
                "kind": "choice",
                "text": "lt-only-sv",
                "help": "lt-nowhere",
                "pictograms": ["wave"],
                "options": [{"id": "a", "label": "lt-title", "pictogram": "wave"}],
                "next": "done",
            },
            "done": {"kind": "end", "text": "lt-hello"},
        },
    }
    (dialogs / "lt.yaml").write_text(yaml.safe_dump(dialog), encoding="utf-8")
    locales = tmp_path / "locales"
    for lang in ("sv", "en"):
        (locales / lang).mkdir(parents=True)
        for shared in (locales_dir() / lang).glob("*.ftl"):  # every message code shows
            shutil.copy(shared, locales / lang / shared.name)
    (locales / "sv" / "lt.ftl").write_text(
        "lt-title = Test\nlt-hello = Hej\nlt-only-sv = Bara svenska\n", encoding="utf-8"
    )
    (locales / "en" / "lt.ftl").write_text("lt-title = Test\nlt-hello = Hi\n", encoding="utf-8")
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text("wave: {emoji: 1F44B, alt: picto-wave}\n", encoding="utf-8")
    return dialogs, Catalog(locales), Manifest(manifest)


def test_lint_missing_everywhere_is_an_error_and_missing_in_one_is_a_warning(tmp_path):
    """Swedish and English ship together (a gap is an error); another language may grow
    message by message (a gap is a warning, and Swedish is used)."""
    dialogs, _, manifest = make_content(tmp_path)
    (tmp_path / "locales" / "nb").mkdir()
    (tmp_path / "locales" / "nb" / "lt.ftl").write_text("lt-title = Test\n", encoding="utf-8")
    report = lint_content(dialogs, Catalog(tmp_path / "locales"), manifest)
    errors = [str(f) for f in report.errors]
    assert any("lt-nowhere" in e and "is in no locale" in e for e in errors), errors
    assert any("step `q`" in e and "help" in e for e in errors if "lt-nowhere" in e)
    assert any(f.where == "locales/en" and "lt-only-sv" in f.message for f in report.errors)
    nb_warnings = [f for f in report.warnings if f.where == "locales/nb"]
    assert any("lt-hello" in f.message and "Swedish is used" in f.message for f in nb_warnings)
    assert not any("lt-title" in f.message for f in nb_warnings)
    assert report.as_json()["ok"] is False
    facts = report.dialogs["lt"]
    assert (facts["audience"], facts["version"], facts["steps"]) == ("child", 1, 3)


def test_lint_is_clean_when_every_message_exists(tmp_path):
    dialogs, _, manifest = make_content(tmp_path)
    (tmp_path / "locales" / "sv" / "lt.ftl").write_text(
        "lt-title = Test\nlt-hello = Hej\nlt-only-sv = Bara svenska\nlt-nowhere = Nu finns den\n",
        encoding="utf-8",
    )
    (tmp_path / "locales" / "en" / "lt.ftl").write_text(
        "lt-title = Test\nlt-hello = Hi\nlt-only-sv = Swedish\nlt-nowhere = Now it is here\n",
        encoding="utf-8",
    )
    report = lint_content(dialogs, Catalog(tmp_path / "locales"), manifest)
    assert report.errors == []
    assert not any("lt-" in f.message for f in report.warnings)


def test_lint_reports_a_broken_dialog_file(tmp_path):
    dialogs, catalog, manifest = make_content(tmp_path)
    (dialogs / "broken.yaml").write_text("id: broken\nsteps: [\n", encoding="utf-8")
    report = lint_content(dialogs, catalog, manifest)
    assert any(f.where == "broken.yaml" and "not valid YAML" in f.message for f in report.errors)


def test_lint_checks_variable_parity(tmp_path):
    dialogs, _, manifest = make_content(tmp_path)
    (tmp_path / "locales" / "en" / "lt.ftl").write_text(
        "lt-title = Test { $who }\nlt-hello = Hi\n", encoding="utf-8"
    )
    report = lint_content(dialogs, Catalog(tmp_path / "locales"), manifest)
    assert any("lt-title" in f.message and "variables" in f.message for f in report.errors)

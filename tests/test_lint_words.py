"""What `delaktig lint` sees besides LIX (#17): the concept glossary across dialogs, the pack
and consent; screen words in text meant for paper; and a rarity score from wordfreq with the
rarest words of child and youth text. Each rule on the shipped content and on a broken copy."""

from __future__ import annotations

import json

from bot.cli import main
from bot.paths import content_root
from tests import test_lint_easyread
from tests.test_lint_easyread import lint, replace_message

#: A private copy of the shipped content to break (the easy-read tests' fixture).
content = test_lint_easyread.content


def errors(root) -> list[str]:
    return [str(e) for e in lint(root).errors]


def test_the_shipped_content_keeps_one_word_per_concept_and_paper_words():
    assert errors(content_root()) == []


def test_a_word_the_glossary_rules_out_is_an_error_in_the_pack_consent_and_dialogs(content):
    replace_message(content, "sv", "pack.ftl", "pack-area-health", "Hälsan")
    replace_message(content, "sv", "samtycke-vardnadshavare.ftl", "sam-area-home", "Hemmet")
    replace_message(content, "en", "min-rost-barn.ftl", "mrb-honest-help",
                    "Your case manager will tell you.")  # fmt: skip
    found = errors(content)
    assert (
        "error: pack.ftl: pack-area-health (sv): `Hälsan`: say `Hur jag mår` (one word for health)"
        in found
    )
    assert any(
        e.startswith("error: samtycke-vardnadshavare: areas (sam-area-home) (sv)")
        and "`Hemmet`: say `Hemma`" in e
        for e in found
    )
    assert any("(mrb-honest-help) (en)" in e and "`case manager`: say `coordinator`" in e
               for e in found)  # fmt: skip


def test_a_screen_word_on_paper_is_an_error_but_not_on_the_screen(content):
    replace_message(content, "sv", "min-rost-barn.ftl", "mrb-welcome-paper",
                    "Hej! Tryck på Klar när du har svarat.")  # fmt: skip
    replace_message(content, "sv", "common.ftl", "print-intro", "Tryck på Hoppa över.")
    # The screen's own welcome may say "Tryck": it is not printed (its -paper words are).
    replace_message(content, "sv", "min-rost-barn.ftl", "mrb-welcome", "Hej! Tryck på Fortsätt.")
    found = errors(content)
    paper = [e for e in found if "screen word" in e]
    assert "error: mrb-welcome-paper (sv): `Tryck` is a screen word" in " ".join(paper)
    assert any(e.startswith("error: mrb-welcome-paper (sv): `Klar`") for e in paper)
    assert any(e.startswith("error: print-intro (sv): `Hoppa över.`") for e in paper)
    assert not any("(mrb-welcome) (sv)" in e for e in paper)
    # A question without paper words is printed as it is: its screen words count.
    replace_message(content, "sv", "min-rost-barn.ftl", "mrb-helper",
                    "Vem hjälper dig? Klicka på en bild.")  # fmt: skip
    assert any("min-rost-barn: helper (mrb-helper) (sv): `Klicka`" in e for e in errors(content))


def test_rarity_lists_the_rarest_words_of_child_and_youth_text(content, capsys):
    report = lint(content)
    child = report.dialogs["min-rost-barn"]
    assert 0 <= child["rare_words_percent"] < 5
    zipfs = [r["zipf"] for r in child["rarest"]]
    assert zipfs == sorted(zipfs) and len(zipfs) == 8
    assert "rarest" not in report.dialogs["vad-ar-viktigt-vardnadshavare"]  # adults: not ranked
    # A rare word in the child's text rises to the top and the share of rare words grows.
    replace_message(content, "sv", "min-rost-barn.ftl", "mrb-helper",
                    "Vem hjälper dig? Kvinnan är en kurativ handläggningsfunktionär.")  # fmt: skip
    broken = lint(content).dialogs["min-rost-barn"]
    assert broken["rarest"][0]["word"] == "handläggningsfunktionär"
    assert broken["rarest"][0]["zipf"] == 0
    assert broken["rare_words_percent"] > child["rare_words_percent"]
    # The command prints them (shipped content) with --rarity, and keeps them in --json.
    assert main(["lint", "--rarity"]) == 0
    printed = capsys.readouterr().out
    assert "rare_words_percent" in printed and "Zipf " in printed
    assert main(["lint", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)["dialogs"]["min-rost-ungdom"]
    assert facts["rarest"] and "rare_words_percent" in facts

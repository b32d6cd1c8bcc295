"""Tests for the easy-read measures (LIX, sentences, words, jargon)."""

import pytest

from bot.easyread import hardest, jargon_hits, lix, parse_word_list, sentences, words


def test_words_keep_hyphens_numbers_and_skip_emoji() -> None:
    assert words("Ring BRIS på 116 111 👋 om SIP-mötet känns svårt.") == [
        "Ring",
        "BRIS",
        "på",
        "116",
        "111",
        "om",
        "SIP-mötet",
        "känns",
        "svårt",
    ]


def test_words_ignore_punctuation_and_underscore() -> None:
    assert words("– Hej, du! (Okej?) a_b") == ["Hej", "du", "Okej", "a", "b"]


def test_sentence_ends() -> None:
    text = "Hej! Vad vill du?\nDu väljer: bra eller dåligt. Klockan 15.30 passar"
    assert sentences(text) == [
        "Hej",
        "Vad vill du",
        "Du väljer",
        "bra eller dåligt",
        "Klockan 15.30 passar",
    ]


def test_label_without_end_mark_is_one_sentence() -> None:
    assert sentences("Skolan") == ["Skolan"]
    assert sentences("👋") == []
    assert sentences("") == []


def test_lix_hand_computed() -> None:
    # 7 words, 2 sentences; "skolan" and "roligt" have exactly six letters: not long.
    result = lix("Jag går till skolan. Det är roligt!")
    assert (result.words, result.sentences, result.long_words) == (7, 2, 0)
    assert result.lix == 3.5
    assert result.longest_sentence == 4
    assert result.longest_sentence_text == "Jag går till skolan"


def test_lix_counts_long_words() -> None:
    # 4 words, 1 sentence, 1 long word (Samordningsansvarig): 4 + 25 = 29.
    result = lix("Samordningsansvarig kallar till möte.")
    assert (result.words, result.sentences, result.long_words) == (4, 1, 1)
    assert result.lix == 29.0


def test_lix_over_several_texts() -> None:
    # 11 words, 3 sentences, 1 long word: 11/3 + 100/11 = 12.76…
    result = lix(["Jag går till skolan. Det är roligt!", "Samordningsansvarig kallar till möte."])
    assert (result.words, result.sentences, result.long_words) == (11, 3, 1)
    assert result.lix == pytest.approx(12.8)
    assert result.longest_sentence == 4


def test_lix_long_word_ignores_hyphen() -> None:
    # "SIP-möte" has 7 letters: long. "SIP-mö" would have 5.
    assert lix("SIP-möte").long_words == 1
    assert lix("ABCDEF").long_words == 0
    assert lix("ABCDEFG").long_words == 1


def test_lix_of_nothing() -> None:
    result = lix([])
    assert (result.words, result.sentences, result.lix) == (0, 0, 0.0)


def test_hardest_ranks_by_own_lix() -> None:
    messages = {
        "easy": "Hej. Du är bra.",
        "hard": "Samordningsansvarig verksamhetsföreträdare dokumenterar överenskommelser.",
        "middle": "Vi pratar om skolan och fritiden i dag.",
        "empty": "",
    }
    ranked = hardest(messages, n=2)
    assert [key for key, _ in ranked] == ["hard", "middle"]
    assert ranked[0][1].lix == 104.0
    assert len(hardest(messages)) == 3


def test_jargon_whole_word_prefix_and_case() -> None:
    jargon = ["samtycke", "insats", "SIP-plan", "aktör", "samordnad individuell plan"]
    text = "Samtycket gäller. Insatserna och SIP-planen. Samordnad  individuell plan."
    assert jargon_hits(text, jargon) == [
        "samtycke",
        "insats",
        "SIP-plan",
        "samordnad individuell plan",
    ]


def test_jargon_not_inside_other_words() -> None:
    assert jargon_hits("Ärendesamtycke och reaktörer", ["samtycke", "aktör"]) == []
    assert jargon_hits("Ett samtyckesbrev", ["samtycke"]) == ["samtycke"]


def test_parse_word_list() -> None:
    text = "# jargon\ninsats\n\n  huvudman  # the body responsible\ninsats\n"
    assert parse_word_list(text) == ["insats", "huvudman"]

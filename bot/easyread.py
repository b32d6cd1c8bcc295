"""Easy-read (lättläst) measures for Swedish text: LIX, sentence length and jargon.

Pure functions: they take strings and return values, with no file or network access.
Fluent placeables must already be resolved (format the message first).

LIX (läsbarhetsindex, Björnsson 1968) = words / sentences + 100 × long words / words,
where a long word has more than six letters. Children's books measure 20–25, plain news
text 30–40, official prose 50 and more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = [
    "LONG_WORD",
    "LixResult",
    "hardest",
    "jargon_hits",
    "lix",
    "parse_word_list",
    "sentences",
    "words",
]

LONG_WORD = 6
"""A word longer than this many letters counts as long."""

# A word: letters or digits, possibly joined by hyphens or apostrophes ("SIP-mötet", "BRIS:s"
# is two: the colon ends a sentence). The underscore is not a letter. Emoji and other symbols
# are not matched, so they are ignored.
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

# Sentence ends: . ! ? : and line breaks. A full stop between two digits ("1.5") is not an end.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?:]+|(?<=\d)[.!?:]+(?!\d)|[.!?:]*\n+")


@dataclass(frozen=True)
class LixResult:
    """The counts behind a LIX value."""

    words: int
    sentences: int
    long_words: int
    lix: float
    longest_sentence: int
    """Length in words of the longest sentence."""
    longest_sentence_text: str = ""
    """The longest sentence itself (stripped), for reports."""


def words(text: str) -> list[str]:
    """Split text into words. Numbers count as words ("116 111" is two); emoji are ignored."""
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """Split text into sentences that contain at least one word.

    `.`, `!`, `?`, `:` and line breaks end a sentence. A text without an end mark (an
    option label such as "Skolan") is one sentence.
    """
    parts = _SENTENCE_END.split(text)
    return [part.strip() for part in parts if words(part)]


def _is_long(word: str) -> bool:
    """True if the word has more than LONG_WORD letters or digits (hyphens not counted)."""
    return sum(ch.isalnum() for ch in word) > LONG_WORD


def lix(texts: str | Iterable[str]) -> LixResult:
    """LIX of one text or of several texts taken together (each text ends a sentence)."""
    if isinstance(texts, str):
        texts = [texts]
    n_words = n_sentences = n_long = 0
    longest = 0
    longest_text = ""
    for text in texts:
        for sentence in sentences(text):
            ws = words(sentence)
            n_sentences += 1
            n_words += len(ws)
            n_long += sum(_is_long(w) for w in ws)
            if len(ws) > longest:
                longest, longest_text = len(ws), sentence
    value = 0.0
    if n_words:
        value = n_words / n_sentences + 100 * n_long / n_words
    return LixResult(
        words=n_words,
        sentences=n_sentences,
        long_words=n_long,
        lix=round(value, 1),
        longest_sentence=longest,
        longest_sentence_text=longest_text,
    )


def hardest(messages: Mapping[str, str], n: int = 5) -> list[tuple[str, LixResult]]:
    """The n messages with the highest LIX of their own, hardest first.

    Ties are broken by the longest sentence, then by message id. Empty messages are left out.
    """
    scored = [(key, lix(text)) for key, text in messages.items()]
    scored = [(key, result) for key, result in scored if result.words]
    scored.sort(key=lambda item: (-item[1].lix, -item[1].longest_sentence, item[0]))
    return scored[:n]


def _jargon_pattern(word: str) -> re.Pattern[str]:
    """A pattern that finds `word` at the start of a word, with any ending (inflection)."""
    parts = [re.escape(part) for part in word.split()]
    return re.compile(r"(?<![^\W_])(?<![-'’])" + r"\s+".join(parts) + r"[^\W_]*", re.IGNORECASE)


def jargon_hits(text: str, jargon: Iterable[str]) -> list[str]:
    """The jargon words (as written in `jargon`) that occur in `text`, in list order.

    Matching is whole-word at the start and case-insensitive; any ending is allowed, so
    "samtycket" and "Samtycken" match "samtycke". A word inside a compound is not matched
    ("Samtyckesblankett" matches, "Ärendesamtycke" does not). Entries may be phrases.
    """
    hits: list[str] = []
    for word in jargon:
        word = word.strip()
        if word and word not in hits and _jargon_pattern(word).search(text):
            hits.append(word)
    return hits


def parse_word_list(text: str) -> list[str]:
    """Read a word list: one word or phrase a line; `#` starts a comment; blank lines skipped."""
    result: list[str] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry and entry not in result:
            result.append(entry)
    return result

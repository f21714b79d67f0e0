"""How often a word is part of a person's name or an ordinary word, in gold corpora.

The counts (`data/name_words.tsv`, built by kb/build/build_name_words.py from ANERcorp,
NewsFANE, WikiFANE and the Wikidata name pairs) serve the person-name chunker
(rasd.link.persons) and the knowledge base, which generates no spelling variant that is an
ordinary word (البشير → البشر "humans").
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import NamedTuple


class WordStats(NamedTuple):
    first: int  # opens a person's name (B-PERS) in the gold corpora
    inner: int  # later word of one (I-PERS)
    other: int  # inside another kind of name
    plain: int  # an ordinary word (O)
    wikidata: int  # occurrences as a name token in the Wikidata name pairs

    @property
    def total(self) -> int:
        return self.first + self.inner + self.other + self.plain


@cache
def name_words() -> dict[str, WordStats]:
    text = files("rasd.text").joinpath("data/name_words.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines()[1:]:  # the first line is the header
        word, first, inner, other, plain, wikidata = line.split("\t")
        out[word] = WordStats(int(first), int(inner), int(other), int(plain), int(wikidata))
    return out


@cache
def word_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(ordinary words, given names, strong given names), decided once from the counts."""
    ordinary_words, given, strong = set(), set(), set()
    for word, stats in name_words().items():
        corpus = stats.total
        is_ordinary = stats.plain >= 3 and stats.plain >= 0.7 * corpus
        if is_ordinary:
            ordinary_words.add(word)
        if (stats.first >= 3 and stats.first >= 0.4 * corpus) or (stats.wikidata >= 5 and not is_ordinary):
            given.add(word)
        if stats.first >= 5 and stats.first >= 0.5 * corpus:
            strong.add(word)
    return frozenset(ordinary_words), frozenset(given), frozenset(strong)


def ordinary(word: str) -> bool:
    """An ordinary word of the corpora (الأثرية، الشهير), not a name part."""
    return word in word_classes()[0]


def name_evidence(word: str) -> int:
    """How often the corpora and Wikidata saw `word` as part of a person's name."""
    stats = name_words().get(word)
    return 0 if stats is None else stats.first + stats.inner + stats.wikidata


def common_word(word: str) -> bool:
    """A word often used as an ordinary word, even if also part of names (الدين، الله):
    too common to stand alone for a person."""
    stats = name_words().get(word)
    return stats is not None and stats.plain >= 10 and stats.plain >= 0.25 * stats.total

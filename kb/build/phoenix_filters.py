"""Checks that a generated Arabic person name cannot be mistaken for ordinary text or for
someone else, against annotated Arabic text (ANERcorp train, NewsFANE and WikiFANE Gold: word
counts and gold person names, read at build time, nothing of them kept) and the Wikidata name
pairs. Used by phoenix_actors.py; names are lists of Arabic words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path

from rasd.kb.base import KnowledgeBase
from rasd.kb.entry import Entry
from rasd.kb.matcher import Matcher
from rasd.kb.variants import name_variants
from rasd.ner.corpus import read_anercorp, read_fane
from rasd.text.normalize import search_form

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
ANERCORP = SHARED / "anercorp" / "train.txt"
FANE = tuple(SHARED / "fane_gold_alotaibi" / name
             for name in ("NewsFANE_Gold_2014_170K.txt", "WikiFANE_Gold_2014_500K.txt"))
COMPOUND_HEADS = frozenset({"عبد", "ابو"})  # search forms: عبد الله, أبو بكر are one given name
# Search forms of prepositions that read as given names once ى is folded to ي: "علي الجراح"
# is also "على الجرح" (on the wound); before a word with ال they make a phrase, not a name.
PREPOSITIONS = frozenset({"علي", "الي", "حتي", "لدي"})


def common_words(sentences: Iterable[tuple[list[str], list[str]]], *, given_min: int = 2,
                 word_min: int = 3) -> frozenset[str]:
    """Search forms of the words a name made only of them would be mistaken for: given names
    (first name of a person at least `given_min` times, "عبد الرزاق" as one) and words outside
    names at least `word_min` times, in annotated Arabic news and Wikipedia text."""
    given: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for tokens, tags in sentences:
        keys = [search_form(token) for token in tokens]
        for i, (key, tag) in enumerate(zip(keys, tags, strict=True)):
            if tag == "B-PERS":
                compound = key in COMPOUND_HEADS and i + 1 < len(keys) and tags[i + 1] == "I-PERS"
                given[f"{key} {keys[i + 1]}" if compound else key] += 1
            elif tag == "O":
                words[key] += 1
    return frozenset(k for k, n in given.items() if n >= given_min) | frozenset(
        k for k, n in words.items() if n >= word_min)


def plain_name(arabic: list[str], common: frozenset[str]) -> bool:
    """A name that ordinary text may contain: a word under three letters, a single given name
    (عبد الرزاق), or, in any spelling the matcher will look for, only common words and given
    names (محمد علي، حسن نصر; علي الجراح is also "على الجرح")."""
    keys = [search_form(word) for word in arabic]
    if any(len(k) < 3 for k in keys) or (keys[0] in PREPOSITIONS and keys[1].startswith("ال")):
        return True
    return any(_only_common(variant.split(" "), common) for variant in name_variants(" ".join(keys)))


def _only_common(keys: list[str], common: frozenset[str]) -> bool:
    units: list[str] = []
    for key in keys:
        if units and units[-1] in COMPOUND_HEADS:
            units[-1] += " " + key
        else:
            units.append(key)
    return len(units) < 2 or all(u in common for u in units)


def shared_name(arabic: list[str], frequency: Counter[str], threshold: int = 100) -> bool:
    """A name every word of which is among the commonest name words of Wikidata persons
    (جورج والاس، مايكل براون): many people have it, the news may mean any of them."""
    return all(frequency[word] >= threshold for word in arabic)


def spelled_many_ways(pairs: dict[str, tuple[str, int]], minimum: int = 8) -> frozenset[str]:
    """Search forms of the Arabic name words that at least `minimum` English spellings render
    (محمد: Mohammed, Muhammad, Mohamed, Mohammad ...): the given names of the Arab world, and
    the commonest elsewhere."""
    spellings: defaultdict[str, set[str]] = defaultdict(set)
    for english, (arabic, _) in pairs.items():
        spellings[search_form(arabic)].add(english)
    return frozenset(arabic for arabic, english in spellings.items() if len(english) >= minimum)


def word_frequency(pairs: dict[str, tuple[str, int]]) -> Counter[str]:
    """How many Wikidata person names have each Arabic name word, over all English spellings."""
    frequency: Counter[str] = Counter()
    for arabic, count in pairs.values():
        frequency[arabic] += count
    return frequency


def mistaken(entries: list[Entry], base: KnowledgeBase,
             sentences: list[tuple[list[str], list[str]]]) -> Counter[str]:
    """How often each entry's forms match annotated text where they do not name a person in
    full: words outside names, or a piece of a longer person's name (حسن نصر in حسن نصر الله).
    The entries are matched together with the rest of the base (`base`), as in the pipeline."""
    for entry in entries:
        base.add(entry, priority=20)
    matcher = Matcher(base)
    ids = {e.id for e in entries}
    wrong: Counter[str] = Counter()
    for tokens, tags in sentences:
        text = " ".join(tokens)
        starts = list(accumulate((len(t) + 1 for t in tokens[:-1]), initial=0))
        for match in matcher.find(text):
            if match.entry_id in ids and not _whole_person(starts, tags, match.start, match.end):
                wrong[match.entry_id] += 1
    return wrong


def _whole_person(starts: list[int], tags: list[str], start: int, end: int) -> bool:
    first, last = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
    inside = tags[first] == "B-PERS" and all(t == "I-PERS" for t in tags[first + 1:last + 1])
    return inside and (last + 1 == len(tags) or tags[last + 1] != "I-PERS")


def annotated_sentences() -> list[tuple[list[str], list[str]]]:
    """ANERcorp and NewsFANE/WikiFANE (news and Wikipedia, gold person names)."""
    sentences: list[tuple[list[str], list[str]]] = []
    if ANERCORP.exists():
        sentences += read_anercorp(ANERCORP)
    for path in FANE:
        if path.exists():
            sentences += read_fane(path)
    return sentences


def known_name_ends(base: KnowledgeBase) -> set[tuple[str, str]]:
    """(a word, the last word) of every person's name in the base: a Phoenix name that begins
    and ends like one (خالد محفوظ بحاح, خالد بحاح) is a longer or shorter form of that person."""
    ends = set()
    for entry in base.entries.values():
        if entry.type == "PER":
            for form in [entry.name_ar, *entry.aliases]:
                words = search_form(form).split(" ")
                ends |= {(word, words[-1]) for word in words[:-1]}
    return ends


def name_ends(arabic: list[str]) -> tuple[str, str]:
    return search_form(arabic[0]), search_form(arabic[-1])

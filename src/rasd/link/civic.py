"""Bodies named after the town or province they serve, in the construct state: "شرطة دبي"
(Dubai Police), "بلدية الرياض" (Riyadh Municipality), "مديرية صحة حلب" (Aleppo Health
Directorate), "محكمة جنايات القاهرة" (Cairo Criminal Court), "مطار بيروت" when the base
lacks it.

A head word (data/civic_words.tsv: شرطة، بلدية، مديرية، محكمة، مطار ...), up to two
indefinite nouns (أمن، صحة، جنايات، or a place word such as منطقة), then a town or
province the base knows. The head and nouns are indefinite: that is what ties them to the place's name
(the definite "مديرية الصحة في حلب" is the organisation finder's). The English name is
the place's, then the nouns, then the head, as English names such bodies. Its actor code
is the place's country with the head's agent (COP for police, GOV for a municipality).
A capital here is the city, not its state: "بلدية الرياض" serves Riyadh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.lexicon import rows
from rasd.link.unknown import unknown_id
from rasd.link.walk import covered_sentences
from rasd.model import Document
from rasd.ner.features import word_form
from rasd.text.tokenize import Token

MAX_NOUNS = 2
CLITICS = ("و", "ف", "ب", "ل", "وب", "ول")
PLACE_SUFFIXES = (" Governorate", " District")  # "Aleppo Health Directorate"; "Riyadh Region Police" keeps its region


@dataclass(frozen=True, slots=True)
class Head:
    english: str
    type: str  # ORG or FAC
    agent: str  # CAMEO agent code, or ""


@cache
def civic_words() -> tuple[dict[str, Head], dict[str, tuple[str, str]]]:
    heads: dict[str, Head] = {}
    nouns: dict[str, tuple[str, str]] = {}  # word -> (English or "", agent code or "")
    for kind, forms, english, *rest in rows("civic_words.tsv"):
        for form in forms.split("|"):
            if kind == "head":
                head = Head(english, rest[0], "" if rest[1] == "-" else rest[1])
                for clitic in ("", *CLITICS):
                    heads.setdefault(word_form(clitic + form), head)
            else:
                nouns[word_form(form)] = ("" if english == "-" else english, rest[0] if rest else "")
    return heads, nouns


def _head_clitic(token: str, word: str) -> int:
    """Characters of a clitic glued before the head (وشرطة -> 1, وبمطار -> 2)."""
    heads, _ = civic_words()
    for n in (2, 1):
        if word[:n] in CLITICS and word[n:] in heads and token[:n] == word[:n]:
            return n
    return 0


def civic_spans(words: Sequence[str], place_at: Callable[[int], tuple[int, Entry] | None]
                ) -> list[tuple[int, int, Head, list[tuple[str, str]], Entry]]:
    """(first, end, head, the nouns' English and agent codes, place entry) for each name;
    `place_at(k)` gives the index after a place that starts at word k, and its entry, or None."""
    heads, nouns = civic_words()
    out = []
    i = 0
    while i < len(words):
        head = heads.get(words[i])
        if head is None:
            i += 1
            continue
        k = i + 1
        between: list[tuple[str, str]] = []
        while k < len(words) and len(between) < MAX_NOUNS and words[k] in nouns:  # "أمن" is no town here
            between.append(nouns[words[k]])
            k += 1
        place = place_at(k) if k < len(words) else None
        if place is None:
            i += 1
            continue
        out.append((i, place[0], head, between, place[1]))
        i = place[0]
    return out


def english(head: Head, between: list[tuple[str, str]], place: Entry) -> str:
    name = place.name_en.split(", ")[0]  # "Tabuk, Saudi Arabia": the town's own name
    for suffix in PLACE_SUFFIXES:
        name = name.removesuffix(suffix)
    return " ".join([name, *(word for word, _ in reversed(between) if word), head.english])


def agent(head: Head, between: list[tuple[str, str]]) -> str:
    """The head's agent code unless a noun says more: "مديرية أمن" is the police (COP)."""
    return next((code for _, code in between if code), head.agent)


def _places_in(tokens: list[Token], places: dict[int, tuple[Match, Entry]]
               ) -> Callable[[int], tuple[int, Entry] | None]:
    """`place_at` over a sentence's tokens: the index after the place that starts at token k."""
    def place_at(k: int) -> tuple[int, Entry] | None:
        found = places.get(tokens[k].start)
        if found is None:
            return None
        end = next((j for j in range(k, len(tokens)) if tokens[j].end >= found[0].end), None)
        return (end + 1, found[1]) if end is not None else None
    return place_at


def civic_bodies(doc: Document, matches: list[Match], place_of: Callable[[Match], Entry | None],
                 known: Callable[[str], bool]) -> tuple[list[Match], list[Entry]]:
    """Matches for such bodies over the place matches, and the entries to create.
    `place_of(match)` is the town or province a match names, or None. Countries are left
    out: "جامعة كولومبيا" is Columbia University and "أمانة عمان" Amman's, not Colombia's
    or Oman's."""
    heads, _ = civic_words()
    places = {m.start: (m, entry) for m in matches if (entry := place_of(m)) is not None}
    out: list[Match] = []
    created: dict[str, Entry] = {}
    for tokens, words, _blocked in covered_sentences(doc, []):
        if heads.keys().isdisjoint(words):
            continue

        for first, end, head, between, place in civic_spans(words, _places_in(tokens, places)):
            start = tokens[first].start + _head_clitic(tokens[first].text, words[first])
            surface = doc.text[start:tokens[end - 1].end]
            entry_id = unknown_id(surface, head.type)
            country = place.country or (place.actor_code or "")[:3] or None
            if not known(entry_id) and entry_id not in created:
                code = country + agent(head, between) if country and head.type == "ORG" else None
                created[entry_id] = Entry(entry_id, head.type, surface, english(head, between, place),
                                          actor_code=code, country=country, lat=place.lat, lon=place.lon,
                                          source="pattern")
            out.append(Match(start, tokens[end - 1].end, entry_id, "civic", word_form(surface)))
    return out, list(created.values())

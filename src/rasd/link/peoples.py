"""A country's people named as a body: "الشعب البحريني", "الجالية المصرية", "المواطنون
السوريون" are the Bahrainis, the Egyptians, the Syrians (NORP), who issue statements and
protest as one actor, not the state. The country's adjective alone ("البحريني") stays the
country; only a collective noun before it makes the people.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.federations import country_phrases, demonyms
from rasd.text.normalize import search_form

# Collective nouns for a country's people, in search form: "الجالية" (the community abroad),
# "المواطنون" and its case and gender forms, "أبناء الشعب".
COLLECTIVES = tuple(search_form(w) for w in (
    "أبناء الشعب", "أبناء الجالية", "الشعب", "الشعوب", "الجالية", "الجاليات", "المواطنون", "المواطنين",
    "المواطنات", "الرعايا", "المغتربون", "المغتربين"))
# Demonyms English writes as "<demonym> people" rather than with a plural s.
INVARIABLE = ("sh", "ch", "ese", "ss", "ench")


def people_name(demonym: str) -> str:
    """The English name of a country's people: "Bahraini" -> "Bahrainis", "Lebanese" ->
    "Lebanese people", "Saudi Arabian" -> "Saudis" (the shorter form the press uses)."""
    if demonym == "Saudi Arabian":
        demonym = "Saudi"
    if demonym.endswith(INVARIABLE):
        return f"{demonym} people"
    return demonym + "s"


@cache
def _pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(COLLECTIVES, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وفبل]|لل)?((?:{heads}) (ال\w+))(?!\w)")


def peoples(text: str, matches: list[Match], country_of: Callable[[str], str | None],
            known: Callable[[str], bool]) -> tuple[list[Match], list[Entry]]:
    """Matches for a country's people outside the knowledge-base `matches` (the adjective's
    own match as the country gives way), and the entries to create."""
    out: list[Match] = []
    created: list[Entry] = []
    for found, code, start, end in country_phrases(text, matches, _pattern(), country_of):
        entry_id = f"{code.lower()}-people"
        if not known(entry_id) and not any(e.id == entry_id for e in created):
            created.append(Entry(entry_id, "NORP", text[start:end], people_name(demonyms()[code]),
                                 actor_code=code + "CVL", country=code, source="pattern"))
        out.append(Match(start, end, entry_id, "people", found.group(1)))
    return out, created

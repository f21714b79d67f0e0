"""National sports federations named by sport and country adjective: "الاتحاد المصري لكرة
السلة" is the Egyptian Basketball Federation. Federations the knowledge base lists (the
football ones) are matched there first; the others get an id per country and sport.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.lexicon import rows
from rasd.text.normalize import normalized, search_form


@cache
def sports() -> dict[str, str]:
    return {search_form(arabic): english for arabic, english in rows("sports.tsv")}


@cache
def demonyms() -> dict[str, str]:
    return {code: demonym for code, demonym in rows("demonyms.tsv")}


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(s) for s in sorted(sports(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وفبل]|لل)?(الاتحاد (ال\w+) ({names}))(?!\w)")


def country_phrases(text: str, matches: list[Match], pattern: re.Pattern[str],
                    country_of: Callable[[str], str | None]) -> Iterator[tuple[re.Match[str], str, int, int]]:
    """(match, country code, start, end) for each match of `pattern` over the normalized text
    whose group 2 is the adjective of a country with a demonym and whose group 1, the phrase,
    overlaps no match but the adjectives' (they are the country's, and give way)."""
    norm = normalized(text)
    taken = [(m.start, m.end) for m in matches if not m.kind.startswith("adjective")]
    for found in pattern.finditer(norm.text):
        code = country_of(found.group(2))
        if code is None or code not in demonyms():
            continue
        start, end = norm.to_original(found.start(1), found.end(1))
        if not any(start < e and s < end for s, e in taken):
            yield found, code, start, end


def federations(text: str, matches: list[Match], country_of: Callable[[str], str | None],
                known: Callable[[str], bool]) -> tuple[list[Match], list[Entry]]:
    """Matches for national federations outside the knowledge-base `matches`, and the entries
    to create (`known(id)` says whether the base has the entry already)."""
    out, created = [], []
    for found, code, start, end in country_phrases(text, matches, _pattern(), country_of):
        sport = sports()[found.group(3)]
        entry_id = f"{code.lower()}-fed-{sport.lower().replace(' ', '-')}"
        if not known(entry_id):
            created.append(Entry(entry_id, "ORG", text[start:end], f"{demonyms()[code]} {sport} Federation",
                                 actor_code=code, country=code, source="pattern"))
        out.append(Match(start, end, entry_id, "federation", found.group(1)))
    return out, created

"""National sports federations named by sport and country adjective: "الاتحاد المصري لكرة
السلة" is the Egyptian Basketball Federation. Federations the knowledge base lists (the
football ones) are matched there first; the others get an id per country and sport.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


def federations(text: str, matches: list[Match], country_of: Callable[[str], str | None],
                known: Callable[[str], bool]) -> tuple[list[Match], list[Entry]]:
    """Matches for national federations outside the knowledge-base `matches`, and the entries
    to create (`known(id)` says whether the base has the entry already)."""
    norm = normalized(text)
    taken = [(m.start, m.end) for m in matches if not m.kind.startswith("adjective")]
    out, created = [], []
    for found in _pattern().finditer(norm.text):
        code = country_of(found.group(2))
        if code is None or code not in demonyms():
            continue
        start, end = norm.to_original(found.start(1), found.end(1))
        if any(start < e and s < end for s, e in taken):
            continue
        sport = sports()[found.group(3)]
        entry_id = f"{code.lower()}-fed-{sport.lower().replace(' ', '-')}"
        if not known(entry_id):
            created.append(Entry(entry_id, "ORG", text[start:end], f"{demonyms()[code]} {sport} Federation",
                                 actor_code=code, country=code, source="pattern"))
        out.append(Match(start, end, entry_id, "federation", found.group(1)))
    return out, created

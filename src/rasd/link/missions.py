"""Embassies and consulates named by their state's adjective: "السفارة الأميركية بالخرطوم" is
the Embassy of the United States, Khartoum, and "القنصلية الأمريكية في إسطنبول" its consulate
general there. They are buildings (FAC) that also act and speak for the state that sent them,
so they carry its government code (USAGOV), and they are named the way Wikipedia names them.

The host city is the city named right after the mission ("بالخرطوم", "في إسطنبول"), or the
capital of the state named there ("في إسرائيل"); else,
for an embassy, the capital of the state the article is about (embassies sit in capitals);
else, for a consulate, the city of that state the article names most. A mission of the state
the article is about is at home only when a city is named ("السفارة السعودية في واشنطن").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.ministries import main_country
from rasd.text.normalize import normalized

CITY_REACH = 12  # characters between the mission's adjective and the city it is in
# English names Wikipedia writes with "the" in "Embassy of the United States, Khartoum".
WITH_THE = frozenset({"United States", "United Kingdom", "United Arab Emirates", "Netherlands",
                      "Philippines", "Czech Republic", "Dominican Republic", "Bahamas", "Gambia",
                      "Maldives", "Comoros", "Central African Republic", "Holy See"})
KINDS = {"سفاره": "Embassy", "قنصليه": "Consulate General"}


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:[وفبل]|لل)?((?:ال)?(سفاره|قنصليه)(?: العامه)? (ال\w+))(?!\w)")


def missions(text: str, matches: list[Match], get: Callable[[str], Entry | None],
             country_of: Callable[[str], str | None], state: Callable[[str], Entry | None],
             capital: Callable[[str], Entry | None]) -> tuple[list[Match], list[Entry]]:
    """Matches for the embassies and consulates of `text` and the entries to create for them.
    `get(id)` gives an entry, `country_of(adjective)` a country code, `state(code)` the
    country's entry, `capital(state_id)` the entry of its capital city."""
    norm = normalized(text)
    cities = _cities(matches, get)
    home = main_country(matches, state)
    out, created = [], []
    for found in _pattern().finditer(norm.text):
        code = country_of(found.group(3))
        sender = state(code) if code else None
        if sender is None or not sender.actor_code:
            continue
        start, end = norm.to_original(found.start(1), found.end(3))
        host = _state_after(end, matches, state)  # "السفارة الأميركية في إسرائيل"
        city = _city_after(end, cities) or (capital(host.id) if host is not None and found.group(2) == "سفاره"
                                            else _host_city(found.group(2), sender, home, cities, capital))
        entry = _entry(KINDS[found.group(2)], sender, text[start:end], city)
        created.append(entry)
        out.append(Match(start, end, entry.id, "mission", found.group(1)))
    return out, created


def _cities(matches: list[Match], get: Callable[[str], Entry | None]) -> list[tuple[Match, Entry]]:
    """The towns the article names (not states), with their entries, in text order."""
    out = []
    for match in sorted(matches, key=lambda m: m.start):
        entry = get(match.entry_id)
        if entry is not None and entry.type == "GPE" and entry.country and not _state(match) \
                and not match.kind.startswith("adjective"):
            out.append((match, entry))
    return out


def _city_after(end: int, cities: list[tuple[Match, Entry]]) -> Entry | None:
    return next((entry for match, entry in cities if 0 <= match.start - end <= CITY_REACH), None)


def _state_after(end: int, matches: list[Match], state: Callable[[str], Entry | None]) -> Entry | None:
    """A state named right after the mission (its host: "في إسرائيل", "بالمغرب")."""
    for match in matches:
        if 0 <= match.start - end <= CITY_REACH and _state(match) and not match.kind.startswith("adjective"):
            return state(match.entry_id.upper())
    return None


def _state(match: Match) -> bool:
    """A match of a state: the base gives states their three-letter code as id (as ministries do)."""
    return len(match.entry_id) == 3


def _host_city(kind: str, sender: Entry, home: Entry | None, cities: list[tuple[Match, Entry]],
               capital: Callable[[str], Entry | None]) -> Entry | None:
    if home is None or home.id == sender.id:
        return None
    if kind == "سفاره":
        return capital(home.id)
    named = Counter(entry.id for _, entry in cities if entry.country == home.actor_code)
    best = named.most_common(1)
    return next((entry for _, entry in cities if entry.id == best[0][0]), None) if best else None


def _entry(kind: str, sender: Entry, printed: str, city: Entry | None) -> Entry:
    country = f"the {sender.name_en}" if sender.name_en in WITH_THE else sender.name_en
    name = f"{kind} of {country}" + (f", {city.name_en}" if city is not None else "")
    slug = re.sub(r"[^a-z]+", "-", kind.lower()).strip("-")
    place = city.id if city is not None else "x"
    code = (sender.actor_code or "")[:3]
    return Entry(f"{sender.id}-{slug}-{place}", "FAC", printed, name, actor_code=code + "GOV",
                 country=city.country if city is not None else None,
                 lat=city.lat if city is not None else None, lon=city.lon if city is not None else None,
                 source="pattern")

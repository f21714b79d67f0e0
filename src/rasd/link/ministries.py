"""Ministries named by their domain: "وزارة الصحة السعودية" is Saudi Arabia's Ministry of
Health, and "وزارة الثقافة" with no country is the ministry of the country the article is
about (the state it names most). The three bodies the knowledge base generates per country
(foreign affairs, defence, interior) are linked to those entries; the others are created with
an id per country and domain ("sau-min-health") and the English name Wikipedia uses
("Ministry of Health (Saudi Arabia)").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.lexicon import rows
from rasd.text.normalize import normalized, search_form


@dataclass(frozen=True, slots=True)
class Domain:
    english: str
    role: str
    suffix: str | None


@cache
def domains() -> dict[str, Domain]:
    return {search_form(arabic): Domain(english, role, suffix[0] if suffix else None)
            for arabic, english, role, *suffix in rows("ministries.tsv")}


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(d) for d in sorted(domains(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:[وفبل]|لل)?(وزاره ({names}))(?: (ال\w+))?(?!\w)")


def ministries(text: str, matches: list[Match], entry_of: Callable[[str], Entry | None],
               country_of: Callable[[str], str | None], country_entry: Callable[[str], Entry | None]
               ) -> tuple[list[Match], list[Entry]]:
    """Matches for ministries in `text` outside the knowledge-base `matches`, and the entries
    to create for them. `country_of(adjective)` gives a country code, `country_entry(code)`
    the country's entry, `entry_of(id)` a knowledge-base entry or None."""
    norm = normalized(text)
    taken = [(m.start, m.end) for m in matches if not m.kind.startswith("adjective")]  # the adjective is the country's
    main = main_country(matches, country_entry)
    out, created = [], []
    for found in _pattern().finditer(norm.text):
        code = country_of(found.group(3)) if found.group(3) else None
        country = country_entry(code) if code else main
        if country is None or not country.actor_code:
            continue
        end = found.end(3) if code else found.end(1)
        start, oend = norm.to_original(found.start(1), end)
        if any(start < e and s < oend for s, e in taken):
            continue
        entry = _entry(domains()[found.group(2)], country, text[start:oend], entry_of)
        if entry_of(entry.id) is None:
            created.append(entry)
        out.append(Match(start, oend, entry.id, "ministry", found.group(1)))
    return out, created


def main_country(matches: list[Match], country_entry: Callable[[str], Entry | None]) -> Entry | None:
    """The state the article names most (first named on a tie)."""
    counts: Counter[str] = Counter()
    for match in matches:
        entry = country_entry(match.entry_id.upper()) if len(match.entry_id) == 3 else None
        if entry is not None:
            counts[entry.id] += 1
    if not counts:
        return None
    best = max(counts.values())
    first = next(m.entry_id for m in sorted(matches, key=lambda m: m.start) if counts.get(m.entry_id) == best)
    return country_entry(first.upper())


def _entry(domain: Domain, country: Entry, printed: str, entry_of: Callable[[str], Entry | None]) -> Entry:
    code = country.actor_code or ""
    if domain.suffix:
        known = entry_of(f"{country.id}-{domain.suffix}")
        if known is not None:
            return known
    slug = re.sub(r"[^a-z]+", "-", domain.english.lower()).strip("-")
    name = f"Ministry of {domain.english} ({country.name_en})"
    return Entry(f"{country.id}-min-{slug}", "ORG", printed, name, actor_code=code + domain.role,
                 country=code, source="pattern")

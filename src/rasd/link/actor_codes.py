"""CAMEO-style actor codes for persons the knowledge base does not know, read off the title
they are first named with: "وزير الثقافة الروسي فلاديمير ميدينسكي" gives RUSGOV, "الباحث
السياسي اليمني مختار اليافعي" YEMEDU, "اللواء السعودي ..." SAUMIL. A title without a
country gives no code (an agent alone says too little to code an event with).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from rasd.link.lexicon import rows
from rasd.text.normalize import search_form

LOOKBACK = 6  # words before the name searched for its title
CLITICS = ("", "و", "ف", "ب", "ل")


@cache
def role_agents() -> dict[str, str]:
    """Search form of a role word (or two-word phrase) -> CAMEO agent code."""
    return {search_form(words): agent for words, agent in rows("role_agents.txt")}


def agent_of(word: str, next_word: str = "") -> str | None:
    """The agent code of a search-form title word, with or without ال and clitics."""
    agents = role_agents()
    for clitic in CLITICS:
        if not word.startswith(clitic):
            continue
        rest = word[len(clitic):]
        for form in (rest, rest[2:] if rest.startswith("ال") else None):
            if form and (form + " " + next_word) in agents:
                return agents[form + " " + next_word]
            if form and form in agents:
                return agents[form]
    return None


def title_code(before: Sequence[str], country_of: Callable[[str], str | None]) -> str | None:
    """The code of the title in the search-form words `before` a name (nearest title first),
    e.g. ["وزير", "الخارجيه", "السعودي"] -> "SAUGOV"."""
    words = list(before)[-LOOKBACK:]
    for i in range(len(words) - 1, -1, -1):
        agent = agent_of(words[i], words[i + 1] if i + 1 < len(words) else "")
        if agent:
            country = next((c for w in words[i + 1:] if (c := country_of(w))), None)
            country = country or next((c for w in words[max(0, i - 1):i] if (c := country_of(w))), None)
            return country + agent if country else None
    return None

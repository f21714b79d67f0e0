"""The boilerplate lexicon (data/boilerplate.txt) and dateline cities (data/datelines.txt),
loaded once per process and kept in search form so spelling variants match alike."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files

from rasd.text.normalize import search_form

NON_WORD = re.compile(r"[^\w\s©/]+")
SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """A line's comparison key: search form without punctuation (keeps © and / for markers)."""
    return SPACES.sub(" ", NON_WORD.sub(" ", search_form(text).replace("_", " "))).strip()


@dataclass(slots=True)
class Section:
    """Phrases of one kind: `exact` lines must equal a phrase, `prefixes` lines start with one."""

    exact: set[str] = field(default_factory=set)
    prefixes: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # every word of every phrase
    first_words: set[str] = field(default_factory=set)

    def matches(self, line_key: str) -> bool:
        if line_key in self.exact:
            return True
        return any(line_key == p or line_key.startswith(p + " ") for p in self.prefixes)


@cache
def boilerplate() -> dict[str, Section]:
    return _parse(files("rasd.clean").joinpath("data/boilerplate.txt").read_text("utf-8"))


@cache
def dateline_cities() -> frozenset[str]:
    text = files("rasd.clean").joinpath("data/datelines.txt").read_text("utf-8")
    return frozenset(key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _parse(text: str) -> dict[str, Section]:
    sections: dict[str, Section] = {}
    current: Section | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], Section())
        elif current is not None:
            _add(current, line)
    return sections


def _add(section: Section, entry: str) -> None:
    if entry.endswith("*"):
        phrase = key(entry[:-1]) or entry[:-1].strip()
        section.prefixes.append(phrase)
    else:
        phrase = key(entry) or entry
        section.exact.add(phrase)
    section.words.update(phrase.split())
    section.first_words.add(phrase.split()[0])

"""Which knowledge-base entries a search query may name, in any spelling of either script.

The store only knows the spellings its articles printed; the knowledge base knows the others:
`ترامب` finds Donald Trump even when every stored article wrote `ترمب`, and `الامريكية` finds
the United States through its adjective. `KBNames` turns a query into candidate entry ids; the
reader then keeps those that are stored (rasd.store.queries). A query that names hundreds of
entries (a bare `محمد`) gives no candidates from the words of names, because the store's own
names are searched for it anyway and an id list that long helps nobody.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasd.kb import KnowledgeBase
from rasd.text.normalize import search_form

MAX_CANDIDATES = 200
_WORD = re.compile(r"[^\W_]+")


class KBNames:
    """Arabic search-form words and English name words of every entry, built on first use."""

    def __init__(self, kb: KnowledgeBase):
        self._kb = kb
        self._arabic: dict[str, set[str]] = {}
        self._english: dict[str, set[str]] = {}
        self._built = False
        self._lock = threading.Lock()

    def candidates(self, query: str) -> dict[str, int]:
        """Ids of the entries `query` names, each with its rank: 0 when the query is a whole name
        or alias in any generated spelling (with or without ال, adjectives included), 1 when every
        word of the query is in one of the entry's names."""
        self._build()
        ranks: dict[str, int] = {}
        for index, words in ((self._arabic, _WORD.findall(search_form(query))),
                             (self._english, _WORD.findall(query.casefold()))):
            found = _all_words(index, words)
            if len(found) <= MAX_CANDIDATES:
                ranks.update(dict.fromkeys(found, 1))
        if query.strip():
            ranks.update(dict.fromkeys((entry.id for entry in self._kb.lookup(query)), 0))
        return ranks

    def _build(self) -> None:
        with self._lock:
            if self._built:
                return
            for key, surfaces in self._kb.surfaces.items():
                for word in key.split():
                    self._arabic.setdefault(word, set()).update(s.entry_id for s in surfaces)
            for entry in self._kb.entries.values():
                for form in (entry.name_ar, *entry.aliases):
                    for word in _WORD.findall(search_form(form)):
                        self._arabic.setdefault(word, set()).add(entry.id)
                for word in _WORD.findall(entry.name_en.casefold()):
                    self._english.setdefault(word, set()).add(entry.id)
            self._built = True


def _all_words(index: dict[str, set[str]], words: list[str]) -> set[str]:
    """Entries having every word (one-letter words carry no name and are left out)."""
    words = [w for w in words if len(w) > 1]
    if not words:
        return set()
    found = set(index.get(words[0], ()))
    for word in words[1:]:
        found &= index.get(word, set())
    return found


class NameList:
    """Names with the id each stands for, searched for a substring in one pass over one string
    (a loop over 15,000 names in Python took 3 ms a query)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]):
        pairs = [(name.replace("\n", " "), entity_id) for name, entity_id in pairs]
        self.text = "\n".join(name for name, _ in pairs) + "\n"
        self.starts = list(itertools.accumulate((len(name) + 1 for name, _ in pairs[:-1]), initial=0))
        self.ids = [entity_id for _, entity_id in pairs]
        self.exact: dict[str, set[str]] = {}
        for name, entity_id in pairs:
            self.exact.setdefault(name, set()).add(entity_id)

    def containing(self, needle: str) -> set[str]:
        found: set[str] = set()
        at = self.text.find(needle) if needle and "\n" not in needle else -1
        while at != -1:
            line = bisect.bisect_right(self.starts, at) - 1
            found.add(self.ids[line])
            at = self.text.find(needle, self.starts[line + 1]) if line + 1 < len(self.starts) else -1
        return found


@dataclass(frozen=True, slots=True)
class StoredNames:
    """What an entity search scans: the stored names in search form and the English names
    folded, and the entities by id with their place in the most-mentioned order."""

    arabic: NameList
    english: NameList
    rows: dict[str, dict[str, Any]]
    order: dict[str, int]

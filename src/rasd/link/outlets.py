"""Outlets named by their bare title in quotation marks: "وقال في تصريحات إلى «الوطن»",
"قال لـ"الرياض"". The knowledge base names a paper or channel with its kind (صحيفة الوطن،
قناة العربية); the bare title is an ordinary word or a city (the homeland, Riyadh) and is
not matched alone, but in quotation marks right after ل / لـ / إلى / عن / ذكرت or a kind
word the marks make it the outlet's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.text.normalize import search_form

KINDS = frozenset(search_form(w) for w in "صحيفة جريدة قناة مجلة وكالة موقع شبكة إذاعة تلفزيون".split())
# what stands before an outlet's title in marks: a preposition or a kind word
BEFORE = re.compile(r"(?:^|[\s(])(?:[لب]ـ?|إلى|الى|عن|لصحيفة|لجريدة|لقناة|صحيفة|جريدة|قناة|مجلة|ذكرت|نشرت)\s*$")
IN_MARKS = re.compile(r"[«\"“]([^«»\"“”\n]{2,40})[»\"”]")
MAX_WORDS = 4


def outlet_matches(text: str, matches: list[Match], titles: dict[str, str]) -> list[Match]:
    """Matches for outlets whose bare title (`titles`, from `outlet_titles`) stands in
    quotation marks, where no other match is."""
    if not titles or not IN_MARKS.search(text):
        return []
    taken = [(m.start, m.end) for m in matches]
    out = []
    for found in IN_MARKS.finditer(text):
        name = found.group(1).strip()
        if len(name.split()) > MAX_WORDS or not BEFORE.search(text[max(0, found.start() - 12):found.start()]):
            continue
        entry_id = titles.get(search_form(name))
        start = found.start(1) + (len(found.group(1)) - len(found.group(1).lstrip()))
        end = start + len(name)
        if entry_id is None or any(s < end and start < e and not (s >= start and e <= end) for s, e in taken):
            continue
        out.append(Match(start, end, entry_id, "outlet", search_form(name)))
    return out


def drop_inside(matches: list[Match], outlets: list[Match]) -> list[Match]:
    """The matches not inside an outlet's title (the city Riyadh inside «الرياض»)."""
    return [m for m in matches if not any(o.start <= m.start and m.end <= o.end for o in outlets)]


def outlet_titles(entries: Iterable[Entry]) -> dict[str, str]:
    """Bare title (search form, after the kind word) -> outlet id; a title two outlets share
    is left out."""
    owners: dict[str, set[str]] = {}
    for entry in (e for e in entries if e.type == "MEDIA"):
        for name in (entry.name_ar, *entry.aliases):
            words = search_form(name).split()
            if len(words) >= 2 and words[0] in KINDS:
                owners.setdefault(" ".join(words[1:]), set()).add(entry.id)
    return {title: next(iter(ids)) for title, ids in owners.items() if len(ids) == 1}


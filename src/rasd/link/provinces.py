"""Provinces named in a list after their plural: "في محافظات حضرموت وإب ومأرب" names three
governorates, not the towns they are named after.

The knowledge base holds a province under its full name ("محافظة مأرب") and the town under
the bare one ("مأرب"). Written alone after "محافظة" the full name matches; listed after
"محافظات" or "محافظتي" (or "ولايات"، "مقاطعات") each bare name matches the town. This step
points each member of such a list at the province of the same country whose full name is the
head word and the member's own words, when the base has one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.text.normalize import search_form

# the plural (or dual) in the text -> the singular the base's full names begin with
HEADS = {search_form(plural): search_form(singular) for plural, singular in (
    ("محافظات", "محافظة"), ("محافظتي", "محافظة"), ("ولايات", "ولاية"), ("مقاطعات", "مقاطعة"),
    ("أقاليم", "إقليم"))}
HEAD_RE = re.compile(r"(?<![\w])[وب]?(?:ال)?(" + "|".join(HEADS) + r")$")  # the search form ends the text unspaced
# what may stand between two members: "، " or " و", with a member the base lacks ("وإب و")
JOINER_RE = re.compile(r"^(?:\s*[،,]?\s*و?[^\W\d]{0,12}){0,2}\s*[،,]?\s*و?$")


def provinces(text: str, matches: list[Match], lookup: Callable[[str], list[Entry]],
              get: Callable[[str], Entry]) -> list[Match]:
    """`matches` with the members of a province list pointed at their provinces. `lookup`:
    the base's entries for a name; `get`: an entry by id. `text` is the matches' text (its
    search form has the same offsets for these letters)."""
    ordered = sorted(matches, key=lambda m: m.start)
    out = {id(m): m for m in ordered}
    added: list[Match] = []
    head: str | None = None
    previous: Match | None = None
    for match in ordered:
        if previous is not None and head is not None and JOINER_RE.match(text[previous.end:match.start]) \
                and _clitic_only(text, match):
            added += _unmatched_members(text, previous.end, match.start, head, lookup)  # "وإب"
        else:
            before = text[max(0, match.start - 14):match.start]
            found = HEAD_RE.search(search_form(before)) if before[-1:].isspace() else None
            head = HEADS[found.group(1)] if found else None
        previous = match
        if head is None:
            continue
        province = _province(head, text[match.start:match.end], get(match.entry_id), lookup)
        if province is not None:
            out[id(match)] = Match(match.start, match.end, province.id, match.kind, match.key)
    return [out[id(m)] for m in matches] + added


WORD_RE = re.compile(r"[^\W\d]+")


def _unmatched_members(text: str, start: int, end: int, head: str,
                       lookup: Callable[[str], list[Entry]]) -> list[Match]:
    """Members of the list between two matched ones that only the province's full name
    holds ("إب": a town name too short to match alone)."""
    found = []
    for word in WORD_RE.finditer(text, start, end):
        name = word.group()[1:] if word.group().startswith("و") and len(word.group()) > 2 else word.group()
        if name == "و":
            continue
        at = word.end() - len(name)
        province = next((e for e in lookup(head + " " + search_form(name)) if e.type in ("GPE", "LOC")), None)
        if province is not None:
            found.append(Match(at, word.end(), province.id, "province", search_form(name)))
    return found


def _clitic_only(text: str, match: Match) -> bool:
    """The member starts the word or follows a و glued to it (ومأرب)."""
    return match.start == 0 or not text[match.start - 1].isalpha() or text[match.start - 1] == "و"


def _province(head: str, name: str, entry: Entry, lookup: Callable[[str], list[Entry]]) -> Entry | None:
    """The province "head + name" of the entry's country, if the base has it."""
    if entry.type not in ("GPE", "LOC"):
        return None
    for candidate in lookup(head + " " + search_form(name)):
        if candidate.id != entry.id and candidate.type in ("GPE", "LOC") and \
                (candidate.country == entry.country or not entry.country):
            return candidate
    return None

"""Date expressions in Arabic news text, resolved against the publication date.

`find_dates` works on the search form of the text (rasd.text.normalize) so that
diacritics, hamza spellings and Arabic-Indic digits do not matter, and reports offsets
into the text it was given. It is regexes and table lookups only (no dateparser): a
sentence without a date word costs one pass of `\\w+` and a set lookup per word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rasd.text.normalize import Normalized, normalize, normalized
from rasd.time.calendars import parse_published
from rasd.time.lexicon import first_words
from rasd.time.patterns import patterns
from rasd.time.resolve import RESOLVERS, Context


class DateRef(NamedTuple):
    """A date expression: `text[start:end] == self.text` in the text given to `find_dates`.

    `date` is ISO; for a week, month or year it is the first day of the month or year (a
    week: the same weekday that many weeks away). `precision` is "day", "week", "month"
    or "year". A relative expression without a publication date has date None.
    """

    start: int
    end: int
    text: str
    date: str | None
    precision: str


_WORD = re.compile(r"\w+")
# ل + ال is written لل ("للعام"): read it as ال so that one pattern covers both; the same
# length, so offsets do not move.
_LAM_LAM = re.compile(r"(?<!\w)([وف]?)لل(?=\w)")
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def find_dates(
    text: str, published: str | None, start: int = 0, end: int | None = None, *, future: bool = False
) -> list[DateRef]:
    """Every date expression in `text[start:end]`, in text order, non-overlapping (the
    longest wins), resolved against `published` (ISO date or None).

    `future=True` makes a bare weekday ("يوم الخميس") the next one on or after the
    publication date instead of the last one on or before it: for planned events.
    """
    end = len(text) if end is None else max(start, min(end, len(text)))
    start = max(0, min(start, end))
    norm = normalized(text) if start == 0 and end == len(text) else normalize(text[start:end])
    search = norm.text
    if "لل" in search:
        search = _LAM_LAM.sub(r"\1ال", search)
    ctx = Context(search, parse_published(published), future)
    found = _best(_candidates(ctx))
    return [_ref(norm, text, start, *item) for item in found]


def _triggers(search: str) -> list[int]:
    """Positions (after clitics) where a date expression may begin."""
    first = first_words()
    positions: list[int] = []
    for word in _WORD.finditer(search):
        w = word.group()
        for clitic in _CLITICS:
            if not w.startswith(clitic):
                continue
            rest = w[len(clitic):]
            if rest and (rest in first or rest[0].isdigit()):
                positions.append(word.start() + len(clitic))
                break
    return positions


def _candidates(ctx: Context) -> list[tuple[int, int, str | None, str]]:
    out: list[tuple[int, int, str | None, str]] = []
    for position in _triggers(ctx.text):
        for name, pattern in patterns():
            match = pattern.match(ctx.text, position)
            if match is None:
                continue
            resolved = RESOLVERS[name](match, ctx)
            if resolved is not None:
                out.append((match.start(), match.end(), *resolved))
    return out


def _best(candidates: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    """Longest first, then earliest; keep those that overlap nothing kept; text order."""
    kept: list[tuple[int, int, str | None, str]] = []
    for item in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept)


def _ref(norm: Normalized, text: str, offset: int, nstart: int, nend: int, day: str | None, precision: str) -> DateRef:
    ostart, oend = norm.to_original(nstart, nend)
    ostart, oend = ostart + offset, oend + offset
    return DateRef(ostart, oend, text[ostart:oend], day, precision)

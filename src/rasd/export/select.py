"""Which rows an export keeps: CAMEO roots, a date range, and whether copies count.

Rows of a near-duplicate article (a wire copy, `duplicate_of` set) are left out unless
`duplicates` is true: the act they report is already counted with the original.

The date of a row is its event's resolved date, else the article's publication date, so an
event the text does not date still falls in the range its article was published in. Dates are
ISO strings, compared as such; a row with no date at all is left out once a range is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rasd.errors import UsageError


@dataclass(frozen=True, slots=True)
class RowFilter:
    roots: frozenset[str] = frozenset()  # two-digit CAMEO roots ("19"); empty keeps all
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    duplicates: bool = False  # keep the rows of near-duplicate articles

    def __call__(self, row: dict[str, Any]) -> bool:
        if not self.duplicates and row.get("duplicate_of"):
            return False
        if self.roots and _root(row) not in self.roots:
            return False
        if self.since is None and self.until is None:
            return True
        day = (row.get("date") or row.get("published") or "")[:10]
        if not day:
            return False
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    @property
    def active(self) -> bool:
        return bool(self.roots) or self.since is not None or self.until is not None or not self.duplicates


def cameo_roots(values: Iterable[str]) -> frozenset[str]:
    """`19`, `4` or `04` -> the two-digit roots; UsageError for anything else."""
    roots = set()
    for value in values:
        text = value.strip()
        if not (text.isdigit() and 1 <= len(text) <= 2 and 1 <= int(text) <= 20):
            raise UsageError(f"{value!r} is not a CAMEO root (01 to 20)")
        roots.add(text.zfill(2))
    return frozenset(roots)


def iso_day(value: str) -> str:
    """A date as `YYYY-MM-DD`; UsageError naming the value when it is not an ISO date."""
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as err:
        raise UsageError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from err


def _root(row: dict[str, Any]) -> str:
    return row.get("root") or (row.get("cameo") or "")[:2]

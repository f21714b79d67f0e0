"""The events table's and the map's filters, read from a GET form.

The same fields filter both pages and go to `Reader.events` / `Reader.event_places` and to
the CSV export as they are, so a filtered map links to the same filtered table. A value that
cannot be a filter (a root outside 01-20, a date that is not ISO) is a `FilterError` naming
the field, which the page shows as a 400.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from starlette.datastructures import QueryParams

MODALITIES = ("asserted", "planned", "negated", "hypothetical", "reported")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
PAGE_SIZE = 50


class FilterError(ValueError):
    """A filter value the form should not have sent; the message names the field."""


@dataclass(frozen=True, slots=True)
class EventFilters:
    actor: str | None = None
    root: str | None = None
    plover: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    modality: str | None = None
    story: str | None = None
    page: int = 1

    @classmethod
    def from_query(cls, params: QueryParams) -> EventFilters:
        def text(name: str) -> str | None:
            value = (params.get(name) or "").strip()
            return value or None

        return cls(
            actor=text("actor"),
            root=_root(text("root")),
            plover=_choice("plover", text("plover"), PLOVER_TYPES, upper=True),
            date_from=_day("date_from", text("date_from")),
            date_to=_day("date_to", text("date_to")),
            place=text("place"),
            modality=_choice("modality", text("modality"), MODALITIES),
            story=text("story"),
            page=_page(text("page")),
        )

    def reader_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of `Reader.events` / `Reader.event_places` (no paging)."""
        fields = asdict(self)
        del fields["page"]
        return {k: v for k, v in fields.items() if v is not None}

    def params(self, **changes: Any) -> dict[str, Any]:
        """The form's fields as query parameters, for links to other pages of the same view."""
        fields = asdict(replace(self, **changes))
        if fields["page"] == 1:
            del fields["page"]
        return fields

    @property
    def active(self) -> bool:
        return bool(self.reader_kwargs())


def _root(value: str | None) -> str | None:
    if value is None:
        return None
    root = value.zfill(2)
    if root not in ROOTS:
        raise FilterError(f"root: {value!r} is not a CAMEO root (01 to 20)")
    return root


def _choice(name: str, value: str | None, allowed: tuple[str, ...], upper: bool = False) -> str | None:
    if value is None:
        return None
    value = value.upper() if upper else value.lower()
    if value not in allowed:
        raise FilterError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _day(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise FilterError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _page(value: str | None) -> int:
    if value is None:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise FilterError(f"page: {value!r} is not a page number")
    return int(value)

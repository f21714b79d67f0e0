"""Flat rows from FORMAT.md records: what the exporters write, one function per table.

Each function takes one record (a dict, as `Document.to_dict()` returns or `rasd process`
writes) and returns its rows with exactly the columns of `columns.py`, in that order. Actor
references are resolved against the record's own entities, so a row carries the English and
Arabic names next to the words of the article. The record is only read. A value that does not
have its column's type (a string where an offset belongs) is exported as missing instead of
stopping a long export; records written by rasd always have the right types.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

from rasd.export.columns import (
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    Columns,
    Kind,
)

Row = dict[str, Any]
Record = dict[str, Any]
Entities = dict[str, dict[str, Any]]


def event_rows(record: Record) -> list[Row]:
    """One row per target of each event; an event without targets is one row, targets empty."""
    base, entities = _document_keys(record), _entity_index(record)
    rows = []
    for i, event in enumerate(_items(record, "events")):
        targets: list[dict[str, Any] | None] = [t for t in event.get("targets") or [] if isinstance(t, dict)]
        head = {
            **base,
            "event_index": i,
            "date": event.get("date"),
            "date_text": event.get("date_text"),
            "cameo": event.get("cameo"),
            "root": event.get("root"),
            "plover": event.get("plover"),
            **_actor(event.get("source"), "source", entities),
            "targets_count": len(targets),
        }
        tail = {"modality": event.get("modality"), **_place(event.get("place")),
                **_span(event, "evidence")}
        rows += [_typed({**head, **_actor(t, "target", entities), **tail}, EVENT_COLUMNS)
                 for t in targets or [None]]
    return rows


def quote_rows(record: Record) -> list[Row]:
    """One row per quote, with its speaker resolved."""
    base, entities = _document_keys(record), _entity_index(record)
    return [
        _typed({
            **base,
            "quote_index": i,
            **_actor(quote.get("speaker"), "speaker", entities),
            "cue": quote.get("cue"),
            "direct": quote.get("direct"),
            **_span(quote, "text"),
        }, QUOTE_COLUMNS)
        for i, quote in enumerate(_items(record, "quotes"))
    ]


def entity_rows(record: Record) -> list[Row]:
    """One row per entity of the record, with how often and where it is first mentioned."""
    base = _document_keys(record)
    rows = []
    for entity in _items(record, "entities"):
        mentions = [m for m in entity.get("mentions") or [] if isinstance(m, dict)]
        first = min(mentions, key=_mention_start, default={})
        rows.append(_typed({
            **base,
            "entity_id": entity.get("id"),
            **{key: entity.get(key) for key in ("type", "name_ar", "name_en", "wikidata", "actor_code")},
            "mentions_count": len(mentions),
            "first_mention": first.get("text"),
            "first_start": first.get("start"),
        }, ENTITY_COLUMNS))
    return rows


def mention_rows(record: Record) -> list[Row]:
    """One row per mention: where in the text each entity is named, in the words used there."""
    return [
        _typed({"doc_id": record.get("id"), "entity_id": entity.get("id"), "type": entity.get("type"),
                "name_en": entity.get("name_en"), **mention}, MENTION_COLUMNS)
        for entity in _items(record, "entities")
        for mention in entity.get("mentions") or [] if isinstance(mention, dict)
    ]


def document_rows(record: Record) -> list[Row]:
    """The one row of a record: where it comes from, what it is, and how much was found in it."""
    source = record.get("source") or {}
    entities = _items(record, "entities")
    return [_typed({
        "doc_id": record.get("id"),
        "source_id": source.get("id"),
        **{key: source.get(key) for key in ("path", "url", "outlet", "credit")},
        **{key: record.get(key) for key in ("title", "published", "language", "duplicate_of", "story")},
        "text_chars": len(record.get("text") or ""),
        "removed_count": len(record.get("removed") or []),
        "entities_count": len(entities),
        "mentions_count": sum(len(e.get("mentions") or []) for e in entities),
        "quotes_count": len(_items(record, "quotes")),
        "events_count": len(_items(record, "events")),
    }, DOCUMENT_COLUMNS)]


class Table(NamedTuple):
    """What `rasd export <name>` writes: its columns and how a record becomes rows."""

    columns: Columns
    rows: Callable[[Record], list[Row]]


TABLES: dict[str, Table] = {
    "events": Table(EVENT_COLUMNS, event_rows),
    "quotes": Table(QUOTE_COLUMNS, quote_rows),
    "entities": Table(ENTITY_COLUMNS, entity_rows),
    "mentions": Table(MENTION_COLUMNS, mention_rows),
    "documents": Table(DOCUMENT_COLUMNS, document_rows),
}


# -- parts shared by the tables -----------------------------------------------------------------


def _document_keys(record: Record) -> Row:
    source = record.get("source") or {}
    return {"doc_id": record.get("id"), "url": source.get("url"), "outlet": source.get("outlet"),
            "published": record.get("published"), "duplicate_of": record.get("duplicate_of"),
            "story": record.get("story")}


def _items(record: Record, key: str) -> list[dict[str, Any]]:
    """The objects of a record list; anything else in it is not an annotation and is skipped."""
    return [item for item in record.get(key) or [] if isinstance(item, dict)]


def _entity_index(record: Record) -> Entities:
    return {e["id"]: e for e in _items(record, "entities") if isinstance(e.get("id"), str)}


def _actor(ref: Any, prefix: str, entities: Entities) -> Row:
    """An actor reference as columns. `name` is the entity's English name, `name_ar` its Arabic
    one; an unnamed actor (no entity, or one the record does not list) is named by its words."""
    ref = ref if isinstance(ref, dict) else {}
    entity = entities.get(ref.get("entity") or "", {})
    text = ref.get("text")
    return {
        f"{prefix}_entity": ref.get("entity"),
        f"{prefix}_name": entity.get("name_en") or text,
        f"{prefix}_name_ar": entity.get("name_ar") or text,
        f"{prefix}_text": text,
        f"{prefix}_code": ref.get("actor_code"),
    }


def _place(place: Any) -> Row:
    place = place if isinstance(place, dict) else {}
    return {"place_entity": place.get("entity"), "place_name": place.get("name_en"),
            "lat": place.get("lat"), "lon": place.get("lon")}


def _span(item: dict[str, Any], text_key: str) -> Row:
    return {text_key: item.get(text_key), "start": item.get("start"), "end": item.get("end")}


def _mention_start(mention: dict[str, Any]) -> int:
    start = mention.get("start")
    return start if isinstance(start, int) else 1 << 62


def _typed(row: Row, columns: Columns) -> Row:
    """The row with exactly `columns`, in their order, each value of its column's type or None."""
    return {column.name: _CONVERT[column.kind](row.get(column.name)) for column in columns}


def _as_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _as_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _as_float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _as_bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _as_bytes(value: Any) -> bytes | None:
    return value if isinstance(value, bytes) else None


_CONVERT: dict[Kind, Callable[[Any], Any]] = {"str": _as_str, "int": _as_int, "float": _as_float,
                                              "bool": _as_bool, "bytes": _as_bytes}

"""Flatten one `Document` into the rows of each table (see `schema.py`).

The record lists (entities, quotes, events) are plain dicts written by other stages; these
functions read them with `.get` so that a record with an optional key missing is still stored
whole in `documents.record`, with NULL in the flattened column. Nothing here touches a database.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasd.model import Document
from rasd.text.normalize import search_form

Row = dict[str, Any]


def document_row(doc: Document, search_text: str) -> Row:
    """The `documents` row: source fields spread out, the full record kept as JSON."""
    source = doc.source
    return {
        "id": doc.id,
        "source_id": source.id,
        "path": source.path,
        "url": source.url,
        "outlet": source.outlet,
        "credit": source.credit,
        "author": source.author,
        "dateline": source.dateline,
        "encoding": source.encoding,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "duplicate_of": doc.duplicate_of,
        "story": doc.story,
        "text": doc.text,
        "search_text": search_text,
        "record": doc.to_dict(),
    }


def removed_rows(doc: Document) -> list[Row]:
    return [
        {"doc_id": doc.id, "position": i, "kind": part.kind, "text": part.text}
        for i, part in enumerate(doc.removed)
    ]


def entity_rows(doc: Document) -> list[Row]:
    """Entities are shared across documents by their knowledge-base id; ones without an id
    exist only inside their record and get no row."""
    rows: dict[str, Row] = {}
    for entity in doc.entities:
        entity_id = entity.get("id")
        if entity_id and entity_id not in rows:
            rows[entity_id] = {
                "id": entity_id,
                "type": entity.get("type"),
                "name_ar": entity.get("name_ar"),
                "name_en": entity.get("name_en"),
                "wikidata": entity.get("wikidata"),
                "actor_code": entity.get("actor_code"),
            }
    return list(rows.values())


def mention_rows(doc: Document) -> list[Row]:
    return [
        {
            "doc_id": doc.id,
            "position": i,
            "entity_id": entity.get("id"),
            "start": mention.get("start"),
            "end": mention.get("end"),
            "text": mention.get("text"),
        }
        for i, (entity, mention) in enumerate(_mentions(doc))
    ]


def _mentions(doc: Document) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for entity in doc.entities:
        for mention in entity.get("mentions") or []:
            yield entity, mention


def _actor(ref: dict[str, Any] | None, prefix: str) -> Row:
    """An actor reference (speaker, source) as three columns; an absent actor is all NULL."""
    ref = ref or {}
    return {
        f"{prefix}_entity": ref.get("entity"),
        f"{prefix}_text": ref.get("text"),
        f"{prefix}_code": ref.get("actor_code"),
    }


def quote_rows(doc: Document) -> list[Row]:
    return [
        {
            "doc_id": doc.id,
            "position": i,
            **_actor(quote.get("speaker"), "speaker"),
            "cue": quote.get("cue"),
            "direct": quote.get("direct"),
            "start": quote.get("start"),
            "end": quote.get("end"),
            "text": quote.get("text"),
        }
        for i, quote in enumerate(doc.quotes)
    ]


def event_rows(doc: Document) -> list[Row]:
    return [
        {
            "doc_id": doc.id,
            "position": i,
            "cameo": event.get("cameo"),
            "root": event.get("root"),
            "plover": event.get("plover"),
            **_actor(event.get("source"), "source"),
            "targets": event.get("targets"),
            "modality": event.get("modality"),
            "date": event.get("date"),
            "date_text": event.get("date_text"),
            "place": event.get("place"),
            "start": event.get("start"),
            "end": event.get("end"),
            "evidence": event.get("evidence"),
        }
        for i, event in enumerate(doc.events)
    ]


def event_actor_rows(doc: Document) -> list[Row]:
    """Each named or coded actor of each event: slot 0 is the source, 1.. the targets in order.
    An actor with neither an entity nor a code (plain words) cannot be filtered on and gets no row."""
    rows = []
    for i, event in enumerate(doc.events):
        refs = [("source", event.get("source")), *(("target", t) for t in event.get("targets") or [])]
        for slot, (role, ref) in enumerate(refs):
            if isinstance(ref, dict) and (ref.get("entity") or ref.get("actor_code")):
                rows.append({"doc_id": doc.id, "position": i, "slot": slot, "role": role,
                             "entity_id": ref.get("entity"), "code": ref.get("actor_code")})
    return rows


def entity_name_rows(doc: Document) -> list[Row]:
    """The search forms an entity is named by here: its Arabic name and every mention's words."""
    forms: dict[tuple[str, str], None] = {}
    for entity in doc.entities:
        entity_id = entity.get("id")
        if not entity_id:
            continue
        names = [entity.get("name_ar"), *(m.get("text") for m in entity.get("mentions") or [])]
        for name in names:
            if isinstance(name, str) and (form := search_form(name)):
                forms[(entity_id, form)] = None
    return [{"entity_id": entity_id, "form": form} for entity_id, form in forms]

"""The parts of the read-side queries (rasd.store.queries): the filters of each listing in SQL,
the ordered keys and the rows of a page, and the shapes of the items the API returns.

Every function takes a connection and returns plain values; nothing here caches or knows about
the Reader, which decides what is computed once and kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.errors import UsageError
from rasd.store import profile
from rasd.store.schema import documents, entities, event_actors, events, mentions, quotes, stories
from rasd.store.store import MIN_PREFIX


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What `Reader.events` and `Reader.event_places` select; every field None means all."""

    actor: str | None = None
    root: str | None = None
    plover: str | None = None
    cameo: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    modality: str | None = None
    doc_id: str | None = None
    story: str | None = None
    include_duplicates: bool = False





SUMMARY = (documents.c.id, documents.c.title, documents.c.outlet, documents.c.published, documents.c.url,
            documents.c.story, documents.c.duplicate_of)
ARTICLE = (documents.c.title, documents.c.published, documents.c.outlet)
EVENTS_JOINED = events.join(documents, documents.c.id == events.c.doc_id)
QUOTES_JOINED = quotes.join(documents, documents.c.id == quotes.c.doc_id)
EVENT_DAY = sa.func.substr(sa.func.coalesce(events.c.date, documents.c.published), 1, 10)


def document_filter(outlet: str | None, story: str | None, date_from: str | None,
                     date_to: str | None) -> list[Any]:
    where: list[Any] = []
    if outlet is not None:
        where.append(documents.c.outlet == outlet)
    if story is not None:
        where.append(documents.c.story == story)
    if date_from is not None:
        where.append(documents.c.published >= _day(date_from))
    if date_to is not None:
        where.append(documents.c.published < _next_day(date_to))
    return where


def quote_filter(actor: str | None, doc_id: str | None, date_from: str | None, date_to: str | None,
                  direct: bool | None, include_duplicates: bool) -> list[Any]:
    where = _days(sa.func.substr(documents.c.published, 1, 10), date_from, date_to)
    if actor is not None:
        where.append(sa.or_(quotes.c.speaker_entity == actor, quotes.c.speaker_code == actor))
    if doc_id is not None:
        where.append(quotes.c.doc_id == doc_id)
    if direct is not None:
        where.append(quotes.c.direct.is_(direct))
    if not include_duplicates:
        where.append(documents.c.duplicate_of.is_(None))
    return where


def event_filter(f: EventFilter) -> list[Any]:
    where = _days(EVENT_DAY, f.date_from, f.date_to)
    if f.actor is not None:
        acting = sa.select(event_actors.c.doc_id, event_actors.c.position).where(
            sa.or_(event_actors.c.entity_id == f.actor, event_actors.c.code == f.actor))
        where.append(sa.tuple_(events.c.doc_id, events.c.position).in_(acting))
    equal = ((events.c.root, _root(f.root)), (events.c.plover, f.plover and f.plover.upper()),
             (events.c.modality, f.modality), (events.c.doc_id, f.doc_id), (documents.c.story, f.story))
    where += [column == value for column, value in equal if value is not None]
    if f.cameo is not None:
        where.append(events.c.cameo.startswith(f.cameo, autoescape=True))
    if f.place is not None:
        where.append(events.c.place["entity"].as_string() == f.place)
    if not f.include_duplicates:
        where.append(documents.c.duplicate_of.is_(None))
    return where


def _days(day: Any, date_from: str | None, date_to: str | None) -> list[Any]:
    where = []
    if date_from is not None:
        where.append(day >= _day(date_from))
    if date_to is not None:
        where.append(day <= _day(date_to))
    return where


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as err:
        raise UsageError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from err


def _next_day(value: str) -> str:
    """Published values may carry a time after the day: `< next day` keeps the whole last day."""
    return (date.fromisoformat(_day(value)) + timedelta(days=1)).isoformat()


def _root(value: str | None) -> str | None:
    """`4`, `04` -> `04`; anything else is compared as given (and matches nothing)."""
    return value.zfill(2) if value is not None and value.isdigit() and len(value) <= 2 else value


def id_or_prefix(doc_id: str, dialect: str) -> Any:
    """Ids starting with `doc_id`. On SQLite as a range of the primary key, which LIKE would scan
    row by row; elsewhere as LIKE, since a collation may not sort U+10FFFF last."""
    if len(doc_id) < MIN_PREFIX:
        return documents.c.id == doc_id
    if dialect == "sqlite":
        return sa.and_(documents.c.id >= doc_id, documents.c.id < doc_id + "\U0010ffff")
    return documents.c.id.startswith(doc_id, autoescape=True)


def count_rows(conn: Connection, query: sa.Select[Any]) -> int:
    return conn.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0


def store_state(conn: Connection) -> tuple[Any, ...]:
    """What changes whenever a document is stored (how many there are, the newest one's time) or
    a story gains articles, stored ones included (how many stories, their sizes added up)."""
    docs = conn.execute(sa.select(sa.func.count(), sa.func.max(documents.c.created_at))).one()
    told = conn.execute(sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(stories.c.size), 0))).one()
    return (*docs, *told)


Counts = dict[str, tuple[int, int, int]]  # doc_id -> entities, quotes, events


def summaries(rows: Sequence[Any], counts: Counts) -> list[dict[str, Any]]:
    """Document rows with how many entities, quotes and events each has."""
    items = []
    for row in rows:
        n_entities, n_quotes, n_events = counts.get(row.id, (0, 0, 0))
        items.append({**row._asdict(), "n_entities": n_entities, "n_quotes": n_quotes, "n_events": n_events})
    return items


def counts_of(conn: Connection, ids: list[str] | None) -> Counts:
    """The counts of the documents `ids` (None: of every document), three grouped queries in all."""
    per_table = [_per_document(conn, mentions, ids, sa.func.count(mentions.c.entity_id.distinct())),
                 _per_document(conn, quotes, ids, sa.func.count()), _per_document(conn, events, ids, sa.func.count())]
    keys = set().union(*per_table)
    return {doc_id: (per_table[0].get(doc_id, 0), per_table[1].get(doc_id, 0), per_table[2].get(doc_id, 0))
            for doc_id in keys}


def _per_document(conn: Connection, table: sa.Table, ids: list[str] | None, count: Any) -> dict[str, int]:
    if ids is not None and not ids:
        return {}
    query = sa.select(table.c.doc_id, count).group_by(table.c.doc_id)
    if ids is not None:
        query = query.where(table.c.doc_id.in_(ids))
    return {doc_id: n for doc_id, n in conn.execute(query)}


def names_of(conn: Connection, ids: Iterable[str | None]) -> dict[str, Any]:
    """English and Arabic names of the entities `ids` (one query for a page of rows)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    query = sa.select(entities.c.id, entities.c.name_en, entities.c.name_ar).where(entities.c.id.in_(wanted))
    return {row.id: row for row in conn.execute(query)}


def _actor(ref: Any, names: dict[str, Any]) -> dict[str, Any] | None:
    """An actor reference with the names of its entity (None for a missing actor)."""
    if not isinstance(ref, dict):
        return None
    entity = names.get(ref.get("entity") or "")
    return {"entity": ref.get("entity"), "text": ref.get("text"), "actor_code": ref.get("actor_code"),
            "name_en": entity.name_en if entity else None, "name_ar": entity.name_ar if entity else None}


def quote_item(row: Any, names: dict[str, Any]) -> dict[str, Any]:
    speaker = {"entity": row.speaker_entity, "text": row.speaker_text, "actor_code": row.speaker_code}
    return {"doc_id": row.doc_id, "index": row.position, "speaker": _actor(speaker, names), "cue": row.cue,
            "direct": row.direct, "start": row.start, "end": row.end, "text": row.text,
            "title": row.title, "published": row.published, "outlet": row.outlet}


def event_entities(rows: Sequence[Any]) -> Iterable[str | None]:
    for row in rows:
        yield row.source_entity
        yield from (t.get("entity") for t in row.targets or [] if isinstance(t, dict))


def event_item(row: Any, names: dict[str, Any]) -> dict[str, Any]:
    source = {"entity": row.source_entity, "text": row.source_text, "actor_code": row.source_code}
    has_source = row.source_text is not None or row.source_entity is not None
    return {"doc_id": row.doc_id, "index": row.position, "cameo": row.cameo, "root": row.root,
            "plover": row.plover, "source": _actor(source, names) if has_source else None,
            "targets": [a for t in row.targets or [] if (a := _actor(t, names))],
            "modality": row.modality, "date": row.date, "date_text": row.date_text,
            "place": row.place if isinstance(row.place, dict) else None, "start": row.start, "end": row.end,
            "evidence": row.evidence, "title": row.title, "published": row.published, "outlet": row.outlet}


def story_items(conn: Connection, rows: Sequence[Any], actors: int = 5) -> list[dict[str, Any]]:
    """Story rows with their outlets (by article count) and top actors, grouped for the whole page."""
    ids = [row.id for row in rows]
    outlets: dict[str, list[str]] = {i: [] for i in ids}
    by_outlet = (sa.select(documents.c.story, documents.c.outlet, sa.func.count().label("n"))
                 .where(documents.c.story.in_(ids), documents.c.outlet.is_not(None))
                 .group_by(documents.c.story, documents.c.outlet))
    for story, outlet, _n in sorted(conn.execute(by_outlet) if ids else [], key=lambda r: (-r[2], r[1])):
        outlets[story].append(outlet)
    top = profile.story_actors(conn, ids, actors)
    return [{**row._asdict(), "outlets": outlets[row.id], "actors": top.get(row.id, [])} for row in rows]


def ordered_keys(conn: Connection, query: sa.Select[Any]) -> list[tuple[str, int]]:
    """A listing's (doc_id, position) keys in its order: what is cached of it, the rows are not."""
    return [(doc_id, position) for doc_id, position in conn.execute(query)]


def rows_of(conn: Connection, query: sa.Select[Any], table: sa.Table, page: Sequence[tuple[str, int]]) -> list[Any]:
    """The rows of `page`'s keys, in its order (read by their documents, the others dropped)."""
    wanted = {key: i for i, key in enumerate(page)}
    if not wanted:
        return []
    found = conn.execute(query.where(table.c.doc_id.in_(sorted({d for d, _ in page})))).all()
    kept = [row for row in found if (row.doc_id, row.position) in wanted]
    return sorted(kept, key=lambda row: wanted[(row.doc_id, row.position)])


def profile_of(conn: Connection, entity_id: str, entry: Any, pairs: profile.Pairs) -> dict[str, Any] | None:
    """The aggregate parts of an entity's profile (rasd.store.profile); None for an unknown id."""
    row = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).first()
    if row is None:
        return None
    return {**row._asdict(), **profile.counts(conn, entity_id), "aliases": profile.aliases(conn, entity_id, entry),
            **profile.kb_fields(entry), "timeline": profile.timeline(conn, entity_id),
            "co_occurring": profile.co_occurring(conn, entity_id, pairs),
            "relations": profile.relations(conn, entity_id)}


def places(conn: Connection, chosen: EventFilter) -> list[dict[str, Any]]:
    """The events `chosen` selects, grouped by place (those with coordinates), most events first."""
    where = event_filter(chosen)
    place_id = events.c.place["entity"].as_string()
    lat, lon = events.c.place["lat"].as_float(), events.c.place["lon"].as_float()
    query = (sa.select(place_id.label("place"), sa.func.max(events.c.place["name_en"].as_string()),
                       sa.func.avg(lat), sa.func.avg(lon), sa.func.count())
             .select_from(EVENTS_JOINED).where(*where, place_id.is_not(None), lat.is_not(None),
                                                lon.is_not(None))
             .group_by(place_id).order_by(sa.func.count().desc(), place_id))
    return [{"place": p, "name_en": name, "lat": float(la), "lon": float(lo), "n": n}
            for p, name, la, lo, n in conn.execute(query)]

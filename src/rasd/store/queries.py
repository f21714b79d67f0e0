"""The read side of the store, for the API and the web page: filtered, paginated listings and
profiles, as plain dicts, in SQLAlchemy Core over `rasd.store.schema` (SQLite and PostgreSQL).

Conventions every listing keeps:
- a `Page` carries the items, the total that matched and the limit and offset asked for;
- an actor filter takes an entity id (`trump-donald`) or a CAMEO actor code (`USAGOV`), matched
  exactly, as the source or any target of an event (`event_actors`) or as a quote's speaker;
- near-duplicates (`documents.duplicate_of` set) are listed as documents but their events and
  quotes are left out of listings and counts unless `include_duplicates=True`, so one act
  reported by five outlets' wire copies is counted once;
- dates are ISO days, both ends inclusive; an event's day is its resolved date, else the day
  its article was published (as in the exports).

Many clients ask for the same listings, so what is costly is computed once per state of the
store and cached (rasd.store.cache): the ordered keys of each listing and the items of its pages,
the counts of every document, entity searches, profiles, place counts and statistics. A listing
with new filters costs one query for its keys; a page not seen yet, one for its rows. The state is the number of
documents and the newest one's time, read at most once a second (`state_seconds`), so another
process's ingest is seen within a second and one through `forget()` (the API's) at once.
"""

from __future__ import annotations

import bisect
import itertools
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.errors import UsageError
from rasd.kb import KnowledgeBase
from rasd.model import Document
from rasd.store import profile
from rasd.store.cache import StateCache
from rasd.store.entity_search import KBNames
from rasd.store.schema import (
    documents,
    entities,
    entity_names,
    event_actors,
    events,
    mentions,
    quotes,
    stories,
)
from rasd.store.search import SearchHit
from rasd.store.store import MIN_PREFIX, Store
from rasd.text.normalize import search_form

T = TypeVar("T")
CACHE_SECONDS = 30.0  # cached results are also dropped after this, for changes that add no document
STATE_SECONDS = 1.0  # how stale the store's state may be: an ingest is seen within this
CACHE_SIZE = 2048  # listings (their keys), entity searches and profiles kept per process
PAGE_CACHE_SIZE = 512  # pages of listing items kept per process


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class _NameList:
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
class _Names:
    """What an entity search scans: the stored names in search form and the English names
    folded, and the entities by id with their place in the most-mentioned order."""

    arabic: _NameList
    english: _NameList
    rows: dict[str, dict[str, Any]]
    order: dict[str, int]


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


class Reader:
    """Read-only queries over one store. Thread-safe: the API calls it from many threads."""

    def __init__(self, store: Store, kb: KnowledgeBase | None = None, *, state_seconds: float = STATE_SECONDS):
        self.store = store
        self._engine = store.engine
        self._kb = kb
        self._names: KBNames | None = None
        self._cache = StateCache(size=CACHE_SIZE, ttl=CACHE_SECONDS)
        self._pages = StateCache(size=PAGE_CACHE_SIZE, ttl=CACHE_SECONDS)  # the items of listing pages
        self._lock = threading.Lock()
        self._last_state: tuple[float, tuple[Any, ...]] | None = None
        self.state_seconds = state_seconds

    def forget(self) -> None:
        """Read the store's state again on the next call: documents were just stored."""
        with self._lock:
            self._last_state = None

    def warm(self) -> None:
        """Load the knowledge base and its name index, and compute what every listing shares (the
        entity table, names and mention pairs, document counts, statistics, the unfiltered lists),
        now rather than in the first requests, which would wait for it."""
        self.kb_names().candidates("")
        self._entity_names()
        self._cached(("mention pairs",), profile.Pairs)
        self._document_counts()
        self.stats()
        for listing in (self.documents, self.events, self.quotes, self.stories):
            listing(limit=1)

    def kb(self) -> KnowledgeBase:
        with self._lock:
            if self._kb is None:
                from rasd.kb import default

                self._kb = default()
            return self._kb

    def kb_names(self) -> KBNames:
        kb = self.kb()
        with self._lock:
            self._names = self._names or KBNames(kb)
            return self._names

    # -- documents -----------------------------------------------------------------------------

    def documents(self, *, outlet: str | None = None, story: str | None = None, date_from: str | None = None,
                  date_to: str | None = None, limit: int = 50, offset: int = 0) -> Page[dict[str, Any]]:
        """Document summaries, newest first, with how many entities, quotes and events each has."""
        where = _document_filter(outlet, story, date_from, date_to)
        ids = self._cached(("documents", outlet, story, date_from, date_to), lambda conn: list(conn.scalars(
            sa.select(documents.c.id).where(*where).order_by(documents.c.published.desc().nulls_last(),
                                                             documents.c.id))))
        page = tuple(ids[offset:offset + limit])
        counts = self._document_counts()

        def rows(conn: Connection) -> list[dict[str, Any]]:
            found = {row.id: row for row in conn.execute(sa.select(*_SUMMARY).where(documents.c.id.in_(page)))}
            return _summaries([found[i] for i in page if i in found], counts)

        return Page(self._cached(("document rows", page), rows, self._pages), len(ids), limit, offset)

    def document(self, doc_id: str) -> Document | None:
        """The full document by id or unique id prefix; UsageError when the prefix is shared."""
        full = self._resolve(doc_id)
        return self.store.get(full) if full is not None else None

    def record_json(self, doc_id: str) -> str | None:
        """The record of `document(doc_id)` as the JSON text it is stored as, for an answer that
        need not parse and re-encode the largest item the API serves."""
        full = self._resolve(doc_id)
        if full is None:
            return None
        with self._engine.connect() as conn:
            return conn.scalar(sa.select(sa.cast(documents.c.record, sa.Text)).where(documents.c.id == full))

    def _resolve(self, doc_id: str) -> str | None:
        """The id a full id or a unique prefix names; UsageError when the prefix is shared."""
        with self._engine.connect() as conn:
            if conn.scalar(sa.select(documents.c.id).where(documents.c.id == doc_id)) is not None:
                return doc_id
            ids = list(conn.scalars(sa.select(documents.c.id).where(_id_or_prefix(doc_id, conn.dialect.name))
                                    .order_by(documents.c.id).limit(2)))
        if len(ids) > 1:
            raise UsageError(f"id prefix {doc_id!r} matches several documents ({ids[0]}, {ids[1]}, ...); "
                             "give more characters")
        return ids[0] if ids else None

    # -- entities ------------------------------------------------------------------------------

    def entities(self, q: str | None = None, *, type: str | None = None, limit: int = 50,
                 offset: int = 0) -> Page[dict[str, Any]]:
        """Stored entities, most mentioned first; with `q`, those it names in any spelling (the
        knowledge base's variants, the stored names and mention words, English names), the
        ones the query names exactly first."""
        table = self._entity_table()
        query = q.strip() if q is not None else ""
        if not query and type is None:
            return Page(table[offset:offset + limit], len(table), limit, offset)
        names = self._entity_names() if query else None

        def select(_conn: Connection) -> list[dict[str, Any]]:
            if names is None:
                return [row for row in table if row["type"] == type]
            ranks = self._matching_entities(query, names)
            rows = [row for i, row in sorted((names.order[e], names.rows[e]) for e in ranks if e in names.rows)
                    if type is None or row["type"] == type]
            return sorted(rows, key=lambda row: ranks[row["id"]])  # stable: most mentioned first within a rank

        rows = self._cached(("entity search", query, type), select)
        return Page(rows[offset:offset + limit], len(rows), limit, offset)

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """An entity's profile: names, aliases, quotes, events, timeline, co-occurring actors and
        relations (see `rasd.store.profile`)."""
        entry = self.kb().entries.get(entity_id)
        pairs = self._cached(("mention pairs",), profile.Pairs)
        found = self._cached(("entity", entity_id), lambda conn: _profile(conn, entity_id, entry, pairs))
        if found is None:
            return None
        return {**found, "quotes": self.quotes(actor=entity_id, limit=20).items,
                "events": self.events(actor=entity_id, limit=20).items}

    def _matching_entities(self, q: str, names: _Names) -> dict[str, int]:
        """Entity ids `q` names, ranked: 0 an exact id, knowledge-base name or stored name, 1 the
        rest (a stored name or English name holding it)."""
        ranks = dict(self.kb_names().candidates(q))
        form, folded = search_form(q).strip(), q.casefold()
        found = names.english.containing(folded) | names.arabic.containing(form)
        exact = names.arabic.exact.get(form, set()) | ({q} & names.rows.keys())
        for entity_id in found | exact:
            ranks[entity_id] = min(ranks.get(entity_id, 1), 0 if entity_id in exact else 1)
        return ranks

    def _entity_names(self) -> _Names:
        """Every stored entity's names to match a query against, with the ranked table."""
        table = self._entity_table()

        def compute(conn: Connection) -> _Names:
            arabic = _NameList((form, e) for e, form in conn.execute(
                sa.select(entity_names.c.entity_id, entity_names.c.form)))
            english = _NameList((row["name_en"].casefold(), row["id"]) for row in table if row["name_en"])
            return _Names(arabic, english, {row["id"]: row for row in table},
                          {row["id"]: i for i, row in enumerate(table)})

        return self._cached(("entity names",), compute)

    def _entity_table(self) -> list[dict[str, Any]]:
        """Every stored entity with its mention and document counts, most mentioned first."""
        def compute(conn: Connection) -> list[dict[str, Any]]:
            counts = {r.entity_id: (r.n_mentions, r.n_documents) for r in conn.execute(
                sa.select(mentions.c.entity_id, sa.func.count().label("n_mentions"),
                          sa.func.count(mentions.c.doc_id.distinct()).label("n_documents"))
                .where(mentions.c.entity_id.is_not(None)).group_by(mentions.c.entity_id))}
            rows = [{**row._asdict(), "n_mentions": counts.get(row.id, (0, 0))[0],
                     "n_documents": counts.get(row.id, (0, 0))[1]}
                    for row in conn.execute(sa.select(entities))]
            return sorted(rows, key=lambda row: (-row["n_mentions"], row["id"]))
        return self._cached(("entities",), compute)

    # -- quotes and events ---------------------------------------------------------------------

    def quotes(self, *, actor: str | None = None, doc_id: str | None = None, date_from: str | None = None,
               date_to: str | None = None, direct: bool | None = None, include_duplicates: bool = False,
               limit: int = 50, offset: int = 0) -> Page[dict[str, Any]]:
        """Quotes, newest article first, with their speaker's names and their article's title."""
        where = _quote_filter(actor, doc_id, date_from, date_to, direct, include_duplicates)
        order = (documents.c.published.desc().nulls_last(), quotes.c.doc_id, quotes.c.position)
        keys = self._cached(("quotes", actor, doc_id, date_from, date_to, direct, include_duplicates),
                            lambda conn: _keys(conn, sa.select(quotes.c.doc_id, quotes.c.position)
                                               .select_from(_QUOTES_JOINED).where(*where).order_by(*order)))
        page = tuple(keys[offset:offset + limit])

        def items(conn: Connection) -> list[dict[str, Any]]:
            rows = _rows(conn, sa.select(quotes, *_ARTICLE).select_from(_QUOTES_JOINED), quotes, page)
            names = _names(conn, (r.speaker_entity for r in rows))
            return [_quote(row, names) for row in rows]

        return Page(self._cached(("quote rows", page), items, self._pages), len(keys), limit, offset)

    def events(self, *, actor: str | None = None, root: str | None = None, plover: str | None = None,
               cameo: str | None = None, date_from: str | None = None, date_to: str | None = None,
               place: str | None = None, modality: str | None = None, doc_id: str | None = None,
               story: str | None = None, include_duplicates: bool = False, limit: int = 50,
               offset: int = 0) -> Page[dict[str, Any]]:
        """Events, latest day first; `cameo` is a code prefix (`19` all fighting, `190` that code)."""
        chosen = EventFilter(actor, root, plover, cameo, date_from, date_to, place, modality, doc_id, story,
                             include_duplicates)
        order = (_EVENT_DAY.desc().nulls_last(), events.c.doc_id, events.c.position)
        keys = self._cached(("events", chosen), lambda conn: _keys(conn, sa.select(events.c.doc_id, events.c.position)
                                                                   .select_from(_EVENTS_JOINED)
                                                                   .where(*_event_filter(chosen)).order_by(*order)))
        page = tuple(keys[offset:offset + limit])

        def items(conn: Connection) -> list[dict[str, Any]]:
            rows = _rows(conn, sa.select(events, *_ARTICLE).select_from(_EVENTS_JOINED), events, page)
            names = _names(conn, _event_entities(rows))
            return [_event(row, names) for row in rows]

        return Page(self._cached(("event rows", page), items, self._pages), len(keys), limit, offset)

    def event_places(self, **filters: Any) -> list[dict[str, Any]]:
        """Where the selected events happened, for a map: one item per place with coordinates."""
        chosen = EventFilter(**filters)
        return self._cached(("places", chosen), lambda conn: _places(conn, chosen))

    # -- what an export selects ----------------------------------------------------------------

    def event_keys(self, **filters: Any) -> set[tuple[str, int]]:
        """(doc_id, position) of every event the filters of `events` select."""
        query = sa.select(events.c.doc_id, events.c.position).select_from(_EVENTS_JOINED)
        with self._engine.connect() as conn:
            return {(d, p) for d, p in conn.execute(query.where(*_event_filter(EventFilter(**filters))))}

    def quote_keys(self, *, actor: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   direct: bool | None = None, include_duplicates: bool = False) -> set[tuple[str, int]]:
        """(doc_id, position) of every quote these filters of `quotes` select."""
        where = _quote_filter(actor, None, date_from, date_to, direct, include_duplicates)
        query = sa.select(quotes.c.doc_id, quotes.c.position).select_from(
            quotes.join(documents, documents.c.id == quotes.c.doc_id)).where(*where)
        with self._engine.connect() as conn:
            return {(d, p) for d, p in conn.execute(query)}

    def document_ids(self, *, outlet: str | None = None, story: str | None = None, date_from: str | None = None,
                     date_to: str | None = None) -> list[str]:
        """Ids of the documents these filters of `documents` select, in the order they were stored."""
        query = (sa.select(documents.c.id).where(*_document_filter(outlet, story, date_from, date_to))
                 .order_by(documents.c.created_at, documents.c.id))
        with self._engine.connect() as conn:
            return list(conn.scalars(query))

    def records(self, ids: Iterable[str], chunk: int = 200) -> Iterator[dict[str, Any]]:
        """The full records of `ids`, in that order, read `chunk` at a time."""
        wanted = list(dict.fromkeys(ids))
        for start in range(0, len(wanted), chunk):
            part = wanted[start:start + chunk]
            with self._engine.connect() as conn:
                rows = conn.execute(sa.select(documents.c.id, documents.c.record).where(documents.c.id.in_(part)))
                found = {doc_id: record for doc_id, record in rows}
            yield from (found[i] for i in part if i in found)

    # -- stories, search, statistics ----------------------------------------------------------

    def stories(self, *, limit: int = 50, offset: int = 0) -> Page[dict[str, Any]]:
        """Stories, largest first, with their outlets and most mentioned actors."""
        ids = self._cached(("stories",), lambda conn: list(conn.scalars(sa.select(stories.c.id).order_by(
            stories.c.size.desc(), stories.c.first_published.desc().nulls_last(), stories.c.id))))
        page = ids[offset:offset + limit]

        def items(conn: Connection) -> list[dict[str, Any]]:
            found = {row.id: row for row in conn.execute(sa.select(stories).where(stories.c.id.in_(page)))}
            return _stories(conn, [found[i] for i in page if i in found])

        return Page(self._cached(("stories page", tuple(page)), items), len(ids), limit, offset)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story with its documents (earliest first, up to 500) and its event count."""
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).first()
            if row is None:
                return None
            (item,) = _stories(conn, [row], actors=10)
            docs = conn.execute(sa.select(*_SUMMARY).where(documents.c.story == story_id)
                                .order_by(documents.c.published.asc().nulls_last(), documents.c.id).limit(500)).all()
            item["documents"] = _summaries(docs, _counts_of(conn, [row.id for row in docs]))
            item["n_events"] = _count(conn, sa.select(events.c.doc_id).select_from(_EVENTS_JOINED).where(
                documents.c.story == story_id, documents.c.duplicate_of.is_(None)))
        return item

    def search(self, q: str, limit: int = 20) -> list[SearchHit]:
        """`Store.search`, cached like the listings (hits are frozen, so they are shared)."""
        return self._cached(("search", q, limit), lambda _conn: self.store.search(q, limit=limit))

    def stats(self) -> dict[str, Any]:
        """The store's counts (`Store.stats`) and the events per CAMEO root, duplicates left out."""
        def compute(conn: Connection) -> dict[str, Any]:
            roots = conn.execute(sa.select(events.c.root, sa.func.count()).select_from(_EVENTS_JOINED)
                                 .where(documents.c.duplicate_of.is_(None))
                                 .group_by(events.c.root).order_by(events.c.root))
            duplicates = _count(conn, sa.select(documents.c.id).where(documents.c.duplicate_of.is_not(None)))
            return {**self.store.stats(), "events_by_root": {r or "": n for r, n in roots},
                    "duplicates": duplicates}
        return self._cached(("stats",), compute)

    def _document_counts(self) -> Counts:
        return self._cached(("document counts",), lambda conn: _counts_of(conn, None))

    def _cached(self, key: tuple[Any, ...], compute: Callable[[Connection], T], cache: StateCache | None = None) -> T:
        """`compute(conn)` once per state of the store (see rasd.store.cache), in `cache` (the
        listings' one by default). A computation must not ask for another cached value: two of
        them could wait for each other."""
        with self._engine.connect() as conn:
            return (cache or self._cache).get(key, self._state(conn), lambda: compute(conn))

    def _state(self, conn: Connection) -> tuple[Any, ...]:
        """The store's state (`_state`), read again at most every `state_seconds`: counting the
        documents on every request cost more than many of the answers."""
        with self._lock:
            held = self._last_state
        if held is not None and time.monotonic() - held[0] < self.state_seconds:
            return held[1]
        state = _state(conn)
        with self._lock:
            self._last_state = (time.monotonic(), state)
        return state


# -- the parts of the queries ------------------------------------------------------------------

_SUMMARY = (documents.c.id, documents.c.title, documents.c.outlet, documents.c.published, documents.c.url,
            documents.c.story, documents.c.duplicate_of)
_ARTICLE = (documents.c.title, documents.c.published, documents.c.outlet)
_EVENTS_JOINED = events.join(documents, documents.c.id == events.c.doc_id)
_QUOTES_JOINED = quotes.join(documents, documents.c.id == quotes.c.doc_id)
_EVENT_DAY = sa.func.substr(sa.func.coalesce(events.c.date, documents.c.published), 1, 10)


def _document_filter(outlet: str | None, story: str | None, date_from: str | None,
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


def _quote_filter(actor: str | None, doc_id: str | None, date_from: str | None, date_to: str | None,
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


def _event_filter(f: EventFilter) -> list[Any]:
    where = _days(_EVENT_DAY, f.date_from, f.date_to)
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


def _id_or_prefix(doc_id: str, dialect: str) -> Any:
    """Ids starting with `doc_id`. On SQLite as a range of the primary key, which LIKE would scan
    row by row; elsewhere as LIKE, since a collation may not sort U+10FFFF last."""
    if len(doc_id) < MIN_PREFIX:
        return documents.c.id == doc_id
    if dialect == "sqlite":
        return sa.and_(documents.c.id >= doc_id, documents.c.id < doc_id + "\U0010ffff")
    return documents.c.id.startswith(doc_id, autoescape=True)


def _count(conn: Connection, query: sa.Select[Any]) -> int:
    return conn.scalar(sa.select(sa.func.count()).select_from(query.subquery())) or 0


def _state(conn: Connection) -> tuple[Any, ...]:
    """What changes whenever a document is stored: how many there are and the newest one's time."""
    return tuple(conn.execute(sa.select(sa.func.count(), sa.func.max(documents.c.created_at))).one())


Counts = dict[str, tuple[int, int, int]]  # doc_id -> entities, quotes, events


def _summaries(rows: Sequence[Any], counts: Counts) -> list[dict[str, Any]]:
    """Document rows with how many entities, quotes and events each has."""
    items = []
    for row in rows:
        n_entities, n_quotes, n_events = counts.get(row.id, (0, 0, 0))
        items.append({**row._asdict(), "n_entities": n_entities, "n_quotes": n_quotes, "n_events": n_events})
    return items


def _counts_of(conn: Connection, ids: list[str] | None) -> Counts:
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


def _names(conn: Connection, ids: Iterable[str | None]) -> dict[str, Any]:
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


def _quote(row: Any, names: dict[str, Any]) -> dict[str, Any]:
    speaker = {"entity": row.speaker_entity, "text": row.speaker_text, "actor_code": row.speaker_code}
    return {"doc_id": row.doc_id, "index": row.position, "speaker": _actor(speaker, names), "cue": row.cue,
            "direct": row.direct, "start": row.start, "end": row.end, "text": row.text,
            "title": row.title, "published": row.published, "outlet": row.outlet}


def _event_entities(rows: Sequence[Any]) -> Iterable[str | None]:
    for row in rows:
        yield row.source_entity
        yield from (t.get("entity") for t in row.targets or [] if isinstance(t, dict))


def _event(row: Any, names: dict[str, Any]) -> dict[str, Any]:
    source = {"entity": row.source_entity, "text": row.source_text, "actor_code": row.source_code}
    has_source = row.source_text is not None or row.source_entity is not None
    return {"doc_id": row.doc_id, "index": row.position, "cameo": row.cameo, "root": row.root,
            "plover": row.plover, "source": _actor(source, names) if has_source else None,
            "targets": [a for t in row.targets or [] if (a := _actor(t, names))],
            "modality": row.modality, "date": row.date, "date_text": row.date_text,
            "place": row.place if isinstance(row.place, dict) else None, "start": row.start, "end": row.end,
            "evidence": row.evidence, "title": row.title, "published": row.published, "outlet": row.outlet}


def _stories(conn: Connection, rows: Sequence[Any], actors: int = 5) -> list[dict[str, Any]]:
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


def _keys(conn: Connection, query: sa.Select[Any]) -> list[tuple[str, int]]:
    """A listing's (doc_id, position) keys in its order: what is cached of it, the rows are not."""
    return [(doc_id, position) for doc_id, position in conn.execute(query)]


def _rows(conn: Connection, query: sa.Select[Any], table: sa.Table, page: Sequence[tuple[str, int]]) -> list[Any]:
    """The rows of `page`'s keys, in its order (read by their documents, the others dropped)."""
    wanted = {key: i for i, key in enumerate(page)}
    if not wanted:
        return []
    found = conn.execute(query.where(table.c.doc_id.in_(sorted({d for d, _ in page})))).all()
    kept = [row for row in found if (row.doc_id, row.position) in wanted]
    return sorted(kept, key=lambda row: wanted[(row.doc_id, row.position)])


def _profile(conn: Connection, entity_id: str, entry: Any, pairs: profile.Pairs) -> dict[str, Any] | None:
    """The aggregate parts of an entity's profile (rasd.store.profile); None for an unknown id."""
    row = conn.execute(sa.select(entities).where(entities.c.id == entity_id)).first()
    if row is None:
        return None
    return {**row._asdict(), **profile.counts(conn, entity_id), "aliases": profile.aliases(conn, entity_id, entry),
            **profile.kb_fields(entry), "timeline": profile.timeline(conn, entity_id),
            "co_occurring": profile.co_occurring(conn, entity_id, pairs),
            "relations": profile.relations(conn, entity_id)}


def _places(conn: Connection, chosen: EventFilter) -> list[dict[str, Any]]:
    """The events `chosen` selects, grouped by place (those with coordinates), most events first."""
    where = _event_filter(chosen)
    place_id = events.c.place["entity"].as_string()
    lat, lon = events.c.place["lat"].as_float(), events.c.place["lon"].as_float()
    query = (sa.select(place_id.label("place"), sa.func.max(events.c.place["name_en"].as_string()),
                       sa.func.avg(lat), sa.func.avg(lon), sa.func.count())
             .select_from(_EVENTS_JOINED).where(*where, place_id.is_not(None), lat.is_not(None),
                                                lon.is_not(None))
             .group_by(place_id).order_by(sa.func.count().desc(), place_id))
    return [{"place": p, "name_en": name, "lat": float(la), "lon": float(lo), "n": n}
            for p, name, la, lo, n in conn.execute(query)]

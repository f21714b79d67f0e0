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
with new filters costs one query for its keys; a page not seen yet, one for its rows. The state
is the number of documents, the newest one's time and the stories' count and sizes, read at most
once a second (`state_seconds`), so another process's ingest is seen within a second and one
through `forget()` (the API's) at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.errors import UsageError
from rasd.kb import KnowledgeBase
from rasd.model import Document
from rasd.store import profile
from rasd.store.cache import StateCache
from rasd.store.entity_search import KBNames, NameList, StoredNames
from rasd.store.listings import (
    ARTICLE,
    EVENT_DAY,
    EVENTS_JOINED,
    QUOTES_JOINED,
    SUMMARY,
    Counts,
    EventFilter,
    count_rows,
    counts_of,
    document_filter,
    event_entities,
    event_filter,
    event_item,
    id_or_prefix,
    names_of,
    ordered_keys,
    places,
    profile_of,
    quote_filter,
    quote_item,
    rows_of,
    store_state,
    story_items,
    summaries,
)
from rasd.store.schema import (
    documents,
    entities,
    entity_names,
    events,
    mentions,
    quotes,
    stories,
)
from rasd.store.search import SearchHit
from rasd.store.store import Store
from rasd.text.normalize import search_form

T = TypeVar("T")
# Cached results are also dropped after this, for a change the state does not show (none that rasd
# makes); short ages made every worker recompute its shared tables at once, a second's stall.
CACHE_SECONDS = 900.0
STATE_SECONDS = 1.0  # how stale the store's state may be: an ingest is seen within this
CACHE_SIZE = 2048  # listings (their keys), entity searches and profiles kept per process
PAGE_CACHE_SIZE = 512  # pages of listing items kept per process


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


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
        where = document_filter(outlet, story, date_from, date_to)
        ids = self._cached(("documents", outlet, story, date_from, date_to), lambda conn: list(conn.scalars(
            sa.select(documents.c.id).where(*where).order_by(documents.c.published.desc().nulls_last(),
                                                             documents.c.id))))
        page = tuple(ids[offset:offset + limit])
        counts = self._document_counts()

        def rows(conn: Connection) -> list[dict[str, Any]]:
            found = {row.id: row for row in conn.execute(sa.select(*SUMMARY).where(documents.c.id.in_(page)))}
            return summaries([found[i] for i in page if i in found], counts)

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
            ids = list(conn.scalars(sa.select(documents.c.id).where(id_or_prefix(doc_id, conn.dialect.name))
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
        found = self._cached(("entity", entity_id), lambda conn: profile_of(conn, entity_id, entry, pairs))
        if found is None:
            return None
        return {**found, "quotes": self.quotes(actor=entity_id, limit=20).items,
                "events": self.events(actor=entity_id, limit=20).items}

    def _matching_entities(self, q: str, names: StoredNames) -> dict[str, int]:
        """Entity ids `q` names, ranked: 0 an exact id, knowledge-base name or stored name, 1 the
        rest (a stored name or English name holding it)."""
        ranks = dict(self.kb_names().candidates(q))
        form, folded = search_form(q).strip(), q.casefold()
        found = names.english.containing(folded) | names.arabic.containing(form)
        exact = names.arabic.exact.get(form, set()) | ({q} & names.rows.keys())
        for entity_id in found | exact:
            ranks[entity_id] = min(ranks.get(entity_id, 1), 0 if entity_id in exact else 1)
        return ranks

    def _entity_names(self) -> StoredNames:
        """Every stored entity's names to match a query against, with the ranked table."""
        table = self._entity_table()

        def compute(conn: Connection) -> StoredNames:
            arabic = NameList((form, e) for e, form in conn.execute(
                sa.select(entity_names.c.entity_id, entity_names.c.form)))
            english = NameList((row["name_en"].casefold(), row["id"]) for row in table if row["name_en"])
            return StoredNames(arabic, english, {row["id"]: row for row in table},
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
        where = quote_filter(actor, doc_id, date_from, date_to, direct, include_duplicates)
        order = (documents.c.published.desc().nulls_last(), quotes.c.doc_id, quotes.c.position)
        keys = self._cached(("quotes", actor, doc_id, date_from, date_to, direct, include_duplicates),
                            lambda conn: ordered_keys(conn, sa.select(quotes.c.doc_id, quotes.c.position)
                                               .select_from(QUOTES_JOINED).where(*where).order_by(*order)))
        page = tuple(keys[offset:offset + limit])

        def items(conn: Connection) -> list[dict[str, Any]]:
            rows = rows_of(conn, sa.select(quotes, *ARTICLE).select_from(QUOTES_JOINED), quotes, page)
            names = names_of(conn, (r.speaker_entity for r in rows))
            return [quote_item(row, names) for row in rows]

        return Page(self._cached(("quote rows", page), items, self._pages), len(keys), limit, offset)

    def events(self, *, actor: str | None = None, root: str | None = None, plover: str | None = None,
               cameo: str | None = None, date_from: str | None = None, date_to: str | None = None,
               place: str | None = None, modality: str | None = None, doc_id: str | None = None,
               story: str | None = None, include_duplicates: bool = False, limit: int = 50,
               offset: int = 0) -> Page[dict[str, Any]]:
        """Events, latest day first; `cameo` is a code prefix (`19` all fighting, `190` that code)."""
        chosen = EventFilter(actor, root, plover, cameo, date_from, date_to, place, modality, doc_id, story,
                             include_duplicates)
        order = (EVENT_DAY.desc().nulls_last(), events.c.doc_id, events.c.position)
        query = (sa.select(events.c.doc_id, events.c.position).select_from(EVENTS_JOINED)
                 .where(*event_filter(chosen)).order_by(*order))
        keys = self._cached(("events", chosen), lambda conn: ordered_keys(conn, query))
        page = tuple(keys[offset:offset + limit])

        def items(conn: Connection) -> list[dict[str, Any]]:
            rows = rows_of(conn, sa.select(events, *ARTICLE).select_from(EVENTS_JOINED), events, page)
            names = names_of(conn, event_entities(rows))
            return [event_item(row, names) for row in rows]

        return Page(self._cached(("event rows", page), items, self._pages), len(keys), limit, offset)

    def event_places(self, **filters: Any) -> list[dict[str, Any]]:
        """Where the selected events happened, for a map: one item per place with coordinates."""
        chosen = EventFilter(**filters)
        return self._cached(("places", chosen), lambda conn: places(conn, chosen))

    # -- what an export selects ----------------------------------------------------------------

    def event_keys(self, **filters: Any) -> set[tuple[str, int]]:
        """(doc_id, position) of every event the filters of `events` select."""
        query = sa.select(events.c.doc_id, events.c.position).select_from(EVENTS_JOINED)
        with self._engine.connect() as conn:
            return {(d, p) for d, p in conn.execute(query.where(*event_filter(EventFilter(**filters))))}

    def quote_keys(self, *, actor: str | None = None, date_from: str | None = None, date_to: str | None = None,
                   direct: bool | None = None, include_duplicates: bool = False) -> set[tuple[str, int]]:
        """(doc_id, position) of every quote these filters of `quotes` select."""
        where = quote_filter(actor, None, date_from, date_to, direct, include_duplicates)
        query = sa.select(quotes.c.doc_id, quotes.c.position).select_from(
            quotes.join(documents, documents.c.id == quotes.c.doc_id)).where(*where)
        with self._engine.connect() as conn:
            return {(d, p) for d, p in conn.execute(query)}

    def document_ids(self, *, outlet: str | None = None, story: str | None = None, date_from: str | None = None,
                     date_to: str | None = None) -> list[str]:
        """Ids of the documents these filters of `documents` select, in the order they were stored."""
        query = (sa.select(documents.c.id).where(*document_filter(outlet, story, date_from, date_to))
                 .order_by(documents.c.created_at, documents.c.id))
        with self._engine.connect() as conn:
            return list(conn.scalars(query))

    def records(self, ids: Iterable[str], chunk: int = 200) -> Iterator[dict[str, Any]]:
        """The full records of `ids`, in that order, read `chunk` at a time."""
        wanted = list(dict.fromkeys(ids))
        for start in range(0, len(wanted), chunk):
            part = wanted[start:start + chunk]
            with self._engine.connect() as conn:
                rows = conn.execute(sa.select(documents.c.id, documents.c.record)
                                    .where(documents.c.id.in_(part)))
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
            return story_items(conn, [found[i] for i in page if i in found])

        return Page(self._cached(("stories page", tuple(page)), items), len(ids), limit, offset)

    def story(self, story_id: str) -> dict[str, Any] | None:
        """A story with its documents (earliest first, up to 500) and its event count."""
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(stories).where(stories.c.id == story_id)).first()
            if row is None:
                return None
            (item,) = story_items(conn, [row], actors=10)
            docs = conn.execute(sa.select(*SUMMARY).where(documents.c.story == story_id)
                                .order_by(documents.c.published.asc().nulls_last(), documents.c.id).limit(500)).all()
            item["documents"] = summaries(docs, counts_of(conn, [row.id for row in docs]))
            item["n_events"] = count_rows(conn, sa.select(events.c.doc_id).select_from(EVENTS_JOINED).where(
                documents.c.story == story_id, documents.c.duplicate_of.is_(None)))
        return item

    def search(self, q: str, limit: int = 20) -> list[SearchHit]:
        """`Store.search`, cached like the listings (hits are frozen, so they are shared)."""
        return self._cached(("search", q, limit), lambda _conn: self.store.search(q, limit=limit))

    def stats(self) -> dict[str, Any]:
        """The store's counts (`Store.stats`) and the events per CAMEO root, duplicates left out."""
        def compute(conn: Connection) -> dict[str, Any]:
            roots = conn.execute(sa.select(events.c.root, sa.func.count()).select_from(EVENTS_JOINED)
                                 .where(documents.c.duplicate_of.is_(None))
                                 .group_by(events.c.root).order_by(events.c.root))
            duplicates = count_rows(conn, sa.select(documents.c.id).where(documents.c.duplicate_of.is_not(None)))
            return {**self.store.stats(), "events_by_root": {r or "": n for r, n in roots},
                    "duplicates": duplicates}
        return self._cached(("stats",), compute)

    def _document_counts(self) -> Counts:
        return self._cached(("document counts",), lambda conn: counts_of(conn, None))

    def _cached(self, key: tuple[Any, ...], compute: Callable[[Connection], T],
                cache: StateCache | None = None) -> T:
        """`compute(conn)` once per state of the store (see rasd.store.cache), in `cache` (the
        listings' one by default). A computation must not ask for another cached value: two of
        them could wait for each other."""
        with self._engine.connect() as conn:
            return (cache or self._cache).get(key, self._state(conn), lambda: compute(conn))

    def _state(self, conn: Connection) -> tuple[Any, ...]:
        """The store's state (`listings.store_state`), read again at most every `state_seconds`: counting the
        documents on every request cost more than many of the answers."""
        with self._lock:
            held = self._last_state
        if held is not None and time.monotonic() - held[0] < self.state_seconds:
            return held[1]
        state = store_state(conn)
        with self._lock:
            self._last_state = (time.monotonic(), state)
        return state


__all__ = ["EventFilter", "Page", "Reader"]

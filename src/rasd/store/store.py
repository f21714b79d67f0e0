"""The store: documents, their parts and rejects in SQLite (a file by default) or PostgreSQL.

A `Store` only reads the `Document`s it is given. Writes happen in one transaction per call,
and they are idempotent by record id: re-ingesting an article that is already stored changes
nothing, so a crashed or repeated run can simply be run again.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from rasd.errors import StoreError
from rasd.model import Document, Reject
from rasd.store import bulk, migrate, rows
from rasd.store import search as fulltext  # not `search`, which is also a Store method
from rasd.store.schema import (
    ID_LENGTH,
    TABLES,
    documents,
    entities,
    entity_names,
    event_actors,
    events,
    fingerprints,
    mentions,
    quotes,
    rejects,
    removed,
    stories,
)
from rasd.store.search import SearchHit

DEFAULT_URL = "sqlite:///rasd.db"
MIN_PREFIX = 4  # shorter id prefixes match too many documents to be useful
_PAGE = 500


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one `Store.add` call did: ids stored now, and ids skipped because already stored."""

    added_ids: tuple[str, ...] = ()
    skipped_ids: tuple[str, ...] = ()

    @property
    def added(self) -> int:
        return len(self.added_ids)

    @property
    def skipped(self) -> int:
        return len(self.skipped_ids)

    @property
    def unchanged(self) -> int:
        """Skipped documents: stored before, so this call left them as they were."""
        return len(self.skipped_ids)


@dataclass(frozen=True, slots=True)
class StoredReject:
    """A `Reject` as stored: the same fields plus when it was stored and its row id."""

    id: int
    path: str | None
    code: str
    reason: str
    locator: str | None
    data: bytes | None
    created_at: datetime

    def to_reject(self) -> Reject:
        return Reject(
            path=self.path, code=self.code, reason=self.reason, locator=self.locator, data=self.data
        )

    def message(self) -> str:
        return self.to_reject().message()


def open(url: str = DEFAULT_URL) -> Store:
    """Open (not create) the store at `url`: a SQLAlchemy URL, `postgresql://...`, or a file path.

    `sqlite://` is an in-memory store that lives as long as the returned `Store`. Call
    `Store.create()` once before the first write; it is harmless on an existing store.
    """
    return Store(_engine(_normalize_url(url)))


def _normalize_url(url: str) -> str:
    """Plain `postgresql://` URLs get the psycopg 3 driver, which is the one rasd declares."""
    if "://" not in url:
        return f"sqlite:///{url}"
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    return url


def _engine(url: str) -> Engine:
    options: dict[str, Any] = {"json_serializer": functools.partial(json.dumps, ensure_ascii=False)}
    try:
        parsed = sa.make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
            # One shared connection, or every new connection would see a new, empty database.
            options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        engine = sa.create_engine(parsed, **options)
    except ModuleNotFoundError as err:
        raise StoreError(
            f"the driver for {url.split(':')[0]} is not installed ({err.name}); "
            "install it with: pip install 'rasd[postgres]'"
        ) from err
    except sa.exc.ArgumentError as err:
        raise StoreError(
            f"not a database URL: {url!r} ({err}); use sqlite:///file.db or postgresql://..."
        ) from err
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys make deleting a document delete its parts; WAL lets readers (the API) run
    while an ingest writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


class Store:
    """A database of documents. Thread-safe as its SQLAlchemy engine is; one per process."""

    copy = True
    """On PostgreSQL, `add` writes with COPY (rasd.store.bulk); False writes with INSERTs as on
    SQLite (the benchmark and the tests compare both)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    @property
    def url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for read-side queries (rasd.store.queries) built on the same schema."""
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Database failures leave as `StoreError`, naming the store and what was being done."""
        try:
            yield
        except sa.exc.SQLAlchemyError as err:
            cause = getattr(err, "orig", None) or err
            raise StoreError(f"{action} failed: {cause}".strip(), path=self.url) from err

    def create(self) -> None:
        """Create the store or bring it to the newest schema revision, then the search index."""
        with self._errors("creating the store"), self._engine.begin() as conn:
            migrate.upgrade(conn)
            fulltext.install(conn)

    # -- writing -------------------------------------------------------------------------------

    def add(self, docs: Iterable[Document]) -> AddResult:
        """Store new documents with all their parts, in one transaction; skip known ids.

        Works through `docs` in chunks, so a long generator is never held in memory at once.
        """
        added: list[str] = []
        skipped: list[str] = []
        touched: dict[str, None] = {}  # story ids, in order
        with self._errors("adding documents"), self._engine.begin() as conn:
            for chunk in _chunks(docs, _PAGE):
                new = _add_chunk(conn, chunk, copy=self.copy and self.dialect == "postgresql")
                added += [doc.id for doc in new]
                skipped += _skipped(chunk, new)
                touched.update(dict.fromkeys(doc.story for doc in new if doc.story))
            for story in touched:
                _refresh_story(conn, story)
        return AddResult(tuple(added), tuple(skipped))

    def add_story_links(self, fingerprint_rows: list[dict[str, Any]], changed: dict[str, str],
                        duplicates: dict[str, str] | None = None) -> None:
        """Keep the fingerprints of stored documents (rasd.stories) and give stored documents
        the stories they joined since (`changed`: id -> story id) and, when linked after they
        were stored (`rasd batch`), their canonical copies (`duplicates`: id -> id), in their
        rows and records."""
        duplicates = duplicates or {}
        with self._errors("writing story links"), self._engine.begin() as conn:
            if fingerprint_rows:
                conn.execute(_insert_ignoring(conn, fingerprints), fingerprint_rows)
            for doc_id in dict.fromkeys([*changed, *duplicates]):
                _set_links(conn, doc_id, changed.get(doc_id), duplicates.get(doc_id))
            for story in dict.fromkeys(changed.values()):
                _refresh_story(conn, story)

    def add_rejects(self, items: Iterable[Reject]) -> int:
        """Store rejects, once each: one with the same path, locator and reason is already there.

        Returns how many were stored now.
        """
        stored = 0
        with self._errors("adding rejects"), self._engine.begin() as conn:
            for reject in items:
                if not _reject_exists(conn, reject):
                    conn.execute(sa.insert(rejects).values(**_reject_row(reject)))
                    stored += 1
        return stored

    # -- reading -------------------------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        """The document with this id, or with this unique id prefix (at least 4 characters).

        Raises StoreError when the prefix is shared by several documents.
        """
        with self._errors(f"reading document {doc_id}"), self._engine.connect() as conn:
            record = conn.scalar(sa.select(documents.c.record).where(documents.c.id == doc_id))
            if record is None and len(doc_id) >= MIN_PREFIX:
                record = _by_prefix(conn, doc_id)
        return Document.from_dict(record) if record is not None else None

    def documents(self, limit: int | None = None, offset: int = 0) -> Iterator[Document]:
        """Stored documents in the order they were added, read a page at a time."""
        after: tuple[datetime, str] | None = None
        remaining = limit
        while remaining is None or remaining > 0:
            size = _PAGE if remaining is None else min(_PAGE, remaining)
            with self._errors("listing documents"), self._engine.connect() as conn:
                page = conn.execute(_page_query(after, offset if after is None else 0, size)).all()
            yield from (Document.from_dict(row.record) for row in page)
            if len(page) < size:
                return
            after = (page[-1].created_at, page[-1].id)
            remaining = None if remaining is None else remaining - len(page)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Documents whose title and text hold every word of `query`, in search form, best first."""
        terms = fulltext.query_terms(query)
        with self._errors(f"searching for {query!r}"), self._engine.connect() as conn:
            ranked = fulltext.find(conn, terms, limit)
            if not ranked:
                return []
            found = {
                row.id: row
                for row in conn.execute(
                    sa.select(
                        documents.c.id,
                        documents.c.title,
                        documents.c.text,
                        documents.c.published,
                        documents.c.outlet,
                    ).where(documents.c.id.in_([i for i, _ in ranked]))
                )
            }
        return [_hit(found[doc_id], terms, score) for doc_id, score in ranked if doc_id in found]

    def rejects(self) -> list[StoredReject]:
        """Every stored reject, oldest first."""
        with self._errors("listing rejects"), self._engine.connect() as conn:
            result = conn.execute(sa.select(rejects).order_by(rejects.c.id))
            return [StoredReject(**row._asdict()) for row in result]

    def stats(self) -> dict[str, Any]:
        """Row counts per table, documents per outlet, the published date range, rejects per code."""
        with self._errors("computing stats"), self._engine.connect() as conn:
            first, last = conn.execute(
                sa.select(sa.func.min(documents.c.published), sa.func.max(documents.c.published))
            ).one()
            return {
                "counts": {
                    table.name: conn.scalar(sa.select(sa.func.count()).select_from(table)) or 0
                    for table in TABLES
                },
                "outlets": _grouped(conn, documents.c.outlet),
                "published": {"first": first, "last": last},
                "rejects_by_code": _grouped(conn, rejects.c.code),
            }


# -- helpers (module level: they need a connection, not the store) ------------------------------


def _check_id(doc_id: str) -> None:
    """Both backends must refuse the same ids; PostgreSQL would otherwise fail with a bare DataError."""
    if not doc_id or len(doc_id) > ID_LENGTH:
        raise StoreError(
            f"document id {doc_id!r} is not 1 to {ID_LENGTH} characters; "
            "ids are the first 16 hex chars of the body's sha256 (FORMAT.md)"
        )


def _insert_ignoring(conn: Connection, table: sa.Table) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING, which both backends have; concurrent writers of the
    same id therefore skip instead of failing."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def _chunks(items: Iterable[Document], size: int) -> Iterator[tuple[Document, ...]]:
    """`itertools.batched` of Python 3.12, for 3.11."""
    iterator = iter(items)
    while chunk := tuple(itertools.islice(iterator, size)):
        yield chunk


def _add_chunk(conn: Connection, chunk: tuple[Document, ...], copy: bool = False) -> list[Document]:
    """Insert the documents of `chunk` not stored yet, then all their parts; returns them.

    Known ids are looked up first so their search form is never computed; the insert itself
    still ignores conflicts, and RETURNING says which rows it really wrote.
    """
    for doc in chunk:
        _check_id(doc.id)
    first: dict[str, Document] = {}
    for doc in chunk:
        first.setdefault(doc.id, doc)  # of repeated ids, the first wins
    known = set(conn.scalars(sa.select(documents.c.id).where(documents.c.id.in_(list(first)))))
    fresh = [doc for doc_id, doc in first.items() if doc_id not in known]
    if not fresh:
        return []
    doc_rows = [rows.document_row(doc, fulltext.document_search_text(doc.title, doc.text)) for doc in fresh]
    if copy:
        written = bulk.insert_documents(conn, doc_rows)
    else:
        written = set(conn.scalars(_insert_ignoring(conn, documents).returning(documents.c.id), doc_rows))
    new = [doc for doc in fresh if doc.id in written]
    _insert_parts(conn, new, copy)
    return new


def _skipped(chunk: tuple[Document, ...], new: list[Document]) -> list[str]:
    """Ids of `chunk` that were not written now: stored before, or repeated within the call."""
    pending = {doc.id for doc in new}
    skipped = []
    for doc in chunk:
        if doc.id in pending:
            pending.discard(doc.id)
        else:
            skipped.append(doc.id)
    return skipped


def _insert_parts(conn: Connection, docs: list[Document], copy: bool = False) -> None:
    """One multi-row insert (or COPY) per table for the whole chunk; empty lists are skipped.
    Entities are shared across documents and may exist, so they always go through INSERT."""
    shared = {row["id"]: row for doc in docs for row in rows.entity_rows(doc)}
    if shared:
        conn.execute(_insert_ignoring(conn, entities), list(shared.values()))
    names = {(row["entity_id"], row["form"]): row for doc in docs for row in rows.entity_name_rows(doc)}
    if names:
        conn.execute(_insert_ignoring(conn, entity_names), list(names.values()))
    for table, make in (
        (removed, rows.removed_rows),
        (mentions, rows.mention_rows),
        (quotes, rows.quote_rows),
        (events, rows.event_rows),
        (event_actors, rows.event_actor_rows),
    ):
        if not (part_rows := [row for doc in docs for row in make(doc)]):
            continue
        if copy:
            bulk.copy_rows(conn, table, part_rows)
        else:
            conn.execute(sa.insert(table), part_rows)


def _set_links(conn: Connection, doc_id: str, story: str | None, duplicate_of: str | None) -> None:
    """The columns and the stored record say the same thing; None leaves a link as it is."""
    values = {key: value for key, value in (("story", story), ("duplicate_of", duplicate_of)) if value}
    record = conn.scalar(sa.select(documents.c.record).where(documents.c.id == doc_id))
    if record is not None and values:
        record = {**record, **values}
        conn.execute(sa.update(documents).where(documents.c.id == doc_id).values(**values, record=record))


def _refresh_story(conn: Connection, story_id: str) -> None:
    """A story's size and first date follow its documents; its title is its earliest article's."""
    in_story = documents.c.story == story_id
    size, first = conn.execute(
        sa.select(sa.func.count(), sa.func.min(documents.c.published)).where(in_story)
    ).one()
    title = conn.scalar(
        sa.select(documents.c.title)
        .where(in_story)
        .order_by(documents.c.published.asc().nulls_last(), documents.c.created_at, documents.c.id)
        .limit(1)
    )
    values = {"title": title, "first_published": first, "size": size}
    if conn.scalar(sa.select(stories.c.id).where(stories.c.id == story_id)) is None:
        conn.execute(sa.insert(stories).values(id=story_id, **values))
    else:
        conn.execute(sa.update(stories).where(stories.c.id == story_id).values(**values))


def _reject_row(reject: Reject) -> dict[str, Any]:
    return {
        "path": reject.path,
        "locator": reject.locator,
        "code": reject.code,
        "reason": reject.reason,
        "data": reject.data,
    }


def _reject_exists(conn: Connection, reject: Reject) -> bool:
    """Null-safe comparison: a reject from stdin (no path) or without a locator still matches."""
    query = sa.select(rejects.c.id).where(
        rejects.c.path.is_not_distinct_from(reject.path),
        rejects.c.locator.is_not_distinct_from(reject.locator),
        rejects.c.reason == reject.reason,
    )
    return conn.scalar(query.limit(1)) is not None


def _by_prefix(conn: Connection, prefix: str) -> dict[str, Any] | None:
    found = conn.execute(
        sa.select(documents.c.id, documents.c.record)
        .where(documents.c.id.startswith(prefix, autoescape=True))
        .order_by(documents.c.id)
        .limit(2)
    ).all()
    if len(found) > 1:
        raise StoreError(
            f"id prefix {prefix!r} matches several documents "
            f"({found[0].id}, {found[1].id}, ...); give more characters"
        )
    return found[0].record if found else None


def _page_query(after: tuple[datetime, str] | None, offset: int, size: int) -> sa.Select[Any]:
    """Keyset pagination on (created_at, id): pages stay cheap deep into a large store."""
    query = sa.select(documents.c.id, documents.c.created_at, documents.c.record)
    if after is not None:
        created, doc_id = after
        query = query.where(
            sa.or_(
                documents.c.created_at > created,
                sa.and_(documents.c.created_at == created, documents.c.id > doc_id),
            )
        )
    return query.order_by(documents.c.created_at, documents.c.id).offset(offset).limit(size)


def _grouped(conn: Connection, column: sa.Column[Any]) -> dict[Any, int]:
    """Counts per value of `column`, largest first (None counts rows where it is NULL)."""
    count = sa.func.count().label("n")
    query = sa.select(column, count).group_by(column).order_by(count.desc(), column)
    return {value: n for value, n in conn.execute(query)}


def _hit(row: Any, terms: list[str], score: float) -> SearchHit:
    return SearchHit(
        id=row.id,
        title=row.title,
        snippet=fulltext.snippet(row.text, terms),
        score=score,
        published=row.published,
        outlet=row.outlet,
    )

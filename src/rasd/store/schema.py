"""The relational schema of the store: one SQLAlchemy Core `MetaData` for SQLite and PostgreSQL.

Every table uses portable types only, so the same definitions create the same database on both
backends. `documents.record` keeps the whole FORMAT.md record, which is what `Store.get` returns;
the other columns and tables flatten parts of it so they can be filtered, joined and counted.
Only the full-text index differs per backend; it lives in `search.py`, not here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

ID_LENGTH = 16  # FORMAT.md: the record id is the first 16 hex chars of a sha256

metadata = sa.MetaData()


def _now() -> datetime:
    """Timestamps are UTC so that rows written from machines in different zones compare."""
    return datetime.now(UTC)


def _doc_fk() -> sa.Column[str]:
    """A reference to the owning document; deleting the document deletes its parts."""
    return sa.Column(
        "doc_id", sa.String(ID_LENGTH), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


def _json() -> sa.JSON:
    """JSON where Python None is SQL NULL, so "no place" can be filtered with IS NULL."""
    return sa.JSON(none_as_null=True)


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(ID_LENGTH), primary_key=True),
    sa.Column("source_id", sa.String),
    sa.Column("path", sa.String),
    sa.Column("url", sa.String),
    sa.Column("outlet", sa.String),
    sa.Column("credit", sa.String),
    sa.Column("author", sa.String),
    sa.Column("dateline", sa.String),
    sa.Column("encoding", sa.String),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("duplicate_of", sa.String),
    sa.Column("story", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("search_text", sa.Text, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=_now),
    sa.Index("ix_documents_outlet", "outlet"),
    sa.Index("ix_documents_published", "published"),
    sa.Index("ix_documents_story", "story"),
    sa.Index("ix_documents_duplicate_of", "duplicate_of"),
    sa.Index("ix_documents_created_at", "created_at", "id"),
)

removed = sa.Table(
    "removed",
    metadata,
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("doc_id", "position"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("type", sa.String),
    sa.Column("name_ar", sa.String),
    sa.Column("name_en", sa.String),
    sa.Column("wikidata", sa.String),
    sa.Column("actor_code", sa.String),
    sa.Index("ix_entities_name_en", "name_en"),
    sa.Index("ix_entities_wikidata", "wikidata"),
)

# `position` orders the mentions of one document across all its entities (and keys the row).
mentions = sa.Table(
    "mentions",
    metadata,
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("entity_id", sa.String),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("text", sa.Text),
    sa.PrimaryKeyConstraint("doc_id", "position"),
    sa.Index("ix_mentions_entity_id", "entity_id"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("speaker_entity", sa.String),
    sa.Column("speaker_text", sa.Text),
    sa.Column("speaker_code", sa.String),
    sa.Column("cue", sa.String),
    sa.Column("direct", sa.Boolean),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("text", sa.Text),
    sa.PrimaryKeyConstraint("doc_id", "position"),
    sa.Index("ix_quotes_speaker_entity", "speaker_entity"),
    sa.Index("ix_quotes_speaker_code", "speaker_code"),
)

events = sa.Table(
    "events",
    metadata,
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("cameo", sa.String),
    sa.Column("root", sa.String),
    sa.Column("plover", sa.String),
    sa.Column("source_entity", sa.String),
    sa.Column("source_text", sa.Text),
    sa.Column("source_code", sa.String),
    sa.Column("targets", _json()),
    sa.Column("modality", sa.String),
    sa.Column("date", sa.String),
    sa.Column("date_text", sa.String),
    sa.Column("place", _json()),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("evidence", sa.Text),
    sa.PrimaryKeyConstraint("doc_id", "position"),
    sa.Index("ix_events_root", "root"),
    sa.Index("ix_events_cameo", "cameo"),
    sa.Index("ix_events_plover", "plover"),
    sa.Index("ix_events_source_entity", "source_entity"),
    sa.Index("ix_events_date", "date"),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("first_published", sa.String),
    sa.Column("size", sa.Integer, nullable=False),
)

# What story linking needs of a stored document to compare later articles with it: the MinHash
# signature of its shingles (near-duplicates) and its weighted story features (rasd.stories).
fingerprints = sa.Table(
    "fingerprints",
    metadata,
    sa.Column("doc_id", sa.String(ID_LENGTH), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("published", sa.String),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    sa.Column("features", _json(), nullable=False),
    sa.Index("ix_fingerprints_published", "published"),
)

# Read-side indexes, derived from the record when a document is stored (rasd.store.rows) and not
# listed in TABLES (stats): every actor of an event as a row, slot 0 the source and 1.. its targets,
# so "events of X as source or target" is an exact, indexed filter on both backends instead of a scan
# of the targets JSON; and every name an entity is printed with, in search form, so an entity is
# found by the spellings the articles use (rasd.store.queries).
event_actors = sa.Table(
    "event_actors",
    metadata,
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("slot", sa.Integer, nullable=False),
    sa.Column("role", sa.String, nullable=False),
    sa.Column("entity_id", sa.String),
    sa.Column("code", sa.String),
    sa.PrimaryKeyConstraint("doc_id", "position", "slot"),
    sa.Index("ix_event_actors_entity_id", "entity_id"),
    sa.Index("ix_event_actors_code", "code"),
)

entity_names = sa.Table(
    "entity_names",
    metadata,
    sa.Column("entity_id", sa.String, nullable=False),
    sa.Column("form", sa.String, nullable=False),
    sa.PrimaryKeyConstraint("entity_id", "form"),
    sa.Index("ix_entity_names_form", "form"),
)

rejects = sa.Table(
    "rejects",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("path", sa.String),
    sa.Column("locator", sa.String),
    sa.Column("code", sa.String, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=_now),
    sa.Index("ix_rejects_path_locator", "path", "locator"),
    sa.Index("ix_rejects_code", "code"),
)

# Tables in the order `stats()` reports them.
TABLES: tuple[sa.Table, ...] = (
    documents, removed, entities, mentions, quotes, events, stories, fingerprints, rejects
)

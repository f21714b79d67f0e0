"""The schema of the first release: documents and their parts, entities, stories, rejects.

Revision ID: 0001
Revises:
Create Date: 2026-12-01

Stores created before migrations existed have exactly these tables; `rasd.store.migrate`
stamps them at this revision. The full-text objects are not here (see `rasd.store.search`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc_id() -> sa.Column[str]:
    return sa.Column("doc_id", sa.String(16), nullable=False)


def _doc_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(16), nullable=False),
        sa.Column("source_id", sa.String()),
        sa.Column("path", sa.String()),
        sa.Column("url", sa.String()),
        sa.Column("outlet", sa.String()),
        sa.Column("credit", sa.String()),
        sa.Column("author", sa.String()),
        sa.Column("dateline", sa.String()),
        sa.Column("encoding", sa.String()),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.String()),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("duplicate_of", sa.String()),
        sa.Column("story", sa.String()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_story", "documents", ["story"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])
    op.create_index("ix_documents_created_at", "documents", ["created_at", "id"])

    op.create_table(
        "removed",
        _doc_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _doc_fk(),
        sa.PrimaryKeyConstraint("doc_id", "position"),
    )

    op.create_table(
        "entities",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("type", sa.String()),
        sa.Column("name_ar", sa.String()),
        sa.Column("name_en", sa.String()),
        sa.Column("wikidata", sa.String()),
        sa.Column("actor_code", sa.String()),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_entities_name_en", "entities", ["name_en"])
    op.create_index("ix_entities_wikidata", "entities", ["wikidata"])

    op.create_table(
        "mentions",
        _doc_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String()),
        sa.Column("start", sa.Integer()),
        sa.Column("end", sa.Integer()),
        sa.Column("text", sa.Text()),
        _doc_fk(),
        sa.PrimaryKeyConstraint("doc_id", "position"),
    )
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])

    op.create_table(
        "quotes",
        _doc_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker_entity", sa.String()),
        sa.Column("speaker_text", sa.Text()),
        sa.Column("speaker_code", sa.String()),
        sa.Column("cue", sa.String()),
        sa.Column("direct", sa.Boolean()),
        sa.Column("start", sa.Integer()),
        sa.Column("end", sa.Integer()),
        sa.Column("text", sa.Text()),
        _doc_fk(),
        sa.PrimaryKeyConstraint("doc_id", "position"),
    )
    op.create_index("ix_quotes_speaker_entity", "quotes", ["speaker_entity"])
    op.create_index("ix_quotes_speaker_code", "quotes", ["speaker_code"])

    op.create_table(
        "events",
        _doc_id(),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("cameo", sa.String()),
        sa.Column("root", sa.String()),
        sa.Column("plover", sa.String()),
        sa.Column("source_entity", sa.String()),
        sa.Column("source_text", sa.Text()),
        sa.Column("source_code", sa.String()),
        sa.Column("targets", sa.JSON(none_as_null=True)),
        sa.Column("modality", sa.String()),
        sa.Column("date", sa.String()),
        sa.Column("date_text", sa.String()),
        sa.Column("place", sa.JSON(none_as_null=True)),
        sa.Column("start", sa.Integer()),
        sa.Column("end", sa.Integer()),
        sa.Column("evidence", sa.Text()),
        _doc_fk(),
        sa.PrimaryKeyConstraint("doc_id", "position"),
    )
    op.create_index("ix_events_root", "events", ["root"])
    op.create_index("ix_events_cameo", "events", ["cameo"])
    op.create_index("ix_events_plover", "events", ["plover"])
    op.create_index("ix_events_source_entity", "events", ["source_entity"])
    op.create_index("ix_events_date", "events", ["date"])

    op.create_table(
        "stories",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("first_published", sa.String()),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "rejects",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("path", sa.String()),
        sa.Column("locator", sa.String()),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rejects_path_locator", "rejects", ["path", "locator"])
    op.create_index("ix_rejects_code", "rejects", ["code"])


def downgrade() -> None:
    for table in ("rejects", "stories", "events", "quotes", "mentions", "entities", "removed", "documents"):
        op.drop_table(table)

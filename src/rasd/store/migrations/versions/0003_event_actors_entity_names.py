"""Read-side indexes for the API: event_actors (each event's source and targets as rows) and
entity_names (the search forms an entity is printed with); filled from the stored rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_PAGE = 5000


def upgrade() -> None:
    op.create_table(
        "event_actors",
        sa.Column("doc_id", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String()),
        sa.Column("code", sa.String()),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id", "position", "slot"),
    )
    op.create_index("ix_event_actors_entity_id", "event_actors", ["entity_id"])
    op.create_index("ix_event_actors_code", "event_actors", ["code"])
    op.create_table(
        "entity_names",
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", "form"),
    )
    op.create_index("ix_entity_names_form", "entity_names", ["form"])
    _fill(op.get_bind())


def downgrade() -> None:
    op.drop_table("entity_names")
    op.drop_table("event_actors")


def _fill(conn: Any) -> None:
    """A store written before this revision gets its rows, as `rasd.store.rows` makes them."""
    from rasd.text.normalize import search_form

    actors = sa.table("event_actors", *(sa.column(c) for c in
                                        ("doc_id", "position", "slot", "role", "entity_id", "code")))
    names = sa.table("entity_names", sa.column("entity_id"), sa.column("form"))
    batch: list[dict[str, Any]] = []
    for row in conn.execute(sa.text("SELECT doc_id, position, source_entity, source_code, targets FROM events")):
        targets = json.loads(row.targets) if isinstance(row.targets, str) else row.targets or []
        refs = [("source", {"entity": row.source_entity, "actor_code": row.source_code}),
                *(("target", t) for t in targets)]
        batch += [{"doc_id": row.doc_id, "position": row.position, "slot": slot, "role": role,
                   "entity_id": ref.get("entity"), "code": ref.get("actor_code")}
                  for slot, (role, ref) in enumerate(refs)
                  if isinstance(ref, dict) and (ref.get("entity") or ref.get("actor_code"))]
        batch = _flush(conn, actors, batch)
    _flush(conn, actors, batch, force=True)
    forms: dict[tuple[str, str], None] = {}
    query = ("SELECT id AS entity_id, name_ar AS text FROM entities UNION "
             "SELECT DISTINCT entity_id, text FROM mentions WHERE entity_id IS NOT NULL")
    for row in conn.execute(sa.text(query)):
        if row.entity_id and isinstance(row.text, str) and (form := search_form(row.text)):
            forms[(row.entity_id, form)] = None
    _flush(conn, names, [{"entity_id": e, "form": f} for e, f in forms], force=True)


def _flush(conn: Any, table: Any, batch: list[dict[str, Any]], force: bool = False) -> list[dict[str, Any]]:
    if batch and (force or len(batch) >= _PAGE):
        conn.execute(sa.insert(table), batch)
        return []
    return batch

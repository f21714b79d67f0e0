"""A fingerprints table: each document's MinHash signature and story features (rasd.stories).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fingerprints",
        sa.Column("doc_id", sa.String(16), nullable=False),
        sa.Column("published", sa.String()),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("features", sa.JSON(none_as_null=True), nullable=False),
        sa.ForeignKeyConstraint(["doc_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_id"),
    )
    op.create_index("ix_fingerprints_published", "fingerprints", ["published"])


def downgrade() -> None:
    op.drop_table("fingerprints")

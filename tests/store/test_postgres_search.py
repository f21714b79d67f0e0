"""Search on PostgreSQL uses its indexes: the GIN index over the tsvector, and the trigram index
for the substring fallback wherever the pg_trgm extension lives; skipped without a server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from tests.store.postgres import schema_urls
from tests.store.test_store import _docs

import rasd.store
from rasd.store import Store
from rasd.store.search import _index_scans

pytestmark = pytest.mark.postgres


@pytest.fixture
def store() -> Iterator[Store]:
    with schema_urls() as (url,), rasd.store.open(url) as opened:
        opened.create()
        opened.add(_docs())
        yield opened


def test_the_trigram_index_is_made_with_the_extension_off_the_search_path(store: Store) -> None:
    """The test schemas keep pg_trgm in public, which is not on their search_path."""
    with store.engine.connect() as conn:
        extension = conn.scalar(
            sa.text("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'")
        )
        index = conn.scalar(
            sa.text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_documents_search_trgm' "
                    "AND schemaname = current_schema()")
        )
    if extension is None:
        pytest.skip("pg_trgm cannot be created on this server")
    assert index is not None and f"{extension}.gin_trgm_ops" in index


def test_word_search_is_planned_on_the_gin_index_and_the_setting_comes_back(store: Store) -> None:
    query = (
        "EXPLAIN SELECT id FROM documents, plainto_tsquery('simple', 'nato') AS q "
        "WHERE search_vector @@ q"
    )
    with store.engine.connect() as conn:
        with _index_scans(conn):
            plan = "\n".join(conn.exec_driver_sql(query).scalars())
        assert "ix_documents_search" in plan
        assert conn.exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
    assert [hit.id for hit in store.search("nato")] == ["c3d4e5f607182930"]


def test_the_substring_fallback_finds_glued_words_with_like(store: Store) -> None:
    hits = store.search("العاصمه")  # only inside بالعاصمة
    assert [hit.id for hit in hits] == ["c3d4e5f607182930"] and hits[0].score == 0

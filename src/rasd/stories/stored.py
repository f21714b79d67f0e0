"""Story linking against what a store already holds (`rasd ingest`, the API's ingest).

New articles are compared with the stored ones published within the clustering window around
their dates (and with stored undated ones), read back from the `fingerprints` table; stored
articles that stood alone and now have company get their story written, in the documents
table and in the stored record alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import sqlalchemy as sa

from rasd.model import Document
from rasd.store import AddResult, Store
from rasd.store.schema import documents, fingerprints
from rasd.stories.clusters import WINDOW_DAYS
from rasd.stories.fingerprint import Fingerprint, restore
from rasd.stories.linker import Known, link_documents

UNDATED_LIMIT = 5000  # stored articles without a date that new ones are still compared with


def add_linked(store: Store, docs: list[Document], stories: bool = True) -> AddResult:
    """`store.add(docs)` after linking them against the store (`stories`), then keep their
    fingerprints and the stories of stored articles that changed: what every ingest does."""
    if not stories:
        return store.add(docs)
    prints, changed = link_with_store(store, docs)
    added = store.add(docs)
    save(store, prints, changed)
    return added


def link_with_store(store: Store, docs: list[Document]) -> tuple[list[Fingerprint], dict[str, str]]:
    """Set `duplicate_of` and `story` of `docs` against the stored articles near their dates."""
    return link_documents(docs, known(store, _dates(docs)))


def save(store: Store, prints: list[Fingerprint], changed: dict[str, str]) -> None:
    """Keep the fingerprints of `prints` (documents just stored) and write the stories that `changed`."""
    store.add_story_links([fingerprint_row(fp) for fp in prints], changed)


def known(store: Store, days: list[str]) -> Iterator[Known]:
    """Stored articles dated within the window of `days` (plus recent undated ones), oldest first."""
    query = (
        sa.select(fingerprints, documents.c.duplicate_of, documents.c.story)
        .join(documents, documents.c.id == fingerprints.c.doc_id)
        .order_by(documents.c.created_at, documents.c.id)
    )
    with store.engine.connect() as conn:
        if days:
            first, last = _shift(min(days), -WINDOW_DAYS), _shift(max(days), WINDOW_DAYS)
            dated = query.where(fingerprints.c.published.between(first, last + "\uffff"))
            yield from (_known(row) for row in conn.execute(dated))
        undated = query.where(fingerprints.c.published.is_(None)).limit(UNDATED_LIMIT)
        yield from (_known(row) for row in conn.execute(undated))


def _dates(docs: list[Document]) -> list[str]:
    return [doc.published[:10] for doc in docs if doc.published and _valid(doc.published[:10])]


def _valid(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _known(row: sa.Row) -> Known:
    fp = restore(row.doc_id, row.published, row.signature, row.features)
    return Known(fp, row.duplicate_of, row.story)


def fingerprint_row(fp: Fingerprint) -> dict[str, object]:
    """A fingerprint as the `fingerprints` table holds it."""
    return {"doc_id": fp.doc_id, "published": fp.published, "signature": fp.signature_bytes(),
            "features": fp.features}

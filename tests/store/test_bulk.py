"""COPY loading on PostgreSQL writes what the INSERT path writes, skips what is stored, and keeps
every character; all skipped when the server does not answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from tests.store.postgres import schema_urls
from tests.store.test_store import _docs

import rasd.store
import rasd.store.store
from rasd.errors import StoreError
from rasd.model import Document, Removed, Source
from rasd.store import Store, bulk, rows
from rasd.store.schema import documents, metadata
from rasd.store.search import document_search_text

pytestmark = pytest.mark.postgres

AWKWARD = 'tab\there, newline\nthere, CR\r, backslash \\ and \\N, "quotes", \'single\', |pipes|, \\.'


def _awkward() -> Document:
    """Every character COPY's text format escapes, in text, title, parts and JSON."""
    text = f"قال الوزير «{AWKWARD}» في بيان.\nسطر ثان\tبعد جدولة و\\ شرطة مائلة."
    start = text.index(AWKWARD)
    return Document(
        id="0a0b0c0d0e0f1011",
        text=text,
        title=f"عنوان\tفيه\\N {AWKWARD}",
        source=Source(path="C:\\news\\in\tbox.txt", outlet="مصدر\nجديد"),
        published="2021-05-01",
        removed=[Removed("share", f"شارك\t{AWKWARD}"), Removed("related", "\\N")],
        entities=[{"id": "e\\1", "type": "ORG", "name_ar": "جهة\tما", "mentions": [
            {"start": 0, "end": 3, "text": "قال"}]}],
        quotes=[{"speaker": {"entity": None, "text": "الوزير", "actor_code": None}, "cue": "قال",
                 "direct": True, "start": start, "end": start + len(AWKWARD), "text": AWKWARD}],
        events=[{"cameo": "010", "root": "01", "plover": None, "source": None,
                 "targets": [{"entity": None, "text": f"x\t{AWKWARD}", "actor_code": None}],
                 "place": {"name": "الرياض\\", "lat": 24.7, "lon": 46.7}, "modality": "asserted",
                 "date": None, "start": 0, "end": 10, "evidence": AWKWARD}],
    )


def _many(n: int, prefix: str = "d") -> list[Document]:
    base = _docs()
    return [
        Document.from_dict({**base[i % len(base)].to_dict(), "id": f"{prefix}{i:015x}"[:16]}) for i in range(n)
    ]


@pytest.fixture
def stores() -> Iterator[tuple[Store, Store]]:
    """Two empty stores on PostgreSQL: the first writes with COPY, the second with INSERT."""
    with (
        schema_urls(2) as (copy_url, insert_url),
        rasd.store.open(copy_url) as by_copy,
        rasd.store.open(insert_url) as by_insert,
    ):
        by_insert.copy = False
        for store in (by_copy, by_insert):
            store.create()
        yield by_copy, by_insert


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (JSON as the server holds its text), without the times of writing."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            columns = [
                sa.cast(c, sa.Text) if isinstance(c.type, sa.JSON) else c
                for c in table.columns
                if c.name != "created_at"
            ]
            key = list(table.primary_key.columns) or columns
            tables[table.name] = [tuple(r) for r in conn.execute(sa.select(*columns).order_by(*key))]
    return tables


def test_copy_writes_the_rows_the_inserts_write(stores: tuple[Store, Store]) -> None:
    by_copy, by_insert = stores
    docs = [*_docs(), _awkward(), *_many(20)]
    assert by_copy.add(docs) == by_insert.add(docs)
    copied, inserted = _dump(by_copy), _dump(by_insert)
    assert copied == inserted
    assert len(copied["documents"]) == 24 and copied["removed"] and copied["events"]


def test_documents_keep_the_order_they_were_added(stores: tuple[Store, Store]) -> None:
    by_copy, _ = stores
    docs = _many(7)
    by_copy.add(docs)
    assert [d.id for d in by_copy.documents()] == [d.id for d in docs]


def test_every_character_survives_copy(stores: tuple[Store, Store]) -> None:
    by_copy, _ = stores
    doc = _awkward()
    by_copy.add([doc])
    stored = by_copy.get(doc.id)
    assert stored is not None and stored.to_dict() == doc.to_dict()
    with by_copy.engine.connect() as conn:
        title, outlet = conn.execute(sa.select(documents.c.title, documents.c.outlet)).one()
        removed = conn.scalars(sa.text("SELECT text FROM removed ORDER BY position")).all()
        quote = conn.scalar(sa.text("SELECT text FROM quotes"))
        place, targets = conn.execute(sa.text("SELECT place, targets FROM events")).one()
    assert (title, outlet) == (doc.title, doc.source.outlet)
    assert removed == [part.text for part in doc.removed] and quote == AWKWARD
    assert place == doc.events[0]["place"] and targets == doc.events[0]["targets"]
    assert [hit.id for hit in by_copy.search("الوزير")] == [doc.id]


def test_json_is_written_as_the_insert_path_writes_it(stores: tuple[Store, Store]) -> None:
    """Arabic stays Arabic in the stored JSON (ensure_ascii=False), byte for byte on both paths."""
    by_copy, by_insert = stores
    for store in stores:
        store.add(_docs())
    query = sa.text("SELECT record::text FROM documents ORDER BY id")
    with by_copy.engine.connect() as a, by_insert.engine.connect() as b:
        copied, inserted = a.scalars(query).all(), b.scalars(query).all()
    assert copied == inserted
    assert "الأمريكي" in copied[0] and "\\u06" not in copied[0]


def test_adding_again_through_copy_changes_nothing(stores: tuple[Store, Store]) -> None:
    by_copy, _ = stores
    docs = [*_docs(), _awkward()]
    first = by_copy.add(docs)
    before = _dump(by_copy)
    again = by_copy.add(docs)
    assert first.added == 4 and (again.added, again.skipped) == (0, 4)
    assert _dump(by_copy) == before


def test_a_chunk_of_new_and_known_ids(stores: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of two, mixing stored ids, new ids and a repeat within the call."""
    monkeypatch.setattr(rasd.store.store, "_PAGE", 2)
    by_copy, by_insert = stores
    talks, cairo, nato = _docs()
    awkward = _awkward()
    for store in stores:
        store.add([cairo])
    results = [store.add([talks, cairo, awkward, talks, nato]) for store in stores]
    assert results[0] == results[1]
    assert results[0].added_ids == (talks.id, awkward.id, nato.id)
    assert results[0].skipped_ids == (cairo.id, talks.id)
    assert _dump(by_copy) == _dump(by_insert)


def test_a_document_stored_meanwhile_is_skipped_by_the_staged_insert(stores: tuple[Store, Store]) -> None:
    """Another writer may store an id between the lookup and the insert: ON CONFLICT skips it."""
    by_copy, _ = stores
    talks, cairo, _nato = _docs()
    by_copy.add([talks])
    made = [rows.document_row(d, document_search_text(d.title, d.text)) for d in (talks, cairo)]
    with by_copy.engine.begin() as conn:
        assert bulk.insert_documents(conn, made) == {cairo.id}
        assert bulk.insert_documents(conn, []) == set()
    assert by_copy.stats()["counts"]["documents"] == 2


def test_nul_is_refused_on_both_paths_and_nothing_is_stored(stores: tuple[Store, Store]) -> None:
    """PostgreSQL text cannot hold U+0000; the whole call is refused, naming the document."""
    bad = Document(id="badbadbadbad0000", text="نص فيه \x00 محرف")
    for store in stores:
        with pytest.raises(StoreError) as err:
            store.add([*_docs(), bad])
        assert "0x00" in str(err.value) or "U+0000" in str(err.value)
        assert store.stats()["counts"]["documents"] == 0
    with pytest.raises(StoreError, match="documents.text of document badbadbadbad0000"):
        stores[0].add([bad])


def test_rows_with_an_unknown_column_are_refused(stores: tuple[Store, Store]) -> None:
    by_copy, _ = stores
    with by_copy.engine.begin() as conn, pytest.raises(StoreError, match="nonesuch"):
        bulk.copy_rows(conn, metadata.tables["removed"], [{"doc_id": "x", "nonesuch": 1}])

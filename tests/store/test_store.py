"""The store on SQLite (always) and PostgreSQL (when 127.0.0.1:5432 answers): one suite, two backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.postgres import schema_urls

import rasd.store
from rasd.errors import StoreError
from rasd.model import Document, Reject, Removed, Source
from rasd.store import AddResult, SearchHit, Store
from rasd.store.store import _normalize_url

# -- documents written for these tests ----------------------------------------------------------


def _span(text: str, part: str, **extra: Any) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part, **extra}


def _actor(entity: str | None, text: str, code: str | None) -> dict[str, Any]:
    return {"entity": entity, "text": text, "actor_code": code}


def _doc_talks() -> Document:
    """Hamza forms (الأمريكي, أميركي, إلى), named and unnamed actors, a quote and an event."""
    text = (
        "قال مسؤول أميركي إن الرئيس دونالد ترمب بحث مع رئيس الوزراء البريطاني ملف المنطقة أمس الثلاثاء. "
        "وأشار الوزير الأمريكي إلى تنامي المخاوف من خطر داعش خارج العراق وسوريا."
    )
    trump = {
        "id": "trump-donald",
        "type": "PER",
        "name_ar": "دونالد ترمب",
        "name_en": "Donald Trump",
        "wikidata": "Q22686",
        "actor_code": "USAGOV",
        "mentions": [_span(text, "دونالد ترمب")],
    }
    iraq = {
        "id": "irq",
        "type": "GPE",
        "name_ar": "العراق",
        "name_en": "Iraq",
        "wikidata": "Q796",
        "actor_code": "IRQ",
        "mentions": [_span(text, "العراق")],
    }
    quote = {
        "speaker": _actor(None, "الوزير الأمريكي", "USAGOV"),
        "cue": "أشار",
        "direct": False,
        **_span(text, "تنامي المخاوف من خطر داعش خارج العراق وسوريا"),
    }
    event = {
        "cameo": "040",
        "root": "04",
        "plover": "CONSULT",
        "source": _actor("trump-donald", "دونالد ترمب", "USAGOV"),
        "targets": [_actor(None, "رئيس الوزراء البريطاني", "GBRGOV")],
        "modality": "asserted",
        "date": "2019-11-12",
        "date_text": "أمس الثلاثاء",
        "place": None,
        "start": 0,
        "end": text.index("."),
        "evidence": text[: text.index(".")],
    }
    return Document(
        id="a1b2c3d4e5f60718",
        text=text,
        source=Source(path="seeds/001.txt", outlet="ليفانت", credit="ليفانت-وكالات", encoding="utf-8"),
        title="التعاون الأمريكي مع قوات سوريا الديمقراطية مستمر",
        published="2019-11-13",
        story="s-syria",
        removed=[Removed("breadcrumb", "الرئيسية » الأخبار » سياسة"), Removed("related", "شاهد أيضاً: تقرير")],
        entities=[trump, iraq],
        quotes=[quote],
        events=[event],
    )


def _doc_cairo() -> Document:
    """Fully vowelled words, ta marbuta (الخارجية), a shared entity and a clitic (بالقاهرة)."""
    text = (
        "وَصَلَ وَزِيرُ الخَارِجِيَّةِ إلى القاهرة صباح الأربعاء لإجراء محادثات حول المياه، "
        "وقال ترمب في تصريح إن اللقاء عُقد بالقاهرة في أجواء إيجابية."
    )
    trump = {
        "id": "trump-donald",
        "type": "PER",
        "name_ar": "دونالد ترمب",
        "name_en": "Donald Trump",
        "wikidata": "Q22686",
        "actor_code": "USAGOV",
        "mentions": [_span(text, "ترمب")],
    }
    return Document(
        id="b2c3d4e5f6071829",
        text=text,
        source=Source(url="https://example.org/news/2", outlet="الأهرام", dateline="القاهرة"),
        title="محادثات المياه في القاهرة",
        published="2020-01-08",
        story="s-syria",
        entities=[trump],
    )


def _doc_nato() -> Document:
    """Nothing but text: Latin letters, Arabic-Indic digits, no date, no outlet, empty lists."""
    return Document(
        id="c3d4e5f607182930",
        text="أعلن حلف NATO في بيان صدر بالقاهرة عام ٢٠١٩ أن اجتماعه المقبل سيعقد بالعاصمة البلجيكية.",
    )


def _docs() -> list[Document]:
    return [_doc_talks(), _doc_cairo(), _doc_nato()]


# -- backends -----------------------------------------------------------------------------------


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A schema of its own per test, dropped afterwards (tests.store.postgres)."""
    with schema_urls() as (url,):
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return "sqlite://"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with rasd.store.open(url) as opened:
        opened.create()
        yield opened


@pytest.fixture
def filled(store: Store) -> Store:
    store.add(_docs())
    return store


# -- writing and reading ------------------------------------------------------------------------


def test_round_trip_gives_the_record_back(filled: Store) -> None:
    for doc in _docs():
        stored = filled.get(doc.id)
        assert stored is not None
        assert stored.to_dict() == doc.to_dict()


def test_get_by_unique_prefix(filled: Store) -> None:
    doc = _doc_talks()
    found = filled.get(doc.id[:6])
    assert found is not None and found.id == doc.id
    assert filled.get("ffff") is None
    assert filled.get(doc.id[:3]) is None  # too short to be taken as a prefix


def test_get_by_shared_prefix_says_so(store: Store) -> None:
    store.add(
        [Document(id="abcd000000000001", text="نص أول"), Document(id="abcd000000000002", text="نص ثان")]
    )
    with pytest.raises(StoreError, match="several"):
        store.get("abcd")


def test_add_reports_what_it_stored(store: Store) -> None:
    result = store.add(_docs())
    assert isinstance(result, AddResult)
    assert result.added == 3 and result.skipped == 0
    assert list(result.added_ids) == [d.id for d in _docs()]


def test_adding_again_changes_nothing(filled: Store) -> None:
    before = filled.stats()
    again = filled.add(_docs())
    assert again.added == 0 and again.skipped == again.unchanged == 3
    assert filled.stats() == before


def test_a_duplicate_inside_one_call_is_stored_once(store: Store) -> None:
    doc = _doc_nato()
    result = store.add([doc, doc])
    assert (result.added, result.skipped) == (1, 1)
    assert store.stats()["counts"]["documents"] == 1


def test_add_accepts_any_iterable_and_nothing(store: Store) -> None:
    assert store.add(iter([])).added == 0
    assert store.add(d for d in _docs()).added == 3


def test_an_id_longer_than_the_format_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="16"):
        store.add([Document(id="x" * 17, text="نص")])
    assert store.stats()["counts"]["documents"] == 0


def test_documents_come_back_in_the_order_added(filled: Store) -> None:
    ids = [d.id for d in _docs()]
    assert [d.id for d in filled.documents()] == ids
    assert [d.id for d in filled.documents(limit=1, offset=1)] == ids[1:2]
    assert [d.id for d in filled.documents(offset=2)] == ids[2:]


def test_small_pages_give_the_same_result(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunked writes and paged reads must not lose, repeat or reorder anything at a page edge."""
    monkeypatch.setattr(rasd.store.store, "_PAGE", 2)
    talks, cairo, nato = _docs()
    result = store.add([talks, cairo, talks, nato, nato])
    assert result.added_ids == (talks.id, cairo.id, nato.id)
    assert result.skipped_ids == (talks.id, nato.id)
    assert [d.id for d in store.documents()] == [talks.id, cairo.id, nato.id]
    assert [d.id for d in store.documents(limit=3, offset=1)] == [cairo.id, nato.id]


# -- search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [
        ("الامريكي", "a1b2c3d4e5f60718"),  # hamza dropped by the user
        ("الأمريكي", "a1b2c3d4e5f60718"),
        ("اميركي", "a1b2c3d4e5f60718"),
        ("ترمب الثلاثاء", "a1b2c3d4e5f60718"),  # every word must match
        ("الخارجيه", "b2c3d4e5f6071829"),  # ha for ta marbuta
        ("الخارجية", "b2c3d4e5f6071829"),  # the text is vowelled, the query is not
        ("وَزِيرُ", "b2c3d4e5f6071829"),  # the query is vowelled too
        ("الى القاهره", "b2c3d4e5f6071829"),
        ("nato", "c3d4e5f607182930"),
        ("NATO", "c3d4e5f607182930"),
        ("٢٠١٩", "c3d4e5f607182930"),
        ("2019", "c3d4e5f607182930"),
        ("الديمقراطيه", "a1b2c3d4e5f60718"),  # only in the title
    ],
)
def test_search_ignores_spelling_variants(filled: Store, query: str, doc_id: str) -> None:
    hits = filled.search(query)
    assert doc_id in [hit.id for hit in hits]
    assert all(isinstance(hit, SearchHit) for hit in hits)


def test_search_hit_shows_the_original_words(filled: Store) -> None:
    (hit,) = filled.search("الامريكي وسوريا")
    assert hit.id == "a1b2c3d4e5f60718"
    assert hit.title == _doc_talks().title
    assert "الأمريكي" in hit.snippet
    assert hit.score > 0


def test_search_finds_a_word_joined_to_a_clitic(filled: Store) -> None:
    hits = filled.search("العاصمه")  # the text has بالعاصمة
    assert [hit.id for hit in hits] == ["c3d4e5f607182930"]
    assert "بالعاصمة" in hits[0].snippet


def test_search_ranks_word_matches_before_substring_matches(filled: Store) -> None:
    hits = filled.search("القاهره")  # a word in one article, glued to بـ in another
    assert [hit.id for hit in hits] == ["b2c3d4e5f6071829", "c3d4e5f607182930"]
    assert hits[0].score > hits[1].score == 0
    assert filled.search("القاهره", limit=1) == hits[:1]


def test_search_without_match_or_words_is_empty(filled: Store) -> None:
    assert filled.search("كنغر") == []
    assert filled.search("") == []
    assert filled.search(" ؟ ! ") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "(",
        ")",
        "*",
        "-",
        "^",
        ":",
        "\\",
        "%",
        "_",
        "NEAR(a b)",
        "AND",
        "OR NOT",
        'الأمريكي" OR (',
        "'; DROP TABLE documents; --",
        'x" AND "y',
        "title:ترمب",
        "ترمب*",
        "{a b}",
        "!ترمب & | <->",
        "%ترمب%",
    ],
)
def test_search_input_is_never_sql_or_fts_syntax(filled: Store, query: str) -> None:
    assert isinstance(filled.search(query), list)
    assert filled.stats()["counts"]["documents"] == 3


def test_operators_in_a_query_are_ordinary_words(filled: Store) -> None:
    assert [hit.id for hit in filled.search('"الأمريكي" (وسوريا')] == ["a1b2c3d4e5f60718"]
    assert filled.search("NATO OR كنغر") == []  # OR is a word to find, not a disjunction
    assert [hit.id for hit in filled.search("NATO -بيان")] == ["c3d4e5f607182930"]  # nor - an exclusion
    assert {hit.id for hit in filled.search("ترمب*")} == {"a1b2c3d4e5f60718", "b2c3d4e5f6071829"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=30))
def test_search_never_raises_on_any_text(filled: Store, query: str) -> None:
    hits = filled.search(query, limit=5)
    assert len(hits) <= 5


# -- rejects and stats --------------------------------------------------------------------------


def test_rejects_are_stored_once_with_their_bytes(store: Store) -> None:
    binary = Reject(path="in/photo.txt", code="E102", reason="binary input", data=b"\x00\xff\x89PNG")
    broken = Reject(path=None, code="E105", reason="JSON does not parse", locator="line 3")
    assert store.add_rejects([binary, broken, binary]) == 2
    assert store.add_rejects([broken, binary]) == 0
    assert (
        store.add_rejects([Reject(path=None, code="E105", reason="JSON does not parse", locator="line 4")])
        == 1
    )
    stored = store.rejects()
    assert [r.to_reject() for r in stored[:2]] == [binary, broken]
    assert stored[0].data == b"\x00\xff\x89PNG"
    assert stored[1].message() == broken.message()


def test_stats_count_every_table(filled: Store) -> None:
    filled.add_rejects(
        [Reject(path="a.bin", code="E102", reason="binary"), Reject(path="b", code="E101", reason="empty")]
    )
    stats = filled.stats()
    assert stats["counts"] == {
        "documents": 3,
        "removed": 2,
        "entities": 2,
        "mentions": 3,
        "quotes": 1,
        "events": 1,
        "stories": 1,
        "fingerprints": 0,
        "rejects": 2,
    }
    assert stats["outlets"] == {"ليفانت": 1, "الأهرام": 1, None: 1}
    assert stats["published"] == {"first": "2019-11-13", "last": "2020-01-08"}
    assert stats["rejects_by_code"] == {"E101": 1, "E102": 1}


def test_a_story_follows_its_documents(store: Store) -> None:
    store.add([_doc_cairo()])
    store.add([_doc_talks()])
    assert store.stats()["counts"]["stories"] == 1
    from rasd.store.schema import stories

    with store._engine.connect() as conn:
        row = conn.execute(stories.select()).one()
    assert (row.id, row.size, row.first_published) == ("s-syria", 2, "2019-11-13")
    assert row.title == _doc_talks().title


def test_create_twice_is_harmless(store: Store) -> None:
    store.add([_doc_nato()])
    store.create()
    assert store.stats()["counts"]["documents"] == 1
    assert [hit.id for hit in store.search("nato")] == ["c3d4e5f607182930"]


def test_create_indexes_documents_stored_before_the_search_index() -> None:
    with rasd.store.open("sqlite://") as store:
        store.create()
        store.add(_docs())
        with store._engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE documents_fts")
        store.create()
        assert [hit.id for hit in store.search("الامريكي")] == ["a1b2c3d4e5f60718"]


# -- SQLite files and URLs ----------------------------------------------------------------------


def test_a_sqlite_file_keeps_its_documents(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    with rasd.store.open(url) as first:
        first.create()
        first.add(_docs())
        first.add_rejects([Reject(path="x", code="E101", reason="empty", data=b"")])
    with rasd.store.open(url) as second:
        second.create()
        assert second.add(_docs()).skipped == 3
        stored = second.get("a1b2c3d4e5f60718")
        assert stored is not None and stored.to_dict() == _doc_talks().to_dict()
        assert [hit.id for hit in second.search("الامريكي")] == ["a1b2c3d4e5f60718"]
        assert second.rejects()[0].data == b""


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with rasd.store.open(str(path)) as store:
        store.create()
        assert store.dialect == "sqlite"
    assert path.exists()


def test_urls_get_the_declared_driver() -> None:
    assert _normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _normalize_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert _normalize_url("sqlite://") == "sqlite://"
    assert _normalize_url("data/r.db") == "sqlite:///data/r.db"


def test_a_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        rasd.store.open("nosuchdb+driver://x/y")


def test_a_missing_table_is_a_store_error() -> None:
    with rasd.store.open("sqlite://") as store, pytest.raises(StoreError, match="documents"):
        store.add([_doc_nato()])

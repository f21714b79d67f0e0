"""The read side (rasd.store.queries.Reader) on SQLite and, when it answers, PostgreSQL, over a
few documents written for these tests: a meeting, its wire copy (a near-duplicate), an attack
whose targets test exact actor matching, and a person the knowledge base does not know."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from tests.store.postgres import schema_urls

import rasd.store
from rasd.errors import UsageError
from rasd.model import Document, Source
from rasd.store import Store
from rasd.store.queries import Page, Reader

MEETING = "a100000000000001"
COPY = "a100000000000002"
ATTACK = "b200000000000003"
UNKNOWN = "c300000000000004"


def _span(text: str, part: str) -> dict[str, Any]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def _entity(text: str, entity_id: str, kind: str, ar: str, en: str, code: str | None, *words: str) -> dict[str, Any]:
    """Every whole-word occurrence of each of `words` is a mention."""
    found = [m for w in words for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    mentions = [{"start": m.start(), "end": m.end(), "text": m.group()} for m in found]
    return {"id": entity_id, "type": kind, "name_ar": ar, "name_en": en, "wikidata": None, "actor_code": code,
            "mentions": mentions}


def _ref(entity: str | None, text: str, code: str | None) -> dict[str, Any]:
    return {"entity": entity, "text": text, "actor_code": code}


def _meeting(doc_id: str = MEETING, outlet: str = "ليفانت", duplicate_of: str | None = None) -> Document:
    text = ("التقى الرئيس ترمب رئيس الوزراء البريطاني في واشنطن أمس الثلاثاء. "
            "وقال ترمب إن «العلاقات الأمريكية البريطانية قوية».")
    first = text.index(".")
    return Document(
        id=doc_id, text=text, source=Source(outlet=outlet, url=f"https://example.org/{doc_id}"),
        title="ترمب يلتقي رئيس الوزراء البريطاني", published="2019-11-13", duplicate_of=duplicate_of,
        story="story-meeting",
        entities=[
            _entity(text, "trump-donald", "PER", "دونالد ترامب", "Donald Trump", "USAGOV", "ترمب"),
            _entity(text, "gbr", "GPE", "المملكة المتحدة", "United Kingdom", "GBR", "البريطاني"),
            _entity(text, "washington", "GPE", "واشنطن", "Washington", "USA", "واشنطن"),
        ],
        quotes=[{"speaker": _ref("trump-donald", "ترمب", "USAGOV"), "cue": "قال", "direct": True,
                 **_span(text, "العلاقات الأمريكية البريطانية قوية")}],
        events=[{"cameo": "040", "root": "04", "plover": "CONSULT",
                 "source": _ref("trump-donald", "الرئيس ترمب", "USAGOV"),
                 "targets": [_ref("gbr", "رئيس الوزراء البريطاني", "GBRGOV")],
                 "modality": "asserted", "date": "2019-11-12", "date_text": "أمس الثلاثاء",
                 "place": {"entity": "washington", "name_en": "Washington", "lat": 38.9, "lon": -77.04},
                 "start": 0, "end": first, "evidence": text[:first]}],
    )


def _attack() -> Document:
    text = ("شنت جماعة الحوثي هجوماً على منشأة سعودية واستهدفت سفينة البحرية الأمريكية. "
            "وأعلن مسؤول أميركي أن الهجوم لم يوقع إصابات.")
    first = text.index(".")
    return Document(
        id=ATTACK, text=text, source=Source(outlet="الأهرام"), title="هجوم حوثي", published="2020-01-08",
        entities=[
            _entity(text, "houthis", "ORG", "الحوثيون", "Houthis", "YEMREB", "جماعة الحوثي"),
            _entity(text, "sau", "GPE", "السعودية", "Saudi Arabia", "SAU", "سعودية"),
            _entity(text, "usa-navy", "ORG", "البحرية الأمريكية", "United States Navy", "USAMIL",
                    "البحرية الأمريكية"),
        ],
        quotes=[{"speaker": _ref(None, "مسؤول أميركي", "USAGOV"), "cue": "أعلن", "direct": False,
                 **_span(text, "الهجوم لم يوقع إصابات")}],
        events=[{"cameo": "190", "root": "19", "plover": "ASSAULT",
                 "source": _ref("houthis", "جماعة الحوثي", "YEMREB"),
                 "targets": [_ref("sau", "منشأة سعودية", "SAU"), _ref("usa-navy", "البحرية الأمريكية", "USAMIL")],
                 "modality": "asserted", "date": None, "date_text": None, "place": None,
                 "start": 0, "end": first, "evidence": text[:first]}],
    )


def _unknown() -> Document:
    text = "قالت إلهام أحمد إن المفاوضات مع دمشق متعثرة، ونفت أن تكون قد التقت مسؤولين أتراكاً."
    return Document(
        id=UNKNOWN, text=text, title="مفاوضات متعثرة", published="2020-02-01",
        entities=[_entity(text, "per-ilham-ahmed-1a2b", "PER", "إلهام أحمد", "Ilham Ahmed", None, "إلهام أحمد")],
        quotes=[{"speaker": _ref("per-ilham-ahmed-1a2b", "إلهام أحمد", None), "cue": "قالت", "direct": False,
                 **_span(text, "المفاوضات مع دمشق متعثرة")}],
        events=[{"cameo": "130", "root": "13", "plover": "THREATEN",
                 "source": _ref("per-ilham-ahmed-1a2b", "إلهام أحمد", None), "targets": [],
                 "modality": "negated", "date": "2020-01-30", "date_text": None, "place": None,
                 "start": 0, "end": 10, "evidence": text[:10]}],
    )


def make_documents() -> list[Document]:
    return [_meeting(), _meeting(COPY, "الأهرام", duplicate_of=MEETING), _attack(), _unknown()]


# -- backends -----------------------------------------------------------------------------------


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A schema of its own per test, dropped afterwards (tests.store.postgres)."""
    with schema_urls() as (url,):
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    url = "sqlite://" if request.param == "sqlite" else str(request.getfixturevalue("postgres_url"))
    with rasd.store.open(url) as opened:
        opened.create()
        opened.add(make_documents())
        yield opened


@pytest.fixture
def reader(store: Store) -> Reader:
    return Reader(store)


def _ids(page: Page[dict[str, Any]], key: str = "id") -> list[Any]:
    return [item[key] for item in page.items]


# -- documents ----------------------------------------------------------------------------------


def test_documents_newest_first_with_counts(reader: Reader) -> None:
    page = reader.documents()
    assert page.total == 4 and _ids(page) == [UNKNOWN, ATTACK, MEETING, COPY]
    meeting = page.items[2]
    assert meeting["outlet"] == "ليفانت" and meeting["story"] == "story-meeting"
    assert (meeting["n_entities"], meeting["n_quotes"], meeting["n_events"]) == (3, 1, 1)
    assert page.items[3]["duplicate_of"] == MEETING  # duplicates are listed, and say so


def test_documents_pagination_and_filters(reader: Reader) -> None:
    second = reader.documents(limit=2, offset=2)
    assert (second.total, second.limit, second.offset, _ids(second)) == (4, 2, 2, [MEETING, COPY])
    assert _ids(reader.documents(outlet="الأهرام")) == [ATTACK, COPY]
    assert _ids(reader.documents(story="story-meeting")) == [MEETING, COPY]
    assert _ids(reader.documents(date_from="2020-01-08", date_to="2020-01-08")) == [ATTACK]
    assert reader.documents(date_to="2019-11-12").total == 0
    assert reader.documents(offset=10).items == []


def test_document_by_id_or_prefix(reader: Reader) -> None:
    found = reader.document(ATTACK[:6])
    assert found is not None and found.id == ATTACK and found.events[0]["cameo"] == "190"
    assert reader.document("ffff0000") is None
    with pytest.raises(UsageError, match="several"):
        reader.document("a100")
    assert reader.document(MEETING) is not None  # a full id is never ambiguous


def test_bad_dates_are_usage_errors(reader: Reader) -> None:
    with pytest.raises(UsageError, match="ISO date"):
        reader.documents(date_from="13/11/2019")
    with pytest.raises(UsageError, match="ISO date"):
        reader.events(date_to="2019-02-30")


# -- entities -----------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["ترامب", "ترمب", "دونالد ترامب", "Trump", "donald TRUMP", "trump-donald"])
def test_an_actor_is_found_by_any_spelling(reader: Reader, query: str) -> None:
    page = reader.entities(query)
    assert _ids(page)[:1] == ["trump-donald"]
    assert page.items[0]["n_mentions"] == 4 and page.items[0]["n_documents"] == 2


def test_an_adjective_finds_its_country_and_unknown_names_their_entity(reader: Reader) -> None:
    assert "usa-navy" in _ids(reader.entities("الامريكية"))  # the stored name, hamza dropped
    assert _ids(reader.entities("الهام احمد")) == ["per-ilham-ahmed-1a2b"]  # not in the base
    assert _ids(reader.entities("Ilham")) == ["per-ilham-ahmed-1a2b"]
    assert reader.entities("كنغر").total == 0


def test_entities_ranked_by_mentions_filtered_by_type(reader: Reader) -> None:
    page = reader.entities()
    assert page.total == 7 and _ids(page)[0] == "trump-donald"
    assert _ids(reader.entities(type="ORG")) == ["houthis", "usa-navy"]
    assert _ids(reader.entities(type="ORG", limit=1, offset=1)) == ["usa-navy"]


def test_entity_profile(reader: Reader) -> None:
    trump = reader.entity("trump-donald")
    assert trump is not None
    assert (trump["name_en"], trump["n_documents"], trump["in_kb"]) == ("Donald Trump", 2, True)
    aliases = {a["text"]: (a["n"], a["source"]) for a in trump["aliases"]}
    assert aliases["ترمب"] == (4, "text") and aliases["ترامب"] == (0, "kb")
    assert [q["doc_id"] for q in trump["quotes"]] == [MEETING]  # the copy's quote is not counted again
    assert [e["cameo"] for e in trump["events"]] == ["040"]
    assert trump["timeline"] == [{"date": "2019-11-12", "root": "04", "n": 1}]
    assert {c["entity"]: c["n_documents"] for c in trump["co_occurring"]} == {"gbr": 2, "washington": 2}
    assert trump["relations"] == [{"entity": "gbr", "name_en": "United Kingdom", "name_ar": "المملكة المتحدة",
                                   "relation": "meet", "direction": "out", "n": 1}]
    gbr = reader.entity("gbr")
    assert gbr is not None and [(r["entity"], r["direction"]) for r in gbr["relations"]] == [("trump-donald", "in")]
    assert reader.entity("nobody") is None


def test_targets_of_one_event_are_not_related_to_each_other(reader: Reader) -> None:
    saudi = reader.entity("sau")
    assert saudi is not None
    assert [(r["entity"], r["relation"], r["direction"]) for r in saudi["relations"]] == [("houthis", "attack", "in")]


# -- events and quotes --------------------------------------------------------------------------


def test_events_leave_duplicates_out_unless_asked(reader: Reader) -> None:
    assert reader.events().total == 3
    assert [(e["doc_id"], e["cameo"]) for e in reader.events().items] == [
        (UNKNOWN, "130"), (ATTACK, "190"), (MEETING, "040")]
    assert reader.events(include_duplicates=True).total == 4


def test_event_actor_matches_exactly_as_source_or_target(reader: Reader) -> None:
    assert _ids(reader.events(actor="trump-donald"), "doc_id") == [MEETING]
    assert _ids(reader.events(actor="gbr"), "doc_id") == [MEETING]  # as a target
    assert _ids(reader.events(actor="usa-navy"), "doc_id") == [ATTACK]  # the second target
    assert reader.events(actor="usa").total == 0  # no match on an id prefix
    assert _ids(reader.events(actor="USAMIL"), "doc_id") == [ATTACK]  # a code
    assert reader.events(actor="USA").total == 0  # nor on a code prefix
    assert _ids(reader.events(actor="GBRGOV", include_duplicates=True), "doc_id") == [MEETING, COPY]


def test_event_filters(reader: Reader) -> None:
    assert _ids(reader.events(root="4"), "cameo") == ["040"]
    assert _ids(reader.events(root="19"), "cameo") == ["190"]
    assert _ids(reader.events(plover="assault"), "cameo") == ["190"]
    assert _ids(reader.events(cameo="1"), "cameo") == ["130", "190"]
    assert reader.events(cameo="%").total == 0  # a LIKE wildcard is a character here
    assert _ids(reader.events(modality="negated"), "cameo") == ["130"]
    assert _ids(reader.events(place="washington"), "cameo") == ["040"]
    assert _ids(reader.events(story="story-meeting"), "cameo") == ["040"]
    assert _ids(reader.events(doc_id=ATTACK), "cameo") == ["190"]
    # an event's day is its resolved date, else its article's publication date
    assert _ids(reader.events(date_from="2019-11-12", date_to="2019-11-12"), "cameo") == ["040"]
    assert _ids(reader.events(date_from="2020-01-08", date_to="2020-01-08"), "cameo") == ["190"]
    assert _ids(reader.events(date_from="2020-01-30"), "cameo") == ["130"]


def test_event_items_name_their_actors(reader: Reader) -> None:
    (event,) = reader.events(root="19").items
    assert event["source"]["name_en"] == "Houthis" and event["title"] == "هجوم حوثي"
    assert [t["name_ar"] for t in event["targets"]] == ["السعودية", "البحرية الأمريكية"]
    assert event["place"] is None and event["index"] == 0


def test_event_places_group_events_by_place(reader: Reader) -> None:
    assert reader.event_places() == [{"place": "washington", "name_en": "Washington", "lat": 38.9,
                                      "lon": -77.04, "n": 1}]
    assert reader.event_places(include_duplicates=True)[0]["n"] == 2
    assert reader.event_places(root="19") == []


def test_quote_filters(reader: Reader) -> None:
    assert reader.quotes().total == 3 and reader.quotes(include_duplicates=True).total == 4
    (quote,) = reader.quotes(actor="trump-donald").items
    assert quote["direct"] is True and quote["speaker"]["name_en"] == "Donald Trump"
    assert _ids(reader.quotes(actor="USAGOV"), "doc_id") == [ATTACK, MEETING]  # unnamed and named speakers
    assert _ids(reader.quotes(direct=False), "doc_id") == [UNKNOWN, ATTACK]
    assert _ids(reader.quotes(doc_id=UNKNOWN), "cue") == ["قالت"]
    assert _ids(reader.quotes(date_from="2020-01-01", date_to="2020-01-31"), "doc_id") == [ATTACK]


# -- stories, search, statistics ----------------------------------------------------------------


def test_stories_and_a_story(reader: Reader) -> None:
    page = reader.stories()
    assert page.total == 1
    (story,) = page.items
    assert (story["id"], story["size"], story["first_published"]) == ("story-meeting", 2, "2019-11-13")
    assert sorted(story["outlets"]) == ["الأهرام", "ليفانت"]
    assert story["actors"][0]["n_documents"] == 2
    full = reader.story("story-meeting")
    assert full is not None and [d["id"] for d in full["documents"]] == [MEETING, COPY]
    assert full["n_events"] == 1  # the copy's event is the same act
    assert reader.story("nope") is None


def test_search_and_stats(reader: Reader) -> None:
    assert [hit.id for hit in reader.search("الحوثي")] == [ATTACK]
    stats = reader.stats()
    assert stats["counts"]["documents"] == 4 and stats["duplicates"] == 1
    assert stats["events_by_root"] == {"04": 1, "13": 1, "19": 1}


def test_cached_counts_follow_new_documents(store: Store) -> None:
    reader = Reader(store, state_seconds=0)
    assert reader.entities().total == 7 and reader.stats()["counts"]["documents"] == 4
    text = "زار ترمب الرياض."
    store.add([Document(id="d400000000000005", text=text, published="2020-03-01",
                        entities=[_entity(text, "trump-donald", "PER", "دونالد ترامب", "Donald Trump", "USAGOV",
                                          "ترمب"),
                                  _entity(text, "riyadh", "GPE", "الرياض", "Riyadh", "SAU", "الرياض")])])
    assert reader.entities().total == 8 and reader.stats()["counts"]["documents"] == 5
    assert reader.entities("ترامب").items[0]["n_documents"] == 3


def test_the_migration_fills_the_read_indexes_of_an_older_store(tmp_path: Any) -> None:
    """A store written before revision 0003 gets event_actors and entity_names from its rows."""
    from alembic import command

    from rasd.store import migrate
    from rasd.store.schema import entity_names, event_actors

    with rasd.store.open(f"sqlite:///{tmp_path / 'old.db'}") as store:
        store.create()
        store.add(make_documents())
        with store.engine.begin() as conn:
            written = {t.name: sorted(conn.execute(sa.select(t)).all()) for t in (event_actors, entity_names)}
            command.downgrade(migrate.config(conn), "0002")
            assert not sa.inspect(conn).has_table("event_actors")
        store.create()
        with store.engine.connect() as conn:
            assert {t.name: sorted(conn.execute(sa.select(t)).all()) for t in (event_actors, entity_names)} == written
        assert Reader(store).events(actor="usa-navy").total == 1


def test_forget_makes_the_next_call_see_new_documents(reader: Reader, store: Store) -> None:
    assert reader.documents().total == 4
    store.add([Document(id="e500000000000006", text="نص جديد عن الرياض", published="2021-01-01")])
    reader.forget()
    assert reader.documents().total == 5 and reader.documents().items[0]["id"] == "e500000000000006"


def test_a_story_written_to_stored_articles_is_seen(store: Store) -> None:
    """Story linking can change stored articles without adding one: the state must show it."""
    from rasd.store.schema import documents, stories

    reader = Reader(store, state_seconds=0)
    assert reader.stories().total == 1
    with store.engine.begin() as conn:
        conn.execute(sa.update(documents).where(documents.c.id == ATTACK).values(story="story-attack"))
        conn.execute(sa.insert(stories).values(id="story-attack", title="هجوم", first_published=None, size=1))
    assert reader.stories().total == 2
    assert [d["id"] for d in reader.documents(story="story-attack").items] == [ATTACK]

"""The read endpoints through HTTP (FastAPI's TestClient): shapes, filters, pagination, errors."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from tests.store.test_queries import ATTACK, COPY, MEETING, UNKNOWN, make_documents


def _get(client: TestClient, path: str, status: int = 200, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    return response.json()


def test_the_schema_lists_every_endpoint(client: TestClient) -> None:
    schema = _get(client, "/openapi.json")
    paths = set(schema["paths"])
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}",
            "/api/quotes", "/api/events", "/api/events/places", "/api/stories", "/api/stories/{story_id}",
            "/api/search", "/api/stats", "/api/export/events.{fmt}", "/api/export/quotes.{fmt}"} <= paths
    limit = next(p for p in schema["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "limit")
    assert (limit["schema"]["minimum"], limit["schema"]["maximum"]) == (1, 500)
    assert "HTTPBearer" in schema["components"]["securitySchemes"]


def test_documents_page_through_with_a_total(client: TestClient) -> None:
    first = _get(client, "/api/documents", limit=3)
    assert (first["total"], first["limit"], first["offset"]) == (4, 3, 0)
    assert [d["id"] for d in first["items"]] == [UNKNOWN, ATTACK, MEETING]
    rest = _get(client, "/api/documents", limit=3, offset=3)
    assert [d["id"] for d in rest["items"]] == [COPY] and rest["items"][0]["duplicate_of"] == MEETING
    assert [d["id"] for d in _get(client, "/api/documents", outlet="الأهرام", date_from="2020-01-01")["items"]] == [ATTACK]
    assert _get(client, "/api/documents", story="story-meeting")["total"] == 2


def test_a_document_is_its_full_record(client: TestClient) -> None:
    expected = next(d for d in make_documents() if d.id == ATTACK).to_dict()
    assert _get(client, f"/api/documents/{ATTACK}") == expected
    assert _get(client, f"/api/documents/{ATTACK[:8]}")["id"] == ATTACK


@pytest.mark.parametrize(("path", "words"), [
    ("/api/documents/ffffffff", "no document has the id 'ffffffff'"),
    ("/api/entities/nobody", "no entity has the id 'nobody'"),
    ("/api/stories/none-such", "no story has the id 'none-such'"),
])
def test_unknown_ids_are_404_naming_the_id(client: TestClient, path: str, words: str) -> None:
    assert _get(client, path, 404) == {"detail": words}


def test_a_shared_prefix_is_422(client: TestClient) -> None:
    assert "several" in _get(client, "/api/documents/a100", 422)["detail"][0]["msg"]


@pytest.mark.parametrize(("path", "params"), [
    ("/api/documents", {"limit": 0}),
    ("/api/documents", {"limit": 501}),
    ("/api/documents", {"offset": -1}),
    ("/api/events", {"date_from": "13/11/2019"}),
    ("/api/events", {"date_to": "2019-2-3"}),
    ("/api/quotes", {"date_from": "2019-02-30"}),  # the right shape, but no such day
    ("/api/events", {"root": "abc"}),
    ("/api/events", {"modality": "certain"}),
    ("/api/entities", {"type": "PERSON"}),
    ("/api/search", {}),
    ("/api/events", {"actor": "usa\x00"}),
    ("/api/export/events.xlsx", {}),
    ("/api/export/quotes.jsonl", {"bom": "true"}),
])
def test_bad_parameters_are_422(client: TestClient, path: str, params: dict[str, Any]) -> None:
    (problem, *_) = _get(client, path, 422, **params)["detail"]
    assert problem["msg"] and problem["loc"]


@pytest.mark.parametrize("query", ["ترامب", "ترمب", "Trump", "دونالد ترامب"])
def test_an_actor_is_found_by_either_spelling(client: TestClient, query: str) -> None:
    found = _get(client, "/api/entities", q=query)["items"]
    assert found[0]["id"] == "trump-donald" and found[0]["name_en"] == "Donald Trump"


def test_entities_filter_and_page(client: TestClient) -> None:
    page = _get(client, "/api/entities", type="ORG", limit=1, offset=1)
    assert page["total"] == 2 and [e["id"] for e in page["items"]] == ["usa-navy"]
    assert _get(client, "/api/entities", q="كنغر") == {"items": [], "total": 0, "limit": 50, "offset": 0}


def test_an_entity_profile(client: TestClient) -> None:
    trump = _get(client, "/api/entities/trump-donald")
    assert {"text": "ترامب", "n": 0, "source": "kb"} in trump["aliases"]
    assert trump["offices"][0]["code"] == "USAGOV"  # from the knowledge base
    assert [r["relation"] for r in trump["relations"]] == ["meet"]
    assert trump["quotes"][0]["speaker"]["name_en"] == "Donald Trump"
    assert trump["events"][0]["targets"][0]["entity"] == "gbr"


def test_events_filters(client: TestClient) -> None:
    assert _get(client, "/api/events")["total"] == 3
    assert _get(client, "/api/events", include_duplicates=True)["total"] == 4
    (attack,) = _get(client, "/api/events", actor="usa-navy")["items"]
    assert attack["doc_id"] == ATTACK and attack["plover"] == "ASSAULT"
    assert _get(client, "/api/events", actor="usa")["total"] == 0
    assert _get(client, "/api/events", root="4", place="washington", modality="asserted")["total"] == 1
    assert _get(client, "/api/events", cameo="13", date_from="2020-01-30", date_to="2020-01-30")["total"] == 1
    assert _get(client, "/api/events", story="story-meeting", plover="CONSULT")["total"] == 1
    assert _get(client, "/api/events/places") == [
        {"place": "washington", "name_en": "Washington", "lat": 38.9, "lon": -77.04, "n": 1}]


def test_quotes_filters(client: TestClient) -> None:
    assert _get(client, "/api/quotes")["total"] == 3
    assert [q["doc_id"] for q in _get(client, "/api/quotes", direct=True)["items"]] == [MEETING]
    assert [q["doc_id"] for q in _get(client, "/api/quotes", actor="USAGOV", limit=1)["items"]] == [ATTACK]
    assert _get(client, "/api/quotes", doc_id=UNKNOWN)["items"][0]["cue"] == "قالت"


def test_stories_search_and_stats(client: TestClient) -> None:
    (story,) = _get(client, "/api/stories")["items"]
    assert story["id"] == "story-meeting" and story["size"] == 2
    detail = _get(client, "/api/stories/story-meeting")
    assert [d["id"] for d in detail["documents"]] == [MEETING, COPY] and detail["n_events"] == 1
    hits = _get(client, "/api/search", q="الحوثى")  # alef maqsura for ya
    assert [h["id"] for h in hits] == [ATTACK] and "الحوثي" in hits[0]["snippet"]
    stats = _get(client, "/api/stats")
    assert stats["counts"]["documents"] == 4 and stats["duplicates"] == 1
    assert {"outlet": None, "n": 1} in stats["outlets"]


def test_export_events_as_csv_follows_the_filters(client: TestClient) -> None:
    response = client.get("/api/export/events.csv", params={"root": "19"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["doc_id"], r["target_entity"]) for r in rows] == [(ATTACK, "sau"), (ATTACK, "usa-navy")]
    everything = list(csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text)))
    assert {r["doc_id"] for r in everything} == {MEETING, ATTACK, UNKNOWN}  # the copy's event once


def test_export_formats(client: TestClient) -> None:
    tsv = client.get("/api/export/quotes.tsv", params={"bom": "true"})
    assert tsv.content.startswith("\ufeffdoc_id\t".encode())
    lines = client.get("/api/export/documents.jsonl", params={"outlet": "الأهرام"}).text.splitlines()
    assert sorted(json.loads(line)["doc_id"] for line in lines) == sorted([ATTACK, COPY])
    parquet = client.get("/api/export/entities.parquet")
    assert parquet.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(pa.BufferReader(parquet.content))
    assert "trump-donald" in table.column("entity_id").to_pylist()

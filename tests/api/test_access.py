"""The token: ingest needs it (and is off without one), reads need it only when configured so;
and an article posted through the API is processed, stored and read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.api.conftest import TOKEN, auth, filled_store

from rasd.api import create_app
from rasd.cli import main
from rasd.errors import UsageError

ARTICLE = {
    "title": "بومبيو يلتقي نظيره البريطاني في لندن",
    "text": ("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره البريطاني جيريمي هنت في لندن أمس الثلاثاء، "
             "وبحث الجانبان الملف الإيراني. وقال بومبيو إن بلاده ستواصل الضغط على إيران حتى تغير سلوكها "
             "في المنطقة، مؤكداً أن العلاقات بين واشنطن ولندن متينة."),
    "published": "2019-02-20",
    "outlet": "رصد",
    "url": "https://example.org/pompeo-london",
}


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A store of its own: these tests write to it."""
    app = create_app(filled_store(tmp_path_factory.mktemp("write")), token=TOKEN, web=False)
    with TestClient(app) as client:
        yield client


def test_ingest_needs_the_token(writable: TestClient) -> None:
    missing = writable.post("/api/documents", json=ARTICLE)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writable.post("/api/documents", json=ARTICLE, headers=auth("not-it"))
    assert wrong.status_code == 403 and "not the one" in wrong.json()["detail"]
    basic = writable.post("/api/documents", json=ARTICLE, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


def test_without_a_configured_token_ingest_is_off(db_url: str) -> None:
    client = TestClient(create_app(db_url, web=False, warm=False))
    response = client.post("/api/documents", json=ARTICLE, headers=auth())
    assert response.status_code == 403 and "ingest is disabled" in response.json()["detail"]
    assert client.get("/api/documents").status_code == 200  # reads stay open


def test_reads_can_require_the_token(db_url: str) -> None:
    client = TestClient(create_app(db_url, token=TOKEN, read_token_required=True, web=False, warm=False))
    assert client.get("/api/documents").status_code == 401
    assert client.get("/api/export/events.csv", headers=auth("nope")).status_code == 403
    assert client.get("/api/documents", headers=auth()).status_code == 200
    assert client.get("/openapi.json").status_code == 200  # the schema says how to authenticate
    with pytest.raises(UsageError, match="needs a token"):
        create_app(db_url, read_token_required=True, web=False)


def test_a_posted_article_is_processed_stored_and_read_back(writable: TestClient) -> None:
    response = writable.post("/api/documents", json=ARTICLE, headers=auth())
    assert response.status_code == 200, response.text
    result = response.json()
    (doc_id,) = result["ids"]
    assert result["added"] == [doc_id] and result["rejects"] == []
    record = writable.get(f"/api/documents/{doc_id}").json()
    assert record["title"] == ARTICLE["title"] and record["source"]["outlet"] == "رصد"
    assert record["published"] == "2019-02-20"
    assert "pompeo-mike" in {e["id"] for e in record["entities"]}
    assert writable.get("/api/events", params={"actor": "pompeo-mike"}).json()["total"] >= 1
    assert writable.get("/api/entities", params={"q": "بومبيو"}).json()["items"][0]["id"] == "pompeo-mike"
    again = writable.post("/api/documents", json=[ARTICLE], headers=auth()).json()
    assert again["ids"] == [doc_id] and again["unchanged"] == [doc_id] and again["added"] == []


def test_a_batch_keeps_going_past_a_bad_article(writable: TestClient) -> None:
    second = {**ARTICLE, "text": ARTICLE["text"].replace("لندن", "باريس")}
    response = writable.post("/api/documents", json=[{"text": "قصير"}, second], headers=auth())
    assert response.status_code == 200
    result = response.json()
    assert len(result["ids"]) == 1 and [r["index"] for r in result["rejects"]] == [0]
    assert result["rejects"][0]["code"] == "E106"


@pytest.mark.parametrize("body", [{}, {"text": ""}, [], {"text": "نص", "colour": "red"}, "نص", [{"title": "x"}]])
def test_malformed_ingest_bodies_are_422(writable: TestClient, body: object) -> None:
    assert writable.post("/api/documents", json=body, headers=auth()).status_code == 422


def test_serve_refuses_read_token_without_a_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--read-token-required"])
    assert result.exit_code == 2 and "needs --token" in result.output


def test_the_app_mounts_the_web_page(db_url: str) -> None:
    app: FastAPI = create_app(db_url, web=True, warm=False)
    assert any(getattr(route, "path", None) == "/static" for route in app.routes)

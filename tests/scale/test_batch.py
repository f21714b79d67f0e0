"""rasd batch: inputs of every kind to Parquet tables, the same whoever runs the parts."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.model import Document
from rasd.scale import BatchOptions, run_batch
from tests.scale.articles import article, dies_on_second_part, write_jsonl, write_parquet, write_warc


def table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / name).to_pylist()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    write_jsonl(folder / "a.jsonl", range(0, 12))
    write_jsonl(folder / "b.jsonl.gz", range(12, 20), compress=True)
    write_parquet(folder / "c.parquet", range(20, 27))
    write_warc(folder / "d.warc.gz", range(27, 31))
    copy = {**article(3), "id": "copy3", "title": "نقلاً عن وكالة", "outlet": "another"}
    copy["text"] = copy["text"] + " (وكالة الأنباء)"
    (folder / "e-copy.jsonl").write_text(json.dumps(copy, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "bad.jsonl").write_bytes(b'{"text": "\xff\xfe\x00garbage"}\n{"title": "no body"}\n')
    return [str(folder)]


@pytest.fixture(scope="module")
def inline(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("inline")
    run_batch(inputs, out, BatchOptions(workers=1, part_size=5))
    return out


def test_every_article_of_every_kind_is_written_once(inline: Path) -> None:
    docs = table(inline, "documents")
    records = [json.loads(row["record"]) for row in docs]
    crawled = sorted(r["source"]["url"] for r in records if r["source"]["id"].startswith("<urn:uuid:"))
    assert sorted(r["source"]["id"] for r in records if r["source"]["id"].startswith(("a", "copy"))) \
        == sorted([f"a{n}" for n in range(27)] + ["copy3"])
    assert crawled == sorted(f"https://example.org/{n}" for n in range(27, 31))
    assert len({row["doc_id"] for row in docs}) == 32


def test_rejects_are_kept_with_their_reason_and_place(inline: Path) -> None:
    rejects = table(inline, "rejects")
    assert sorted((Path(r["path"]).name, r["locator"]) for r in rejects) == [("bad.jsonl", "line 1"),
                                                                            ("bad.jsonl", "line 2")]
    assert all(r["reason"] and r["code"].startswith("E1") for r in rejects)
    assert any(r["data"] for r in rejects)  # the original bytes, to look at or re-run


def test_records_round_trip_and_tables_agree(inline: Path) -> None:
    docs = [Document.from_dict(json.loads(row["record"])) for row in table(inline, "documents")]
    assert all(doc.text for doc in docs)
    assert all(doc.published == "2024-03-05" for doc in docs if not doc.source.id.startswith("<urn:"))
    mentions = table(inline, "mentions")
    assert len(mentions) == sum(len(e["mentions"]) for d in docs for e in d.entities)
    text = {doc.id: doc.text for doc in docs}
    assert all(text[m["doc_id"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    assert {row["doc_id"] for row in table(inline, "events")} <= set(text)
    assert table(inline, "quotes") and table(inline, "entities")


def _copy_and_original(out: Path) -> tuple[str, str]:
    by_source = {json.loads(r["record"])["source"]["id"]: r["doc_id"] for r in table(out, "documents")}
    return by_source["copy3"], by_source["a3"]


def test_the_copy_of_an_article_is_its_near_duplicate_in_its_story(inline: Path) -> None:
    links = {row["doc_id"]: row for row in table(inline, "stories.parquet")}
    copy, original = _copy_and_original(inline)
    assert len(links) == 32 and links[copy]["duplicate_of"] == original
    assert links[copy]["story"] == links[original]["story"] == f"s-{original}"
    report = json.loads((inline / "report.json").read_text("utf-8"))
    assert report["near_duplicates"] == sum(1 for row in links.values() if row["duplicate_of"]) >= 1


def test_report_counts_the_run(inline: Path) -> None:
    report = json.loads((inline / "report.json").read_text("utf-8"))
    assert report["articles"] == 32 and report["rejects"] == 2
    assert report["rejects_by_reason"] and sum(report["rejects_by_reason"].values()) == 2
    records = [json.loads(row["record"]) for row in table(inline, "documents")]
    assert report["events"] == sum(len(r["events"]) for r in records) > 0
    assert sum(report["events_by_root"].values()) == report["events"]
    assert report["worker_peak_rss_mb"] > 0


def test_a_process_pool_writes_the_same_rows(inputs: list[str], inline: Path, tmp_path: Path) -> None:
    run_batch(inputs, tmp_path, BatchOptions(workers=2, part_size=5))
    for name in ("documents", "events", "quotes", "mentions", "rejects", "fingerprints", "stories.parquet"):
        assert sorted(map(repr, table(tmp_path, name))) == sorted(map(repr, table(inline, name))), name


def test_a_second_run_resumes_and_redoes_only_unfinished_parts(inputs: list[str], tmp_path: Path) -> None:
    run_batch(inputs, tmp_path, BatchOptions(workers=1, part_size=5))
    markers = sorted((tmp_path / "_done").glob("*.json"))
    for marker in markers[:2]:  # as if killed before these parts were complete
        marker.unlink()
    again = run_batch(inputs, tmp_path, BatchOptions(workers=1, part_size=99)).report
    assert again["parts_resumed"] == len(markers) - 2 and again["parts"] == len(markers)
    assert again["articles"] == 32 and 0 < again["articles_this_run"] < 32
    ids = [row["doc_id"] for row in table(tmp_path, "documents")]
    assert len(ids) == len(set(ids)) == 32


def test_loading_into_a_database(inputs: list[str], tmp_path: Path) -> None:
    from rasd import store

    url = f"sqlite:///{tmp_path / 'batch.db'}"
    report = run_batch(inputs, tmp_path / "out", BatchOptions(workers=2, part_size=5, db=url)).report
    with store.open(url) as db:
        assert db.stats()["counts"]["documents"] == 32 == report["loaded_to_db"]
        copy, original = _copy_and_original(tmp_path / "out")
        stored = db.get(copy)
        assert stored is not None and stored.duplicate_of == original and stored.story
        assert db.get(original).story == stored.story
        assert len(db.rejects()) == 2


def test_stdin_and_missing_inputs_are_usage_errors(tmp_path: Path) -> None:
    from rasd.errors import UsageError

    with pytest.raises(UsageError, match="stdin"):
        run_batch(["-"], tmp_path)
    missing = run_batch([str(tmp_path / "nope.jsonl")], tmp_path / "out").report
    assert missing["rejects"] == 1 and missing["articles"] == 0


def test_a_worker_that_dies_stops_the_run_with_a_reason_and_the_next_run_goes_on(
        inputs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.errors import RasdError
    from rasd.scale import executors

    monkeypatch.setattr(executors, "_run_part", dies_on_second_part)
    with pytest.raises(RasdError, match="worker process died"):
        run_batch(inputs, tmp_path, BatchOptions(workers=2, part_size=5))
    monkeypatch.undo()
    report = run_batch(inputs, tmp_path, BatchOptions(workers=2, part_size=5)).report
    ids = [row["doc_id"] for row in table(tmp_path, "documents")]
    assert report["articles"] == 32 and len(ids) == len(set(ids)) == 32

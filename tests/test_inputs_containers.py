"""Gzip, Parquet and over-long JSONL lines: what a crawl ships, read without holding it whole."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from rasd.model import RawArticle, Reject
from rasd.read import read_inputs, read_stream
from rasd.read.records import read_jsonl
from rasd.settings import Settings
from tests.scale.articles import article, write_jsonl, write_parquet


def kinds(items: list[RawArticle | Reject]) -> list[str]:
    return [type(item).__name__ for item in items]


def test_gzip_jsonl_by_name_and_by_content(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl.gz", range(5), compress=True)
    write_jsonl(tmp_path / "unnamed", range(5), compress=True)
    for name in ("a.jsonl.gz", "unnamed"):
        items = list(read_inputs([str(tmp_path / name)]))
        assert kinds(items) == ["RawArticle"] * 5 and items[4].locator == "line 5"


def test_truncated_gzip_keeps_what_was_read_and_says_where_it_stopped(tmp_path: Path) -> None:
    whole = gzip.compress("".join(json.dumps(article(n), ensure_ascii=False) + "\n" for n in range(400)).encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    items = list(read_inputs([str(tmp_path / "cut.jsonl.gz")]))
    assert 0 < len(items) - 1 < 400 and kinds(items[:-1]) == ["RawArticle"] * (len(items) - 1)
    last = items[-1]
    assert isinstance(last, Reject) and last.code == "E105" and "truncated or corrupt gzip" in last.reason


def test_gzip_of_a_single_text_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(article(1)["text"].encode("utf-8")))
    (item,) = read_inputs([str(tmp_path / "a.txt.gz")])
    assert isinstance(item, RawArticle) and item.body.startswith("دمشق")


def test_parquet_rows_are_articles_and_a_bad_row_is_one_reject(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    write_parquet(tmp_path / "a.parquet", range(3))
    rows = [article(n) for n in range(2)] + [{**article(9), "text": None}]
    pq.write_table(pa.Table.from_pylist(rows), str(tmp_path / "b.pq"))
    assert kinds(list(read_inputs([str(tmp_path / "a.parquet")]))) == ["RawArticle"] * 3
    items = list(read_inputs([str(tmp_path / "b.pq")]))
    assert kinds(items) == ["RawArticle", "RawArticle", "Reject"] and items[2].locator == "row 3"
    assert items[0].url == "https://example.org/0" and items[0].published == "2024-03-05"


def test_parquet_cut_off_or_from_stdin(tmp_path: Path) -> None:
    data = write_parquet(tmp_path / "a.parquet", range(3)).read_bytes()
    (tmp_path / "cut.parquet").write_bytes(data[: len(data) // 2])
    (item,) = read_inputs([str(tmp_path / "cut.parquet")])
    assert isinstance(item, Reject) and "not a readable Parquet file" in item.reason
    assert kinds(list(read_stream(io.BytesIO(data), "<stdin>"))) == ["RawArticle"] * 3


def test_an_overlong_line_is_rejected_without_reading_it_whole() -> None:
    settings = Settings(max_article_bytes=1_000)
    good = json.dumps(article(1), ensure_ascii=False).encode()
    assert len(good) < 1_000
    stream = io.BytesIO(good + b"\n" + b"x" * 5_000_000 + b"\n" + good + b"\n" + b"y" * 3_000)
    items = list(read_jsonl(stream, "big.jsonl", settings))
    assert kinds(items) == ["RawArticle", "Reject", "RawArticle", "Reject"]
    assert items[1].locator == "line 2" and "5,000,001 bytes" in items[1].reason and items[1].code == "E104"
    assert items[3].locator == "line 4"

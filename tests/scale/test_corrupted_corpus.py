"""A corpus with 1% corrupted inputs of every kind runs to the end with exactly those rejected.

400 good articles in JSONL, gzip, Parquet and text files, and four bad inputs: binary data, a
gzip file cut off half-way, a text in an encoding that is not Arabic (Shift-JIS), and a JSONL
line of 100 MB. Each bad input is one reject naming its file and place; every good article,
including those before the cut in the gzip file, is in the output once.
"""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pyarrow.parquet as pq

from rasd.scale import BatchOptions, run_batch
from tests.scale.articles import article, write_jsonl, write_parquet

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def jsonl_bytes(numbers: range) -> bytes:
    return "".join(json.dumps(article(n), ensure_ascii=False) + "\n" for n in numbers).encode("utf-8")


def build(folder: Path) -> tuple[set[str], dict[str, tuple[str, str | None]]]:
    """The corpus; returns the source ids that must come out and the expected reject per file."""
    expected = {f"a{n}" for n in range(400)}
    write_jsonl(folder / "shard-0.jsonl", range(0, 150))
    write_jsonl(folder / "shard-1.jsonl.gz", range(150, 250), compress=True)
    write_parquet(folder / "shard-2.parquet", range(250, 350))
    for n in range(350, 400):
        (folder / f"page-{n}.txt").write_text(article(n)["text"], encoding="utf-8")
    expected -= {f"a{n}" for n in range(350, 400)}  # text files carry no id: counted by text below
    # the bad ones
    (folder / "photo.txt").write_bytes(PNG)
    cut = gzip.compress(jsonl_bytes(range(1000, 1200)))
    (folder / "shard-cut.jsonl.gz").write_bytes(cut[: len(cut) // 2])
    readable = zlib.decompressobj(31).decompress(cut[: len(cut) // 2]).count(b"\n")
    expected |= {f"a{n}" for n in range(1000, 1000 + readable)}
    (folder / "japanese.txt").write_bytes(("東京で記者会見が開かれ、首相は新しい経済政策を発表した。" * 20).encode("shift_jis"))
    with (folder / "shard-huge.jsonl").open("wb") as sink:
        sink.write(jsonl_bytes(range(2000, 2002)))
        sink.write(b'{"text": "' + "خبر ".encode() * 25_000_000 + b'"}\n')  # 100 MB on one line
        sink.write(jsonl_bytes(range(2002, 2004)))
    expected |= {f"a{n}" for n in range(2000, 2004)}
    rejects = {"photo.txt": ("E102", None), "shard-cut.jsonl.gz": ("E105", f"item {readable + 1}"),
               "japanese.txt": ("E103", None), "shard-huge.jsonl": ("E104", "line 3")}
    return expected, rejects


def test_only_the_corrupted_inputs_are_rejected(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    expected_ids, expected_rejects = build(corpus)
    result = run_batch([str(corpus)], tmp_path / "out", BatchOptions(workers=2, part_size=40))
    rejects = pq.read_table(tmp_path / "out" / "rejects").to_pylist()
    assert {Path(r["path"]).name: (r["code"], r["locator"]) for r in rejects} == expected_rejects
    assert len(rejects) == 4 == result.report["rejects"] and all(r["reason"] for r in rejects)
    records = [json.loads(r) for r in pq.read_table(tmp_path / "out" / "documents").column("record").to_pylist()]
    ids = sorted(r["source"]["id"] for r in records if r["source"]["id"])
    assert ids == sorted(expected_ids)
    texts = [r for r in records if not r["source"]["id"]]
    assert len(texts) == 50 and len({r["id"] for r in records}) == len(records)

"""Articles per second for the whole pipeline (read -> clean -> text stage) on real news.

Uses 1,000 articles of ../shared/data/saudinewsnet when present (non-commercial data: measured
here, never committed), else the bundled examples repeated. Usage:
    python benchmarks/bench_process.py [N] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from rasd.model import Document
from rasd.pipeline import Batch, process_many

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "json"


def build_input(n: int, folder: Path) -> tuple[Path, str]:
    out = folder / "articles.jsonl"
    rows: list[dict[str, str]] = []
    if CORPUS.is_dir():
        for day in sorted(CORPUS.glob("*.json")):
            rows += [{**a, "outlet": a.get("source") or "", "published": (a.get("date_extracted") or "")[:10]}
                     for a in json.loads(day.read_text("utf-8")) if a.get("content")]
            if len(rows) >= n:
                break
        label = f"{n} articles of saudinewsnet"
    else:
        docs = [d for d in process_many([str(ROOT / "examples")]) if isinstance(d, Document)]
        rows = [{"title": d.title or "", "text": d.text} for d in docs]
        rows = (rows * (n // max(len(rows), 1) + 1))
        label = f"{n} bundled example articles (repeated)"
    with out.open("w", encoding="utf-8") as sink:
        for row in rows[:n]:
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out, label


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, label = build_input(args.n, Path(tmp))
        mb = path.stat().st_size / 1e6
        print(f"input: {label}, {mb:.1f} MB")
        for workers in (int(w) for w in args.workers.split(",")):
            batch = Batch()
            started = time.perf_counter()
            for _ in process_many([str(path)], workers=workers, batch=batch):
                pass
            seconds = time.perf_counter() - started
            print(f"workers={workers}: {batch.documents} documents, {len(batch.rejects)} rejects, "
                  f"{seconds:.2f} s, {batch.documents / seconds:.0f} articles/s, {mb / seconds:.2f} MB/s")


if __name__ == "__main__":
    main()

"""Story linking (near-duplicates + story clusters) per article, after the pipeline.

Processes N articles of ../shared/data/saudinewsnet when present (non-commercial data: measured
here, never committed; articles taken in date order, dated by their extraction day), else the
bundled examples repeated with small edits; then times `rasd.stories.link_documents` over them
and prints the clusters found. Usage:
    python benchmarks/bench_stories.py [N] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from rasd.model import Document
from rasd.pipeline import process_many
from rasd.stories import link_documents

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "json"


def build_input(n: int, folder: Path) -> tuple[Path, str]:
    out = folder / "articles.jsonl"
    rows: list[dict[str, str]] = []
    if CORPUS.is_dir():
        for day in sorted(CORPUS.glob("*.json")):
            for article in json.loads(day.read_text("utf-8")):
                if article.get("content"):
                    rows.append({"title": article.get("title") or "", "text": article["content"],
                                 "outlet": article.get("source") or "",
                                 "published": (article.get("date_extracted") or "")[:10]})
            if len(rows) >= n:
                break
        label = f"{n} articles of saudinewsnet"
    else:
        docs = [d for d in process_many([str(ROOT / "examples")]) if isinstance(d, Document)]
        base = [{"title": d.title or "", "text": d.text} for d in docs]
        rows = [{"title": r["title"], "text": f"{r['text']}\nتحديث رقم {i}."} for i, r in
                enumerate(base * (n // max(len(base), 1) + 1))]
        label = f"{n} bundled example articles (repeated with an edit: near-duplicates)"
    with out.open("w", encoding="utf-8") as sink:
        sink.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows[:n])
    return out, label


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path, label = build_input(args.n, Path(tmp))
        started = time.perf_counter()
        docs = [d for d in process_many([str(path)], workers=args.workers) if isinstance(d, Document)]
        print(f"input: {label}; pipeline with {args.workers} workers: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    link_documents(docs)
    seconds = time.perf_counter() - started
    sizes = Counter(d.story for d in docs if d.story)
    print(f"story linking: {len(docs)} documents, {seconds:.2f} s, {len(docs) / seconds:.0f} documents/s")
    print(f"near-duplicates: {sum(1 for d in docs if d.duplicate_of)}; stories: {len(sizes)} holding "
          f"{sum(sizes.values())} documents; largest {max(sizes.values(), default=0)}")


if __name__ == "__main__":
    main()

"""Story linking (near-duplicates + story clusters) per article, after the pipeline.

Processes N articles of ../shared/data/saudinewsnet when present (non-commercial data: measured
here, never committed; articles taken in date order, dated by their extraction day), else the
bundled examples repeated; then times `rasd.stories.link_documents` over them
and prints the clusters found. Usage:
    python benchmarks/bench_stories.py [N] [--workers 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_process import build_input  # the same input: benchmarks/ is the script's folder

from rasd.model import Document
from rasd.pipeline import process_many
from rasd.stories import link_documents


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

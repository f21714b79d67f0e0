"""Sentences per second for the CRF tagger (features + crfsuite), one core.
Uses the ANERcorp dev split when ../shared/data is present, else sentences of the examples.

    python benchmarks/bench_ner.py
"""

from __future__ import annotations

import time
from pathlib import Path

from rasd.ner.corpus import read_anercorp
from rasd.ner.tagger import default

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "anercorp" / "train.txt"


def sentences() -> tuple[list[list[str]], str]:
    if CORPUS.exists():
        aner = list(read_anercorp(CORPUS))
        return [tokens for tokens, _ in aner[int(len(aner) * 0.9):]], "ANERcorp dev split"
    text = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة ستواصل دعم حلفائها في المنطقة ."
    return [text.split()] * 400, "a repeated example sentence"


def main() -> None:
    data, label = sentences()
    tagger = default()
    tagger.tag(data[0])
    started = time.perf_counter()
    tokens = sum(len(tagger.tag(s)) for s in data)
    seconds = time.perf_counter() - started
    print(f"{label}: {len(data):,} sentences, {tokens:,} tokens in {seconds:.2f} s: "
          f"{len(data) / seconds:,.0f} sentences/s, {tokens / seconds:,.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()

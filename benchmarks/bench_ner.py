"""Sentences per second for the NER taggers on one core: the CRF (features + crfsuite,
sentence by sentence) and the neural tagger (numpy BiLSTM, sentences in batches of 256 as
`rasd tag` sends them). BLAS is held to one thread so the figure is per core.
Uses the ANERcorp dev split when ../shared/data is present, else sentences of the examples.

    python benchmarks/bench_ner.py
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import time  # noqa: E402
from pathlib import Path  # noqa: E402

from rasd.ner.conll import BATCH  # noqa: E402
from rasd.ner.corpus import read_anercorp  # noqa: E402
from rasd.ner.neural import default as neural  # noqa: E402
from rasd.ner.tagger import default  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "anercorp" / "train.txt"


def sentences() -> tuple[list[list[str]], str]:
    if CORPUS.exists():
        aner = list(read_anercorp(CORPUS))
        return [tokens for tokens, _ in aner[int(len(aner) * 0.9):]], "ANERcorp dev split"
    text = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة ستواصل دعم حلفائها في المنطقة ."
    return [text.split()] * 400, "a repeated example sentence"


def main() -> None:
    data, label = sentences()
    tokens = sum(len(s) for s in data)
    crf = default()
    crf.tag(data[0])
    started = time.perf_counter()
    for s in data:
        crf.tag(s)
    report("CRF", label, len(data), tokens, time.perf_counter() - started)
    tagger = neural()
    tagger.tag_sentences(data[:8])
    started = time.perf_counter()
    for k in range(0, len(data), BATCH):
        tagger.tag_sentences(data[k:k + BATCH])
    report("neural", label, len(data), tokens, time.perf_counter() - started)


def report(name: str, label: str, n: int, tokens: int, seconds: float) -> None:
    print(f"{name}, {label}: {n:,} sentences, {tokens:,} tokens in {seconds:.2f} s: "
          f"{n / seconds:,.0f} sentences/s, {tokens / seconds:,.0f} tokens/s (one core)")


if __name__ == "__main__":
    main()

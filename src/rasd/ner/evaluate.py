"""Exact-span precision / recall / F1 for BIO tags, overall and per type (as seqeval/conlleval)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of every name in a BIO sequence; a stray I- starts a name."""
    out = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and kind == tag[2:]
        if start is not None and not inside:
            out.add((start, i, kind or ""))
            start, kind = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and not inside):
            start, kind = i, tag[2:]
    return out


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = spans(g), spans(p)
        for _, _, kind in gs:
            n_gold[kind] += 1
        for _, _, kind in ps:
            n_pred[kind] += 1
        for _, _, kind in gs & ps:
            tp[kind] += 1
    out = {kind: _prf(tp[kind], n_pred[kind], n_gold[kind]) for kind in sorted(n_gold | n_pred)}
    out["overall"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": gold}

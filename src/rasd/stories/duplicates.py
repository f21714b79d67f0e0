"""Near-duplicates: wire copies across outlets and re-posts with different boilerplate.

MinHash LSH (datasketch) finds the earlier fingerprints whose signatures agree on enough
bands; each candidate is then checked on the estimated Jaccard similarity of the two sets of
word 4-grams. The canonical copy is the first one seen (the order articles arrive in, which
for a store is the order they were stored): a duplicate points to it, never to another
duplicate, so every copy of a story names the same canonical article.
"""

from __future__ import annotations

from datasketch import MinHashLSH

from rasd.stories.fingerprint import NUM_PERM, Fingerprint

THRESHOLD = 0.6  # estimated Jaccard of the 4-gram sets; measured on SaudiNewsNet (see README)
CANDIDATES = 0.45  # LSH finds pairs from here, so a pair just above THRESHOLD is rarely missed


class DuplicateFinder:
    """Remembers fingerprints and says which earlier article a new one copies."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(CANDIDATES, threshold), num_perm=NUM_PERM)
        self._seen: dict[str, Fingerprint] = {}
        self._canonical: dict[str, str] = {}  # doc id -> id of its canonical copy
        self._order: dict[str, int] = {}

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._seen

    def remember(self, fp: Fingerprint, duplicate_of: str | None = None) -> None:
        """Keep `fp` for later comparisons; `duplicate_of` as already decided (a stored article)."""
        if fp.doc_id in self._seen:
            return
        self._seen[fp.doc_id] = fp
        self._order[fp.doc_id] = len(self._order)
        if duplicate_of:
            self._canonical[fp.doc_id] = self._canonical.get(duplicate_of, duplicate_of)
        if fp.signature is not None:
            self._lsh.insert(fp.doc_id, fp.signature)

    def original_of(self, fp: Fingerprint) -> str | None:
        """The canonical article `fp` nearly copies, or None; `fp` itself is not remembered."""
        if fp.signature is None:
            return None
        scored = []
        for other in self._lsh.query(fp.signature):
            seen = self._seen[other].signature
            if other != fp.doc_id and seen is not None:
                scored.append((fp.signature.jaccard(seen), -self._order[other], other))
        scored = [item for item in scored if item[0] >= self.threshold]
        best = max(scored)[2] if scored else None  # the closest copy; of equals, the earliest
        if best is None:
            return None
        return self._canonical.get(best, best)

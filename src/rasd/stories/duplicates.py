"""Near-duplicates: wire copies across outlets and re-posts with different boilerplate.

MinHash LSH (datasketch) finds the earlier fingerprints whose signatures agree on enough
bands; each candidate is then checked on the estimated Jaccard similarity of the two sets of
word 4-grams. The canonical copy is the first one seen (the order articles arrive in, which
for a store is the order they were stored): a duplicate points to it, never to another
duplicate, so every copy of a story names the same canonical article.
"""

from __future__ import annotations

import heapq
from collections import deque

from datasketch import LeanMinHash, MinHashLSH

from rasd.stories.clusters import WINDOW_DAYS, day_number
from rasd.stories.fingerprint import NUM_PERM, Fingerprint

THRESHOLD = 0.6  # estimated Jaccard of the 4-gram sets; measured on SaudiNewsNet (see README)
CANDIDATES = 0.45  # LSH finds pairs from here, so a pair just above THRESHOLD is rarely missed
RETAIN_DAYS = 2 * WINDOW_DAYS  # a copy is looked for among this many days of earlier articles
UNDATED_KEEP = 5000  # undated articles compared with (as the store's UNDATED_LIMIT)


class DuplicateFinder:
    """Remembers fingerprints and says which earlier article a new one copies."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(CANDIDATES, threshold), num_perm=NUM_PERM)
        self._seen: dict[str, LeanMinHash] = {}  # signatures compared with, by doc id
        self._canonical: dict[str, str] = {}  # doc id -> id of its canonical copy
        self._order: dict[str, int] = {}
        self._count = 0
        self._dated: list[tuple[int, int, str]] = []  # a heap of (day, order, doc id) of _seen
        self._undated: deque[str] = deque()
        self._latest: int | None = None

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._seen

    def remember(self, fp: Fingerprint, duplicate_of: str | None = None) -> None:
        """Keep `fp` for later comparisons; `duplicate_of` as already decided (a stored article)."""
        if fp.doc_id in self._seen:
            return
        if duplicate_of:
            self._canonical[fp.doc_id] = self._canonical.get(duplicate_of, duplicate_of)
        if fp.signature is None:
            return
        self._seen[fp.doc_id] = fp.signature
        self._order[fp.doc_id] = self._count
        self._count += 1
        self._lsh.insert(fp.doc_id, fp.signature)
        self._retain(fp.doc_id, day_number(fp.published))

    def _retain(self, doc_id: str, day: int | None) -> None:
        """Keep `doc_id` among the compared; forget what fell out of the window."""
        if day is None:
            self._undated.append(doc_id)
            if len(self._undated) > UNDATED_KEEP:
                self._forget(self._undated.popleft())
            return
        heapq.heappush(self._dated, (day, self._order[doc_id], doc_id))
        self._latest = day if self._latest is None else max(self._latest, day)
        while self._dated and self._dated[0][0] < self._latest - RETAIN_DAYS:
            self._forget(heapq.heappop(self._dated)[2])

    def _forget(self, doc_id: str) -> None:
        if self._seen.pop(doc_id, None) is not None:
            self._lsh.remove(doc_id)
            del self._order[doc_id]

    def original_of(self, fp: Fingerprint) -> str | None:
        """The canonical article `fp` nearly copies, or None; `fp` itself is not remembered."""
        if fp.signature is None:
            return None
        scored = []
        for other in self._lsh.query(fp.signature):
            if other != fp.doc_id:
                scored.append((fp.signature.jaccard(self._seen[other]), -self._order[other], other))
        scored = [item for item in scored if item[0] >= self.threshold]
        best = max(scored)[2] if scored else None  # the closest copy; of equals, the earliest
        if best is None:
            return None
        return self._canonical.get(best, best)

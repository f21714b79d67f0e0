"""What one part produced, and the sum over a run: the figures of the final report."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import CODE_NAMES
from rasd.model import Document, Reject


@dataclass(slots=True)
class PartStats:
    """Counts for one written part; stored as its completion marker, so a resumed run's report
    still covers the parts an earlier run wrote."""

    part: str
    path: str
    number: int
    documents: int = 0
    rejects: int = 0
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    events_by_root: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    quotes: int = 0
    events: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    loaded: int = 0  # documents newly written to the database (`--db`); 0 without one

    @classmethod
    def of(cls, part: str, path: str, number: int, docs: list[Document], rejects: list[Reject]) -> PartStats:
        roots = Counter(str(e.get("root")) for doc in docs for e in doc.events if e.get("root"))
        reasons = Counter(reason_label(r.code) for r in rejects)
        return cls(part=part, path=path, number=number, documents=len(docs), rejects=len(rejects),
                   rejects_by_reason=dict(reasons), events_by_root=dict(roots),
                   entities=sum(len(d.entities) for d in docs), quotes=sum(len(d.quotes) for d in docs),
                   events=sum(len(d.events) for d in docs))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def load(cls, path: Path) -> PartStats:
        return cls(**json.loads(path.read_text("utf-8")))


def reason_label(code: str) -> str:
    """`E104 too large`: the code users can look up and words they can read at a glance."""
    return f"{code} {CODE_NAMES.get(code, 'other')}"


SUMMED = ("documents", "rejects", "entities", "quotes", "events", "loaded")  # counts a part and a run share


@dataclass(slots=True)
class RunTotals:
    """The sum of the parts of a run (written now and resumed), for progress and the report."""

    parts: int = 0
    parts_now: int = 0
    documents: int = 0
    documents_now: int = 0
    rejects: int = 0
    entities: int = 0
    quotes: int = 0
    events: int = 0
    loaded: int = 0
    rejects_by_reason: Counter[str] = field(default_factory=Counter)
    events_by_root: Counter[str] = field(default_factory=Counter)
    worker_peak_rss_mb: float = 0.0

    def add(self, stats: PartStats, *, now: bool) -> None:
        self.parts += 1
        for name in SUMMED:
            setattr(self, name, getattr(self, name) + getattr(stats, name))
        self.rejects_by_reason.update(stats.rejects_by_reason)
        self.events_by_root.update(stats.events_by_root)
        if now:
            self.parts_now += 1
            self.documents_now += stats.documents
            self.worker_peak_rss_mb = max(self.worker_peak_rss_mb, stats.peak_rss_mb)

    def report(self, seconds: float, main_rss_mb: float, executor: str, workers: int) -> dict[str, Any]:
        """The run's figures: articles/s counts only what this run processed, not resumed parts."""
        return {
            "articles": self.documents, "rejects": self.rejects, "parts": self.parts,
            "parts_resumed": self.parts - self.parts_now, "articles_this_run": self.documents_now,
            "seconds": round(seconds, 2),
            "articles_per_second": round(self.documents_now / seconds, 1) if seconds > 0 else 0.0,
            "entities": self.entities, "quotes": self.quotes, "events": self.events,
            "loaded_to_db": self.loaded,
            "rejects_by_reason": dict(self.rejects_by_reason.most_common()),
            "events_by_root": dict(sorted(self.events_by_root.items())),
            "executor": executor, "workers": workers,
            "worker_peak_rss_mb": round(self.worker_peak_rss_mb, 1), "main_peak_rss_mb": round(main_rss_mb, 1),
        }

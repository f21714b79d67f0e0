"""The record types that flow through the pipeline (docs: FORMAT.md, interchange format v1).

A `RawArticle` comes out of a reader; cleaning turns it into a `Document`; later stages
only add to the `Document`; stores and exporters only read it. Every offset pair is a
Python `str` index into `Document.text`, end exclusive.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple


@dataclass(slots=True)
class RawArticle:
    """One article as a reader found it, before decoding decisions about its body are final.

    `body` is already decoded text; `kind` says whether it is "text" (as scraped) or "html".
    Metadata given by the container (JSONL fields, feed items, WARC headers) travels along.
    """

    body: str
    kind: str  # "text" | "html"
    path: str | None = None
    source_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    encoding: str | None = None
    locator: str | None = None  # where in the input it came from: "line 3", "item 2", "record 5"


@dataclass(slots=True)
class Reject:
    """An input that could not be read or processed: kept, never silently dropped."""

    path: str | None
    code: str
    reason: str
    locator: str | None = None
    data: bytes | None = None  # the original bytes when small enough to keep

    def message(self) -> str:
        where = self.path or "<stdin>"
        if self.locator:
            where = f"{where} ({self.locator})"
        return f"{where}: {self.reason} [{self.code}]"


@dataclass(slots=True)
class Source:
    id: str | None = None
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    credit: str | None = None
    author: str | None = None
    dateline: str | None = None  # the city a dateline names ("الرياض"), kept as metadata
    encoding: str | None = None


@dataclass(slots=True)
class Removed:
    """A piece of the input that cleaning took out, with its kind (breadcrumb, related, ...)."""

    kind: str
    text: str


class Span(NamedTuple):
    """A stretch of `Document.text`: `text[start:end]`. A tuple, so that documents with
    thousands of tokens stay cheap to pass between worker processes."""

    start: int
    end: int
    label: str = ""


@dataclass(slots=True)
class Document:
    """One cleaned article and everything later stages add to it."""

    id: str
    text: str
    source: Source = field(default_factory=Source)
    title: str | None = None
    published: str | None = None
    language: str = "ar"
    duplicate_of: str | None = None
    story: str | None = None
    removed: list[Removed] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # Annotations of the text layer; not part of the interchange record.
    tokens: list[Any] = field(default_factory=list, repr=False)  # rasd.text.tokenize.Token
    sentences: list[Span] = field(default_factory=list, repr=False)
    fingerprint: Any = field(default=None, repr=False)  # rasd.stories.Fingerprint, for story linking

    def to_dict(self) -> dict[str, Any]:
        """The record of FORMAT.md, every field present, in its documented order."""
        return {
            "id": self.id,
            "source": asdict(self.source),
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "duplicate_of": self.duplicate_of,
            "story": self.story,
            "text": self.text,
            "removed": [asdict(r) for r in self.removed],
            "entities": self.entities,
            "quotes": self.quotes,
            "events": self.events,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Document:
        """Rebuild a Document from its record (a stored or exported JSON object)."""
        known = set(Source.__slots__)  # type: ignore[attr-defined]
        source = Source(**{k: v for k, v in (record.get("source") or {}).items() if k in known})
        return cls(
            id=record["id"],
            text=record.get("text", ""),
            source=source,
            title=record.get("title"),
            published=record.get("published"),
            language=record.get("language", "ar"),
            duplicate_of=record.get("duplicate_of"),
            story=record.get("story"),
            removed=[Removed(r["kind"], r["text"]) for r in record.get("removed", [])],
            entities=list(record.get("entities", [])),
            quotes=list(record.get("quotes", [])),
            events=list(record.get("events", [])),
        )

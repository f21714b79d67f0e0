"""The API's request and response bodies, so that `/openapi.json` says exactly what comes back.

Record models (`Record` and its parts) follow FORMAT.md and allow the fields it lets rasd add
(`cue_start`, `trigger`, `targets[].place`, `place.precision`), so a record passes through
whole; listing models are closed: they are rasd's own.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- the record (FORMAT.md) ---------------------------------------------------------------------


class RecordSource(_Open):
    id: str | None = None
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    credit: str | None = None
    author: str | None = None
    dateline: str | None = None
    encoding: str | None = None


class RemovedPart(_Open):
    kind: str
    text: str


class Mention(_Open):
    start: int | None = None
    end: int | None = None
    text: str | None = None


class RecordEntity(_Open):
    id: str | None = None
    type: str | None = None
    name_ar: str | None = None
    name_en: str | None = None
    wikidata: str | None = None
    actor_code: str | None = None
    mentions: list[Mention] = []


class ActorRef(_Open):
    """An actor as the record gives it: the words, and the entity and code when known."""

    entity: str | None = None
    text: str | None = None
    actor_code: str | None = None


class Place(_Open):
    entity: str | None = None
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None


class RecordQuote(_Open):
    speaker: ActorRef | None = None
    cue: str | None = None
    direct: bool | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


class RecordEvent(_Open):
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    source: ActorRef | None = None
    targets: list[ActorRef] = []
    modality: str | None = None
    date: str | None = None
    date_text: str | None = None
    place: Place | None = None
    start: int | None = None
    end: int | None = None
    evidence: str | None = None


class Record(_Open):
    """One article's full record, as `rasd process` writes it (FORMAT.md)."""

    id: str
    source: RecordSource
    title: str | None = None
    published: str | None = None
    language: str = "ar"
    duplicate_of: str | None = None
    story: str | None = None
    text: str
    removed: list[RemovedPart] = []
    entities: list[RecordEntity] = []
    quotes: list[RecordQuote] = []
    events: list[RecordEvent] = []


# -- listings -----------------------------------------------------------------------------------


class _Paged(BaseModel):
    total: int = Field(description="How many items match, over all pages.")
    limit: int
    offset: int


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    story: str | None
    duplicate_of: str | None = Field(description="The earlier copy this article repeats, if it is one.")
    n_entities: int
    n_quotes: int
    n_events: int


class DocumentPage(_Paged):
    items: list[DocumentSummary]


class Actor(ActorRef):
    """An actor reference with its entity's names."""

    model_config = ConfigDict(extra="forbid")
    name_en: str | None = None
    name_ar: str | None = None


class _InArticle(BaseModel):
    doc_id: str
    index: int = Field(description="Position of the item in its record's list.")
    title: str | None
    published: str | None
    outlet: str | None


class QuoteItem(_InArticle):
    speaker: Actor | None
    cue: str | None
    direct: bool | None
    start: int | None
    end: int | None
    text: str | None


class QuotePage(_Paged):
    items: list[QuoteItem]


class EventItem(_InArticle):
    cameo: str | None
    root: str | None
    plover: str | None
    source: Actor | None
    targets: list[Actor]
    modality: str | None
    date: str | None
    date_text: str | None
    place: Place | None
    start: int | None
    end: int | None
    evidence: str | None


class EventPage(_Paged):
    items: list[EventItem]


class PlaceCount(BaseModel):
    place: str
    name_en: str | None
    lat: float
    lon: float
    n: int = Field(description="Events at this place.")


class EntitySummary(BaseModel):
    id: str
    type: str | None
    name_ar: str | None
    name_en: str | None
    wikidata: str | None
    actor_code: str | None
    n_mentions: int
    n_documents: int


class EntityPage(_Paged):
    items: list[EntitySummary]


class Alias(BaseModel):
    text: str
    n: int = Field(description="Mentions with these words; 0 for a knowledge-base form no article used.")
    source: Literal["text", "kb"]


class Office(BaseModel):
    role: str
    code: str | None
    start: str | None
    end: str | None


class TimelinePoint(BaseModel):
    date: str
    root: str | None
    n: int


class CoOccurring(BaseModel):
    entity: str
    name_en: str | None
    name_ar: str | None
    n_documents: int


class Relation(BaseModel):
    entity: str
    name_en: str | None
    name_ar: str | None
    relation: str = Field(description="What the CAMEO root says: meet, cooperate, criticise, threaten, attack, ...")
    direction: Literal["out", "in"] = Field(description="out: this entity acts on the other; in: the reverse.")
    n: int


class EntityProfile(EntitySummary):
    aliases: list[Alias]
    in_kb: bool
    country: str | None
    lat: float | None
    lon: float | None
    offices: list[Office]
    quotes: list[QuoteItem]
    events: list[EventItem]
    timeline: list[TimelinePoint]
    co_occurring: list[CoOccurring]
    relations: list[Relation]


class StoryActor(BaseModel):
    entity: str
    name_en: str | None
    name_ar: str | None
    n_documents: int


class StorySummary(BaseModel):
    id: str
    title: str | None
    first_published: str | None
    size: int
    outlets: list[str]
    actors: list[StoryActor]


class StoryPage(_Paged):
    items: list[StorySummary]


class StoryDetail(StorySummary):
    documents: list[DocumentSummary]
    n_events: int = Field(description="Events of its articles, copies left out.")


class SearchHit(BaseModel):
    id: str
    title: str | None
    snippet: str
    score: float
    published: str | None
    outlet: str | None


class OutletCount(BaseModel):
    outlet: str | None
    n: int


class DateRange(BaseModel):
    first: str | None
    last: str | None


class Stats(BaseModel):
    counts: dict[str, int]
    outlets: list[OutletCount]
    published: DateRange
    rejects_by_code: dict[str, int]
    events_by_root: dict[str, int]
    duplicates: int


# -- ingest -------------------------------------------------------------------------------------


class ArticleIn(BaseModel):
    """One article to process and store. `text` is the body as scraped, or an HTML page."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="ISO date (YYYY-MM-DD) or date-time; others are ignored.")
    outlet: str | None = None


class IngestReject(BaseModel):
    index: int = Field(description="Position of the article in the request.")
    code: str
    reason: str


class IngestResult(BaseModel):
    ids: list[str] = Field(description="The record id of each article processed, in request order.")
    added: list[str]
    unchanged: list[str] = Field(description="Ids that were already stored: storing again changes nothing.")
    rejects: list[IngestReject]


class Problem(BaseModel):
    detail: str

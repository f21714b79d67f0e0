"""The read endpoints under /api/: one thin handler per listing or profile of `Reader`.

Handlers and their dependencies are coroutines that call the `Reader` on `app.state.reader`
directly: its answers come from its caches or from short indexed queries, and handing each
request (and each dependency) to the thread pool cost more than the answer under 50 clients,
threads waiting on each other for the GIL; with the shared results computed at startup
(`Reader.warm`), running even the uncached profiles and searches in the loop gave a shorter
tail (p99 0.6 s against 0.9 s in the load test) than sending them to the pool. Exports and
ingest, which take seconds, run in the pool (exports.py, ingest.py). Unknown ids are 404 with the id in the message; bad parameters
422 (see app.py for rasd's errors).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, status

from rasd.api import models
from rasd.api.auth import require_reader
from rasd.api.params import Actor, DateFrom, DateTo, Duplicates, Limit, Offset, Text, no_nul
from rasd.kb.entry import TYPES
from rasd.store.queries import Page, Reader

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": models.Problem, "description": "A token is required and none was given."},
    403: {"model": models.Problem, "description": "The token is wrong."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": models.Problem, "description": "No such id."}}

async def guard(request: Request) -> None:
    """What every read checks first, as one dependency: the token when reads need it, no NUL."""
    await require_reader(request)
    await no_nul(request)


router = APIRouter(prefix="/api", dependencies=[Depends(guard)], responses=ERRORS)

EntityType = Literal["PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MEDIA"]
assert set(EntityType.__args__) == set(TYPES)  # type: ignore[attr-defined]
Modality = Literal["asserted", "planned", "negated", "hypothetical", "reported"]
Id = Annotated[str, Path(min_length=1, max_length=200)]


async def reader(request: Request) -> Reader:
    return request.app.state.reader  # type: ignore[no-any-return]


Read = Annotated[Reader, Depends(reader)]


def _json(content: Any) -> Response:
    """The answer as JSON, as the response model declares it. Sent without FastAPI validating it
    against the model again, which took a tenth of the server's time under load (the schema
    test, tests/api/test_schema.py, checks every kind of answer against the models instead),
    and encoded by orjson, which the standard encoder took another tenth for."""
    return Response(orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS), media_type="application/json")


def _page(page: Page[Any]) -> Response:
    return _json({"items": page.items, "total": page.total, "limit": page.limit, "offset": page.offset})


def _found(value: Any, what: str, key: str) -> Any:
    if value is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no {what} has the id {key!r}")
    return value


@router.get("/documents", response_model=models.DocumentPage, summary="Articles, newest first")
async def documents(read: Read, date_from: DateFrom = None, date_to: DateTo = None, outlet: Text = None,
              story: Text = None, limit: Limit = 50, offset: Offset = 0) -> Response:
    """Article summaries with how many entities, quotes and events each has; near-duplicates are
    listed too, with `duplicate_of` naming the article they repeat."""
    return _page(read.documents(outlet=outlet, story=story, date_from=date_from, date_to=date_to,
                                limit=limit, offset=offset))


@router.get("/documents/{doc_id}", response_model=models.Record, responses=NOT_FOUND, summary="One full record")
async def document(read: Read, doc_id: Id) -> Response:
    """The article's record (FORMAT.md), by id or a unique id prefix of at least 4 characters."""
    # sent as stored: the schema test checks it against the model, parsing it here only cost time
    return Response(_found(read.record_json(doc_id), "document", doc_id), media_type="application/json")


@router.get("/entities", response_model=models.EntityPage, summary="Entities, by any name")
async def entities(read: Read, q: Text = None, type: Annotated[EntityType | None, Query()] = None,
             limit: Limit = 50, offset: Offset = 0) -> Response:
    """Stored entities, most mentioned first. `q` finds them by any Arabic spelling (ترامب and ترمب,
    hamza and ta marbuta ignored), adjective (الأمريكية), English name or id; exact names come first."""
    return _page(read.entities(q, type=type, limit=limit, offset=offset))


@router.get("/entities/{entity_id}", response_model=models.EntityProfile, responses=NOT_FOUND,
            summary="An entity's profile")
async def entity(read: Read, entity_id: Id) -> Response:
    """Names and aliases, recent quotes and events, a timeline of its events, co-occurring actors and
    who it meets, criticises or attacks (relations from the CAMEO roots of shared events)."""
    # in the pool: a profile not computed yet takes up to a tenth of a second, which would hold
    # every other request of this worker if it ran in the event loop
    return _json(_found(read.entity(entity_id), "entity", entity_id))


@router.get("/quotes", response_model=models.QuotePage, summary="Quotes, newest first")
async def quotes(read: Read, actor: Actor = None, doc_id: Text = None, date_from: DateFrom = None,
           date_to: DateTo = None, direct: bool | None = None, include_duplicates: Duplicates = False,
           limit: Limit = 50, offset: Offset = 0) -> Response:
    """Who said what: `actor` is the speaker's entity id or actor code; `direct` keeps quoted words
    (true) or reported speech (false)."""
    return _page(read.quotes(actor=actor, doc_id=doc_id, date_from=date_from, date_to=date_to, direct=direct,
                             include_duplicates=include_duplicates, limit=limit, offset=offset))


async def event_filters(
        actor: Actor = None,
        root: Annotated[str | None, Query(pattern=r"^[0-9]{1,2}$", description="CAMEO root, 01 to 20.")] = None,
        plover: Annotated[str | None, Query(max_length=40, description="PLOVER type, e.g. ASSAULT.")] = None,
        cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code or its prefix.")] = None,
        date_from: DateFrom = None, date_to: DateTo = None,
        place: Annotated[str | None, Query(max_length=200, description="Place entity id.")] = None,
        modality: Annotated[Modality | None, Query()] = None, story: Text = None,
        doc_id: Text = None, include_duplicates: Duplicates = False) -> dict[str, Any]:
    """The filters of /api/events, shared with the map and the export."""
    return {"actor": actor, "root": root, "plover": plover, "cameo": cameo, "date_from": date_from,
            "date_to": date_to, "place": place, "modality": modality, "story": story, "doc_id": doc_id,
            "include_duplicates": include_duplicates}


EventFilters = Annotated[dict[str, Any], Depends(event_filters)]


@router.get("/events", response_model=models.EventPage, summary="Events, latest first")
async def events(read: Read, filters: EventFilters, limit: Limit = 50, offset: Offset = 0) -> Response:
    """CAMEO-coded events with their PLOVER type, source and targets (with names), modality, date
    and place. An event's day is its resolved date, else its article's publication date."""
    return _page(read.events(**filters, limit=limit, offset=offset))


@router.get("/events/places", response_model=list[models.PlaceCount], summary="Where events happened")
async def event_places(read: Read, filters: EventFilters) -> Response:
    """The selected events grouped by place (with coordinates), most events first: for a map."""
    return _json(read.event_places(**filters))


@router.get("/stories", response_model=models.StoryPage, summary="Stories, largest first")
async def stories(read: Read, limit: Limit = 50, offset: Offset = 0) -> Response:
    """Clusters of articles about one happening, with their outlets and main actors."""
    return _page(read.stories(limit=limit, offset=offset))


@router.get("/stories/{story_id}", response_model=models.StoryDetail, responses=NOT_FOUND, summary="One story")
async def story(read: Read, story_id: Id) -> Response:
    return _json(_found(read.story(story_id), "story", story_id))


@router.get("/search", response_model=list[models.SearchHit], summary="Full-text search")
async def search(read: Read, q: Annotated[str, Query(min_length=1, max_length=200)],
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
    """Articles holding every word of `q`; hamza, ta marbuta, alef maqsura and diacritics do not
    matter, and a word glued to a clitic (والأمريكي) is found too."""
    return _json([asdict(hit) for hit in read.search(q, limit)])


@router.get("/stats", response_model=models.Stats, summary="What the store holds")
async def stats(read: Read) -> Response:
    found = read.stats()
    return _json({**found, "outlets": [{"outlet": k, "n": n} for k, n in found["outlets"].items()],
                  "rejects_by_code": {str(k): n for k, n in found["rejects_by_code"].items()}})

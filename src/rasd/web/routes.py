"""The pages: one handler per page, each asking the store's `Reader` (on `app.state.reader`)
for what it shows and handing it to its template. Handlers are plain functions, so FastAPI
runs them in its thread pool and the synchronous store calls do not block the event loop.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rasd.web import charts, mapview
from rasd.web.filters import MODALITIES, PAGE_SIZE, PLOVER_TYPES, ROOTS, EventFilters, FilterError
from rasd.web.highlight import article_html, marks
from rasd.web.names import entity_names
from rasd.web.render import page, query

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

CSV_EXPORT = "/api/export/events.csv"  # rasd.api.exports: the same filters, rasd.export's columns
RECENT = 10
SEARCH_LIMIT = 20


def _reader(request: Request) -> Any:
    return request.app.state.reader


def not_found(request: Request) -> HTMLResponse:
    return page(request, "error.html", status=404, title_key="not_found", detail_key="not_found_text", detail="")


def bad_request(request: Request, detail: str) -> HTMLResponse:
    return page(request, "error.html", status=400, title_key="bad_request", detail_key=None, detail=detail)


@router.get("/", name="web_home")
def home(request: Request) -> HTMLResponse:
    reader = _reader(request)
    counts = {
        "documents": reader.documents(limit=1).total,
        "entities": reader.entities(limit=1).total,
        "quotes": reader.quotes(limit=1).total,
        "events": reader.events(limit=1).total,
        "stories": reader.stories(limit=1).total,
    }
    return page(request, "home.html", counts=counts, recent=reader.documents(limit=RECENT).items)


@router.get("/search", name="web_search")
def search(request: Request, q: str = "") -> HTMLResponse:
    reader = _reader(request)
    query = q.strip()
    hits = reader.search(query, limit=SEARCH_LIMIT) if query else []
    actors = reader.entities(query, limit=5).items if query else []
    return page(request, "search.html", q=query, hits=hits, actors=actors)


@router.get("/documents/{doc_id}", name="web_document")
def document(request: Request, doc_id: str) -> HTMLResponse:
    doc = _reader(request).document(doc_id)
    if doc is None:
        return not_found(request)
    base = _base(request)
    body = article_html(doc.text, marks(doc), lambda entity: f"{base}/actors/{_quote(entity)}")
    names = {e["id"]: e for e in doc.entities if e.get("id")}
    return page(request, "document.html", doc=doc, body=body, names=names)


@router.get("/actors/{entity_id}", name="web_actor")
def actor(request: Request, entity_id: str) -> HTMLResponse:
    reader = _reader(request)
    profile = reader.entity(entity_id)
    if profile is None:
        return not_found(request)
    places = entity_names(reader, ((e.get("place") or {}).get("entity") for e in profile.get("events") or []))
    return page(
        request,
        "actor.html",
        actor=profile,
        names=places,
        timeline=charts.timeline(profile.get("timeline") or []),
        network=charts.network(profile.get("relations") or []),
    )


@router.get("/events", name="web_events")
def events(request: Request) -> HTMLResponse:
    asked = _event_filters(request)
    if isinstance(asked, HTMLResponse):
        return asked
    reader, filters, named = asked
    found = reader.events(**filters.reader_kwargs(), limit=PAGE_SIZE, offset=(filters.page - 1) * PAGE_SIZE)
    csv_url = f"{_base(request)}{CSV_EXPORT}{query(**filters.params(page=1))}"
    places = entity_names(reader, ((e.get("place") or {}).get("entity") for e in found.items))
    return page(request, "events.html", **_form(filters, named), events=found.items, total=found.total,
                pages=max(1, math.ceil(found.total / PAGE_SIZE)), csv_url=csv_url, names=places)


@router.get("/map", name="web_map")
def map_page(request: Request) -> HTMLResponse:
    asked = _event_filters(request)
    if isinstance(asked, HTMLResponse):
        return asked
    reader, filters, named = asked
    places = reader.event_places(**filters.reader_kwargs())
    names = entity_names(reader, (p.get("place") for p in places))
    return page(request, "map.html", **_form(filters, named), circles=mapview.circles(places), names=names,
                view_box=mapview.view_box())


@router.get("/stories", name="web_stories")
def stories(request: Request) -> HTMLResponse:
    try:
        number = EventFilters.from_query(request.query_params).page
    except FilterError as err:
        return bad_request(request, str(err))
    found = _reader(request).stories(limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    return page(request, "stories.html", stories=found.items, total=found.total, number=number,
                pages=max(1, math.ceil(found.total / PAGE_SIZE)))


@router.get("/stories/{story_id}", name="web_story")
def story(request: Request, story_id: str) -> HTMLResponse:
    found = _reader(request).story(story_id)
    if found is None:
        return not_found(request)
    return page(request, "story.html", story=found)


def _event_filters(request: Request) -> tuple[Any, EventFilters, dict[str, Any] | None] | HTMLResponse:
    """The reader, the event filters of the query with the actor resolved, and the actor's
    profile; or the 400 page naming what was wrong with the query."""
    try:
        filters = EventFilters.from_query(request.query_params)
    except FilterError as err:
        return bad_request(request, str(err))
    reader = _reader(request)
    return (reader, *_resolve_actor(reader, filters))


def _resolve_actor(reader: Any, filters: EventFilters) -> tuple[EventFilters, dict[str, Any] | None]:
    """The actor filter as an entity id, and that entity's profile for the form to name it:
    an actor typed by name (ترامب, Trump) becomes the id of the entity it best matches."""
    if not filters.actor:
        return filters, None
    named = reader.entity(filters.actor)
    if named is None:
        best = reader.entities(filters.actor, limit=1).items
        named = reader.entity(best[0]["id"]) if best else None
    return (replace(filters, actor=named["id"]) if named else filters), named


def _form(filters: EventFilters, named: dict[str, Any] | None) -> dict[str, Any]:
    """What the filter form shows: the current values, the choices, and the actor named."""
    return {
        "filters": filters,
        "actor_named": named,
        "roots": ROOTS,
        "plover_types": PLOVER_TYPES,
        "modalities": MODALITIES,
    }


def _base(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


def _quote(value: str) -> str:
    return quote(value, safe="")

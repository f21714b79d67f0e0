"""POST /api/documents: process articles with the pipeline and store them, behind the token.

One article or a list of up to MAX_BATCH. Each goes through `Pipeline.run`, so a bad one is a
reject (returned with its position and reason, and stored in `rejects` like `rasd ingest`'s)
and the others are still stored; stories and near-duplicates are linked against the store as
`rasd ingest` does. The pipeline is built on the first ingest (it loads the tagger and the
lexicons) and runs one request at a time: its stages are not meant to be shared by threads.
"""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request

from rasd.api import models
from rasd.api.auth import require_writer
from rasd.model import Document, RawArticle, Reject
from rasd.pipeline import Pipeline
from rasd.settings import Settings
from rasd.store import Store

MAX_BATCH = 100

router = APIRouter(prefix="/api", tags=["ingest"])

Articles = Annotated[models.ArticleIn | Annotated[list[models.ArticleIn], Body(min_length=1, max_length=MAX_BATCH)],
                     Body(description=f"One article, or a list of 1 to {MAX_BATCH}.")]


class Ingester:
    """The pipeline of one app, built on first use, and the lock that serialises it."""

    def __init__(self, settings: Settings | None = None, stories: bool = True):
        self.settings = settings or Settings()
        self.stories = stories
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()

    def __call__(self, store: Store, articles: list[models.ArticleIn]) -> dict[str, Any]:
        with self._lock:
            self._pipeline = self._pipeline or Pipeline(self.settings)
            results = [self._pipeline.run(_raw(article, i, self.settings)) for i, article in enumerate(articles)]
            docs = [r for r in results if isinstance(r, Document)]
            rejects = [(i, r) for i, r in enumerate(results) if isinstance(r, Reject)]
            added = self._store(store, docs)
            store.add_rejects(r for _, r in rejects)
        return {"ids": [d.id for d in docs], "added": list(added.added_ids), "unchanged": list(added.skipped_ids),
                "rejects": [{"index": i, "code": r.code, "reason": r.reason} for i, r in rejects]}

    def _store(self, store: Store, docs: list[Document]) -> Any:
        """Stored as `rasd ingest` stores them: linked to near-duplicates and stories first."""
        from rasd.stories.stored import add_linked

        return add_linked(store, docs, self.stories)


def _raw(article: models.ArticleIn, index: int, settings: Settings) -> RawArticle | Reject:
    """The article as a reader would give it; HTML when the text starts with a tag."""
    locator = f"item {index}"
    if len(article.text.encode("utf-8")) > settings.max_article_bytes:
        return Reject(path="<api>", code="E104", locator=locator,
                      reason=f"article larger than {settings.max_article_bytes} bytes")
    kind = "html" if article.text.lstrip()[:1] == "<" else "text"
    return RawArticle(body=article.text, kind=kind, path="<api>", url=article.url, title=article.title,
                      published=article.published, outlet=article.outlet, locator=locator)


@router.post("/documents", response_model=models.IngestResult, dependencies=[Depends(require_writer)],
             summary="Process and store articles (token)",
             responses={400: {"model": models.Problem, "description": "The body is not JSON."},
                        401: {"model": models.Problem, "description": "No token was given."},
                        403: {"model": models.Problem, "description": "Wrong token, or ingest is disabled."}})
def ingest(request: Request, articles: Articles) -> dict[str, Any]:
    """Run the pipeline over each article and store the records; storing an article again changes
    nothing. Returns the ids (in request order), which of them are new, and the rejects."""
    items = articles if isinstance(articles, list) else [articles]
    reader = request.app.state.reader
    try:
        return request.app.state.ingester(reader.store, items)  # type: ignore[no-any-return]
    finally:
        reader.forget()

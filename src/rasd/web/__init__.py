"""The web page: Arabic first (right to left), server-rendered with Jinja2, English by a toggle.

`mount(app)` adds the pages and their static files (stylesheet, two small scripts, the map's
country outlines) to a FastAPI app whose `app.state.reader` is a `rasd.store.queries.Reader`;
`rasd.api.create_app` calls it. Nothing is fetched from another host: every file the pages
use is in this package.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from rasd.web.routes import router

STATIC_PATH = "/static"

__all__ = ["STATIC_PATH", "mount", "router"]


def mount(app: FastAPI) -> None:
    """Serve the pages at `/`, `/search`, `/documents/{id}`, `/actors/{id}`, `/events`, `/map`,
    `/stories` and their files under `/static`."""
    app.include_router(router)
    app.mount(STATIC_PATH, StaticFiles(packages=[("rasd.web", "static")]), name="web-static")

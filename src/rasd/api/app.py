"""The FastAPI application: read endpoints, exports and ingest under /api/, the web page at /.

`create_app(db_url)` opens the store and puts a `Reader` on `app.state.reader` (the web page's
routes read it too). rasd's own errors become HTTP answers with their message: bad parameters
(UsageError, InputError) 422, a failing database (StoreError) 503, anything else rasd raised 500.
The interactive docs pages are off because they load their scripts from a CDN; the schema is at
/openapi.json.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from rasd import __version__
from rasd.api import exports, ingest, routes
from rasd.api.auth import Access, secure_reads
from rasd.api.params import invalid
from rasd.errors import InputError, RasdError, StoreError, UsageError
from rasd.store import open as open_store
from rasd.store.queries import Reader

TOKEN_ENV = "RASD_API_TOKEN"
DESCRIPTION = """Arabic news as structured records: articles, entities, quotes, CAMEO/PLOVER events and
stories, read from a rasd store. Read endpoints are open unless the server requires the token;
`POST /api/documents` always needs `Authorization: Bearer <token>`."""


def create_app(db_url: str, *, token: str | None = None, read_token_required: bool = False,
               web: bool = True, create: bool = True, warm: bool = True) -> FastAPI:
    """The app over the store at `db_url`. `create` makes (or migrates) the store first; `warm`
    loads the knowledge base at startup instead of on the first entity search."""
    token = token or None
    if read_token_required and token is None:
        raise UsageError("--read-token-required needs a token (--token or RASD_API_TOKEN)")
    store = open_store(db_url)
    if create:
        store.create()
    reader = Reader(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await run_in_threadpool(reader.warm)
        yield
        store.close()

    app = FastAPI(title="rasd", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.reader = reader
    app.state.access = Access(token, read_token_required)
    app.state.ingester = ingest.Ingester()
    app.add_exception_handler(RasdError, _rasd_error)  # type: ignore[arg-type]
    app.include_router(routes.router)
    app.include_router(exports.router)
    app.include_router(ingest.router)
    if read_token_required:
        _secure_reads(app)
    if web:
        from rasd.web import mount

        mount(app)
    return app


def app_from_env() -> FastAPI:
    """The app `rasd serve` starts in each worker process, configured by environment variables
    (RASD_DB, RASD_API_TOKEN, RASD_READ_TOKEN_REQUIRED=1); the store was created beforehand."""
    return create_app(os.environ.get("RASD_DB", "sqlite:///rasd.db"), token=os.environ.get(TOKEN_ENV),
                      read_token_required=os.environ.get("RASD_READ_TOKEN_REQUIRED") == "1", create=False)


def _secure_reads(app: FastAPI) -> None:
    """The schema of this app marks its reads as needing the token."""
    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = secure_reads(plain())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


_STATUS = ((UsageError, 422), (InputError, 422), (StoreError, 503))


async def _rasd_error(_request: Request, err: RasdError) -> JSONResponse:
    """422 in the shape of FastAPI's own validation errors, so every 422 reads the same; the
    others as `{"detail": message}` like every other error here."""
    status = next((code for kind, code in _STATUS if isinstance(err, kind)), 500)
    if status == 422:
        return JSONResponse({"detail": invalid(err.message())}, status_code=status)
    return JSONResponse({"detail": err.message()}, status_code=status)

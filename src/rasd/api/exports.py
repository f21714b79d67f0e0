"""Export downloads: /api/export/{events,quotes,entities,documents}.{csv,tsv,jsonl,parquet}.

The rows and writers are rasd.export's, the same as `rasd export`; what the listing filters
select (the same parameters as /api/events, /api/quotes, /api/documents) decides which records
and which of their rows are written. The file is written to a temporary path first (parquet
needs a seekable file) and removed once it has been sent.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from rasd.api.params import Actor, DateFrom, DateTo, Duplicates, Text
from rasd.api.routes import ERRORS, EventFilters, Read, guard
from rasd.export import TABLES, write
from rasd.export.rows import Row

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
               "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}


class Format(StrEnum):
    csv = "csv"
    tsv = "tsv"
    jsonl = "jsonl"
    parquet = "parquet"


FILE: dict[int | str, dict[str, Any]] = {200: {"content": {media.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
                          for media in MEDIA_TYPES.values()},
              "description": "The table as a file, one row per line (parquet: typed columns)."}}
Bom = Annotated[bool, Query(description="Start CSV/TSV with a UTF-8 byte-order mark (for Excel).")]

router = APIRouter(prefix="/api/export", tags=["export"], responses={**ERRORS, **FILE},
                   dependencies=[Depends(guard)])


@router.get("/events.{fmt}", response_class=FileResponse, summary="Events, one row per event and target")
def export_events(read: Read, fmt: Format, filters: EventFilters, bom: Bom = False) -> FileResponse:
    """GDELT-like rows (rasd.export.columns.EVENT_COLUMNS) of the events /api/events selects."""
    keys = read.event_keys(**filters)
    ids = sorted({doc_id for doc_id, _ in keys})
    return _send("events", fmt, bom, read.records(ids), lambda row: (row["doc_id"], row["event_index"]) in keys)


@router.get("/quotes.{fmt}", response_class=FileResponse, summary="Quotes, one row each")
def export_quotes(read: Read, fmt: Format, actor: Actor = None, date_from: DateFrom = None,
                  date_to: DateTo = None, direct: bool | None = None, include_duplicates: Duplicates = False,
                  bom: Bom = False) -> FileResponse:
    keys = read.quote_keys(actor=actor, date_from=date_from, date_to=date_to, direct=direct,
                           include_duplicates=include_duplicates)
    ids = sorted({doc_id for doc_id, _ in keys})
    return _send("quotes", fmt, bom, read.records(ids), lambda row: (row["doc_id"], row["quote_index"]) in keys)


@router.get("/documents.{fmt}", response_class=FileResponse, summary="Articles, one row each")
def export_documents(read: Read, fmt: Format, outlet: Text = None, story: Text = None,
                     date_from: DateFrom = None, date_to: DateTo = None, bom: Bom = False) -> FileResponse:
    ids = read.document_ids(outlet=outlet, story=story, date_from=date_from, date_to=date_to)
    return _send("documents", fmt, bom, read.records(ids), None)


@router.get("/entities.{fmt}", response_class=FileResponse, summary="Entities, one row per entity and article")
def export_entities(read: Read, fmt: Format, outlet: Text = None, story: Text = None,
                    date_from: DateFrom = None, date_to: DateTo = None, bom: Bom = False) -> FileResponse:
    ids = read.document_ids(outlet=outlet, story=story, date_from=date_from, date_to=date_to)
    return _send("entities", fmt, bom, read.records(ids), None)


def _send(table: str, fmt: Format, bom: bool, records: Iterator[dict[str, Any]],
          keep: Callable[[Row], bool] | None) -> FileResponse:
    """Write the rows to a temporary file and answer with it; the file goes once it is sent."""
    handle, path = tempfile.mkstemp(prefix=f"rasd-{table}-", suffix=f".{fmt.value}")
    os.close(handle)
    try:
        spec = TABLES[table]
        rows = (row for record in records for row in spec.rows(record) if keep is None or keep(row))
        write(rows, spec.columns, fmt.value, path, bom=bom)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(path, media_type=MEDIA_TYPES[fmt.value], filename=f"{table}.{fmt.value}",
                        background=BackgroundTask(os.unlink, path))

"""Exports: records flattened into tables (events, quotes, entities, documents) as CSV, TSV,
JSONL or Parquet, for spreadsheets, R/pandas and GDELT-style event analysis.

Typical use::

    from rasd.export import event_rows, export, jsonl_records, RowFilter
    rows = event_rows(doc.to_dict())                       # one record -> flat dicts
    export(jsonl_records("records.jsonl"), "events", "parquet", "events.parquet",
           keep=RowFilter(roots=frozenset({"19"})))

Exporters only read records; the column sets are in `rasd.export.columns`.
"""

from rasd.export.columns import (
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    Column,
    Columns,
)
from rasd.export.rows import (
    TABLES,
    Table,
    document_rows,
    entity_rows,
    event_rows,
    mention_rows,
    quote_rows,
)
from rasd.export.run import ExportResult, export
from rasd.export.select import RowFilter, cameo_roots, iso_day
from rasd.export.sources import check_record, jsonl_records, store_records
from rasd.export.writers import FORMATS, write

__all__ = [
    "DOCUMENT_COLUMNS",
    "ENTITY_COLUMNS",
    "EVENT_COLUMNS",
    "FORMATS",
    "MENTION_COLUMNS",
    "QUOTE_COLUMNS",
    "TABLES",
    "Column",
    "Columns",
    "ExportResult",
    "RowFilter",
    "Table",
    "cameo_roots",
    "check_record",
    "document_rows",
    "entity_rows",
    "event_rows",
    "export",
    "iso_day",
    "jsonl_records",
    "mention_rows",
    "quote_rows",
    "store_records",
    "write",
]

"""One export: records in, the rows of one table filtered and written in one format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rasd.errors import UsageError
from rasd.export.rows import TABLES, Record, Row
from rasd.export.writers import ROW_GROUP_SIZE, Output, write


@dataclass(slots=True)
class ExportResult:
    """What an export wrote: rows, and the records they came from."""

    rows: int = 0
    records: int = 0


def export(records: Iterable[Record], table: str, fmt: str, output: Output = None, *,
           keep: Callable[[Row], bool] | None = None, bom: bool = False,
           row_group_size: int = ROW_GROUP_SIZE) -> ExportResult:
    """Write the `table` rows ("events", "quotes", "entities", "documents") of `records`.

    Records are read one at a time, so the export streams from a store or a file of any size.
    `keep`, when given, decides for each row whether it is written (see `RowFilter`).
    """
    if table not in TABLES:
        raise UsageError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    result = ExportResult()
    rows = _rows(records, TABLES[table].rows, keep, result)
    result.rows = write(rows, TABLES[table].columns, fmt, output, bom=bom, row_group_size=row_group_size)
    return result


def _rows(records: Iterable[Record], make: Callable[[Record], list[Row]],
          keep: Callable[[Row], bool] | None, result: ExportResult) -> Iterator[Row]:
    for record in records:
        result.records += 1
        for row in make(record):
            if keep is None or keep(row):
                yield row

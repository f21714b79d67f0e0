"""Parquet output: a fixed, typed schema written one row group at a time (pyarrow).

Imported only when parquet is asked for, so the text formats and the CLI start without pyarrow.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.export.columns import Columns

_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
          "bytes": pa.binary()}


def schema(columns: Columns) -> pa.Schema:
    """Every column nullable: a source-only event has no target, an unnamed actor no entity."""
    return pa.schema([pa.field(column.name, _TYPES[column.kind]) for column in columns])


def write_parquet(rows: Iterable[dict[str, Any]], columns: Columns, path: str, row_group_size: int) -> int:
    """Write `rows` to `path`, holding at most `row_group_size` of them at a time; returns the count."""
    fixed = schema(columns)
    count = 0
    iterator = iter(rows)
    with pq.ParquetWriter(path, fixed) as writer:
        while chunk := list(itertools.islice(iterator, row_group_size)):
            data = {column.name: [row.get(column.name) for row in chunk] for column in columns}
            writer.write_table(pa.Table.from_pydict(data, schema=fixed), row_group_size=row_group_size)
            count += len(chunk)
    return count

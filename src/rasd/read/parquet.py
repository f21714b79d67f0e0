"""Parquet article tables (crawler and lake exports): one article per row, read a row batch at
a time so that a large shard never sits in memory whole.

Columns are found by the same names as JSON records (`text`/`content`, `title`, `url`, ...).
A file that is not Parquet, or is cut off, is one reject; a row without a body is a reject
with its row number, and the rest of the file goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasd.errors import InputError, MalformedInput
from rasd.model import RawArticle, Reject
from rasd.read.records import article_from_record, reject
from rasd.settings import Settings

BATCH_ROWS = 512


def read_parquet(source: Any, path: str, settings: Settings) -> Iterator[RawArticle | Reject]:
    """`source`: a file path or a pyarrow-readable buffer (stdin)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    number = 0
    try:
        table = pq.ParquetFile(source)
        for batch in table.iter_batches(batch_size=BATCH_ROWS):
            for row in batch.to_pylist():
                number += 1
                yield _article(row, path, f"row {number}", settings)
    except (pa.ArrowException, OSError, ValueError) as err:
        where = f"after row {number}" if number else "at the start"
        reason = f"not a readable Parquet file, reading stopped {where} ({type(err).__name__}: {err})"
        yield reject(MalformedInput(reason), path, f"row {number + 1}", None, settings)


def _article(row: dict[str, Any], path: str, locator: str, settings: Settings) -> RawArticle | Reject:
    try:
        return article_from_record(row, path, locator)
    except InputError as err:
        return reject(err, path, locator, None, settings)

"""Rows out as CSV, TSV, JSONL or Parquet, streamed: no format needs all rows in memory.

Text formats are UTF-8 (CSV/TSV with a byte-order mark on request, for Excel). CSV quotes as
the csv module does; TSV never quotes, so tabs and line breaks inside a value become spaces.
Missing values are empty fields in CSV/TSV and null in JSONL/Parquet; booleans are `true` and
`false`. A file is written under a temporary name and renamed when complete, so a failed
export never leaves a truncated file where a good one is expected.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from rasd.errors import UsageError
from rasd.export.columns import Columns, names

Row = dict[str, Any]
Output = str | os.PathLike[str] | TextIO | None
FORMATS = ("csv", "tsv", "jsonl", "parquet")
ROW_GROUP_SIZE = 50_000
_LINE_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def write(rows: Iterable[Row], columns: Columns, fmt: str, output: Output = None, *, bom: bool = False,
          row_group_size: int = ROW_GROUP_SIZE) -> int:
    """Write `rows` with `columns` in format `fmt`; returns how many rows were written.

    `output` is a path, None or `-` for stdout, or an open text stream (text formats only).
    Parquet needs a path; `bom` applies to CSV and TSV only.
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if bom and fmt not in ("csv", "tsv"):
        raise UsageError("a byte-order mark (--bom) is only for csv and tsv")
    if fmt == "parquet":
        if output is None or output == "-" or not isinstance(output, str | os.PathLike):
            raise UsageError("parquet is binary and needs a file: give -o FILE.parquet")
        from rasd.export.parquet import write_parquet

        with _replacing(output) as path:
            return write_parquet(rows, columns, path, row_group_size)
    with _text_stream(output, bom) as stream:
        return _TEXT_WRITERS[fmt](rows, columns, stream)


def write_csv(rows: Iterable[Row], columns: Columns, stream: TextIO) -> int:
    writer = csv.writer(stream, lineterminator="\n")
    keys = names(columns)
    writer.writerow(keys)
    count = 0
    for row in rows:
        count += 1
        writer.writerow([_cell(row.get(key)) for key in keys])
    return count


def write_tsv(rows: Iterable[Row], columns: Columns, stream: TextIO) -> int:
    keys = names(columns)
    stream.write("\t".join(keys) + "\n")
    count = 0
    for row in rows:
        count += 1
        stream.write("\t".join(_LINE_BREAKS.sub(" ", _cell(row.get(key))) for key in keys) + "\n")
    return count


def write_jsonl(rows: Iterable[Row], columns: Columns, stream: TextIO) -> int:
    keys = names(columns)
    count = 0
    for row in rows:
        count += 1
        stream.write(json.dumps({key: row.get(key) for key in keys}, ensure_ascii=False) + "\n")
    return count


_TEXT_WRITERS: dict[str, Callable[[Iterable[Row], Columns, TextIO], int]] = {
    "csv": write_csv, "tsv": write_tsv, "jsonl": write_jsonl,
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@contextmanager
def _text_stream(output: Output, bom: bool) -> Iterator[TextIO]:
    """A UTF-8 text stream on stdout, a file (replaced when complete) or a given stream."""
    encoding = "utf-8-sig" if bom else "utf-8"
    if output is None or output == "-":
        sys.stdout.flush()
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="")
        try:
            yield stream
        finally:
            stream.flush()
            stream.detach()  # stdout stays open
    elif isinstance(output, str | os.PathLike):
        with _replacing(output) as path, open(path, "w", encoding=encoding, newline="") as stream:
            yield stream
    else:
        if bom:
            output.write("\ufeff")
        yield output


@contextmanager
def _replacing(output: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary path next to `output`, renamed to it on success and removed on failure.

    The temporary file is created by whoever writes it, so it gets the usual permissions."""
    target = Path(output)
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    try:
        yield str(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

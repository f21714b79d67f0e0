"""Each format written and read back: CSV and TSV with the csv module, Parquet with pyarrow."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tests.record_checks import assert_valid_record

from rasd.errors import UsageError
from rasd.export import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    document_rows,
    event_rows,
    export,
    write,
)
from rasd.export.columns import names


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def test_the_test_record_follows_the_format(record: dict[str, Any]) -> None:
    assert_valid_record(record)


def test_csv_reads_back_with_arabic_and_line_breaks_intact(record: dict[str, Any], tmp_path: Path) -> None:
    rows = event_rows(record)
    out = tmp_path / "events.csv"
    assert write(rows, EVENT_COLUMNS, "csv", out) == 3
    with out.open(encoding="utf-8", newline="") as stream:
        back = list(csv.DictReader(stream))
    assert list(back[0]) == names(EVENT_COLUMNS)
    assert back == [{key: _as_text(value) for key, value in row.items()} for row in rows]
    assert back[2]["evidence"].endswith("\n") and back[0]["source_name_ar"] == "مايك بومبيو"


def test_bom_only_when_asked(record: dict[str, Any], tmp_path: Path) -> None:
    write(document_rows(record), DOCUMENT_COLUMNS, "csv", tmp_path / "plain.csv")
    write(document_rows(record), DOCUMENT_COLUMNS, "csv", tmp_path / "excel.csv", bom=True)
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"doc_id,")
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    with pytest.raises(UsageError, match="bom"):
        write([], QUOTE_COLUMNS, "jsonl", tmp_path / "q.jsonl", bom=True)


def test_tsv_has_no_quoting_and_no_tabs_or_line_breaks_inside_values(record: dict[str, Any],
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    write(event_rows(record), EVENT_COLUMNS, "tsv", out)
    write(document_rows(record), DOCUMENT_COLUMNS, "tsv", tmp_path / "documents.tsv")
    lines = out.read_text("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 5  # header, three rows, final newline
    assert all(len(line.split("\t")) == len(EVENT_COLUMNS) for line in lines[:-1])
    with out.open(encoding="utf-8", newline="") as stream:
        back = list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert back[2]["evidence"] == record["events"][1]["evidence"].replace("\n", " ")
    assert back[0]["target_name"] == "United Kingdom" and back[2]["target_name"] == ""
    (title,) = [line.split("\t")[6] for line in (tmp_path / "documents.tsv").read_text("utf-8").splitlines()[1:]]
    assert title == "محادثات أمريكية بريطانية فرنسية"


def test_tsv_keeps_quotation_marks_as_printed(tmp_path: Path) -> None:
    rows = [{"doc_id": "x", "text": 'قال "نعم"'}]
    write(rows, QUOTE_COLUMNS, "tsv", tmp_path / "q.tsv")
    assert 'قال "نعم"' in (tmp_path / "q.tsv").read_text("utf-8")


def test_jsonl_reads_back_typed(record: dict[str, Any], tmp_path: Path) -> None:
    rows = event_rows(record)
    stream = io.StringIO()
    assert write(rows, EVENT_COLUMNS, "jsonl", stream) == 3
    assert [json.loads(line) for line in stream.getvalue().splitlines()] == rows


def test_parquet_has_a_fixed_typed_schema_and_row_groups(record: dict[str, Any], tmp_path: Path) -> None:
    rows = event_rows(record)
    out = tmp_path / "events.parquet"
    assert write(rows, EVENT_COLUMNS, "parquet", out, row_group_size=2) == 3
    table = pq.read_table(out)
    assert table.schema.names == names(EVENT_COLUMNS)
    types = {field.name: field.type for field in table.schema}
    assert types["lat"] == types["lon"] == pa.float64()
    assert types["start"] == types["end"] == types["targets_count"] == pa.int64()
    assert types["target_name"] == pa.string()
    assert pq.ParquetFile(out).num_row_groups == 2
    assert table.to_pylist() == rows


def test_parquet_types_hold_without_any_row(tmp_path: Path) -> None:
    out = tmp_path / "quotes.parquet"
    assert write(iter([]), QUOTE_COLUMNS, "parquet", out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.schema.field("direct").type == pa.bool_()


def test_parquet_needs_a_file(record: dict[str, Any]) -> None:
    for output in (None, "-", io.StringIO()):
        with pytest.raises(UsageError, match="-o"):
            write(event_rows(record), EVENT_COLUMNS, "parquet", output)  # type: ignore[arg-type]


def test_a_failed_export_leaves_no_file(record: dict[str, Any], tmp_path: Path) -> None:
    def failing() -> Iterator[dict[str, Any]]:
        yield from event_rows(record)
        raise RuntimeError("the source broke")

    for fmt in ("csv", "parquet"):
        with pytest.raises(RuntimeError):
            write(failing(), EVENT_COLUMNS, fmt, tmp_path / f"out.{fmt}")
    assert list(tmp_path.iterdir()) == []


def test_export_streams_records_and_counts_them(record: dict[str, Any], tmp_path: Path) -> None:
    other = {**record, "id": "0000aaaa1111bbbb", "events": record["events"][1:]}
    result = export(iter([record, other]), "events", "jsonl", tmp_path / "e.jsonl",
                    keep=lambda row: row["root"] == "19")
    assert (result.records, result.rows) == (2, 2)
    with pytest.raises(UsageError, match="table"):
        export([record], "actors", "csv", tmp_path / "x.csv")
    with pytest.raises(UsageError, match="format"):
        export([record], "events", "xlsx", tmp_path / "x.xlsx")

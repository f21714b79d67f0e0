"""`rasd export` from a JSONL file and from a SQLite store, bad lines, usage errors; and
`--published` of `rasd process`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from click.testing import CliRunner

import rasd.store
from rasd.clean import clean_article
from rasd.cli import main
from rasd.export import EVENT_COLUMNS
from rasd.export.columns import names
from rasd.model import Document, RawArticle
from rasd.settings import Settings

ARTICLE = ("الدوحة تستضيف جولة جديدة من المفاوضات\n\n"
           "أعلنت وزارة الخارجية القطرية أن الدوحة ستستضيف جولة جديدة من المفاوضات غير المباشرة "
           "بمشاركة وفود من مصر والولايات المتحدة، وأن الوسطاء يعملون على تقريب وجهات النظر.\n")


def _records_file(tmp_path: Path, record: dict[str, Any], *extra_lines: str) -> Path:
    path = tmp_path / "records.jsonl"
    other = {**record, "id": "0000aaaa1111bbbb", "published": "2020-05-01", "events": record["events"][1:]}
    lines = [json.dumps(record, ensure_ascii=False), *extra_lines, json.dumps(other, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_events_from_jsonl_to_stdout_as_csv(record: dict[str, Any], tmp_path: Path) -> None:
    path = _records_file(tmp_path, record)
    result = CliRunner().invoke(main, ["export", "events", "--input", str(path)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 4 and list(rows[0]) == names(EVENT_COLUMNS)
    assert rows[0]["target_name"] == "United Kingdom" and rows[3]["doc_id"] == "0000aaaa1111bbbb"
    assert "wrote 4 rows of events from 2 records to stdout (csv)" in result.stderr


def test_filters_on_the_command_line(record: dict[str, Any], tmp_path: Path) -> None:
    path, runner = _records_file(tmp_path, record), CliRunner()
    by_root = runner.invoke(main, ["export", "events", "-i", str(path), "--root", "19", "-f", "jsonl"])
    assert [json.loads(line)["root"] for line in by_root.stdout.splitlines()] == ["19", "19"]
    by_date = runner.invoke(main, ["export", "events", "-i", str(path), "--since", "2020-01-01", "-f", "jsonl"])
    assert [json.loads(line)["published"] for line in by_date.stdout.splitlines()] == ["2020-05-01"]
    docs = runner.invoke(main, ["export", "documents", "-i", str(path), "--until", "2019-12-31", "-f", "tsv"])
    assert docs.exit_code == 0 and len(docs.stdout.splitlines()) == 2
    assert runner.invoke(main, ["export", "events", "-i", str(path), "--since", "2019-31-01"]).exit_code == 2
    refused = runner.invoke(main, ["export", "quotes", "-i", str(path), "--root", "19"])
    assert refused.exit_code == 2 and "--root" in refused.output


def test_a_broken_line_is_reported_with_its_number_and_skipped(record: dict[str, Any], tmp_path: Path) -> None:
    path = _records_file(tmp_path, record, '{"id": "cut off', "")
    out = tmp_path / "documents.csv"
    result = CliRunner().invoke(main, ["export", "documents", "-i", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{path} (line 2)" in result.stderr and "line 3" not in result.stderr
    assert "wrote 2 rows of documents" in result.stderr and "1 bad lines skipped" in result.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        assert [row["doc_id"] for row in csv.DictReader(stream)] == ["9f2c41aa00bb11cc", "0000aaaa1111bbbb"]


def test_jsonl_from_stdin(record: dict[str, Any]) -> None:
    line = json.dumps(record, ensure_ascii=False) + "\n"
    result = CliRunner().invoke(main, ["export", "quotes", "-i", "-", "-f", "jsonl"], input=line.encode())
    assert result.exit_code == 0 and json.loads(result.stdout)["speaker_name"] == "Mike Pompeo"


def test_events_from_a_sqlite_store_to_parquet(record: dict[str, Any], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    with rasd.store.open(url) as store:
        store.create()
        store.add([Document.from_dict(record)])
    out = tmp_path / "events.parquet"
    result = CliRunner().invoke(main, ["export", "events", "--db", url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 3 and table.column("lat").to_pylist() == [38.9, 38.9, None]
    assert table.column("targets_count").to_pylist() == [2, 2, 0]
    assert "wrote 3 rows of events from 1 records to" in result.stderr and "(parquet)" in result.stderr


def test_usage_and_input_errors_name_the_problem(record: dict[str, Any], tmp_path: Path) -> None:
    runner, path = CliRunner(), _records_file(tmp_path, record)
    no_file = runner.invoke(main, ["export", "events", "-i", str(path), "-f", "parquet"])
    assert no_file.exit_code == 2 and "-o FILE.parquet" in no_file.output
    missing = runner.invoke(main, ["export", "events", "-i", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1 and "nope.jsonl" in missing.output
    no_db = runner.invoke(main, ["export", "events", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert no_db.exit_code == 1 and "none.db" in no_db.output and not (tmp_path / "none.db").exists()
    both = runner.invoke(main, ["export", "events", "-i", str(path), "--db", "sqlite://"])
    assert both.exit_code == 2


def test_the_format_follows_the_extension(record: dict[str, Any], tmp_path: Path) -> None:
    path = _records_file(tmp_path, record)
    for name in ("e.tsv", "e.jsonl", "e.parquet"):
        assert CliRunner().invoke(main, ["export", "entities", "-i", str(path), "-o", str(tmp_path / name)]
                                  ).exit_code == 0
    assert "\t" in (tmp_path / "e.tsv").read_text("utf-8").splitlines()[0]
    assert json.loads((tmp_path / "e.jsonl").read_text("utf-8").splitlines()[0])["entity_id"] == "pompeo-mike"
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 8


def test_published_is_used_only_when_the_article_gives_none() -> None:
    settings = Settings(default_published="2019-11-14")
    assert clean_article(RawArticle(ARTICLE, "text"), settings).published == "2019-11-14"
    dated = RawArticle(ARTICLE, "text", published="2021-03-04T10:00:00Z")
    assert clean_article(dated, settings).published == "2021-03-04"
    assert clean_article(RawArticle(ARTICLE, "text")).published is None


def test_process_published_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["process", str(tmp_path / "a.txt"), "--published", "2019-11-14"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["published"] == "2019-11-14"
    bad = runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--published", "14/11/2019", "--db", "sqlite://"])
    assert bad.exit_code == 2 and "--published" in bad.output and "ISO date" in bad.output

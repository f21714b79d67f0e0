"""The `rasd` command: help texts, exit codes, output, storing, searching (click's runner)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from rasd.cli import main
from tests.record_checks import assert_valid_record

ARTICLE = ("قطر تعلن استضافة جولة جديدة من المفاوضات بشأن غزة\n\n"
           "أعلنت وزارة الخارجية القطرية أمس الاثنين أن الدوحة ستستضيف جولة جديدة من المفاوضات غير المباشرة "
           "بشأن وقف إطلاق النار في غزة بمشاركة وفود من مصر والولايات المتحدة.\n\n"
           "وقال المتحدث باسم الخارجية القطرية إن الجولة ستبدأ الأسبوع المقبل، مؤكداً أن الوسطاء يعملون "
           "على تقريب وجهات النظر بين الطرفين. وأشار إلى أن الموقف الأمريكي داعم لجهود الوساطة.\n")


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name, command in group.commands.items():
        out.append((prefix + name, command))
        if isinstance(command, click.Group):
            out += commands(command, prefix + name + " ")
    return out


@pytest.mark.parametrize("name,command", commands(main), ids=lambda v: v if isinstance(v, str) else "")
def test_every_command_has_help_with_an_example(name: str, command: click.Command) -> None:
    result = CliRunner().invoke(main, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert command.help and "Example" in result.output, name


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE.replace("الاثنين", "الثلاثاء"), encoding="cp1256")
    return tmp_path


def test_process_writes_valid_records_and_a_summary(folder: Path) -> None:
    out = folder / "out.jsonl"
    result = CliRunner().invoke(main, ["process", str(folder / "in"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 2
    for record in records:
        assert_valid_record(record)
    assert "2 articles processed" in result.output and "0 rejected" in result.output


def test_exit_codes(folder: Path) -> None:
    runner = CliRunner()
    (folder / "in" / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["process", str(folder / "in"), "-o", str(folder / "o.jsonl")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "1 rejected" in result.output
    assert runner.invoke(main, ["process", "--no-such-option", "x"]).exit_code == 2
    assert runner.invoke(main, ["process"]).exit_code == 2


def test_stdin(folder: Path) -> None:
    result = CliRunner().invoke(main, ["process", "-"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    record = json.loads(result.stdout.splitlines()[0])
    assert record["title"].startswith("قطر تعلن") and record["source"]["path"] == "<stdin>"


def test_ingest_show_search_stats_rejects(folder: Path) -> None:
    runner = CliRunner()
    db = f"sqlite:///{folder / 'rasd.db'}"
    (folder / "in" / "broken.jsonl").write_text('{"id": 1, "text": \n', encoding="utf-8")
    first = runner.invoke(main, ["ingest", str(folder / "in"), "--db", db, "--summary"])
    assert first.exit_code == 1 and "2 stored" in first.output
    second = runner.invoke(main, ["ingest", str(folder / "in"), "--db", db])
    assert "0 stored, 2 unchanged" in second.output
    found = runner.invoke(main, ["search", "الامريكي", "--db", db])
    assert found.exit_code == 0 and "قطر تعلن" in found.output
    doc_id = found.output.split("│")[1].strip() if "│" in found.output else ""
    shown = runner.invoke(main, ["show", doc_id[:8], "--db", db, "--json"])
    assert shown.exit_code == 0 and json.loads(shown.output)["id"].startswith(doc_id[:8])
    stats = runner.invoke(main, ["db", "stats", "--db", db])
    assert "documents: 2" in stats.output
    rejects = runner.invoke(main, ["rejects", "--db", db])
    assert "broken.jsonl (line 1)" in rejects.output and "E105" in rejects.output
    assert runner.invoke(main, ["show", "ffffffff", "--db", db]).exit_code == 1


def test_events_and_quotes_list_what_the_store_holds(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from rasd.cli import main

    article = tmp_path / "a.txt"
    article.write_text("خبر للاختبار\n\nقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترحب بالاتفاق.\n"
                       "وقصفت الطائرات الروسية مواقع لتنظيم داعش قرب تدمر أمس.\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'r.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(article), "--db", db]).exit_code == 0
    events = runner.invoke(main, ["events", "--db", db, "--root", "19"])
    assert events.exit_code == 0 and "ASSAULT" in events.output
    quotes = runner.invoke(main, ["quotes", "--db", db, "--speaker", "Safadi"])
    assert quotes.exit_code == 0 and "JORGOV" in quotes.output

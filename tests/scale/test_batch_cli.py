"""`rasd batch` from the command line: the report, the exit code, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main
from tests.scale.articles import write_jsonl


def test_report_and_exit_code(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", range(6))
    (tmp_path / "b.jsonl").write_bytes(b'{"text": ""}\nnot json\n')
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"),
                                       "--out", str(tmp_path / "out"), "--workers", "1", "--part-size", "4"])
    assert result.exit_code == 1, result.output  # something was rejected
    assert "6 articles, 2 rejected, 3 parts" in result.output and "E101 empty" in result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["articles"] == 6 and report["rejects_by_reason"] == {"E101 empty": 1, "E105 malformed container": 1}


def test_stdin_is_refused_with_a_reason(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["batch", "-", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "reads files, not stdin" in result.output


def test_ray_without_ray_installed_names_the_extra(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import builtins

    real_import = builtins.__import__

    def no_ray(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "ray":
            raise ModuleNotFoundError("No module named 'ray'", name="ray")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    write_jsonl(tmp_path / "a.jsonl", range(2))
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out"),
                                       "--ray", "local"])
    assert result.exit_code == 1 and "pip install 'rasd[ray]'" in result.output

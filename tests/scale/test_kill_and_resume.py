"""A batch killed with SIGKILL and started again ends with every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

from tests.scale.articles import write_jsonl

ARTICLES = 240
PART_SIZE = 6


def start(inputs: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "rasd", "batch", str(inputs), "--out", str(out), "--workers", "2",
               "--part-size", str(PART_SIZE)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def wait_for_parts(out: Path, count: int, process: subprocess.Popen[bytes], timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = len(list((out / "_done").glob("*.json"))) if (out / "_done").is_dir() else 0
        if done >= count:
            return done
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else "exited"
        time.sleep(0.05)
    raise AssertionError(f"fewer than {count} parts after {timeout} s")


def test_sigkill_then_resume_gives_every_article_once(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "articles.jsonl", range(ARTICLES))
    out = tmp_path / "out"
    first = start(inputs, out)
    wait_for_parts(out, 4, first)
    os.killpg(first.pid, signal.SIGKILL)  # the main process and its workers, mid-run
    first.wait()
    done_before = len(list((out / "_done").glob("*.json")))
    assert not (out / "report.json").exists() and done_before < ARTICLES // PART_SIZE

    second = start(inputs, out)
    assert second.wait(timeout=300) == 0, second.stderr.read().decode() if second.stderr else ""
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["parts_resumed"] >= done_before and report["articles"] == ARTICLES
    assert report["articles_this_run"] == ARTICLES - report["parts_resumed"] * PART_SIZE
    sources = [json.loads(r)["source"]["id"] for r in pq.read_table(out / "documents").column("record").to_pylist()]
    assert sorted(sources) == sorted(f"a{n}" for n in range(ARTICLES))  # each once, none lost
    events = pq.read_table(out / "events").column("doc_id").to_pylist()
    assert set(events) <= {json.loads(r)["id"] for r in pq.read_table(out / "documents").column("record").to_pylist()}

"""`rasd batch`: input files to a folder of Parquet tables (and a database), resumable.

The run cuts its inputs into parts (rasd.scale.parts), skips parts whose marker is already in
the output folder, hands the rest to an executor and sums the counts for progress and the
final report. `OUT/_run.json` keeps the part size of the first run, because resuming with
another size would cut different parts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import UsageError
from rasd.read.files import Walk
from rasd.scale.executors import make_executor
from rasd.scale.outputs import Output
from rasd.scale.parts import DEFAULT_SIZE, cut, expand
from rasd.scale.stats import RunTotals
from rasd.scale.stories import RunLinker, store_links
from rasd.scale.worker import WorkerConfig, peak_rss_mb
from rasd.settings import DEFAULT, Settings

Progress = Callable[[RunTotals, float], None]


@dataclass(frozen=True, slots=True)
class BatchOptions:
    workers: int = 1  # 0: one per CPU (of the machine, or of the Ray cluster)
    ray: str | None = None  # None: no Ray; "local", "auto" or a cluster address
    db: str | None = None
    part_size: int = DEFAULT_SIZE
    settings: Settings = DEFAULT
    stories: bool = True  # near-duplicates and stories over the whole run, after its parts


@dataclass(slots=True)
class BatchResult:
    report: dict[str, Any]
    report_path: Path
    skipped_files: list[str]


def run_batch(inputs: Iterable[str], out: str | Path, options: BatchOptions = BatchOptions(),
              progress: Progress | None = None) -> BatchResult:
    """Process every article of `inputs` once into `out`; a second call resumes the first."""
    started = time.perf_counter()
    output = Output(out)
    output.prepare()
    part_size = _part_size(output.root, options.part_size)
    walk = Walk()
    files = expand(inputs, walk)
    if not files:
        raise UsageError("no input files to read")
    if options.db is not None:
        _create_store(options.db)
    totals = RunTotals()
    for stats in output.finished():
        totals.add(stats, now=False)
    config = WorkerConfig(str(output.root), options.settings, options.db, options.stories)
    executor = make_executor(config, options.workers, options.ray)
    linker = RunLinker(output, keep_prints=options.db is not None) if options.stories else None

    def written_before(part_id: str) -> bool:
        if linker is not None:
            linker.expect(part_id)
        if not output.is_done(part_id):
            return False
        if linker is not None:
            linker.done(part_id)
        return True

    try:
        for stats in executor.map(cut(files, options.settings, part_size, written_before)):
            totals.add(stats, now=True)
            if linker is not None:
                linker.done(stats.part)
            if progress is not None:
                progress(totals, time.perf_counter() - started)
    finally:
        executor.close()
    linked = _link_stories(linker, options.db) if linker is not None else {}
    report = totals.report(time.perf_counter() - started, peak_rss_mb(), executor.name, executor.workers)
    report.update(linked, skipped_files=len(walk.skipped))
    return BatchResult(report, output.write_report(report), walk.skipped)


def _link_stories(linker: RunLinker, db_url: str | None) -> dict[str, Any]:
    """The last parts linked, the links written (and stored); their counts and time."""
    links = linker.close()
    started = time.perf_counter()
    if db_url is not None:
        store_links(db_url, links)
    return {**links.summary(), "linking_seconds": round(linker.seconds + time.perf_counter() - started, 2)}


def _part_size(root: Path, asked: int) -> int:
    """The part size of the run this folder holds, or `asked` for a new folder."""
    if asked < 1:
        raise UsageError(f"the part size must be at least 1, not {asked}")
    path = root / "_run.json"
    if path.exists():
        return int(json.loads(path.read_text("utf-8"))["part_size"])
    path.write_text(json.dumps({"part_size": asked}), encoding="utf-8")
    return asked


def _create_store(url: str) -> None:
    """Create the schema once, before workers write to it concurrently."""
    from rasd import store

    with store.open(url) as db:
        db.create()


"""How the cost of `rasd batch` grows with the input: 10k -> 100k -> 1M synthetic articles, time
and memory (goal: cost linear in input, <= 1 GB RSS per worker).

For each size, benchmarks/synthetic.py writes the input into a temporary folder, then
`rasd batch INPUT --out DIR --workers W` runs in a subprocess and its DIR/report.json gives the
figures; one line per size, then whether seconds per article stayed within ±20 % of the smallest
run's. A size is skipped, and said so, when the last measured rate says it would take longer
than --stop-after, or stopped when it does; nothing is extrapolated into a figure. Each size's
input and output are deleted after it is measured (1M articles are about 3 GB of JSONL).

    python benchmarks/bench_scale.py [--sizes 10000,100000,1000000] [--workers 2]
                                     [--stop-after SECONDS] [--tmp DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synthetic import kb_names, write_articles

RASD = str(Path(sys.executable).with_name("rasd"))
TOLERANCE = 0.20


@dataclass(slots=True)
class Run:
    """One measured size, from its report.json and the folder it wrote."""

    size: int
    report: dict[str, Any]
    output_bytes: int
    wall: float

    @property
    def per_1k(self) -> float:
        """Seconds per 1,000 written articles: the figure that must stay flat."""
        return self.report["seconds"] / max(self.report["articles"], 1) * 1000


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def run_batch(source: Path, out: Path, workers: int, stop_after: float | None) -> tuple[int | None, float]:
    """`rasd batch` in its own session, output to a log; returns its exit code (None when it was
    stopped at `stop_after`) and the wall seconds. Stopping ends the whole session it started:
    the command, its fork server and its workers."""
    log = out.parent / "batch.log"
    command = [RASD, "batch", str(source), "--out", str(out), "--workers", str(workers)]
    started = time.perf_counter()
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            code: int | None = process.wait(timeout=stop_after)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
            code = None
    return code, time.perf_counter() - started


def log_tail(folder: Path, lines: int = 15) -> str:
    text = (folder / "batch.log").read_text("utf-8", errors="replace").splitlines()
    return "\n".join("    " + line for line in text[-lines:])


def measure(size: int, args: argparse.Namespace, names: Any, last: Run | None) -> tuple[Run | None, bool]:
    """Generate, run and report one size; returns its Run (None when it was skipped, stopped or
    failed) and whether it was stopped at --stop-after."""
    if last is not None and args.stop_after is not None:
        estimate = last.per_1k * size / 1000
        if estimate > args.stop_after:
            print(f"size {size}: skipped, not measured: at the {last.size}-article rate it would take about "
                  f"{estimate:,.0f} s, more than --stop-after {args.stop_after:g} s")
            return None, False
    with tempfile.TemporaryDirectory(prefix=f"rasd-scale-{size}-", dir=args.tmp) as tmp:
        folder = Path(tmp)
        source, out = folder / "articles.jsonl", folder / "out"
        started = time.perf_counter()
        input_bytes = write_articles(source, size, args.seed, names)
        print(f"input {size}: {input_bytes / 1e6:,.1f} MB of synthetic JSONL written in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        code, wall = run_batch(source, out, args.workers, args.stop_after)
        if code is None:
            print(f"size {size}: stopped after {args.stop_after:g} s (--stop-after), not measured")
            return None, True
        report_path = out / "report.json"
        if not report_path.exists():
            print(f"size {size}: rasd batch failed (exit {code}) without a report; its last lines:\n{log_tail(folder)}")
            return None, False
        run = Run(size, json.loads(report_path.read_text("utf-8")), folder_bytes(out), wall)
    print_run(run, code)
    return run, False


def print_run(run: Run, code: int) -> None:
    r = run.report
    exit_note = "" if code == 0 else f", exit {code}" + (" (rejects)" if code == 1 and r["rejects"] else "")
    print(f"size {run.size}: {r['articles']} articles, {r['rejects']} rejects, {r['seconds']:.1f} s, "
          f"{r['articles_per_second']:.1f} articles/s, {run.per_1k:.2f} s per 1k articles, "
          f"worker peak RSS {r['worker_peak_rss_mb']:.0f} MB, main peak RSS {r['main_peak_rss_mb']:.0f} MB, "
          f"output {run.output_bytes / 1e6:,.1f} MB (process wall {run.wall:.1f} s{exit_note})", flush=True)


def print_growth(runs: list[Run]) -> None:
    """Seconds per article against the smallest measured size; memory per worker alongside."""
    if len(runs) < 2:
        print(f"linear: not judged, {len(runs)} size(s) measured (two or more are needed)")
        return
    base = runs[0]
    worst = max(abs(run.per_1k / base.per_1k - 1) for run in runs[1:])
    series = ", ".join(f"{run.size}: {run.per_1k:.2f}" for run in runs)
    verdict = "yes" if worst <= TOLERANCE else "no"
    print(f"linear: {verdict}, seconds per 1k articles {series}; largest departure from the {base.size}-article "
          f"run {worst:.0%} (allowed ±{TOLERANCE:.0%})")
    memory = ", ".join(f"{run.size}: {run.report['worker_peak_rss_mb']:.0f}/{run.report['main_peak_rss_mb']:.0f}"
                       for run in runs)
    print(f"memory: worker/main peak RSS MB by size {memory}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="article counts, smallest first")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stop-after", type=float, default=None,
                        help="seconds a size's batch run may take; longer ones are skipped or stopped, not estimated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tmp", default=None, help="where inputs and outputs are written (the system temp dir)")
    args = parser.parse_args()
    if not Path(RASD).exists() or shutil.which(RASD) is None:
        sys.exit(f"{RASD} not found: install rasd in this environment (make install)")
    names = kb_names()
    runs: list[Run] = []
    stopped_at: int | None = None
    for size in sorted(int(s) for s in args.sizes.split(",")):
        if stopped_at is not None:
            print(f"size {size}: skipped, not measured: {stopped_at} articles already took longer than --stop-after")
            continue
        run, stopped = measure(size, args, names, runs[-1] if runs else None)
        stopped_at = size if stopped else None
        runs += [run] if run is not None else []
    print_growth(runs)


if __name__ == "__main__":
    main()

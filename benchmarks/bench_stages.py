"""Where the time goes: each pipeline stage, the raw-scan limit, end to end on 1 and 2 workers,
peak RSS per worker and cold start (goals: >= 200 articles/s on 2 cores, <= 1 GB per worker,
cold start <= 2 s).

On N articles of ../shared/data/saudinewsnet when present (non-commercial data: measured here,
nothing derived is committed; skipped otherwise) and on N synthetic ones (benchmarks/synthetic.py).
One printed line per figure:

- stages: read (read_inputs over the JSONL), clean, each of default_stages() by name, and
  store (Store.add into a temporary SQLite file), timed article by article in pipeline order so
  the stages share their caches as in a run, after one untimed article has loaded the resources;
  articles/s and share of the total. Each data set in a fresh process, so word caches one fills
  do not flatter the next.
- scan: the knowledge-base automaton alone over the same cleaned texts in the matcher's search
  form, the floor any name-finding pipeline pays; and how many times that the pipeline costs.
- e2e: process_many on 1 and 2 workers, each in a fresh process, so both pay their start-up
  (knowledge-base load, pool start); also the rate after the first result, and the peak RSS
  (VmHWM) of every worker and of the main process.
- cold: a fresh interpreter's `import rasd.pipeline`, then Pipeline() on one short article (the
  knowledge base and its automaton, the tagger, the lexicons and the romanizer load on that
  first article, which names a person the base does not know); median of --runs.

    python benchmarks/bench_stages.py [--n 1000] [--parts stages,scan,e2e,cold]
                                      [--data saudinewsnet,synthetic] [--workers 1,2] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench_process import CORPUS, build_input
from synthetic import write_articles

import rasd.store
from rasd.clean import clean_article
from rasd.errors import InputError
from rasd.link import EntityLinker
from rasd.model import Document, RawArticle
from rasd.pipeline import Batch, Pipeline, Stage, default_stages, process_many
from rasd.read import read_inputs
from rasd.text.normalize import normalize

PARTS = ("stages", "scan", "e2e", "cold")
TITLE = "مباحثات في الرياض"
# Names a person the knowledge base does not know, so the first article also loads the romanizer.
SHORT = ("الرياض - واس: التقى وزير الخارجية السعودي أمس الثلاثاء نظيره الأمريكي في الرياض، وقال المتحدث "
         "باسم الوزارة سالم بن مرزوق القحطاني إن «المحادثات كانت بناءة وتناولت الأوضاع في اليمن والسودان».")
COLD = """
import json, sys, time
started = time.perf_counter()
import rasd.pipeline
imported = time.perf_counter()
from rasd.kb.base import default
from rasd.link import romanize
from rasd.model import RawArticle
doc = rasd.pipeline.Pipeline()(RawArticle(body=sys.argv[1], kind="text", title=sys.argv[2]))
done = time.perf_counter()
print(json.dumps({"import": imported - started, "first": done - imported, "entities": len(doc.entities),
                  "kb_loaded": default.cache_info().currsize == 1,
                  "romanizer_loaded": romanize.default.cache_info().currsize == 1}))
"""


# -- inputs ---------------------------------------------------------------------------------------


def inputs(names: list[str], n: int, folder: Path) -> Iterator[tuple[Path, str]]:
    """(JSONL file, label) for each data set asked for; a missing corpus is said, not faked."""
    for name in names:
        if name == "saudinewsnet":
            if not CORPUS.is_dir():
                print(f"saudinewsnet: not found at {CORPUS}, skipped", flush=True)
                continue
            (folder / name).mkdir()
            path, _ = build_input(n, folder / name)
        elif name == "synthetic":
            path = folder / "synthetic.jsonl"
            write_articles(path, n, seed=1)
        else:
            sys.exit(f"--data: unknown data set {name!r} (saudinewsnet, synthetic)")
        yield path, f"{count_lines(path)} {name} articles"


def count_lines(path: Path) -> int:
    with path.open("rb") as lines:
        return sum(1 for _ in lines)


# -- stages ---------------------------------------------------------------------------------------


def timed_run(path: Path, stages: list[tuple[str, Stage]]) -> tuple[list[Document], dict[str, float], int]:
    """Every article through read, clean and the stages in pipeline order, each step's time
    summed apart. Returns the documents, seconds by step and the rejects (read, clean or stage)."""
    seconds = dict.fromkeys(["read", "clean", *(name for name, _ in stages)], 0.0)
    docs: list[Document] = []
    rejects = 0
    items = read_inputs([str(path)])
    while True:
        started = time.perf_counter()
        item = next(items, None)
        seconds["read"] += time.perf_counter() - started
        if item is None:
            return docs, seconds, rejects
        doc = run_steps(item, stages, seconds) if isinstance(item, RawArticle) else None
        if doc is None:
            rejects += 1
        else:
            docs.append(doc)


def run_steps(raw: RawArticle, stages: list[tuple[str, Stage]], seconds: dict[str, float]) -> Document | None:
    """Clean and run the stages on one article, adding each step's time; None when it is
    rejected (as Pipeline.run would: a stage error rejects the article, not the run)."""
    started = time.perf_counter()
    try:
        doc = clean_article(raw)
    except InputError:
        return None
    finally:
        seconds["clean"] += time.perf_counter() - started
    for name, stage in stages:
        started = time.perf_counter()
        try:
            doc = stage(doc)
        except Exception:
            return None
        finally:
            seconds[name] += time.perf_counter() - started
    return doc


def store_seconds(docs: list[Document], folder: Path) -> tuple[float, int]:
    """Seconds for Store.add of the documents into a new SQLite file (creating it is not counted)."""
    db = folder / "bench_stages.db"
    db.unlink(missing_ok=True)
    with rasd.store.open(f"sqlite:///{db}") as store:
        store.create()
        started = time.perf_counter()
        result = store.add(docs)
        return time.perf_counter() - started, result.added


def bench_stages(path: Path, label: str, folder: Path) -> tuple[list[Document], float]:
    """Prints one line per step; returns the documents and the total seconds of all steps."""
    stages = default_stages()
    Pipeline(stages=stages)(RawArticle(body=SHORT, kind="text", title=TITLE))  # resources load here, untimed
    docs, seconds, rejects = timed_run(path, stages)
    seconds["store"], stored = store_seconds(docs, folder)
    total = sum(seconds.values())
    for name, spent in seconds.items():
        count = stored if name == "store" else len(docs)
        print(f"stage {name}: {label}, {spent:.3f} s, {count / spent:,.0f} articles/s, {spent / total:.0%} of total")
    print(f"stages total: {label}, {len(docs)} documents, {rejects} rejects, {stored} stored, {total:.2f} s, "
          f"{len(docs) / total:,.0f} articles/s (one process, resources loaded beforehand)")
    return docs, total


def cleaned(path: Path) -> list[Document]:
    """The cleaned documents alone, for a scan run without the stage timings."""
    docs = []
    for item in read_inputs([str(path)]):
        if isinstance(item, RawArticle):
            try:
                docs.append(clean_article(item))
            except InputError:
                continue
    return docs


# -- the raw-scan limit ---------------------------------------------------------------------------


def bench_scan(docs: list[Document], label: str, pipeline_seconds: float | None) -> None:
    """The automaton over each cleaned text in the matcher's search form (normalize(text).text,
    what Matcher.find scans), first the normalization, then the scan alone."""
    automaton = EntityLinker().matcher.automaton
    started = time.perf_counter()
    texts = [normalize(doc.text).text for doc in docs]
    normalized = time.perf_counter() - started
    started = time.perf_counter()
    hits = sum(len(list(automaton.iter(text))) for text in texts)
    scanned = time.perf_counter() - started
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6
    print(f"raw scan: {label}, knowledge-base automaton over the search form, {scanned:.3f} s, "
          f"{len(docs) / scanned:,.0f} articles/s, {megabytes / scanned:.1f} MB/s, {hits:,} raw hits")
    both = normalized + scanned
    print(f"raw scan with normalization: {label}, {both:.3f} s, {len(docs) / both:,.0f} articles/s")
    if pipeline_seconds is not None:
        print(f"pipeline / raw scan: {label}, {pipeline_seconds / scanned:,.0f}x the scan alone, "
              f"{pipeline_seconds / both:,.0f}x scan with normalization (pipeline read..store {pipeline_seconds:.2f} s)")


# -- end to end, in a fresh process ---------------------------------------------------------------


def vm_hwm_mb(pid: int) -> float:
    """Peak resident set of a live process (VmHWM), from /proc; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def child_e2e(path: str, workers: int) -> dict[str, Any]:
    """process_many over the file, in this (fresh) process. Pool workers are children of the
    fork server, not of this process, so their peaks are read from /proc while they live."""
    expected = count_lines(Path(path))
    batch, peaks = Batch(), {}
    started = time.perf_counter()
    first = None
    for count, _ in enumerate(process_many([path], workers=workers, batch=batch), 1):
        first = first if first is not None else time.perf_counter() - started
        if workers > 1 and (count % 100 == 0 or count == expected):  # before the pool is terminated
            peaks.update({p.pid: vm_hwm_mb(p.pid) for p in multiprocessing.active_children()})
    seconds = time.perf_counter() - started
    main_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": batch.documents, "rejects": len(batch.rejects), "seconds": seconds,
            "first": first or seconds, "workers_mb": sorted(peaks.values(), reverse=True) or [main_mb],
            "main_mb": main_mb}


def bench_e2e(path: Path, label: str, workers: int) -> None:
    command = [sys.executable, __file__, "--child-e2e", str(path), "--child-workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    r = json.loads(done.stdout.splitlines()[-1])
    rest = (r["documents"] + r["rejects"] - 1) / max(r["seconds"] - r["first"], 1e-9)
    print(f"end to end workers={workers}: {label}, {r['documents']} documents, {r['rejects']} rejects, "
          f"{r['seconds']:.2f} s, {r['documents'] / r['seconds']:,.0f} articles/s "
          f"(first result after {r['first']:.2f} s, {rest:,.0f} articles/s after it)", flush=True)
    per_worker = ", ".join(f"{mb:.0f}" for mb in r["workers_mb"])
    if workers > 1:
        print(f"peak RSS workers={workers}: {label}, {max(r['workers_mb']):.0f} MB per worker at most "
              f"({per_worker} MB), main process {r['main_mb']:.0f} MB", flush=True)
    else:
        print(f"peak RSS workers=1: {label}, {r['main_mb']:.0f} MB (the one process reads and runs the pipeline)", flush=True)


# -- cold start -----------------------------------------------------------------------------------


def bench_cold(runs: int) -> None:
    """Median of `runs` fresh interpreters; the process wall time adds interpreter start-up."""
    results, walls = [], []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD, SHORT, TITLE], capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - started)
        results.append(json.loads(done.stdout.splitlines()[-1]))
    imported = statistics.median(r["import"] for r in results)
    first = statistics.median(r["first"] for r in results)
    total = statistics.median(r["import"] + r["first"] for r in results)
    loaded = ", ".join(f"{what} {'loaded' if all(r[key] for r in results) else 'NOT LOADED'}"
                       for what, key in (("knowledge base", "kb_loaded"), ("romanizer", "romanizer_loaded")))
    print(f"cold start: import rasd.pipeline {imported:.2f} s + Pipeline() and a first short article {first:.2f} s "
          f"= {total:.2f} s, median of {runs} ({loaded}; process wall {statistics.median(walls):.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles per data set")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"which figures, of {','.join(PARTS)}")
    parser.add_argument("--data", default="saudinewsnet,synthetic", help="data sets: saudinewsnet,synthetic")
    parser.add_argument("--workers", default="1,2", help="worker counts for end to end")
    parser.add_argument("--runs", type=int, default=3, help="cold-start repetitions (the median is shown)")
    parser.add_argument("--child-e2e", help=argparse.SUPPRESS)
    parser.add_argument("--child-workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child-stages", help=argparse.SUPPRESS)
    parser.add_argument("--label", help=argparse.SUPPRESS)
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    if args.child_e2e:
        print(json.dumps(child_e2e(args.child_e2e, args.child_workers)))
    elif args.child_stages:
        child_stages(Path(args.child_stages), args.label, parts)
    else:
        run_all(args, parts)


def run_all(args: argparse.Namespace, parts: set[str]) -> None:
    """Each data set's stage timings run in a fresh process, so that word caches filled by one
    data set do not flatter the next; so do the end-to-end runs."""
    with tempfile.TemporaryDirectory() as tmp:
        for path, label in inputs(args.data.split(","), args.n, Path(tmp)):
            if parts & {"stages", "scan"}:
                command = [sys.executable, __file__, "--child-stages", str(path), "--label", label,
                           "--parts", args.parts]
                subprocess.run(command, check=True)
            for count in [int(w) for w in args.workers.split(",")] if "e2e" in parts else []:
                bench_e2e(path, label, count)
    if "cold" in parts:
        bench_cold(args.runs)


def child_stages(path: Path, label: str, parts: set[str]) -> None:
    docs: list[Document] | None = None
    total = None
    if "stages" in parts:
        docs, total = bench_stages(path, label, path.parent)
    if "scan" in parts:
        bench_scan(docs if docs is not None else cleaned(path), label, total)
        sys.stdout.flush()


if __name__ == "__main__":
    main()

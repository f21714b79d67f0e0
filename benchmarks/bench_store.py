"""Store.add and Store.search on SQLite and PostgreSQL (COPY and plain INSERT).

Documents are made once with the whole pipeline from ../shared/data/saudinewsnet (the bundled
examples when it is absent), then copied under new ids up to the requested count, so every run
stores the same records. PostgreSQL (127.0.0.1:5432 database `test`, or $RASD_BENCH_POSTGRES)
is skipped when it does not answer; each run writes into a schema of its own and drops it.
Usage:
    python benchmarks/bench_store.py [--docs 5000] [--real 1000] [--searches 3]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

import rasd.store
from rasd.model import Document
from rasd.pipeline import process_many
from rasd.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "json"
POSTGRES_URL = os.environ.get("RASD_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
# Common and rare words, two-word queries, and words only found inside longer words (the
# substring fallback): what a reader of Saudi news types.
QUERIES = ("السعودية", "وزير الخارجية", "الرياض", "ولي العهد", "النفط", "اليمن", "الحوثيين", "مجلس الأمن",
           "كرة القدم", "الهلال", "داعش", "طهران", "عاصمه", "مستشفى الملك", "تويتر", "الأمطار")


def real_documents(n: int, folder: Path) -> tuple[list[Document], str]:
    path = folder / "articles.jsonl"
    articles: list[dict[str, str]] = []
    label = f"{n} SaudiNewsNet articles"
    if CORPUS.is_dir():
        for day in sorted(CORPUS.glob("*.json")):
            articles += [a for a in json.loads(day.read_text("utf-8")) if a.get("content")]
            if len(articles) >= n:
                break
        lines = [{"title": a.get("title", ""), "text": a["content"], "url": a.get("url", ""),
                  "outlet": a.get("source", ""), "published": a.get("date_extracted", "")[:10]}
                 for a in articles[:n]]
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
        inputs = [str(path)]
    else:
        inputs, label = [str(ROOT / "examples")], "the bundled examples"
    return [d for d in process_many(inputs, workers=2) if isinstance(d, Document)], label


def copies(docs: list[Document], total: int) -> list[Document]:
    """`total` documents: the real ones, then copies of them under new ids (new story ids too,
    so stories do not grow into a few huge ones)."""
    out = []
    for i in range(total):
        record = docs[i % len(docs)].to_dict()
        if i >= len(docs):
            record["id"] = f"{i:016x}"
            record["story"] = f"{record['story']}-{i}" if record.get("story") else None
        out.append(Document.from_dict(record))
    return out


def postgres_answers() -> bool:
    url = sa.make_url(POSTGRES_URL)
    try:
        import psycopg  # noqa: F401

        with socket.create_connection((url.host or "127.0.0.1", url.port or 5432), timeout=1):
            return True
    except (ImportError, OSError):
        return False


@contextmanager
def postgres_store() -> Iterator[Store]:
    schema = f"rasd_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://"),
                             isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        with rasd.store.open(f"{POSTGRES_URL}?options=-csearch_path%3D{schema},public") as store:
            yield store
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def row_count(store: Store) -> int:
    counts = store.stats()["counts"]
    with store.engine.connect() as conn:  # tables stats() does not list
        for name in ("event_actors", "entity_names"):
            if sa.inspect(conn).has_table(name):
                counts[name] = conn.scalar(sa.text(f"SELECT count(*) FROM {name}"))
    return sum(n for table, n in counts.items() if table != "rejects")


def bench_add(label: str, store: Store, docs: list[Document]) -> None:
    store.create()
    started = time.perf_counter()
    result = store.add(docs)
    seconds = time.perf_counter() - started
    rows = row_count(store)
    print(f"{label}: {result.added} documents, {rows} rows in {seconds:.2f} s: "
          f"{result.added / seconds:.0f} documents/s, {rows / seconds:.0f} rows/s")


def bench_search(label: str, store: Store, rounds: int) -> None:
    timings: list[float] = []
    hits = 0
    for query in QUERIES:  # one unmeasured pass warms the caches
        store.search(query)
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            hits += len(store.search(query))
            timings.append(time.perf_counter() - started)
    timings.sort()
    ms = [1000 * t for t in timings]
    print(f"{label} search, {len(QUERIES)} queries x {rounds} (20 hits each at most, snippets included): "
          f"median {statistics.median(ms):.1f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms, "
          f"max {ms[-1]:.1f} ms; {hits / len(timings):.1f} hits per query")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--real", type=int, default=1000, help="articles run through the pipeline")
    parser.add_argument("--searches", type=int, default=3, help="rounds of the search queries")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        real, label = real_documents(args.real, Path(tmp))
        print(f"records: {len(real)} from {label} ({time.perf_counter() - started:.0f} s with 2 workers), "
              f"copied to {args.docs}")
        docs = copies(real, args.docs)
        with rasd.store.open(f"sqlite:///{Path(tmp) / 'bench.db'}") as store:
            bench_add("SQLite file, executemany", store, docs)
            bench_search("SQLite FTS5", store, args.searches)
    if not postgres_answers():
        print(f"PostgreSQL does not answer at {sa.make_url(POSTGRES_URL).host}: skipped")
        return
    with postgres_store() as store:
        store.copy = False
        bench_add("PostgreSQL, INSERT (executemany)", store, docs)
    with postgres_store() as store:
        bench_add("PostgreSQL, COPY", store, docs)
        bench_search("PostgreSQL tsvector + pg_trgm", store, args.searches)


if __name__ == "__main__":
    main()

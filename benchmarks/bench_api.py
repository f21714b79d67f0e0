"""Load test of the REST API: concurrent clients over a realistic mix of reads on a 10k-article store.

Builds the store once (cached at --db; --rebuild makes it again) from the first N SaudiNewsNet
articles of ../shared/data/saudinewsnet (non-commercial data: measured here, nothing derived is
committed) or, without it, from variants of the bundled examples; starts `rasd serve` in a
subprocess on 127.0.0.1; runs --clients asyncio clients (httpx) back to back for --seconds over
documents lists, a document, entity search, entity profiles, filtered events, quotes and full-text
search; prints requests, errors, req/s and p50/p95/p99 latency, overall and per kind. Traffic goes
to the loopback address only, and the run stops by itself.

    python benchmarks/bench_api.py [--n 10000] [--clients 50] [--seconds 60] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "json"
RASD = str(Path(sys.executable).with_name("rasd"))
Request = tuple[str, str, dict[str, Any]]  # kind, path, params


# -- the store ------------------------------------------------------------------------------------


def build_input(n: int, path: Path) -> tuple[str, bool]:
    """N articles as JSONL; returns a label and whether they are real (distinct) articles."""
    rows: list[dict[str, Any]] = []
    if CORPUS.is_dir():
        for day in sorted(CORPUS.glob("*.json")):
            for article in json.loads(day.read_text("utf-8")):
                if len((article.get("content") or "").strip()) >= 200:
                    rows.append({"title": article.get("title") or "", "text": article["content"],
                                 "url": article.get("url"), "outlet": article.get("source"),
                                 "published": (article.get("date_extracted") or "")[:10] or None})
            if len(rows) >= n:
                break
        label, real = f"the first {min(n, len(rows))} SaudiNewsNet articles", True
    else:
        rows, label, real = _variants(n), f"{n} variants of the bundled examples", False
    with path.open("w", encoding="utf-8") as sink:
        for row in rows[:n]:
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    return label, real


def _variants(n: int) -> list[dict[str, Any]]:
    """Distinct articles from the examples: each gets its own closing sentence, date and outlet."""
    from rasd.model import Document
    from rasd.pipeline import process_many

    docs = [d for d in process_many([str(ROOT / "examples")]) if isinstance(d, Document)]
    outlets = sorted({d.source.outlet for d in docs if d.source.outlet}) or ["رصد"]
    rng = random.Random(5)
    rows = []
    for i in range(n):
        doc = docs[i % len(docs)]
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        rows.append({"title": doc.title, "published": day, "outlet": rng.choice(outlets),
                     "text": f"{doc.text}\n\nوذكر التقرير رقم {i} أن المتابعة مستمرة في الأيام المقبلة."})
    return rows


def ensure_store(db: Path, n: int, rebuild: bool, workers: int) -> str:
    url = f"sqlite:///{db}"
    if db.exists() and not rebuild:
        return f"reused {db}"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles.jsonl"
        label, real = build_input(n, articles)
        started = time.perf_counter()
        command = [RASD, "ingest", str(articles), "--db", url, "--workers", str(workers)]
        subprocess.run(command + ([] if real else ["--no-stories"]), check=False)
        return f"built {db} from {label} in {time.perf_counter() - started:.0f} s"


# -- the server -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "RASD_API_TOKEN"}
    command = [RASD, "serve", "--db", f"sqlite:///{db}", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers)]
    return subprocess.Popen(command, env=env)


async def wait_until_up(base: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get("/api/stats")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.5)
    raise SystemExit(f"the server at {base} did not answer within {timeout:.0f} s")


# -- the mix --------------------------------------------------------------------------------------


async def sample(client: httpx.AsyncClient) -> dict[str, list[Any]]:
    """Ids, names, actors and words to ask about, read from the store through the API itself."""
    docs = (await client.get("/api/documents", params={"limit": 500})).json()["items"]
    docs += (await client.get("/api/documents", params={"limit": 500, "offset": 3000})).json()["items"]
    ents = (await client.get("/api/entities", params={"limit": 500})).json()["items"]
    stats = (await client.get("/api/stats")).json()
    words = [w for d in docs for w in (d["title"] or "").split() if len(w) > 3]
    return {"docs": [d["id"] for d in docs], "entities": [e["id"] for e in ents],
            "names": [e["name_ar"] for e in ents if e["name_ar"]] + [e["name_en"] for e in ents if e["name_en"]],
            "actors": [e["id"] for e in ents[:100]] + [e["actor_code"] for e in ents[:100] if e["actor_code"]],
            "outlets": [o["outlet"] for o in stats["outlets"] if o["outlet"]],
            "roots": list(stats["events_by_root"]) or ["19"], "words": words or ["الأمير"],
            "total": [stats["counts"]["documents"]]}


def mix(s: dict[str, list[Any]]) -> list[tuple[float, Callable[[random.Random], Request]]]:
    """What an analyst's page loads ask for, with weights: lists and searches more than profiles."""
    def month(r: random.Random) -> dict[str, str]:
        day = r.randint(21, 31) if r.random() < 0.5 else r.randint(1, 11)
        return {"date_from": f"2015-0{7 if day > 20 else 8}-{day:02d}"}
    return [
        (15, lambda r: ("documents", "/api/documents", {"offset": r.randrange(0, max(1, s["total"][0] - 50), 50)})),
        (5, lambda r: ("documents", "/api/documents", {"outlet": r.choice(s["outlets"])} if s["outlets"] else {})),
        (15, lambda r: ("document", f"/api/documents/{r.choice(s['docs'])}", {})),
        (15, lambda r: ("entity search", "/api/entities", {"q": r.choice(s["names"])})),
        (10, lambda r: ("entity profile", f"/api/entities/{r.choice(s['entities'])}", {})),
        (8, lambda r: ("events", "/api/events", {"root": r.choice(s["roots"])})),
        (7, lambda r: ("events", "/api/events", {"actor": r.choice(s["actors"]), **month(r)})),
        (5, lambda r: ("events", "/api/events", {"offset": r.randrange(0, 2000, 50)})),
        (10, lambda r: ("quotes", "/api/quotes", {"actor": r.choice(s["actors"])} if r.random() < 0.5 else {})),
        (10, lambda r: ("search", "/api/search", {"q": r.choice(s["words"])})),
    ]


async def client_loop(client: httpx.AsyncClient, choices: list[Callable[[random.Random], Request]],
                      weights: list[float], seed: int, stop: float, results: list[tuple[str, float, bool]]) -> None:
    rng = random.Random(seed)
    while time.monotonic() < stop:
        kind, path, params = rng.choices(choices, weights)[0](rng)
        started = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            ok = response.status_code == 200
        except httpx.HTTPError:
            ok = False
        results.append((kind, time.perf_counter() - started, ok))


async def load(base: str, clients: int, seconds: float) -> list[tuple[str, float, bool]]:
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        table = mix(await sample(client))
        choices, weights = [make for _, make in table], [w for w, _ in table]
        results: list[tuple[str, float, bool]] = []
        stop = time.monotonic() + seconds
        await asyncio.gather(*(client_loop(client, choices, weights, i, stop, results) for i in range(clients)))
        return results


def report(results: list[tuple[str, float, bool]], seconds: float) -> None:
    groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for kind, latency, ok in results:
        groups["all"].append((latency, ok))
        groups[kind].append((latency, ok))
    for kind, rows in sorted(groups.items(), key=lambda item: item[0] != "all"):
        latencies = sorted(latency * 1000 for latency, _ in rows)
        cuts = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
        errors = sum(1 for _, ok in rows if not ok)
        print(f"{kind}: requests {len(rows)}, errors {errors}, {len(rows) / seconds:.1f} req/s, "
              f"p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, p99 {cuts[98]:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the store")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "rasd-bench-api" / "10k.db",
                        help="where the store is built and cached")
    parser.add_argument("--rebuild", action="store_true", help="build the store again even when cached")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="server processes (and ingest workers)")
    parser.add_argument("--build-only", action="store_true", help="build (or find) the store and stop")
    args = parser.parse_args()
    print(ensure_store(args.db, args.n, args.rebuild, args.workers), flush=True)
    if args.build_only:
        return
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.workers)
    try:
        asyncio.run(wait_until_up(base))
        print(f"server: rasd serve --workers {args.workers} on {base}; {args.clients} clients for {args.seconds:.0f} s",
              flush=True)
        results = asyncio.run(load(base, args.clients, args.seconds))
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(results, args.seconds)


if __name__ == "__main__":
    main()

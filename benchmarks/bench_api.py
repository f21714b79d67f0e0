"""Load test of the REST API: concurrent clients over a realistic mix of reads on a 10k-article store.

Builds the store once (cached at --db; --rebuild makes it again) from the first N SaudiNewsNet
articles of ../shared/data/saudinewsnet (non-commercial data: measured here, nothing derived is
committed) or, without it, from variants of the bundled examples; starts `rasd serve` in a
subprocess on 127.0.0.1; runs --clients asyncio clients back to back for --seconds over
documents lists, a document, entity search, entity profiles, filtered events, quotes and full-text
search; prints requests, errors, req/s and p50/p95/p99 latency, overall and per kind. Traffic goes
to the loopback address only, and the run stops by itself.

The clients speak HTTP/1.1 with keep-alive over asyncio streams (`Connection` below), one
connection each: httpx.AsyncClient cost about 5 ms of CPU a request here, so on two shared cores
it, not the server, set the pace (58 req/s for 50 clients against 550 with these). httpx still
reads the samples and waits for the server.

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
from urllib.parse import quote, urlencode

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


class Connection:
    """One keep-alive HTTP/1.1 connection: GET, then read the status, headers and body."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str, params: dict[str, Any]) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        target = f"{path}?{urlencode(params)}" if params else path
        self.writer.write(f"GET {quote(target, safe='/?=&%')} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await self.writer.drain()
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = dict(line.split(":", 1) for line in head[1:] if ":" in line)
        length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
        await self.reader.readexactly(length)
        return int(head[0].split()[1])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def client_loop(base: str, choices: list[Callable[[random.Random], Request]], weights: list[float],
                      seed: int, stop: float, results: list[tuple[str, float, bool]], think: float) -> None:
    rng = random.Random(seed)
    host, port = base.removeprefix("http://").split(":")
    connection = Connection(host, int(port))
    try:
        while time.monotonic() < stop:
            kind, path, params = rng.choices(choices, weights)[0](rng)
            started = time.perf_counter()
            try:
                ok = await asyncio.wait_for(connection.get(path, params), timeout=30) == 200
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                ok = False
                connection.close()
                connection = Connection(host, int(port))
            results.append((kind, time.perf_counter() - started, ok))
            if think > 0:  # a person reading the answer before the next click
                await asyncio.sleep(rng.expovariate(1 / think))
    finally:
        connection.close()


async def load(base: str, clients: int, seconds: float, think: float = 0.0) -> list[tuple[str, float, bool]]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        table = mix(await sample(client))
    choices, weights = [make for _, make in table], [w for w, _ in table]
    results: list[tuple[str, float, bool]] = []
    stop = time.monotonic() + seconds
    await asyncio.gather(*(client_loop(base, choices, weights, i, stop, results, think) for i in range(clients)))
    return results


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (the server's workers), from /proc."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1] is the parent pid
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


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
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds a client waits between requests (0: back to back, the hardest case)")
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
        print(f"server: rasd serve --workers {args.workers} on {base}; {args.clients} clients for {args.seconds:.0f} s, "
              f"think time {args.think:g} s", flush=True)
        before, load_before = cpu_seconds(server.pid), os.getloadavg()[0]
        results = asyncio.run(load(base, args.clients, args.seconds, args.think))
        used, load_after = cpu_seconds(server.pid) - before, os.getloadavg()[0]
    finally:
        server.terminate()
        server.wait(timeout=30)
    report(results, args.seconds)
    print(f"server CPU: {used:.1f} s in {args.seconds:.0f} s, {used / max(len(results), 1) * 1000:.2f} ms a request "
          f"(sampling included); load average {load_before:.1f} before, {load_after:.1f} after "
          f"on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()

"""A database connection dropped in the middle of a batch load is retried: nothing twice, nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from rasd import store
from rasd.scale import BatchOptions, run_batch
from rasd.scale.retry import is_transient, with_retries
from tests.scale.articles import write_jsonl
from tests.store.postgres import POSTGRES_URL, schema_urls


class Cutter:
    """Terminates the server side of the connection that is about to write the `at`-th insert
    into `mentions`, as a restart or a network cut would, while its transaction is open."""

    def __init__(self, at: int):
        self.at, self.seen, self.cuts = at, 0, 0

    def __call__(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if conn.dialect.name != "postgresql" or "INTO mentions" not in statement:
            return
        self.seen += 1
        if self.seen % self.at:
            return
        import psycopg

        pid = conn.connection.dbapi_connection.info.backend_pid
        with psycopg.connect(POSTGRES_URL.replace("+psycopg", ""), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        self.cuts += 1


@pytest.fixture
def cutter() -> Iterator[Cutter]:
    cut = Cutter(at=3)
    sa.event.listen(sa.engine.Engine, "before_cursor_execute", cut)
    yield cut
    sa.event.remove(sa.engine.Engine, "before_cursor_execute", cut)


@pytest.mark.postgres
def test_dropped_connections_are_retried_without_duplicates(cutter: Cutter, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store.Store, "copy", False)  # INSERTs, so the cut lands mid-transaction
    monkeypatch.setattr("rasd.scale.retry.FIRST_DELAY", 0.01)
    inputs = write_jsonl(tmp_path / "a.jsonl", range(40))
    with schema_urls() as (url,):
        report = run_batch([str(inputs)], tmp_path / "out", BatchOptions(workers=1, part_size=8, db=url)).report
        assert cutter.cuts >= 2  # the load really was cut, more than once
        with store.open(url) as db, db.engine.connect() as conn:
            counts = db.stats()["counts"]
            ids = list(conn.scalars(sa.text("SELECT id FROM documents")))
    mentions = pq.read_table(tmp_path / "out" / "mentions").num_rows
    assert report["articles"] == report["loaded_to_db"] == 40
    assert len(ids) == len(set(ids)) == 40 and counts["mentions"] == mentions


def test_only_connection_failures_are_retried() -> None:
    calls: list[int] = []

    def refused() -> None:
        calls.append(1)
        raise sa.exc.IntegrityError("INSERT", {}, Exception("duplicate key"))

    with pytest.raises(sa.exc.IntegrityError):
        with_retries(refused, delay=0)
    assert len(calls) == 1
    lost = sa.exc.OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
    assert is_transient(lost) and not is_transient(ValueError("x"))
    flaky = iter([lost, lost, None])

    def recovers() -> str:
        if (err := next(flaky)) is not None:
            raise err
        return "written"

    assert with_retries(recovers, delay=0) == "written"


@pytest.mark.postgres
def test_two_workers_load_postgresql_with_copy(tmp_path: Path) -> None:
    """Concurrent parts share entities (ON CONFLICT DO NOTHING) and write with COPY."""
    inputs = write_jsonl(tmp_path / "a.jsonl", range(30))
    with schema_urls() as (url,):
        report = run_batch([str(inputs)], tmp_path / "out", BatchOptions(workers=2, part_size=5, db=url)).report
        with store.open(url) as db:
            counts = db.stats()["counts"]
    assert report["loaded_to_db"] == counts["documents"] == 30
    assert counts["mentions"] == pq.read_table(tmp_path / "out" / "mentions").num_rows
    assert counts["events"] == report["events"]


def test_sqlite_errors_are_retried_only_when_the_database_is_busy() -> None:
    import sqlite3

    locked = sa.exc.OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    missing = sa.exc.OperationalError("INSERT", {}, sqlite3.OperationalError("no such table: documents"))
    assert is_transient(locked) and not is_transient(missing)

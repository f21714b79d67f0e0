"""The PostgreSQL server of the tests (127.0.0.1:5432, database `test`, or $RASD_TEST_POSTGRES).

Every test gets a schema of its own, dropped afterwards, so parallel runs by other suites on
the same database never see each other's tables; tests skip when the server does not answer.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import pytest
import sqlalchemy as sa

POSTGRES_URL = os.environ.get("RASD_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def answers() -> bool:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    url = sa.make_url(POSTGRES_URL)
    try:
        with socket.create_connection((url.host or "127.0.0.1", url.port or 5432), timeout=1):
            return True
    except OSError:
        return False


@contextmanager
def schema_urls(count: int = 1) -> Iterator[list[str]]:
    """URLs of `count` new, empty schemas (one per store a test needs); skips without a server."""
    if not answers():
        pytest.skip(f"PostgreSQL does not answer at {sa.make_url(POSTGRES_URL).host}; set RASD_TEST_POSTGRES")
    import psycopg

    names = [f"rasd_test_{uuid.uuid4().hex[:12]}" for _ in range(count)]
    plain = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        admin = psycopg.connect(plain, autocommit=True)
    except psycopg.OperationalError as err:
        pytest.skip(f"PostgreSQL refused the connection: {err}")
    with admin:
        _trigrams_in_public(admin)
        for name in names:
            admin.execute(f"CREATE SCHEMA {name}")
        try:
            yield [f"{POSTGRES_URL}?options=-csearch_path%3D{name}" for name in names]
        finally:
            for name in names:
                admin.execute(f"DROP SCHEMA {name} CASCADE")


def _trigrams_in_public(admin: Any) -> None:
    """pg_trgm exists once per database. Created by a store inside a test schema, it would be
    dropped with that schema, taking the trigram indexes of every other test with it."""
    import psycopg

    with suppress(psycopg.Error):  # no right to create it: stores work without the trigram index
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")

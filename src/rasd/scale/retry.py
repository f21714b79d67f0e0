"""Retrying database writes that failed because the connection went away.

A dropped connection (server restart, network cut, idle timeout) aborts the transaction, so
nothing of it was written; the same write is sent again on a new connection. Writes are
idempotent by record id (`Store.add` skips stored ids), so even a commit whose answer was
lost cannot make a document appear twice. Errors that are not about the connection (a
constraint, bad SQL) are raised at once: sending them again would not help.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

T = TypeVar("T")
ATTEMPTS = 6
FIRST_DELAY = 0.5  # seconds, doubled after each failure: 0.5 + 1 + 2 + 4 + 8 = 15.5 s in all


def is_transient(err: BaseException) -> bool:
    """Whether `err` (or what caused it) says the connection failed, not the statement."""
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sa.exc.DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(current, sa.exc.OperationalError | sa.exc.InterfaceError):
            return _connection_failure(current)
        current = current.__cause__ or current.__context__
    return False


def _connection_failure(err: sa.exc.DBAPIError) -> bool:
    """psycopg's OperationalError is about the connection (closed, reset, deadlock); SQLite's
    also covers a missing table or bad SQL, of which only a busy database passes with time."""
    if isinstance(err.orig, sqlite3.Error):
        return any(word in str(err.orig).lower() for word in ("locked", "busy"))
    return True


def with_retries(write: Callable[[], T], *, attempts: int = ATTEMPTS, delay: float | None = None,
                 on_retry: Callable[[int, BaseException], None] | None = None) -> T:
    """`write()`, sent again after a transient failure, up to `attempts` times in all."""
    delay = FIRST_DELAY if delay is None else delay
    for attempt in range(1, attempts + 1):
        try:
            return write()
        except Exception as err:
            if attempt == attempts or not is_transient(err):
                raise
            if on_retry is not None:
                on_retry(attempt, err)
            time.sleep(delay * 2 ** (attempt - 1))
    raise AssertionError("unreachable")  # the loop returns or raises

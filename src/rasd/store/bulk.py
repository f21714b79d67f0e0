"""Bulk writes on PostgreSQL with COPY (psycopg 3's `cursor.copy()`), for `Store.add`.

COPY streams rows to the server without a statement per row, but it cannot skip a row whose key
exists. Documents therefore go through a temporary table: COPY into it, then
`INSERT INTO documents SELECT ... ON CONFLICT DO NOTHING RETURNING id`, so a document stored
meanwhile by another writer is skipped exactly as with the plain INSERT, and RETURNING says which
ids were written. The parts (removed, mentions, quotes, events, ...) belong to documents written
in the same transaction, so they cannot conflict and are copied straight into their tables.

Values are written as the INSERT path writes them: JSON columns as `json.dumps(...,
ensure_ascii=False)` (Python None is SQL NULL where the column says `none_as_null`, JSON `null`
elsewhere), and Python-side column defaults (`created_at`) evaluated per row. COPY's text format
escapes tabs, newlines and backslashes itself. PostgreSQL text cannot hold NUL (U+0000) at all,
whatever the path; COPY refuses such a row with the document, table and column named.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.errors import StoreError
from rasd.store.schema import documents

Row = dict[str, Any]
STAGE = "rasd_incoming_documents"


def insert_documents(conn: Connection, rows: Sequence[Row]) -> set[str]:
    """Write the `documents` rows whose id is not stored yet; returns the ids written now."""
    if not rows:
        return set()
    from psycopg import sql

    columns = _columns(documents, rows)
    names = sql.SQL(", ").join(sql.Identifier(c.name) for c in columns)
    stage, target = sql.Identifier(STAGE), sql.Identifier(documents.name)
    with _cursor(conn) as cursor:
        cursor.execute(sql.SQL("CREATE TEMPORARY TABLE {} (LIKE {}) ON COMMIT DROP").format(stage, target))
        _copy(cursor, STAGE, documents, columns, rows)
        cursor.execute(
            sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT DO NOTHING RETURNING id").format(
                target, names, names, stage
            )
        )
        written = {doc_id for (doc_id,) in cursor.fetchall()}
        cursor.execute(sql.SQL("DROP TABLE {}").format(stage))
    return written


def copy_rows(conn: Connection, table: sa.Table, rows: Sequence[Row]) -> None:
    """COPY `rows` into `table`; for rows that cannot conflict with stored ones."""
    if rows:
        with _cursor(conn) as cursor:
            _copy(cursor, table.name, table, _columns(table, rows), rows)


@contextmanager
def _cursor(conn: Connection) -> Iterator[Any]:
    """A psycopg cursor on the connection's own DBAPI connection, inside its transaction.
    Driver errors leave as SQLAlchemy's DBAPIError, as they would from `conn.execute`, so the
    store reports them the same way whichever path wrote."""
    import psycopg

    driver = conn.connection.driver_connection
    if not isinstance(driver, psycopg.Connection):
        raise StoreError(f"COPY needs the psycopg 3 driver, not {type(driver).__module__}")
    try:
        with driver.cursor() as cursor:
            yield cursor
    except psycopg.Error as err:
        raise sa.exc.DBAPIError("COPY", None, err) from err


def _copy(cursor: Any, into: str, table: sa.Table, columns: list[sa.Column[Any]], rows: Sequence[Row]) -> None:
    """COPY `rows` (with the columns of `table`) into the table named `into`."""
    import psycopg
    from psycopg import sql

    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(into), sql.SQL(", ").join(sql.Identifier(c.name) for c in columns)
    )
    values = _values(columns)
    with cursor.copy(statement) as copy:
        for row in rows:
            try:
                copy.write_row(values(row))
            except psycopg.DataError as err:
                if (refused := _refused(table, columns, row)) is None:
                    raise
                raise refused from err


def _columns(table: sa.Table, rows: Sequence[Row]) -> list[sa.Column[Any]]:
    """The columns the rows give, plus those with a Python-side default (filled per row); the rest
    keep their server default, as with an INSERT that leaves them out."""
    given = {key for row in rows for key in row}
    unknown = given - set(table.columns.keys())
    if unknown:
        raise StoreError(f"rows for {table.name} have columns it does not have: {', '.join(sorted(unknown))}")
    return [c for c in table.columns if c.name in given or _python_default(c) is not None]


def _python_default(column: sa.Column[Any]) -> sa.ColumnDefault | None:
    default = column.default
    if isinstance(default, sa.ColumnDefault) and (default.is_scalar or default.is_callable):
        return default
    return None


def _values(columns: list[sa.Column[Any]]) -> Callable[[Row], list[Any]]:
    """How a row becomes the COPY values of `columns`, decided once per table, not per cell:
    absent keys take the column's Python default (or NULL), JSON is serialized."""
    names = [c.name for c in columns]
    defaults = [(i, c.name, d) for i, c in enumerate(columns) if (d := _python_default(c)) is not None]
    as_json = [
        (i, None if c.type.none_as_null else "null")
        for i, c in enumerate(columns)
        if isinstance(c.type, sa.JSON)
    ]

    def values(row: Row) -> list[Any]:
        out = [row.get(name) for name in names]
        for i, name, default in defaults:
            if name not in row:
                out[i] = default.arg(None) if default.is_callable else default.arg  # type: ignore[operator]
        for i, null in as_json:
            out[i] = null if out[i] is None else json.dumps(out[i], ensure_ascii=False)
        return out

    return values


def _refused(table: sa.Table, columns: list[sa.Column[Any]], row: Row) -> StoreError | None:
    """psycopg refuses NUL in text before sending it; say which document and column hold one."""
    for column in columns:
        if isinstance(value := row.get(column.name), str) and "\x00" in value:
            return StoreError(
                f"{table.name}.{column.name} of document {row.get('doc_id', row.get('id'))} holds a NUL "
                "character (U+0000), which PostgreSQL text cannot store; remove it from the input"
            )
    return None

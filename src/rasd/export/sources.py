"""Where exported records come from: a JSONL file as `rasd process` writes it, or a store.

Both yield FORMAT.md records (dicts) one at a time, so an export of any size streams. A bad
line of a JSONL file does not end the export: it goes to `on_error` with its line number and
is skipped. A file or store that cannot be opened at all raises at once, naming it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

from rasd.errors import InputError, MalformedInput, RasdError, StoreError, UnreadablePath

Record = dict[str, Any]
OnError = Callable[[RasdError], None]
_LISTS = ("removed", "entities", "quotes", "events")


def jsonl_records(path: str, on_error: OnError | None = None) -> Iterator[Record]:
    """The records of a JSONL file (`-` for stdin), in file order.

    Raises UnreadablePath now when the file cannot be opened. A line that is not a record is
    given to `on_error` as a MalformedInput with its line number, or raised when there is none.
    """
    stream = _open_binary(path)
    return _records(stream, path, on_error)


def store_records(url: str) -> Iterator[Record]:
    """The records of the store at `url`, in the order they were stored.

    A SQLite file that does not exist is an error here rather than a new empty database.
    """
    from rasd.store import open as open_store

    database = _sqlite_file(url)
    if database is not None and not os.path.isfile(database):
        raise StoreError("no such database file; store articles first with `rasd ingest ... --db`",
                         path=database)
    return _documents(open_store(url))


def check_record(value: Any) -> str | None:
    """Why `value` is not a record the exporters can read, or None when it is one."""
    if not isinstance(value, dict):
        return f"not a JSON object but {type(value).__name__}"
    if not isinstance(value.get("id"), str) or not value["id"]:
        return 'no "id" string: not a rasd record (FORMAT.md)'
    for key in _LISTS:
        if not isinstance(value.get(key) or [], list):
            return f'"{key}" is not a list'
    if not isinstance(value.get("source") or {}, dict):
        return '"source" is not an object'
    return None


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by _records when the records are read
    except OSError as err:
        raise UnreadablePath(f"cannot read the records file ({err.strerror or err})", path=path) from err


def _records(stream: IO[bytes], path: str, on_error: OnError | None) -> Iterator[Record]:
    name = "<stdin>" if path == "-" else path
    try:
        for number, raw in enumerate(stream, 1):
            try:
                record = _parse(raw, number == 1)
            except InputError as err:
                problem = MalformedInput(err.reason, path=name, locator=f"line {number}")
                if on_error is None:
                    raise problem from err
                on_error(problem)
                continue
            if record is not None:
                yield record
    except OSError as err:
        raise UnreadablePath(f"reading failed ({err.strerror or err})", path=name) from err
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _parse(raw: bytes, first: bool) -> Record | None:
    """One line as a record; None for a blank line; MalformedInput for anything else."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise MalformedInput(f"not UTF-8 (byte {err.start})") from err
    line = line.removeprefix("\ufeff") if first else line
    if not line.strip():
        return None
    try:
        value = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as err:
        raise MalformedInput(f"not JSON ({err.msg} at column {err.colno})") from err
    reason = check_record(value)
    if reason is not None:
        raise MalformedInput(reason)
    return value  # type: ignore[no-any-return]


def _documents(store: Any) -> Iterator[Record]:
    with store:
        for doc in store.documents():
            yield doc.to_dict()


def _sqlite_file(url: str) -> str | None:
    """The file a SQLite URL (or a bare path, as `rasd.store.open` takes it) names, else None."""
    if "://" not in url:
        return url
    if not url.startswith("sqlite:"):
        return None
    import sqlalchemy as sa

    try:
        database = sa.make_url(url).database
    except sa.exc.ArgumentError:
        return None  # rasd.store.open reports it
    return None if database in (None, "", ":memory:") else database

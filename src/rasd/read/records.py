"""JSON article records (JSONL lines, JSON arrays) to RawArticles.

Field names vary between crawlers and corpora; a few common aliases are accepted so that
real dumps load without conversion (`content` for `text`, `source` for `outlet`, ...).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from rasd.errors import EmptyInput, InputError, MalformedInput, TooLarge
from rasd.model import RawArticle, Reject
from rasd.read.decode import decode
from rasd.settings import Settings

TEXT_FIELDS = ("text", "content", "body", "article")
HTML_FIELDS = ("html", "raw_html")
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "_id", "uuid"),
    "title": ("title", "headline"),
    "url": ("url", "link", "uri"),
    "published": ("published", "date", "published_at", "pubdate", "date_published"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
    "author": ("author", "byline"),
}


def read_jsonl(stream: BinaryIO, path: str, settings: Settings) -> Iterator[RawArticle | Reject]:
    """One article per non-blank line; a bad line is rejected with its number, the rest go on."""
    limit = settings.max_article_bytes
    for number, line, length in _lines(stream, limit):
        locator = f"line {number}"
        try:
            if line is None:
                raise TooLarge(f"line is {length:,} bytes, over the limit of {limit:,}")
            if not line.strip():
                continue
            yield article_from_record(_parse_line(line), path, locator)
        except InputError as err:
            yield reject(err, path, locator, line, settings)


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(number, line, length) for each line, holding at most `limit` bytes of one: a longer line
    (a 100 MB dump row, a file with no newlines) comes as None and is skipped a block at a time."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line, len(line)
            continue
        length = len(line)
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            length += len(rest)
        yield number, None, length + len(rest)


def read_json(data: bytes, path: str, settings: Settings) -> Iterator[RawArticle | Reject]:
    """A JSON array of article objects (or a single object)."""
    try:
        value = _loads(decode(data, path=path).text)
    except InputError as err:
        yield reject(err, path, None, data, settings)
        return
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items):
        locator = f"item {index}"
        try:
            yield article_from_record(item, path, locator)
        except InputError as err:
            kept = json.dumps(item, ensure_ascii=False).encode("utf-8", "surrogatepass")  # "\ud800" escapes too
            yield reject(err, path, locator, kept, settings)


def _parse_line(line: bytes) -> Any:
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = decode(line).text
    return _loads(text)


def _loads(text: str) -> Any:
    """json.loads, its every failure an InputError: hostile JSON also raises ValueError (a
    number of over 4,300 digits) and RecursionError (arrays nested a thousand deep)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        where = f"line {err.lineno} column {err.colno}" if err.lineno > 1 else f"column {err.colno}"
        raise MalformedInput(f"invalid JSON: {err.msg} at {where}") from err
    except ValueError as err:
        raise MalformedInput(f"invalid JSON: {err}") from err
    except RecursionError as err:
        raise MalformedInput("invalid JSON: nested too deeply to read") from err


def article_from_record(record: Any, path: str, locator: str) -> RawArticle:
    if not isinstance(record, dict):
        raise MalformedInput(f"expected a JSON object, got {type(record).__name__}")
    body, kind = _body(record)
    meta = {key: _first(record, names) for key, names in FIELD_ALIASES.items()}
    return RawArticle(
        body=body, kind=kind, path=path, source_id=_as_str(meta["id"]), url=_as_str(meta["url"]),
        title=_as_str(meta["title"]), published=_as_str(meta["published"]), outlet=_as_str(meta["outlet"]),
        author=_as_str(meta["author"]), encoding="utf-8", locator=locator,
    )


def _body(record: dict[str, Any]) -> tuple[str, str]:
    for kind, fields in (("html", HTML_FIELDS), ("text", TEXT_FIELDS)):
        value = _first(record, fields)
        if isinstance(value, str) and value.strip():
            return value, kind
    raise EmptyInput("no article body: the object has no non-empty 'text' or 'html' field")


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


def reject(err: InputError, path: str | None, locator: str | None, data: bytes | None,
           settings: Settings) -> Reject:
    """A Reject that keeps the original bytes when they are small enough to store."""
    keep = data if data is not None and len(data) <= settings.keep_reject_bytes else None
    return Reject(path=path, code=err.code, reason=err.reason, locator=locator or err.locator, data=keep)

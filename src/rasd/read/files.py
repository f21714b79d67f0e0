"""Paths, folders and stdin to RawArticles (or Rejects), one reader per input kind.

Every failure is per input: a file that cannot be read becomes a Reject naming the file
and the reason, and the walk goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from rasd.errors import InputError, TooLarge, UnreadablePath
from rasd.model import RawArticle, Reject
from rasd.read import compressed, sniff
from rasd.read.decode import decode
from rasd.read.feed import read_feed
from rasd.read.parquet import read_parquet
from rasd.read.records import read_json, read_jsonl, reject
from rasd.read.warc import read_warc
from rasd.settings import DEFAULT, Settings

STDIN = "-"
STREAMED = (sniff.JSONL, sniff.WARC)  # containers read incrementally, limits apply per record


@dataclass(slots=True)
class Walk:
    """What a folder walk left out on purpose (other file types), so the summary can say so."""

    skipped: list[str] = field(default_factory=list)


def read_inputs(paths: Iterable[str], settings: Settings = DEFAULT, walk: Walk | None = None
                ) -> Iterator[RawArticle | Reject]:
    """Every article in `paths` (files, folders walked recursively, "-" for stdin), in order."""
    walk = walk if walk is not None else Walk()
    for name in paths:
        if name == STDIN:
            yield from read_stream(sys.stdin.buffer, "<stdin>", settings)
            continue
        for path in input_files(Path(name), walk):
            yield from read_file(path, settings)


def input_files(path: Path, walk: Walk) -> Iterator[Path]:
    """`path` itself, or the readable files of the folder `path` in name order (hidden ones and
    unknown file types left out, and listed in `walk`)."""
    if not path.is_dir():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        if sniff.kind_by_name(child) is None and child.suffix:
            walk.skipped.append(str(child))
            continue
        yield child


def read_file(path: Path, settings: Settings = DEFAULT) -> Iterator[RawArticle | Reject]:
    name = str(path)
    try:
        with path.open("rb") as stream:
            yield from _read_binary(stream, name, sniff.kind_by_name(path), path.stat().st_size, settings)
    except InputError as err:
        yield reject(err, name, None, None, settings)
    except OSError as err:
        yield reject(UnreadablePath(f"cannot read: {err.strerror or err}"), name, None, None, settings)


def _read_binary(stream: BinaryIO, name: str, named: str | None, size: int | None, settings: Settings
                 ) -> Iterator[RawArticle | Reject]:
    """An open binary stream whose name promised `named` (or nothing): sniffed, decompressed
    when gzip, then read by the reader of its kind."""
    head = stream.read(4096)
    stream.seek(0)
    if head.startswith(sniff.GZIP_MAGIC):
        kind = _kind(named, compressed.inner_head(head))
        if kind != sniff.WARC:  # warcio decompresses WARC.gz record by record itself
            def inner(plain: BinaryIO) -> Iterator[RawArticle | Reject]:
                return _read_plain(plain, name, kind, None, settings)
            yield from compressed.read_gzipped(stream, name, inner, settings)
            return
    else:
        kind = _kind(named, head)
    yield from _read_plain(stream, name, kind, size, settings)


def _kind(named: str | None, head: bytes) -> str:
    return sniff.refine(named, head) if named else sniff.kind_by_content(head)


def _read_plain(stream: BinaryIO, name: str, kind: str, size: int | None, settings: Settings
                ) -> Iterator[RawArticle | Reject]:
    if kind in STREAMED:
        yield from _read_container(kind, stream, name, settings)
        return
    limit = _limit(kind, settings)
    if size is not None and size > limit:
        raise TooLarge(f"file is {size:,} bytes, over the limit of {limit:,} (raise it with --max-bytes)")
    if kind == sniff.PARQUET and size is not None:
        yield from read_parquet(stream, name, settings)  # a real file: row batches read on demand
        return
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"input is over the limit of {limit:,} bytes once decompressed (raise it with --max-bytes)")
    if kind == sniff.PARQUET:
        yield from read_parquet(io.BytesIO(data), name, settings)
    else:
        yield from read_bytes(data, name, kind, settings)


def _limit(kind: str, settings: Settings) -> int:
    return settings.max_container_bytes if kind in (sniff.JSON, sniff.FEED, sniff.PARQUET) else settings.max_article_bytes


def read_stream(stream: BinaryIO, name: str, settings: Settings = DEFAULT) -> Iterator[RawArticle | Reject]:
    """A stream of unknown kind (stdin): buffered, then read like a file."""
    data = stream.read(settings.max_container_bytes + 1)
    if len(data) > settings.max_container_bytes:
        limit = settings.max_container_bytes
        too_large = TooLarge(f"input is over the limit of {limit:,} bytes (raise it with --max-bytes)")
        yield reject(too_large, name, None, None, settings)
        return
    try:
        yield from _read_binary(io.BytesIO(data), name, None, None, settings)
    except InputError as err:
        yield reject(err, name, None, None, settings)


def read_bytes(data: bytes, name: str, kind: str, settings: Settings = DEFAULT
               ) -> Iterator[RawArticle | Reject]:
    """One whole file's bytes of a known kind."""
    try:
        if kind == sniff.FEED:
            yield from read_feed(data, name, settings)
        elif kind == sniff.JSON:
            yield from read_json(data, name, settings)
        else:
            decoded = decode(data, path=name)
            yield RawArticle(body=decoded.text, kind=sniff.HTML if kind == sniff.HTML else sniff.TEXT,
                             path=name, encoding=decoded.encoding)
    except InputError as err:
        yield reject(err, name, err.locator, data, settings)


def _read_container(kind: str, stream: BinaryIO, name: str, settings: Settings
                    ) -> Iterator[RawArticle | Reject]:
    if kind == sniff.WARC:
        yield from read_warc(stream, name, settings)
    else:
        yield from read_jsonl(stream, name, settings)

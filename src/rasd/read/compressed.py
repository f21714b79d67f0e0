"""Gzip-compressed inputs (crawls are often shipped as `.jsonl.gz`): decompressed as a stream.

A truncated or corrupt gzip file keeps what was read before the damage and adds one reject
saying where it stopped, the way a cut-off WARC does. WARC.gz files are not handled here:
warcio reads their per-record compression itself.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from rasd.errors import MalformedInput
from rasd.model import RawArticle, Reject
from rasd.read.records import reject
from rasd.settings import Settings

GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)
Reader = Callable[[BinaryIO], Iterator[RawArticle | Reject]]


def inner_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip stream whose first compressed bytes are `head`,
    for sniffing what the archive holds; empty when not even that much decompresses."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def read_gzipped(raw: BinaryIO, name: str, read: Reader, settings: Settings) -> Iterator[RawArticle | Reject]:
    """Everything `read` yields from the decompressed stream, then a reject if it broke off."""
    count = 0
    try:
        with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
            for item in read(stream):  # type: ignore[arg-type]  # GzipFile is a binary stream
                count += 1
                yield item
    except GZIP_ERRORS as err:
        where = f"after {count:,} items" if count else "at the start"
        reason = f"truncated or corrupt gzip data, reading stopped {where} ({type(err).__name__}: {err})"
        yield reject(MalformedInput(reason), name, f"item {count + 1}", None, settings)

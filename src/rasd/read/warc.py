"""WARC / WARC.gz crawl files: HTML responses only, streamed record by record.

A truncated or corrupt archive yields the records read so far and one reject saying
where reading stopped, instead of failing the whole file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from rasd.errors import InputError, MalformedInput, TooLarge
from rasd.model import RawArticle, Reject
from rasd.read.decode import decode
from rasd.read.records import reject
from rasd.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, path: str, settings: Settings) -> Iterator[RawArticle | Reject]:
    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            if not _is_html_response(record):
                continue
            locator = f"record {number}"
            try:
                yield _article(record, path, locator, settings)
            except InputError as err:
                yield reject(err, path, locator, None, settings)
    except Exception as err:  # warcio raises several types for a cut-off or corrupt archive
        where = f"after record {number}" if number else "at the start"
        reason = f"truncated or corrupt WARC, reading stopped {where} ({type(err).__name__}: {err})"
        yield reject(MalformedInput(reason), path, f"record {number + 1}", None, settings)


def _is_html_response(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return content_type.startswith(HTML_TYPES)


def _article(record: ArcWarcRecord, path: str, locator: str, settings: Settings) -> RawArticle:
    payload = record.content_stream().read(settings.max_article_bytes + 1)
    if len(payload) > settings.max_article_bytes:
        raise TooLarge(f"response body over the limit of {settings.max_article_bytes:,} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # bytes the record header promised but the file lacks
    if missing:
        raise MalformedInput(f"truncated WARC: the record is cut off, {missing:,} bytes missing")
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = content_type.split("charset=")[-1].strip() if "charset=" in content_type else None
    decoded = decode(payload, declared=charset, path=path)
    return RawArticle(
        body=decoded.text, kind="html", path=path,
        source_id=record.rec_headers.get_header("WARC-Record-ID"),
        url=record.rec_headers.get_header("WARC-Target-URI"), encoding=decoded.encoding, locator=locator,
    )

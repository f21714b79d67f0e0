"""RSS 2.0 / Atom / RDF feed files: one article per item, with its link and date."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from rasd.errors import MalformedInput
from rasd.model import RawArticle, Reject
from rasd.read.decode import decode
from rasd.read.records import reject
from rasd.settings import Settings


def read_feed(data: bytes, path: str, settings: Settings) -> Iterator[RawArticle | Reject]:
    text = decode(data, path=path).text
    try:
        parsed = feedparser.parse(text)
    except (ValueError, UnicodeError) as failure:  # a character reference to no character: &#99999999;
        yield reject(MalformedInput(f"not a readable RSS/Atom feed ({failure})"), path, None, data, settings)
        return
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None) or "no items"
        yield reject(MalformedInput(f"not a readable RSS/Atom feed ({problem})"), path, None, data, settings)
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries):
        body = _entry_body(entry)
        if not body:
            err = MalformedInput("feed item has no content or description")
            yield reject(err, path, f"item {index}", str(entry.get("title", "")).encode(), settings)
            continue
        yield RawArticle(
            body=body, kind="html", path=path, source_id=entry.get("id") or None, url=entry.get("link") or None,
            title=entry.get("title") or None, published=_iso_date(entry), outlet=outlet,
            author=entry.get("author") or None, encoding="utf-8", locator=f"item {index}",
        )


def _entry_body(entry: Any) -> str:
    """The fullest text the item carries: content:encoded / Atom content before the summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return str(entry.get("summary") or entry.get("description") or "")


def _iso_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None

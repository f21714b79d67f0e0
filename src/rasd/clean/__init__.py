"""The clean stage: a RawArticle becomes a Document with a clean body and its metadata."""

from __future__ import annotations

import dataclasses
import hashlib
import re

from rasd.clean.cleaner import Cleaned, classify_dropped, clean_text
from rasd.clean.dates import iso_date
from rasd.clean.html import extract_html
from rasd.clean.lines import dateline_city
from rasd.errors import NoArticleText
from rasd.model import Document, RawArticle, Source
from rasd.settings import DEFAULT, Settings
from rasd.text.normalize import search_form

__all__ = ["Cleaned", "clean_article", "clean_text", "document_id"]

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT_CHARACTER = "\ufffd"


def document_id(text: str) -> str:
    """Stable id: the first 16 hex digits of sha256 of the normalized body (FORMAT.md), so the
    same article re-posted with other boilerplate or spelling of hamzas gets the same id."""
    return hashlib.sha256(search_form(text).encode("utf-8")).hexdigest()[:16]


def storable(raw: RawArticle) -> RawArticle:
    """The body and every metadata field without characters no store can hold, each replaced
    by one character so every offset is kept: NUL becomes a space (PostgreSQL text cannot
    hold it; a whole batch failed on one), a lone surrogate (what a JSON "\\ud800" escape
    decodes to) becomes U+FFFD (it has no UTF-8 form: hashing or writing the text failed)."""
    changes = {f.name: _storable_text(value) for f in dataclasses.fields(raw)
               if isinstance(value := getattr(raw, f.name), str) and UNSTORABLE.search(value)}
    return dataclasses.replace(raw, **changes) if changes else raw


def _storable_text(value: str) -> str:
    return LONE_SURROGATE.sub(REPLACEMENT_CHARACTER, value.replace("\x00", " "))


def clean_article(raw: RawArticle, settings: Settings = DEFAULT) -> Document:
    """Extract (HTML), clean and describe one article; raises NoArticleText when nothing is left."""
    raw = storable(raw)
    title, published, outlet, author, url = raw.title, raw.published, raw.outlet, raw.author, raw.url
    text, byline, dropped = raw.body, None, []
    if raw.kind == "html":
        page = extract_html(raw.body, url)
        text = page.text
        title, published = title or page.title, published or page.published
        outlet, author, url = outlet or page.outlet, author or page.author, url or page.url
        byline = page.byline
    cleaned = clean_text(text, title)
    if raw.kind == "html" and page.page_lines:
        dropped = classify_dropped(page.page_lines, text, cleaned.title, page.byline)
    if byline and not cleaned.credit:
        cleaned.credit, cleaned.dateline = byline, dateline_city(byline)
    if len(cleaned.body) < settings.min_body_chars:
        raise NoArticleText(
            f"no article text left after extraction and cleaning ({len(cleaned.body)} characters)",
            path=raw.path, locator=raw.locator,
        )
    source = Source(
        id=raw.source_id, path=raw.path, url=url, outlet=outlet or cleaned.outlet, credit=cleaned.credit,
        author=author, dateline=cleaned.dateline, encoding=raw.encoding,
    )
    return Document(id=document_id(cleaned.body), text=cleaned.body, source=source, title=cleaned.title,
                    published=iso_date(published) or cleaned.published or settings.default_published,
                    removed=dropped + cleaned.removed)

"""The clean stage: a RawArticle becomes a Document with a clean body and its metadata."""

from __future__ import annotations

import dataclasses
import hashlib

from rasd.clean.cleaner import Cleaned, classify_dropped, clean_text
from rasd.clean.dates import iso_date
from rasd.clean.html import extract_html
from rasd.clean.lines import dateline_city
from rasd.errors import NoArticleText
from rasd.model import Document, RawArticle, Source
from rasd.settings import DEFAULT, Settings
from rasd.text.normalize import search_form

__all__ = ["Cleaned", "clean_article", "clean_text", "document_id"]


def document_id(text: str) -> str:
    """Stable id: the first 16 hex digits of sha256 of the normalized body (FORMAT.md), so the
    same article re-posted with other boilerplate or spelling of hamzas gets the same id."""
    return hashlib.sha256(search_form(text).encode("utf-8")).hexdigest()[:16]


def without_nul(raw: RawArticle) -> RawArticle:
    """NUL characters become spaces, in the body and every metadata field: PostgreSQL text
    cannot hold them (a whole batch failed on one), and a space keeps every offset."""
    changes = {f.name: value.replace("\x00", " ") for f in dataclasses.fields(raw)
               if isinstance(value := getattr(raw, f.name), str) and "\x00" in value}
    return dataclasses.replace(raw, **changes) if changes else raw


def clean_article(raw: RawArticle, settings: Settings = DEFAULT) -> Document:
    """Extract (HTML), clean and describe one article; raises NoArticleText when nothing is left."""
    raw = without_nul(raw)
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

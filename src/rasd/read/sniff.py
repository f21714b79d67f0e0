"""Which reader an input needs: by its name first, by its first bytes when the name is silent."""

from __future__ import annotations

import re
from pathlib import Path

TEXT, HTML, JSONL, JSON, FEED, WARC, PARQUET = "text", "html", "jsonl", "json", "feed", "warc", "parquet"
SUFFIXES = {
    ".txt": TEXT, ".text": TEXT, ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".jsonl": JSONL, ".ndjson": JSONL, ".json": JSON,
    ".xml": FEED, ".rss": FEED, ".atom": FEED, ".feed": FEED,
    ".warc": WARC, ".arc": WARC, ".parquet": PARQUET, ".pq": PARQUET,
}
GZIP_MAGIC = b"\x1f\x8b"
HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<article|<div|<p[\s>])", re.I)
FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


def kind_by_name(path: Path) -> str | None:
    """The kind a file name promises, or None when the name does not say."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".gz"]:
        suffixes = suffixes[:-1]  # data.jsonl.gz is JSONL once decompressed (rasd.read.compressed)
    return SUFFIXES.get(suffixes[-1]) if suffixes else None


def kind_by_content(head: bytes) -> str:
    """The kind the first bytes suggest; plain text when nothing else fits."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"WARC/"):
        return WARC
    if head.startswith(b"PAR1"):
        return PARQUET
    if stripped.startswith(b"{"):
        return JSONL
    if stripped.startswith(b"["):
        return JSON
    if FEED_ROOT.search(head[:2048]):
        return FEED
    if HTML_START.match(stripped) or stripped.startswith(b"<?xml"):
        return HTML
    return TEXT


def refine(kind: str, head: bytes) -> str:
    """Correct a name's promise by content where pages are commonly misnamed:
    HTML saved as .txt, a feed saved as .html, a JSON array in a .jsonl file."""
    by_content = kind_by_content(head)
    if kind == TEXT and by_content in (HTML, FEED):
        return by_content
    if kind == HTML and by_content == FEED:
        return FEED
    if kind in (JSONL, JSON) and by_content in (JSONL, JSON):
        return by_content
    if by_content in (WARC, PARQUET):
        return by_content  # a container's signature beats any name
    return kind

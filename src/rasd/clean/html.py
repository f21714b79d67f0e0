"""HTML pages and fragments to article text and metadata.

Whole pages go through trafilatura (main-content extraction, title, date, site name,
author). Fragments (feed item bodies, JSONL `html` fields) and pages where trafilatura
finds nothing are turned into text block by block with lxml, so no input is lost to a
too-short-for-trafilatura rule. Either way the result still goes through the line cleaner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import use_config

from rasd.errors import MalformedInput

WHOLE_PAGE = re.compile(r"<(?:html|body|head)[\s>]", re.I)
INVISIBLE_TAGS = ("head", "script", "style", "noscript", "template", "svg", "iframe")
DROP_TAGS = (*INVISIBLE_TAGS, "form", "button", "nav", "footer")
BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header aside tr table pre figure "
    "figcaption dd dt".split()
)
BYLINE_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ') or contains(@class, 'dateline')"
    " or contains(@class, 'post-author') or contains(@class, 'article-author') or @rel='author'"
    " or @itemprop='author' or contains(@class, 'credit')]"
)
TITLE_SUFFIX = re.compile(r"\s+[-–—|:»]\s+[^-–—|:»]{1,40}$")


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    byline: str | None = None
    page_lines: list[str] | None = None  # every visible line of the page, to account for what was dropped


@cache
def _config() -> Any:
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based timeouts break in workers
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "60")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "20")
    return config


def extract_html(html: str, url: str | None = None) -> Extracted:
    """Article text (paragraphs on their own lines) and metadata of an HTML page or fragment."""
    if not WHOLE_PAGE.search(html[:5000]):
        return Extracted(text=fragment_text(html))
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, config=_config(),
    )
    meta = _as_dict(result)
    text = meta.get("text") or ""
    if not text.strip():
        text = fragment_text(html)
    return Extracted(
        text=text, title=_clean_title(meta.get("title"), meta.get("sitename")), published=meta.get("date"),
        outlet=meta.get("sitename") or None, author=meta.get("author") or None, url=meta.get("url") or url,
        byline=find_byline(html), page_lines=fragment_text(html, keep_furniture=True).split("\n"),
    )


def find_byline(html: str) -> str | None:
    """The printed byline ("عمّان – سامر الخطيب"), which main-content extraction drops with
    the page furniture around it: the first short element marked as a byline or dateline."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for node in root.xpath(BYLINE_XPATH):
        text = " ".join(node.text_content().split())
        if 0 < len(text.split()) <= 8:
            return text
    return None


def _as_dict(result: Any) -> dict[str, Any]:
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    return dict(result.as_dict()) if hasattr(result, "as_dict") else vars(result)


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    """Drop the " - Site" suffix pages add to <title>."""
    if not title:
        return None
    title = title.strip()
    if sitename and title.endswith(sitename) and len(title) > len(sitename) + 5:
        return title[: -len(sitename)].rstrip(" -–—|:»").strip()
    return title


def fragment_text(html: str, keep_furniture: bool = False) -> str:
    """Visible text of an HTML fragment or page with one line per block element; menus and
    footers are left out unless `keep_furniture` (used to list what extraction dropped)."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise MalformedInput(f"HTML that cannot be parsed ({err})") from err
    drop = INVISIBLE_TAGS if keep_furniture else DROP_TAGS
    for bad in root.xpath("//" + " | //".join(drop)):
        bad.drop_tree()
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(node: Any, parts: list[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    block = tag.lower() in BLOCK_TAGS
    if block:
        parts.append("\n")
    if node.text and tag:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")

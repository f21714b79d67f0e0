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
TITLE_SEPARATOR = re.compile(r"\s+(?:[-–—|»]|::)\s+")


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
    root = _parse(html)
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, config=_config(),
    )
    meta = _as_dict(result)
    text = meta.get("text") or ""
    if not text.strip():
        text = _visible_text(root, DROP_TAGS)
    sitename = meta.get("sitename") or _site_in_title(root)
    return Extracted(
        text=text, title=page_title(root, sitename) or meta.get("title"), published=meta.get("date"),
        outlet=sitename, author=meta.get("author") or None, url=meta.get("url") or url,
        byline=find_byline(root), page_lines=_visible_text(root, INVISIBLE_TAGS).split("\n"),
    )


def page_title(root: Any, sitename: str | None) -> str | None:
    """The headline: og:title, else a single <h1>, else the longest part of <title>;
    without the " - Site" part pages add."""
    for xpath in ("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content"):
        found = [v.strip() for v in root.xpath(xpath) if v.strip()]
        if found:
            return _without_site(found[0], sitename)
    headings = [" ".join(h.text_content().split()) for h in root.xpath("//h1")]
    if len(headings) == 1 and len(headings[0].split()) >= 3:
        return headings[0]
    titles = [" ".join(t.text_content().split()) for t in root.xpath("//title")]
    return _without_site(titles[0], sitename) if titles and titles[0] else None


def _without_site(title: str, sitename: str | None) -> str:
    parts = [p.strip() for p in TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if sitename:
        rest = [p for p in parts if p != sitename.strip()]
        if len(rest) == 1:
            return rest[0]
    longest = max(parts, key=lambda p: len(p.split()))
    others_short = all(len(p.split()) <= 4 for p in parts if p is not longest)
    return longest if others_short else title


def _site_in_title(root: Any) -> str | None:
    """"Headline - Site": the short part of <title> beside the headline names the site."""
    titles = [" ".join(t.text_content().split()) for t in root.xpath("//title")]
    parts = [p.strip() for p in TITLE_SEPARATOR.split(titles[0]) if p.strip()] if titles else []
    if len(parts) != 2:
        return None
    short, long = sorted(parts, key=lambda p: len(p.split()))
    return short if len(short.split()) <= 4 < len(long.split()) else None


def find_byline(root: Any) -> str | None:
    """The printed byline ("عمّان – سامر الخطيب"), which main-content extraction drops with
    the page furniture around it: the first short element marked as a byline or dateline."""
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


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment or page with one line per block element, without
    menus and footers."""
    return _visible_text(_parse(html), DROP_TAGS)


def _parse(html: str) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise MalformedInput(f"HTML that cannot be parsed ({err})") from err


def _visible_text(root: Any, drop: tuple[str, ...]) -> str:
    """One line per block element of `root`, leaving out the `drop` elements (their tails,
    which are text after them, stay). Read without changing the tree: lxml refuses to write
    back text holding control characters that its parser accepted."""
    parts: list[str] = []
    _walk(root, parts, frozenset(drop))
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(node: Any, parts: list[str], drop: frozenset[str]) -> None:
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    if tag in drop:
        return
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    if node.text and tag:
        parts.append(node.text)
    for child in node:
        _walk(child, parts, drop)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")

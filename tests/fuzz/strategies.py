"""Hostile inputs for the fuzz tests: structured enough to get past the sniffer and the
parsers (JSON lines, feeds, WARC records, HTML pages), broken in the ways real crawls are
(wrong types, wrong lengths, wrong encodings, cut-off bytes, stray controls).

Article text is built from news vocabulary (names the knowledge base knows, reporting and
event verbs, quotation marks, datelines) mixed with arbitrary Unicode, so that generated
articles survive cleaning and reach the linker, the quote finder and the event coder.
"""

from __future__ import annotations

import gzip
import json
import os
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

from rasd.model import RawArticle

SCALE = int(os.environ.get("RASD_FUZZ_SCALE", "1"))


def budget(examples: int) -> settings:
    """`examples` per test, times RASD_FUZZ_SCALE for a long run; no deadline, since the
    first HTML page of a run pays for trafilatura's and the knowledge base's warm-up."""
    return settings(max_examples=examples * SCALE, deadline=None)


WORDS = (
    "قال وزير الخارجية المصري سامح شكري في القاهرة أمس الأحد إن مصر ترفض التدخل التركي ليبيا "
    "وأضاف الرئيس رجب طيب أردوغان أنقرة اجتمع مع نظيره الأمم المتحدة مجلس الأمن الحكومة العراقية "
    "بغداد البصرة محتجون تظاهر مئات أمام مبنى المحافظة هاجم الجيش مواقع حزب العمال الكردستاني "
    "أعلن المتحدث باسم وزارة الدفاع مقتل اعتقال الشرطة دعا إلى الحوار وقف إطلاق النار غزة "
    "الرياض السعودية الأمير فيصل بن فرحان واشنطن الولايات المتحدة عام 2019 ٢٠٢٣ يوم الخميس "
    "المقبل لن لم ربما سوف د. م. أ.ف.ب رويترز (د ب أ) - : ، ؛ ؟ ! . .. … « » “ ” \" ( ) "
    "الـرئيس كتبَ ﻻ ﷺ http://example.com/a?b=1 info@example.org 3.5% ١٠٠٠ 1,000"
).split()
CONTROLS = "\x00\x01\x08\x0b\x0c\x1b\x7f\x85\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\u061c\ufeff\ufffe\uffff"
SEPARATORS = ("\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", " \t ", "\n \n")
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
CODECS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256", "iso-8859-6", "latin-1")
BOMS = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xef\xbb\xbf\xef\xbb\xbf")

# Any code point but lone surrogates, which no reader can produce from bytes except through
# a JSON \\ud800 escape (see `json_text`); the cleaner and text tests add them explicitly.
any_char = st.characters(codec=None, exclude_categories=["Cs"])
hostile_char = st.one_of(any_char, st.sampled_from(CONTROLS), st.sampled_from("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىئؤة"))
hostile_text = st.text(alphabet=hostile_char, max_size=40)
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), hostile_text)
plain_sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)
SPEAKERS = ("وقال وزير الخارجية المصري سامح شكري", "وأكد الرئيس التركي رجب طيب أردوغان", "قال مسؤول أميركي",
            "وأضاف المتحدث باسم وزارة الدفاع", "وأشار", "وفق", "حسب")
QUOTE_SHAPES = ("{} إن {}", "{}: «{}»", "{} أن {}.", "{}، “{}”", '{} "{}', "«{1}» {0}.", "{} «{}")
quoted_sentence = st.builds(lambda shape, speaker, said: shape.format(speaker, said),
                            st.sampled_from(QUOTE_SHAPES), st.sampled_from(SPEAKERS), plain_sentence)
sentence = st.one_of(plain_sentence, plain_sentence, quoted_sentence)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)


@st.composite
def article_text(draw: st.DrawFn, surrogates: bool = False) -> str:
    """A title line and paragraphs, with any line separators and, optionally, lone surrogates."""
    lines = draw(st.lists(paragraph, min_size=1, max_size=6))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(lines), max_size=len(lines)))
    text = "".join(line + sep for line, sep in zip(lines, seps, strict=True))
    if surrogates:
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(SURROGATES) + text[at:]
    return text


# --- HTML -------------------------------------------------------------------------------

TAGS = (
    "<p>", "</p>", "<p class='x'>", "<div>", "</div>", "<div class=\"byline\">", "<span class='dateline'>",
    "<br>", "<br/>", "<h1>", "</h1>", "<article>", "</article>", "<nav>", "</nav>", "<footer>", "<li>",
    "<script>", "</script>", "<script>var a = '</p>';", "<style>p{}</style>", "<!--", "-->", "<![CDATA[",
    "]]>", "<svg><text>x</text></svg>", "<template>", "<iframe src=x>", "<table><tr><td>", "</td></tr>",
    "<a href='http://example.com/", "'>", "<a rel=author>", "</a>", "<img src=x onerror=alert(1)>",
    "&amp;", "&lt;", "&#0;", "&#x0;", "&#1575;", "&nbsp;", "&bogus;", "&",
    "<", ">", "</", "<p", "<!DOCTYPE", "<?xml version='1.0'?>", "<?php ?>", "<meta charset=\"cp1256\">",
    "<meta property='og:title' content='", "<meta property='og:site_name' content='موقع'>", "<title>",
    "</title>", "<time datetime='2019-13-45'>", "<blockquote>", "<pre>", "<form><button>x</button></form>",
)
WHOLE_PAGE_START = ("", "<!doctype html>", "<html>", "<html><head><title>", "<html><head><meta charset=utf-8>",
                    "<body>", "<html lang=ar dir=rtl><body>", "<?xml version='1.0' encoding='utf-8'?><html>")
# Character references to no character: feedparser cannot read a document holding them yet
# (test_feed_with_a_character_reference_to_no_character), so only HTML handed to the cleaner
# directly (the clean and pipeline tests) has them.
BAD_CHARREFS = ("&#xD800;", "&#56320;", "&#99999999;", "&#x110000;")


@st.composite
def html_text(draw: st.DrawFn, bad_charrefs: bool = False) -> str:
    """An HTML page or fragment with broken tags, scripts and entities around article text."""
    start = draw(st.sampled_from(WHOLE_PAGE_START))
    tags = TAGS + BAD_CHARREFS if bad_charrefs else TAGS
    pieces = draw(st.lists(st.one_of(st.sampled_from(tags), paragraph, hostile_text), max_size=40))
    end = draw(st.sampled_from(("", "</body></html>", "</html", "<!--")))
    return start + "".join(pieces) + end


# --- bytes in some encoding -------------------------------------------------------------


def encode(text: str, codec: str) -> bytes:
    """`text` in `codec`, characters the codec lacks replaced, as a careless exporter writes it."""
    return text.encode(codec, errors="replace")


@st.composite
def encoded(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    """Text in one encoding, or pieces in different ones (a page with a pasted cp1256 part),
    with or without a (possibly wrong) byte-order mark."""
    parts = draw(st.lists(st.tuples(texts, st.sampled_from(CODECS)), min_size=1, max_size=3))
    return draw(st.sampled_from(BOMS)) + b"".join(encode(text, codec) for text, codec in parts)


@st.composite
def mangled(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` cut short, with a stretch overwritten by random bytes, or left alone."""
    how = draw(st.sampled_from(("keep", "cut", "overwrite", "insert")))
    if how == "keep" or not data:
        return data
    at = draw(st.integers(0, len(data)))
    if how == "cut":
        return data[:at]
    junk = draw(st.binary(min_size=1, max_size=16))
    return data[:at] + junk + data[at + (len(junk) if how == "overwrite" else 0):]


raw_bytes = st.binary(max_size=300)
text_bytes = encoded(st.one_of(article_text(), html_text(), hostile_text))

# --- JSON records -------------------------------------------------------------------------

FIELDS = ("text", "content", "body", "article", "html", "raw_html", "id", "_id", "title", "headline", "url",
          "link", "published", "date", "pubdate", "outlet", "source", "author", "byline", "extra")
json_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**30), st.floats(),
    st.integers(1, 4000).map(lambda n: int("9" * n)),  # under the int-to-str digit limit; over it: see tests
    hostile_text, article_text(), html_text(),
)
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELDS), inner, max_size=4)), max_leaves=12)
json_record = st.dictionaries(st.sampled_from(FIELDS), st.one_of(article_text(), html_text(), json_value),
                              max_size=6)
json_item = st.one_of(json_record, json_value)


def json_text(value: Any, ascii_only: bool) -> str:
    """`value` as JSON; with `ascii_only` lone surrogates travel as \\ud800 escapes, which
    json.loads turns back into lone surrogates."""
    return json.dumps(value, ensure_ascii=ascii_only)


@st.composite
def jsonl_bytes(draw: st.DrawFn) -> bytes:
    """JSON lines: objects with wrong types, broken lines, blank lines, lines in cp1256."""
    lines: list[bytes] = []
    for item in draw(st.lists(json_item, min_size=1, max_size=5)):
        line = json_text(item, draw(st.booleans()))
        codec = draw(st.sampled_from(("utf-8", "utf-8", "utf-8-sig", "cp1256", "utf-16")))
        lines.append(draw(mangled(encode(line, codec))))
        lines.append(draw(st.sampled_from((b"", b"\n", b"  \t", b"\x00", b"\xff"))))
    return draw(st.sampled_from((b"", b"\xef\xbb\xbf", b"\n "))) + b"\n".join(lines)


@st.composite
def json_array_bytes(draw: st.DrawFn) -> bytes:
    """A JSON array (or single object) of records, sometimes cut off or mis-encoded."""
    value = draw(st.one_of(st.lists(json_item, max_size=5), json_record))
    # Not ASCII-escaped: a cut through a \\ud83d\\ude00 pair leaves a lone surrogate, and
    # read_json cannot reject such an item yet (test_rejected_json_item_with_a_lone_surrogate).
    data = encode(json_text(value, False), draw(st.sampled_from(("utf-8", "cp1256", "utf-16"))))
    return draw(mangled(data))


# --- feeds --------------------------------------------------------------------------------

DATES = ("Thu, 14 Nov 2019 10:30:00 +0300", "2019-11-14T10:30:00Z", "Mon, 99 Foo 2019", "2019-13-45T99:99:99",
         "+999999-01-01", "0000-00-00", "Sat, 01 Jan 10000 00:00:00 GMT", "1/2/3", "الخميس 14 نوفمبر 2019", "")
FEED_ENCODINGS = ("utf-8", "windows-1256", "iso-8859-6", "utf-16", "latin-1", "bogus-enc")


@st.composite
def feed_field(draw: st.DrawFn) -> str:
    """Text for a feed element: escaped, in CDATA, or raw (which may break the XML)."""
    text = draw(st.one_of(article_text(), html_text(), hostile_text))
    how = draw(st.sampled_from(("escape", "cdata", "raw")))
    if how == "escape":
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<![CDATA[{text}]]>" if how == "cdata" else text


@st.composite
def rss_item(draw: st.DrawFn) -> str:
    parts = {
        "title": draw(feed_field()), "link": draw(st.sampled_from(("http://example.com/a", "", "not a url"))),
        "description": draw(feed_field()), "content:encoded": draw(feed_field()),
        "pubDate": draw(st.sampled_from(DATES)), "guid": draw(hostile_text), "author": draw(hostile_text),
    }
    chosen = draw(st.lists(st.sampled_from(sorted(parts)), unique=True, max_size=len(parts)))
    close = draw(st.booleans())
    body = "".join(f"<{name}>{parts[name]}" + (f"</{name}>" if close or name != chosen[-1] else "")
                   for name in chosen)
    return f"<item>{body}</item>"


@st.composite
def atom_entry(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(("html", "text", "xhtml", "")))
    return (f"<entry><title>{draw(feed_field())}</title><id>{draw(hostile_text)}</id>"
            f"<updated>{draw(st.sampled_from(DATES))}</updated><link href='http://example.com/{draw(word)}'/>"
            f"<content type='{kind}'>{draw(feed_field())}</content><summary>{draw(feed_field())}</summary></entry>")


@st.composite
def feed_bytes(draw: st.DrawFn) -> bytes:
    """An RSS 2.0 or Atom skeleton with random items, declared in one encoding, written in maybe another."""
    declared = draw(st.sampled_from(FEED_ENCODINGS))
    head = f"<?xml version='1.0' encoding='{declared}'?>" if draw(st.booleans()) else ""
    if draw(st.booleans()):
        items = "".join(draw(st.lists(rss_item(), max_size=4)))
        text = (f"{head}<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
                f"<title>{draw(feed_field())}</title>{items}</channel></rss>")
    else:
        items = "".join(draw(st.lists(atom_entry(), max_size=4)))
        text = f"{head}<feed xmlns='http://www.w3.org/2005/Atom'><title>{draw(hostile_text)}</title>{items}</feed>"
    written = draw(st.sampled_from(("utf-8", "cp1256", "utf-16", "latin-1")))
    return draw(mangled(encode(text, written)))


# --- WARC ---------------------------------------------------------------------------------

CONTENT_TYPES = ("text/html; charset=utf-8", "text/html; charset=windows-1256", "text/html", "text/plain",
                 "application/xhtml+xml; charset=bogus", "text/html; charset=", "TEXT/HTML;charset=utf-16",
                 "text/html; charset=idna", "text/html; charset=unicode_escape")
RECORD_TYPES = ("response", "response", "request", "warcinfo", "metadata", "resource", "bogus")


@st.composite
def warc_record(draw: st.DrawFn) -> bytes:
    """One WARC record: plausible headers, an HTTP response around an HTML page, and a
    Content-Length that may lie; gzipped as a member of a .warc.gz, or not, maybe cut off."""
    payload = draw(encoded(st.one_of(html_text(), article_text())))
    http = (f"HTTP/1.1 {draw(st.sampled_from(('200 OK', '404 Not Found', 'bogus')))}\r\n"
            f"Content-Type: {draw(st.sampled_from(CONTENT_TYPES))}\r\n"
            f"Content-Length: {len(payload) + draw(st.integers(-50, 50))}\r\n\r\n").encode() + payload
    length = len(http) + draw(st.sampled_from((0, 0, 0, -1, 1, -100, 100, 10**12)))
    rec_type = draw(st.sampled_from(RECORD_TYPES))
    head = (f"WARC/{draw(st.sampled_from(('1.0', '1.1', '0.9', 'x')))}\r\nWARC-Type: {rec_type}\r\n"
            f"WARC-Record-ID: <urn:uuid:{draw(st.uuids())}>\r\nWARC-Target-URI: http://example.com/{draw(word)}\r\n"
            f"WARC-Date: 2019-11-14T10:30:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {length}\r\n\r\n")
    record = encode(head, "utf-8") + http + b"\r\n\r\n"
    if draw(st.booleans()):
        record = gzip.compress(record, mtime=0)
    return draw(mangled(record))


warc_bytes = st.lists(warc_record(), min_size=1, max_size=3).map(b"".join)

# --- anything a reader may be handed ------------------------------------------------------



@st.composite
def gzipped(draw: st.DrawFn, inner: st.SearchStrategy[bytes]) -> bytes:
    """A gzip file (`.jsonl.gz`, a compressed page), maybe cut off or damaged."""
    return draw(mangled(gzip.compress(draw(inner), mtime=0)))


plain_input = st.one_of(raw_bytes, text_bytes, jsonl_bytes(), json_array_bytes(), feed_bytes(), warc_bytes)
any_input = st.one_of(plain_input, gzipped(plain_input))

# --- articles as readers hand them to the cleaner ------------------------------------------

metadata = st.one_of(st.none(), hostile_text, st.sampled_from(DATES), st.sampled_from(WORDS))


@st.composite
def raw_article(draw: st.DrawFn) -> RawArticle:
    """A RawArticle of kind text or html whose body and metadata may hold anything a reader
    can produce, lone surrogates from JSON escapes and NULs included."""
    kind = draw(st.sampled_from(("text", "html")))
    body = draw(st.one_of(article_text(surrogates=True), html_text(bad_charrefs=True), hostile_text))
    return RawArticle(
        body=body, kind=kind, path=draw(st.sampled_from((None, "fuzz/article"))), title=draw(metadata),
        published=draw(metadata), outlet=draw(metadata), author=draw(metadata),
        url=draw(st.one_of(st.none(), st.sampled_from(("http://example.com/a", "not a url", "")), hostile_text)),
        source_id=draw(metadata), locator=draw(st.sampled_from((None, "line 3"))),
    )

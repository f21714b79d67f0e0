"""Scraped article text to title + clean body, keeping everything it takes out.

The text is read as lines (paragraphs). Lines that are boilerplate wherever they stand
(comment prompts, share bars, tag and link lines, copyright) are marked first; then the
article's shape decides the rest: the head (breadcrumbs, the title and its repeats, teasers
printed before a repeated title, a byline), related-article blocks, and the tail (credit
lines). Nothing is dropped silently: every line taken out is in `removed` with its kind.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from rasd.clean import lines as L
from rasd.clean.dates import date_line
from rasd.clean.lexicon import key
from rasd.model import Removed
from rasd.text.normalize import normalize, search_form

HEAD_LINES = 12  # page furniture above the article fits in this many lines
TITLE_REPEAT_LINES = 6  # a repeat of the title further down is a quotation (or a verse), not furniture
MAX_TEASER_LINES = 3
TRAILER_LINES = 3  # glued-on tag and link trailers sit in the last lines of a scrape
HAMZA_LIKE = re.compile(r"[أإآؤئة]")
TAIL_KINDS = ("tags", "link", "contact", "copyright", "subscribe")
LEADING_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[a-z]{2,}(?:\.[a-z]{2,})?", re.I)
SENTENCE_BOUNDARY = re.compile(r"(?<=[.!؟?”\"»])\s+(?=\S)")
BYLINE_SEGMENT = re.compile(r"\s*(?P<segment>[^\-–—ـ:.،؛\n]{1,40}?)\s*(?P<sep>[-–—ـ]+|:)\s*")


@dataclass(slots=True)
class Line:
    text: str
    kind: str | None = None  # None: article text


@dataclass(slots=True)
class Cleaned:
    title: str | None
    body: str
    removed: list[Removed] = field(default_factory=list)
    credit: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    published: str | None = None  # from a page-date line, when the text prints one


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Clean scraped text. `title` is the title when the container already knows it
    (HTML metadata, a feed item, a JSONL field); otherwise the first meaningful line is it."""
    rows = [Line(t.strip()) for t in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if t.strip()]
    rows = [piece for row in rows for piece in _split_glued(row)]
    for row in rows:
        row.kind = row.kind or L.line_kind(row.text)
    rows = rows[:-TRAILER_LINES] + [piece for row in rows[-TRAILER_LINES:] for piece in _split_trailer(row)]
    _mark_menus(rows)
    published = _mark_date_lines(rows)
    title = _mark_head(rows, title)
    _mark_related_blocks(rows)
    _mark_after_comments(rows)
    _mark_tail(rows)
    credit, dateline = _mark_credits(rows)
    body_rows = [r for r in rows if r.kind is None]
    body = "\n".join(r.text for r in body_rows)
    removed = [Removed(r.kind, r.text) for r in rows if r.kind not in (None, "_title")]
    printed, city, body = _inline_dateline(body)
    if printed:
        removed.append(Removed("dateline", printed))
        credit = f"{credit} | {printed}" if credit else printed
        dateline = dateline or city
    outlet = L.credit_outlet(credit) if credit else None
    return Cleaned(title=title, body=body, removed=removed, credit=credit, dateline=dateline, outlet=outlet,
                   published=published)


def _split_trailer(row: Line) -> list[Line]:
    """Scrapes that flatten a page glue tag lists and link lines onto the last paragraph
    ("... النووي. رابط الخبر بصحيفة ...: ..."): split such a trailer off as its own line."""
    if row.kind is not None:
        return [row]
    for boundary in SENTENCE_BOUNDARY.finditer(row.text):
        tail = row.text[boundary.end():]
        if not L.may_start_trailer(tail):
            continue
        kind = L.line_kind(tail)
        if kind in L.TRAILER_KINDS:
            return [Line(row.text[: boundary.start()].strip()), Line(tail.strip(), kind)]
    return [row]


def classify_dropped(page_lines: list[str], kept_text: str, title: str | None,
                     byline: str | None = None) -> list[Removed]:
    """What HTML extraction left out of the page, each line with its boilerplate kind
    ("page" for menus and other furniture no rule names), so nothing is lost silently."""
    kept = {key(line) for line in kept_text.split("\n")}
    rows = [Line(t.strip()) for t in page_lines if t.strip()]
    for row in rows:
        row.kind = L.line_kind(row.text)
    _mark_related_blocks(rows)
    dropped = [r for r in rows if key(r.text) not in kept]
    for row in dropped:
        if row.kind is None and title and same_title(row.text, title):
            row.kind = "title"
        elif row.kind is None and byline and row.text == byline:
            row.kind = "credit"
    return [Removed(r.kind or "page", r.text) for r in dropped]


def _split_glued(row: Line) -> list[Line]:
    """Page controls glued to the text proper: pager words before it, a comment prompt
    with the next item after it."""
    cut = L.leading_nav(row.text)
    if cut and row.text[cut:].strip():
        return [Line(row.text[:cut].strip(), "nav"), *_split_glued_prompt(Line(row.text[cut:].strip()))]
    email = LEADING_EMAIL.match(row.text)
    if email and row.text[email.end():].strip():
        return [Line(email.group(), "contact"), Line(row.text[email.end():].strip())]
    return _split_glued_prompt(row)


def _split_glued_prompt(row: Line) -> list[Line]:
    """"أترك ردالحكومة اليمنية ...": a comment prompt with the next page item glued to it."""
    prompts = L.comment_prompts()
    if not search_form(row.text[:24]).startswith(tuple(p[:4] for p in prompts)):
        return [row]
    head = normalize(row.text[:40])
    for phrase in prompts:
        rest = head.text[len(phrase):len(phrase) + 1]
        if head.text.startswith(phrase) and rest and rest != " ":
            cut = head.to_original(0, len(phrase))[1]
            return [Line(row.text[:cut].strip()), Line(row.text[cut:].strip())]
    return [row]


def _mark_after_comments(rows: list[Line]) -> None:
    """Nothing after a comment prompt that follows the article is the article: it is the
    comment section, or the next item of the page glued on by the scraper."""
    seen_body = False
    for n, row in enumerate(rows):
        seen_body = seen_body or row.kind is None
        if seen_body and row.kind == "comment_prompt":
            for later in rows[n + 1:]:
                later.kind = later.kind or "comments"
            return


def _mark_tail(rows: list[Line]) -> None:
    """Below the first trailer line (tags, link, contact, copyright) only page furniture
    follows; a columnist's bio lines sit right above a contact line."""
    start = next((n for n, r in enumerate(rows) if r.kind in TAIL_KINDS
                  and all(_tail_like(later) for later in rows[n + 1:])), None)
    if start is None:
        return
    for later in rows[start + 1:]:
        later.kind = later.kind or rows[start].kind
    if rows[start].kind == "contact":
        for earlier in reversed(rows[max(0, start - 3):start]):
            if earlier.kind is not None or L.word_count(earlier.text) > 12 or L.SENTENCE_END.search(earlier.text):
                break
            earlier.kind = "contact"


def _tail_like(row: Line) -> bool:
    return row.kind is not None or (L.word_count(row.text) <= 25 and not L.SENTENCE_END.search(row.text))


def _mark_menus(rows: list[Line]) -> None:
    """Menu lines and section labels at the top and the bottom of the page."""
    for row in rows[:HEAD_LINES] + rows[max(HEAD_LINES, len(rows) - 5):]:
        if row.kind is None and L.is_menu_line(row.text):
            row.kind = "menu"


def _mark_date_lines(rows: list[Line]) -> str | None:
    """Page dates printed above or below the article ("الخميس 14 نوفمبر 2019 - 10:30 م"):
    out of the text; the first that names a day is the publication date."""
    published = None
    edges = rows[:HEAD_LINES] + rows[max(HEAD_LINES, len(rows) - 3):]
    for row in edges:
        if row.kind is None and (found := date_line(row.text)) is not None:
            row.kind = "date"
            published = published or found or None
    return published


def _mark_head(rows: list[Line], title: str | None) -> str | None:
    """Find the title, mark its repeats and the teasers printed before its last repeat."""
    head = [i for i, r in enumerate(rows[:HEAD_LINES]) if r.kind in (None, "breadcrumb")]
    if title is None:
        first = next((i for i in head if rows[i].kind is None), None)
        if first is None or _looks_like_body(rows[first].text):
            return _title_from_breadcrumb(rows)
        title = rows[first].text
        rows[first].kind = "_title"
    repeats = [i for i in head if i < TITLE_REPEAT_LINES and rows[i].kind is None
               and same_title(rows[i].text, title)]
    for i in repeats:
        rows[i].kind = "title"
    title = best_spelled([title] + [rows[i].text for i in repeats])
    _mark_teasers(rows, repeats)
    return title


def _mark_teasers(rows: list[Line], repeats: list[int]) -> None:
    """Text between the title and its last repeat at the top is a summary the page prints
    above the article (meta description, lead box), not the article."""
    if not repeats or repeats[-1] + 1 >= len(rows):
        return
    if sum(1 for row in rows[: repeats[-1]] if row.kind is None) > MAX_TEASER_LINES:
        return
    for row in rows[: repeats[-1]]:
        if row.kind is None:
            row.kind = "teaser"


def _looks_like_body(text: str) -> bool:
    return L.word_count(text) > 30 and L.SENTENCE_END.search(text) is not None


def _title_from_breadcrumb(rows: list[Line]) -> str | None:
    for row in rows[:HEAD_LINES]:
        if row.kind == "breadcrumb":
            last = L.BREADCRUMB_SEP.split(row.text.strip())[-1].strip()
            if L.word_count(last) >= 3:
                return last
    return None


def same_title(a: str, b: str) -> bool:
    """Equal up to spelling variants (hamza, ta marbuta, diacritics) and punctuation."""
    if abs(len(a) - len(b)) > max(len(a), len(b)) * 0.2:
        return False
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if abs(len(ka) - len(kb)) > max(len(ka), len(kb)) * 0.1:
        return False
    return difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= 0.92


def best_spelled(variants: list[str]) -> str:
    """Of the printings of a title, the one written with the most care (hamzas, ة)."""
    return max(variants, key=lambda v: len(HAMZA_LIKE.findall(v)))


def _mark_related_blocks(rows: list[Line]) -> None:
    """A related-articles header and the linked titles and teasers that follow it."""
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.kind is None and L.is_related_header(row.text):
            row.kind = "related"
            if L.is_standalone_related_header(row.text):
                i = _extend_block(rows, i + 1)
                continue
        i += 1


def _extend_block(rows: list[Line], start: int) -> int:
    i = start
    while i < len(rows):
        row = rows[i]
        if row.kind is None:
            if not L.is_teaser_line(row.text):
                break
            row.kind = "related"
        i += 1
    return i


def _mark_credits(rows: list[Line]) -> tuple[str | None, str | None]:
    """Bylines before the body and credit lines after it: out of the text, into metadata."""
    body = [i for i, r in enumerate(rows) if r.kind is None]
    credits: list[str] = []
    for n, i in enumerate(body[:2]):
        following = rows[body[n + 1]].text if n + 1 < len(body) else None
        if not (L.is_credit_line(rows[i].text) or L.is_byline_shape(rows[i].text, following)):
            break
        rows[i].kind = "credit"
        credits.append(rows[i].text)
    for i in reversed(body[-2:]):
        if rows[i].kind is None and L.is_credit_line(rows[i].text):
            rows[i].kind = "credit"
            credits.append(rows[i].text)
        else:
            break
    if not credits:
        return None, None
    dateline = next((c for c in map(L.dateline_city, credits) if c), None)
    return " | ".join(credits), dateline


def _inline_dateline(body: str) -> tuple[str | None, str | None, str]:
    """A byline or dateline opening the first paragraph ("القاهرة (د ب أ) - قال ...",
    "عوض الفهمي- سبق- أضم: أعلنت ..."): out of the text, into metadata.
    Returns the prefix as printed, its dateline city, and the body without it."""
    segments, end = _byline_segments(body)
    while segments and not _is_byline(segments):
        segments, end = segments[:-1], _segment_end(body, len(segments) - 1)
    if not segments:
        return None, None, body
    printed = body[:end].strip().rstrip("-–—ـ:").strip()
    city = next((c for c in map(L.dateline_city, segments) if c), None)
    return printed, city, body[end:]


def _byline_segments(body: str) -> tuple[list[str], int]:
    """Up to four short segments closed by dashes or a colon at the start of `body`."""
    segments: list[str] = []
    pos = 0
    while len(segments) < 4:
        match = BYLINE_SEGMENT.match(body, pos)
        if not match or _segment_words(match["segment"]) > 3 or not match["segment"].strip():
            break
        segments.append(match["segment"])
        pos = match.end()
        if match["sep"] == ":":
            break
    return segments, pos


def _segment_words(segment: str) -> int:
    """Words of a byline segment, a bracketed agency "(د ب أ)" counting as one."""
    return L.word_count(L.BRACKETED.sub(" x ", segment))


def _segment_end(body: str, count: int) -> int:
    pos = 0
    for _ in range(count):
        match = BYLINE_SEGMENT.match(body, pos)
        assert match is not None
        pos = match.end()
    return pos


def _is_byline(segments: list[str]) -> bool:
    """Three segments, or two with a known city/agency/outlet in one, or a lone known name."""
    if len(segments) == 1:
        bare = L.BRACKETED.sub(" ", segments[0])
        return L.is_credit_segment(bare, whole=True) or L.dateline_city(segments[0]) is not None
    named = any(L.is_credit_segment(L.BRACKETED.sub(" ", seg)) for seg in segments)
    return named or len(segments) >= 3

"""What a single line of scraped text is, judged by the lexicon and by its shape alone.

These tests look at one line; decisions that need the whole article (which line is the
title, where a related-links block ends) are made in `rasd.clean.cleaner`.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.clean.lexicon import boilerplate, dateline_cities, key

BREADCRUMB_SEP = re.compile(r"\s*(?:»|›|>|«|‹|<|\||/|\\|→|←)\s*")
SPACED_SEP = re.compile(r"(?<=\s)[»›‹→←>|](?=\s)")
DASHES = re.compile(r"\s*[-–—ـ:]+\s*")
SENTENCE_END = re.compile(r"[.!؟?:]\s*[\"”»']?$")
LEADING_LATIN_NAV = re.compile(r"^\s*(?:(?:next|previous|prev)\s+)+", re.I)
BRACKETED = re.compile(r"\([^)]*\)|«[^»]*»|\{[^}]*\}|\"[^\"]*\"")
BARE_NAME = re.compile(r"[\u0621-\u064a\u0671-\u06d3]{2,}(?:\s[\u0621-\u064a\u0671-\u06d3]{2,}){1,2}")
NOT_A_NAME = frozenset(key(w) for w in "وزير رئيس أمير مدير نائب أمين سفير قائد مجلس وزارة هيئة صورة تصوير "
                                     "فيديو حوار تقرير متابعة عاجل خاص".split())
QUOTED = re.compile(r"«[^«»\n]{0,80}»")
ELLIPSIS_END = re.compile(r"(?:…|\.\.+)\s*[\"”»']?$")
BYLINE_START = ("كتب", "كتبت", "بقلم", "اعداد", "تقرير", "حوار", "ترجمه", "متابعه", "مراسل", "تصوير")
PLATFORMS = frozenset(
    key(w) for w in "فيسبوك تويتر واتساب تيليجرام تلغرام تليغرام لينكدإن بينتريست ريديت ماسنجر "
                    "facebook twitter whatsapp telegram linkedin pinterest reddit messenger email".split()
)
ANYWHERE_EXACT = ("comment_prompt", "follows")
ANYWHERE_PREFIX = ("tags", "link", "copyright", "subscribe", "contact")
TRAILER_KINDS = ("tags", "link", "copyright", "subscribe", "follows", "comment_prompt", "contact")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def word_count(text: str) -> int:
    return len(text.split())


def line_kind(text: str) -> str | None:
    """The boilerplate kind of a line that is boilerplate wherever it stands, else None."""
    if word_count(text) > 40:
        return None  # every kind of boilerplate line is short; paragraphs are not looked at
    line_key = key(text)
    if not line_key:
        return "separator"
    lexicon = boilerplate()
    for kind in ANYWHERE_EXACT:
        if line_key in lexicon[kind].exact or lexicon[kind].matches(line_key):
            return kind
    for kind in ANYWHERE_PREFIX:
        if lexicon[kind].matches(line_key) and (kind == "copyright" or not _is_sentence(text)):
            return kind
    if is_share_bar(line_key):
        return "share"
    if is_nav_bar(line_key):
        return "nav"
    if EMAIL.search(text) and word_count(EMAIL.sub(" ", text)) <= 3:
        return "contact"
    if is_breadcrumb(text):
        return "breadcrumb"
    return None


def may_start_trailer(text: str) -> bool:
    """Cheap test before `line_kind`: does `text` begin with the first word of a trailer phrase?"""
    first = text.split(maxsplit=1)
    return bool(first) and key(first[0]) in _trailer_first_words()


@cache
def _trailer_first_words() -> frozenset[str]:
    lexicon = boilerplate()
    return frozenset(w for kind in TRAILER_KINDS for w in lexicon[kind].first_words)


def comment_prompts() -> list[str]:
    """Comment-prompt phrases of two words or more, in search form, longest first (so "اترك ردا"
    wins over "اترك رد"); one-word labels ("الاسم") glue onto ordinary words too easily."""
    phrases = (p for p in boilerplate()["comment_prompt"].exact if " " in p)
    return sorted(phrases, key=len, reverse=True)


def is_related_header(text: str) -> bool:
    """A line that announces a list of other articles ("شاهد أيضاً", "اقرأ أيضاً: ...")."""
    return boilerplate()["related"].matches(key(text)) and word_count(text) <= 25


def is_standalone_related_header(text: str) -> bool:
    return key(text) in boilerplate()["related"].exact


def is_share_bar(line_key: str) -> bool:
    words = line_key.split()
    vocabulary = boilerplate()["share"].words
    return (0 < len(words) <= 15 and all(w in vocabulary for w in words)
            and any(w in PLATFORMS or w in ("شارك", "مشاركه", "share") for w in words)
            and (len(words) > 1 or words[0] in PLATFORMS or words[0] in ("شارك", "share")))


def is_menu_line(text: str) -> bool:
    """A site menu ("الرئيسية أخبار رياضة اقتصاد") or a lone section label ("سياسة")."""
    line_key = key(text)
    words = line_key.split()
    menu = boilerplate()["menu"]
    return 0 < len(words) <= 15 and (line_key in menu.exact or all(w in menu.words for w in words))


def is_nav_bar(line_key: str) -> bool:
    """A pager or slider control line ("Next Previous", "السابق التالي")."""
    words = line_key.split()
    return 0 < len(words) <= 6 and all(w in boilerplate()["nav"].words for w in words)


def leading_nav(text: str) -> int:
    """Length of a run of pager words glued before the text proper ("Next Previous عين اليوم")."""
    match = LEADING_LATIN_NAV.match(text)
    return match.end() if match else 0


def is_breadcrumb(text: str) -> bool:
    """A trail of short segments ("الرئيسية » الأخبار » ...") whose head is a home link,
    or three or more segments joined by arrow-like separators."""
    text = QUOTED.sub("quoted", text.strip())  # «...» are quotation marks, not separators
    parts = [p for p in BREADCRUMB_SEP.split(text) if p]
    if len(parts) < 2 or word_count(text) > 30 or "،" in text or SENTENCE_END.search(text):
        return False
    head_is_home = key(parts[0]) in boilerplate()["home"].exact
    if head_is_home and (SPACED_SEP.search(text) or len(parts) >= 3):
        return True
    seps = SPACED_SEP.findall(text)  # real trails space their separators; quotes like لـ»كذا» do not
    short_trail = all(word_count(p) <= 4 for p in parts[:-1])
    return len(parts) >= 3 and len(seps) >= 2 and len(set(seps)) == 1 and short_trail


def is_credit_line(text: str) -> bool:
    """A short byline or agency credit ("ليفانت-وكالات", "– الرياض", "عين اليوم – متابعات")."""
    if word_count(text) > 7 or _is_sentence(text.rstrip(".")) and word_count(text) > 4:
        return False
    line_key = key(text)
    if not line_key:
        return False
    if _has_agency(line_key) or line_key.split()[0] in BYLINE_START:
        return True
    stripped = text.strip()
    return (stripped[:1] in "-–—" and dateline_city(stripped) is not None) or (
        DASHES.search(stripped) is not None and dateline_city(stripped) is not None and word_count(text) <= 5
    )


def is_byline_shape(text: str, next_text: str | None) -> bool:
    """"عين اليوم – برشلونة" or a columnist's bare name ("ناصر الجديع") on its own line right
    before a full paragraph: a byline even when no name in it is known."""
    if next_text is None or word_count(next_text) < 12 or SENTENCE_END.search(text):
        return False
    segments = [seg for seg in DASHES.split(text.strip()) if seg.strip()]
    if len(segments) == 2:
        return all(word_count(seg) <= 3 for seg in segments)
    first = text.split()[0] if text.split() else ""
    return (len(segments) == 1 and BARE_NAME.fullmatch(text.strip()) is not None
            and not first.startswith("ال") and key(first) not in NOT_A_NAME)


def is_credit_segment(segment: str, *, whole: bool = False) -> bool:
    """One piece of a byline: a dateline city or an agency/outlet name (`whole`: nothing else)."""
    seg_key = key(segment)
    if not seg_key:
        return False
    lexicon = boilerplate()
    if seg_key in dateline_cities() or seg_key in lexicon["agency"].exact | lexicon["outlet"].exact:
        return True
    return not whole and _has_agency(seg_key)


def dateline_city(text: str) -> str | None:
    """The dateline city a byline names, as printed, when it names one of the known cities."""
    cities = dateline_cities()
    for segment in DASHES.split(BRACKETED.sub(" ", text)):
        segment = segment.strip()
        if segment and key(segment) in cities:
            return segment
    return None


def credit_outlet(text: str) -> str | None:
    """The outlet a credit names beside its agency word ("عين اليوم" in "عين اليوم – متابعات")."""
    segments = [s.strip() for s in DASHES.split(text.strip()) if s.strip()]
    if len(segments) < 2:
        return None
    for segment in segments:
        seg_key = key(segment)
        if seg_key and not _has_agency(seg_key, ("agency",)) and seg_key not in dateline_cities():
            return segment
    return None


def is_teaser_line(text: str) -> bool:
    """A linked headline or a cut-off teaser, the stuff of related-article lists."""
    if ELLIPSIS_END.search(text):
        return True
    return word_count(text) <= 20 and not SENTENCE_END.search(text)


def _is_sentence(text: str) -> bool:
    return SENTENCE_END.search(text) is not None


def _has_agency(line_key: str, sections: tuple[str, ...] = ("agency", "outlet")) -> bool:
    """Does the line name a news agency, a credit word (وكالات، متابعات) or an outlet?"""
    padded = f" {line_key} "
    return any(f" {phrase} " in padded for name in sections for phrase in boilerplate()[name].exact)

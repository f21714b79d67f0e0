"""Publication dates as ISO `YYYY-MM-DD`, from whatever form a container gives them."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime
from functools import cache
from importlib.resources import files

from rasd.text.normalize import search_form

ISO_LIKE = re.compile(r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})")
DMY = re.compile(r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d\d)")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def iso_date(value: str | None) -> str | None:
    """`2015-07-26 17:20:40`, `2019-11-14T10:00:00Z`, `Tue, 19 Feb 2019 10:00:00 GMT`,
    `14/11/2019` -> ISO date; None when the value is not a date."""
    if not value:
        return None
    text = value.translate(DIGITS).strip()
    for pattern in (ISO_LIKE, DMY):
        match = pattern.search(text)
        if match:
            return _checked(int(match["y"]), int(match["m"]), int(match["d"]))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Words a page-date line is made of besides numbers and month names.
DATE_WORDS = frozenset(search_form(w) for w in (
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت نشر في بتاريخ تاريخ النشر آخر تحديث "
    "اخر منذ ساعة ساعات ساعتين دقيقة دقائق يوم أيام يومين ص م مساء مساءً صباحا صباحاً بتوقيت "
    "غرينتش جرينتش GMT هـ ه الموافق الساعة عام"
).split())
NUMBER = re.compile(r"^[0-9٠-٩]{1,4}$")
SEPARATORS = re.compile(r"[-–—/|:،,.()\[\]]+")
YEAR = re.compile(r"^(?:19|20)\d\d$")


@cache
def month_names() -> dict[str, str]:
    """Month name in search form -> month number ("1".."12") or "h" for Hijri months."""
    text = files("rasd.clean").joinpath("data/months.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {search_form(name): number for name, number in rows}


def date_line(text: str) -> str | None:
    """For a line that is only a page date ("الخميس 14 نوفمبر 2019 - 10:30 م"): its ISO date,
    or "" when it is a date line that names no Gregorian date. None for any other line."""
    words = SEPARATORS.sub(" ", search_form(text).translate(DIGITS)).split()
    if not words or len(words) > 12:
        return None
    months = month_names()
    found_month: str | None = None
    numbers: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if pair in months:
            found_month, i = months[pair], i + 2
            continue
        word = words[i]
        if word in months:
            found_month = months[word]
        elif NUMBER.match(word):
            numbers.append(word)
        elif word not in DATE_WORDS:
            return None
        i += 1
    if found_month is None and not any(YEAR.match(n) for n in numbers):
        # only date words ("منذ 3 ساعات", "السبت"); bare numbers ("(1)", "2/") are list markers
        return "" if len(numbers) < len(words) else None
    return _date_from_parts(found_month, numbers, text)


def _date_from_parts(month: str | None, numbers: list[str], text: str) -> str:
    if month and month != "h":
        year = next((n for n in numbers if YEAR.match(n)), None)
        day = next((n for n in numbers if len(n) <= 2 and 1 <= int(n) <= 31), None)
        if year and day:
            return _checked(int(year), int(month), int(day)) or ""
        return ""
    return iso_date(text) or ""

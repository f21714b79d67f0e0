"""From a matched date expression to (ISO date or None, precision), or None when the match
is not a date after all ("أمس الحاجة", "الأمين العام السابق", "بعد يومين من الهجوم").

Each resolver gets the match over the search form and a `Context`; relative expressions
resolve to date None when the publication date is unknown, but are still reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from rasd.time import calendars as cal
from rasd.time.lexicon import gregorian_months, hijri_months, kind

Resolved = tuple[str | None, str] | None
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Context:
    text: str  # the search form the match is over
    published: date | None
    future: bool  # a bare weekday points forward ("سيعقد يوم الخميس")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def word_before(ctx: Context, start: int) -> str:
    """The word just before `start` ("" at the start of the text)."""
    words = _WORD.findall(ctx.text, max(0, start - 30), start)
    return words[-1] if words and ctx.text[start - 1:start] == " " else ""


def word_after(ctx: Context, end: int) -> str:
    """The word just after `end` ("" when punctuation or the end of the text comes first)."""
    found = _WORD.match(ctx.text, end + 1) if ctx.text[end:end + 1] == " " else None
    return found.group() if found else ""


def among(word: str, table: dict[str, str]) -> bool:
    """`word` is in `table`, possibly after a conjunction: "وفي" counts as "في"."""
    return word in table or (len(word) > 2 and word[0] in "وف" and word[1:] in table)


def _number(value: str) -> int:
    return int(value) if value.isdigit() else int(kind("ordinal").get(value) or kind("number")[value])


def _month(m: re.Match[str]) -> tuple[int, bool]:
    """(month number, is Hijri) of a match with a `month` or `hmonth` group."""
    groups = m.groupdict()
    if groups.get("hmonth"):
        return hijri_months()[groups["hmonth"]], True
    return gregorian_months()[groups["month"]], False


def numeric(m: re.Match[str], ctx: Context) -> Resolved:
    """"15/1/2019", "2019-01-15", "10/10/1436هـ" (a year below 1500 is Hijri)."""
    year, month, day = int(m["year"]), int(m["mon"]), int(m["day"])
    if year < 1500:
        found = cal.hijri_to_gregorian(year, month, day) if 1 <= month <= 12 and 1 <= day <= 30 else None
    else:
        found = cal.checked(year, month, day)
    return (found.isoformat(), "day") if found else None


def day_month(m: re.Match[str], ctx: Context) -> Resolved:
    """"15 يناير 2019", "الخامس عشر من يناير", "18 رمضان الماضي", "15 ديسمبر" (the year
    that puts it nearest before the publication date)."""
    day = _number(m["day"])
    month, hijri = _month(m)
    if not 1 <= day <= (30 if hijri else 31):
        return None
    year = m.groupdict().get("hyear" if hijri else "year")
    if year:
        found = cal.hijri_to_gregorian(int(year), month, day) if hijri else cal.checked(int(year), month, day)
        return (_iso(found), "day") if found or hijri else None
    if ctx.published is None:
        return None, "day"
    if m["rel"]:
        by_direction = cal.hijri_day_by_direction if hijri else cal.day_by_direction
        return _iso(by_direction(ctx.published, month, day, int(kind("rel")[m["rel"]]))), "day"
    near = cal.hijri_nearest_year if hijri else cal.nearest_year
    return _iso(near(ctx.published, month, day)), "day"


def month_year(m: re.Match[str], ctx: Context) -> Resolved:
    month, hijri = _month(m)
    found = cal.hijri_to_gregorian(int(m["hyear"]), month, 1) if hijri else date(int(m["year"]), month, 1)
    return _iso(found), "month"


def month_rel(m: re.Match[str], ctx: Context) -> Resolved:
    month, hijri = _month(m)
    if ctx.published is None:
        return None, "month"
    direction = int(kind("rel")[m["rel"]])
    by_direction = cal.hijri_month_by_direction if hijri else cal.month_by_direction
    return _iso(by_direction(ctx.published, month, direction)), "month"


def month_bare(m: re.Match[str], ctx: Context) -> Resolved:
    """A month name alone is a date after شهر, or after a cue ("في يناير") when the name is
    not also a common word or name (مارس، صفر، رمضان ...)."""
    name = m["month"] or m["hmonth"]
    if not m["shahr"] and (name in kind("ambiguous") or not among(word_before(ctx, m.start()), kind("cue"))):
        return None
    month, hijri = _month(m)
    if ctx.published is None:
        return None, "month"
    near = cal.hijri_nearest_year if hijri else cal.nearest_year
    return _iso(near(ctx.published, month, 1)), "month"


def year(m: re.Match[str], ctx: Context) -> Resolved:
    value = int(m["year"])
    if m["hijri"]:
        return _iso(cal.hijri_to_gregorian(value, 1, 1)), "year"
    return (f"{value:04d}-01-01", "year") if 1000 <= value <= 2200 else None


def year_bare(m: re.Match[str], ctx: Context) -> Resolved:
    """A bare number is a year only when marked (هـ, م) or after a cue ("في 2015")."""
    if m["hijri"]:
        return _iso(cal.hijri_to_gregorian(int(m["year"]), 1, 1)), "year"
    if not 1900 <= int(m["year"]) <= 2100:
        return None
    if m["ad"] or among(word_before(ctx, m.start()), kind("cue")):
        return f"{m['year']}-01-01", "year"
    return None


def relday(m: re.Match[str], ctx: Context) -> Resolved:
    word = m["rel"]
    if word in kind("relday_after") and not (m["tod"] or m["yawm"]):
        return None
    if word == "امس" and not m["wd"] and word_after(ctx, m.end()) in ("الحاجه", "حاجه"):
        return None
    if word == "اليوم" and not _is_today(m, ctx):  # also a Saudi daily's name: not told apart
        return None
    if ctx.published is None:
        return None, "day"
    offset = int(kind("relday").get(word) or kind("relday_after")[word])
    day = ctx.published + timedelta(days=offset)
    if m["wd"]:
        day = _agreeing_weekday(ctx.published, day, offset, int(kind("weekday")[m["wd"]]))
    return day.isoformat(), "day"


def _is_today(m: re.Match[str], ctx: Context) -> bool:
    """اليوم is today unless it is "the day" of something: "اليوم التالي", "ذلك اليوم"."""
    if m["tod"] or m["wd"]:
        return True
    return (
        word_after(ctx, m.end()) not in kind("not_today")
        and not among(word_before(ctx, m.start()), kind("not_today_before"))
    )


def _agreeing_weekday(published: date, day: date, offset: int, weekday: int) -> date:
    """"أمس الثلاثاء": the day `offset` gives when it is that weekday; otherwise the weekday
    nearest before (أمس), after (غدا) or around (اليوم) the publication date."""
    if day.weekday() == weekday:
        return day
    if offset < 0:
        return cal.weekday_near(published, weekday, -1)
    if offset > 0:
        return cal.weekday_near(published, weekday, 1)
    return cal.weekday_closest(published, weekday, -1)


def weekday(m: re.Match[str], ctx: Context) -> Resolved:
    before = word_before(ctx, m.start())
    if m["wd"] == "الاثنين" and before in ("بين", "كلا"):  # "the two"
        return None
    if m["wd"] == "الاحد" and before == "الواحد":  # "the One"
        return None
    if not (m["yawm"] or m["tod"] or m["rel"]) and among(before, kind("not_weekday_before")):
        return None
    if ctx.published is None:
        return None, "day"
    wd = int(kind("weekday")[m["wd"]])
    direction = int(kind("rel")[m["rel"]]) if m["rel"] else 0
    if direction:
        return cal.weekday_near(ctx.published, wd, direction, inclusive=False).isoformat(), "day"
    return cal.weekday_near(ctx.published, wd, 1 if ctx.future else -1).isoformat(), "day"


def span(m: re.Match[str], ctx: Context) -> Resolved:
    """"منذ ثلاثة أيام", "قبل أسبوعين", "بعد شهر"; "بعد يومين من الهجوم" counts from
    another event, not from the publication date."""
    if m["cue"] != "منذ" and word_after(ctx, m.end()) in ("من", "علي", "على", "ان"):
        return None
    code = kind("unit")[m["unit"]]
    count = _number(m["n"]) if m["n"] else (int(code[1:]) if code[1:] else 0)
    if count == 0:  # "منذ أيام": some days, no date
        return None
    unit = code[0]
    precision = {"d": "day", "w": "week", "m": "month", "y": "year"}[unit]
    if ctx.published is None:
        return None, precision
    sign = 1 if m["cue"] == "بعد" else -1
    return _iso(_moved(ctx.published, unit, sign * count)), precision


def _moved(published: date, unit: str, count: int) -> date | None:
    try:
        if unit in "dw":
            return published + timedelta(days=count * (7 if unit == "w" else 1))
        if unit == "m":
            return cal.shift_months(published, count)
        return date(published.year + count, 1, 1)
    except (ValueError, OverflowError):
        return None


def period(m: re.Match[str], ctx: Context) -> Resolved:
    """"الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "السنة الماضية"."""
    if m["rel"] in ("السابق", "السابقه"):  # "the previous": relative to the story, not to today
        return None
    if m["period"] == "العام" and among(word_before(ctx, m.start()), kind("general")):
        return None  # "الأمين العام المقبل": general, not year
    return _period_of(m["period"], int(kind("rel")[m["rel"]]), ctx)


def this_period(m: re.Match[str], ctx: Context) -> Resolved:
    return _period_of(m["period"], 0, ctx)


def _period_of(name: str, direction: int, ctx: Context) -> Resolved:
    unit = kind("period")[name]
    precision = {"w": "week", "m": "month", "y": "year"}[unit]
    if ctx.published is None:
        return None, precision
    if unit == "w":
        return _iso(ctx.published + timedelta(days=7 * direction)), precision
    if unit == "m":
        return _iso(cal.shift_months(ctx.published, direction)), precision
    return f"{ctx.published.year + direction:04d}-01-01", precision


RESOLVERS: dict[str, Callable[[re.Match[str], Context], Resolved]] = {
    "numeric_dmy": numeric,
    "numeric_ymd": numeric,
    "day_month": day_month,
    "day_hmonth": day_month,
    "month_year": month_year,
    "hmonth_year": month_year,
    "month_rel": month_rel,
    "month_bare": month_bare,
    "year": year,
    "year_bare": year_bare,
    "relday": relday,
    "weekday": weekday,
    "span": span,
    "period": period,
    "this_period": this_period,
}

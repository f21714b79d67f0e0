"""Calendar arithmetic for resolving date expressions against a publication date.

News reports the past and announces the near future, so a date written without its year
is put in the year that makes it nearest before the publication date, unless that puts it
more than `AHEAD` after it ("15 ديسمبر" in a February article is last December's).
Hijri dates go through the Umm al-Qura tables of `hijridate` (imported on first use).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

AHEAD = timedelta(days=61)


def parse_published(published: str | None) -> date | None:
    """The publication date from an ISO string ("2019-02-20", "2019-02-20T10:00:00Z")."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def checked(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_months(day: date, months: int) -> date:
    """The first day of the month `months` after (or before, when negative) `day`'s."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def nearest_year(published: date, month: int, day: int) -> date | None:
    """`day`/`month` in the latest year that puts it at most `AHEAD` after `published`
    (29 February goes back to the latest leap year)."""
    for year in range(published.year + 1, published.year - 8, -1):
        found = checked(year, month, day)
        if found and found <= published + AHEAD:
            return found
    return None


def month_by_direction(published: date, month: int, direction: int) -> date:
    """First day of month `month`: the last one before `published`'s month (-1), the next
    one after it (1), or the one of `published`'s year (0: "يناير الجاري")."""
    year = published.year
    if direction < 0 and month >= published.month:
        year -= 1
    elif direction > 0 and month <= published.month:
        year += 1
    return date(year, month, 1)


def day_by_direction(published: date, month: int, day: int, direction: int) -> date | None:
    """"15 يناير الماضي": the last such day before `published` (-1), the next one after it
    (1), or the one of its year (0: "20 يوليو الحالي")."""
    if direction == 0:
        return checked(published.year, month, day)
    years = range(published.year, published.year - 8, -1) if direction < 0 else range(published.year, published.year + 8)
    for year in years:
        found = checked(year, month, day)
        if found and (found < published if direction < 0 else found > published):
            return found
    return None


def weekday_near(published: date, weekday: int, direction: int, inclusive: bool = True) -> date:
    """The `weekday` (Monday = 0) nearest `published` going back (direction < 0) or forward;
    `inclusive` lets `published` itself count."""
    if direction < 0:
        back = (published.weekday() - weekday) % 7
        return published - timedelta(days=back if back or inclusive else 7)
    ahead = (weekday - published.weekday()) % 7
    return published + timedelta(days=ahead if ahead or inclusive else 7)


def weekday_closest(day: date, weekday: int, prefer: int) -> date:
    """The `weekday` closest to `day` either way; a tie (3 or 4 days) goes towards `prefer`."""
    back = weekday_near(day, weekday, -1)
    ahead = weekday_near(day, weekday, 1)
    if (day - back) == (ahead - day):
        return back if prefer <= 0 else ahead
    return back if (day - back) < (ahead - day) else ahead


@cache
def _hijridate() -> Any:
    import hijridate

    return hijridate


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura conversion; None outside its range (1343-1500 AH) or for a 30th that the
    month does not have."""
    try:
        return date.fromisoformat(_hijridate().Hijri(year, month, day).to_gregorian().isoformat())
    except (ValueError, OverflowError):
        return None


def hijri_of(day: date) -> tuple[int, int, int] | None:
    try:
        found = _hijridate().Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return found.year, found.month, found.day


def hijri_nearest_year(published: date, month: int, day: int) -> date | None:
    """Hijri `day`/`month` in the latest Hijri year that puts it at most `AHEAD` after
    `published`."""
    today = hijri_of(published)
    if today is None:
        return None
    for year in (today[0] + 1, today[0], today[0] - 1):
        found = hijri_to_gregorian(year, month, day)
        if found and found <= published + AHEAD:
            return found
    return None


def hijri_month_by_direction(published: date, month: int, direction: int) -> date | None:
    """Gregorian first day of Hijri month `month`: the last one before `published`'s Hijri
    month ("رمضان الماضي"), the next one after it, or the one of its Hijri year."""
    today = hijri_of(published)
    if today is None:
        return None
    year = today[0]
    if direction < 0 and month >= today[1]:
        year -= 1
    elif direction > 0 and month <= today[1]:
        year += 1
    return hijri_to_gregorian(year, month, 1)


def hijri_day_by_direction(published: date, month: int, day: int, direction: int) -> date | None:
    """"18 رمضان الماضي": as `day_by_direction`, in Hijri years."""
    today = hijri_of(published)
    if today is None:
        return None
    if direction == 0:
        return hijri_to_gregorian(today[0], month, day)
    for year in (today[0] + step * direction for step in range(3)):
        found = hijri_to_gregorian(year, month, day)
        if found and (found < published if direction < 0 else found > published):
            return found
    return None

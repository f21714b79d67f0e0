"""Publication dates as ISO `YYYY-MM-DD`, from whatever form a container gives them."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

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

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.text.strategies import mixed_text

from rasd.time import DateRef, find_dates

PUBLISHED = "2019-02-20"  # a Wednesday


def one(text: str, published: str | None = PUBLISHED, **kwargs: bool) -> tuple[str, str | None, str]:
    """The single expression found in `text`: (as printed, ISO date, precision)."""
    refs = find_dates(text, published, **kwargs)
    assert len(refs) == 1, refs
    ref = refs[0]
    assert text[ref.start:ref.end] == ref.text
    return ref.text, ref.date, ref.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الهجوم في 15 يناير 2019 شمال البلاد", ("15 يناير 2019", "2019-01-15", "day")),
        ("في ١٥ يناير ٢٠١٩، قال", ("١٥ يناير ٢٠١٩", "2019-01-15", "day")),
        ("في 15 كانون الثاني/يناير 2019 أعلن", ("15 كانون الثاني/يناير 2019", "2019-01-15", "day")),
        ("في 15 يناير (كانون الثاني) 2019", ("15 يناير (كانون الثاني) 2019", "2019-01-15", "day")),
        ("في 3 جانفي 2019", ("3 جانفي 2019", "2019-01-03", "day")),
        ("في 3 شتنبر 2018", ("3 شتنبر 2018", "2018-09-03", "day")),
        ("يوم 7 أيلول من عام 2018م", ("يوم 7 أيلول من عام 2018م", "2018-09-07", "day")),
        ("الثلاثاء، 19 فبراير 2019", ("الثلاثاء، 19 فبراير 2019", "2019-02-19", "day")),
        ("في الخامس عشر من يناير", ("الخامس عشر من يناير", "2019-01-15", "day")),
        ("في الحادي والثلاثين من ديسمبر 2018", ("الحادي والثلاثين من ديسمبر 2018", "2018-12-31", "day")),
        ("في يناير 2019", ("يناير 2019", "2019-01-01", "month")),
        ("شهر تشرين الأول ٢٠١٨", ("شهر تشرين الأول ٢٠١٨", "2018-10-01", "month")),
        ("تأسست في 2015", ("2015", "2015-01-01", "year")),
        ("تأسست عام 2015", ("عام 2015", "2015-01-01", "year")),
        ("في العام 2015", ("العام 2015", "2015-01-01", "year")),
        ("بنهاية سنة 2015م", ("سنة 2015م", "2015-01-01", "year")),
        ("بتاريخ 15/1/2019", ("15/1/2019", "2019-01-15", "day")),
        ("بتاريخ 2019-01-15", ("2019-01-15", "2019-01-15", "day")),
        ("بتاريخ ١٥/١/٢٠١٩", ("١٥/١/٢٠١٩", "2019-01-15", "day")),
    ],
)
def test_absolute(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال في 15 ديسمبر", ("15 ديسمبر", "2018-12-15", "day")),  # > 2 months ahead: last year
        ("سيعقد في 15 مارس", ("15 مارس", "2019-03-15", "day")),  # near future: this year
        ("في 10 فبراير", ("10 فبراير", "2019-02-10", "day")),
        ("في يناير", ("يناير", "2019-01-01", "month")),
        ("منذ أكتوبر", ("أكتوبر", "2018-10-01", "month")),
        ("خلال شهر مارس", ("شهر مارس", "2019-03-01", "month")),
        ("في ديسمبر الماضي", ("ديسمبر الماضي", "2018-12-01", "month")),
        ("في فبراير الماضي", ("فبراير الماضي", "2018-02-01", "month")),
        ("في مارس المقبل", ("مارس المقبل", "2019-03-01", "month")),
        ("في فبراير الجاري", ("فبراير الجاري", "2019-02-01", "month")),
        ("في 18 ديسمبر الماضي", ("18 ديسمبر الماضي", "2018-12-18", "day")),
        ("في الثاني من يونيو (حزيران) الماضي", ("الثاني من يونيو (حزيران) الماضي", "2018-06-02", "day")),
    ],
)
def test_day_or_month_without_year(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_year_boundary() -> None:
    assert one("ديسمبر الماضي", "2019-01-10") == ("ديسمبر الماضي", "2018-12-01", "month")
    assert one("في 28 ديسمبر", "2019-01-03") == ("28 ديسمبر", "2018-12-28", "day")
    assert one("في 5 يناير", "2018-12-28") == ("5 يناير", "2019-01-05", "day")
    assert one("الشهر الماضي", "2019-01-05") == ("الشهر الماضي", "2018-12-01", "month")
    assert one("الشهر المقبل", "2019-12-05") == ("الشهر المقبل", "2020-01-01", "month")
    assert one("غدا", "2019-12-31") == ("غدا", "2020-01-01", "day")
    assert one("أمس", "2019-01-01") == ("أمس", "2018-12-31", "day")


def test_month_ends_and_leap_years() -> None:
    assert one("أمس", "2019-03-01")[1] == "2019-02-28"
    assert one("أمس", "2020-03-01")[1] == "2020-02-29"
    assert one("أمس", "2019-05-01")[1] == "2019-04-30"
    assert one("في 29 فبراير", "2020-03-05")[1] == "2020-02-29"
    assert one("في 29 فبراير", "2019-02-20")[1] == "2016-02-29"  # the latest leap year
    assert one("في 29 فبراير 2020")[1] == "2020-02-29"
    # no such day: only the month stands
    assert [(r.text, r.precision) for r in find_dates("في 29 فبراير 2019", PUBLISHED)] == [("فبراير 2019", "month")]
    assert find_dates("في 31/4/2019", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في 15 رمضان 1440هـ", ("15 رمضان 1440هـ", "2019-05-20", "day")),
        ("في 15 رمضان 1440 هـ", ("15 رمضان 1440 هـ", "2019-05-20", "day")),
        ("في ١٥ رمضان ١٤٤٠هـ", ("١٥ رمضان ١٤٤٠هـ", "2019-05-20", "day")),
        ("في الأول من ذي الحجة 1439", ("الأول من ذي الحجة 1439", "2018-08-12", "day")),
        ("عام 1440 هـ", ("عام 1440 هـ", "2018-09-11", "year")),
        ("1440 هـ", ("1440 هـ", "2018-09-11", "year")),
        ("رمضان الماضي", ("رمضان الماضي", "2018-05-16", "month")),
        ("رمضان المقبل", ("رمضان المقبل", "2019-05-06", "month")),
        ("في شهر رمضان", ("شهر رمضان", "2018-05-16", "month")),  # May 2019 is > 2 months ahead
        ("في 10/10/1436هـ", ("10/10/1436هـ", "2015-07-26", "day")),
        ("رمضان 1440", ("رمضان 1440", "2019-05-06", "month")),
    ],
)
def test_hijri(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال اليوم إن", ("اليوم", "2019-02-20", "day")),
        ("وقال أمس إن", ("أمس", "2019-02-19", "day")),
        ("وقال بالأمس", ("الأمس", "2019-02-19", "day")),
        ("البارحة", ("البارحة", "2019-02-19", "day")),
        ("أمس الأول", ("أمس الأول", "2019-02-18", "day")),
        ("أول أمس", ("أول أمس", "2019-02-18", "day")),
        ("أول من أمس", ("أول من أمس", "2019-02-18", "day")),
        ("غدا", ("غدا", "2019-02-21", "day")),
        ("غداً", ("غداً", "2019-02-21", "day")),
        ("يوم غد", ("يوم غد", "2019-02-21", "day")),
        ("بعد غد", ("بعد غد", "2019-02-22", "day")),
        ("الليلة", ("الليلة", "2019-02-20", "day")),
        ("الليلة الماضية", ("الليلة الماضية", "2019-02-19", "day")),
        ("صباح اليوم", ("صباح اليوم", "2019-02-20", "day")),
        ("مساء أمس", ("مساء أمس", "2019-02-19", "day")),
        ("فجر اليوم", ("فجر اليوم", "2019-02-20", "day")),
        ("صباح الغد", ("صباح الغد", "2019-02-21", "day")),
        ("منذ يومين", ("منذ يومين", "2019-02-18", "day")),
        ("منذ ثلاثة أيام", ("منذ ثلاثة أيام", "2019-02-17", "day")),
        ("منذ 3 أيام", ("منذ 3 أيام", "2019-02-17", "day")),
        ("منذ 15 يوما", ("منذ 15 يوما", "2019-02-05", "day")),
        ("منذ أسبوع", ("منذ أسبوع", "2019-02-13", "week")),
        ("منذ شهرين", ("منذ شهرين", "2018-12-01", "month")),
        ("منذ نحو عامين", ("منذ نحو عامين", "2017-01-01", "year")),
        ("قبل يومين", ("قبل يومين", "2019-02-18", "day")),
        ("بعد أسبوع", ("بعد أسبوع", "2019-02-27", "week")),
        ("خلال الأسبوع الماضي", ("الأسبوع الماضي", "2019-02-13", "week")),
        ("الأسبوع المقبل", ("الأسبوع المقبل", "2019-02-27", "week")),
        ("الأسبوع القادم", ("الأسبوع القادم", "2019-02-27", "week")),
        ("الشهر الماضي", ("الشهر الماضي", "2019-01-01", "month")),
        ("الشهر المقبل", ("الشهر المقبل", "2019-03-01", "month")),
        ("الشهر الجاري", ("الشهر الجاري", "2019-02-01", "month")),
        ("العام الماضي", ("العام الماضي", "2018-01-01", "year")),
        ("العام المقبل", ("العام المقبل", "2020-01-01", "year")),
        ("العام الجاري", ("العام الجاري", "2019-01-01", "year")),
        ("السنة الماضية", ("السنة الماضية", "2018-01-01", "year")),
        ("مقارنة بالعام الماضي", ("العام الماضي", "2018-01-01", "year")),
        ("وللعام المقبل", ("للعام المقبل", "2020-01-01", "year")),
        ("هذا العام", ("هذا العام", "2019-01-01", "year")),
    ],
)
def test_relative(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_relative_without_published_keeps_the_expression() -> None:
    assert one("وقال أمس الثلاثاء", None) == ("أمس الثلاثاء", None, "day")
    assert one("الشهر الماضي", None) == ("الشهر الماضي", None, "month")
    assert one("في 15 يناير", None) == ("15 يناير", None, "day")
    assert one("في 15 يناير 2019", None) == ("15 يناير 2019", "2019-01-15", "day")
    assert one("يوم الثلاثاء", "not a date") == ("يوم الثلاثاء", None, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال أمس الثلاثاء", ("أمس الثلاثاء", "2019-02-19", "day")),
        ("وقال أمسِ الثّلاثاءَ", ("أمسِ الثّلاثاءَ", "2019-02-19", "day")),
        ("وقال أمس (الثلاثاء)", ("أمس (الثلاثاء)", "2019-02-19", "day")),
        ("وقال أمس الاثنين", ("أمس الاثنين", "2019-02-18", "day")),  # disagrees: the weekday wins
        ("وقال اليوم الأربعاء", ("اليوم الأربعاء", "2019-02-20", "day")),
        ("يعقد غدا الخميس", ("غدا الخميس", "2019-02-21", "day")),
        ("يوم الثلاثاء", ("يوم الثلاثاء", "2019-02-19", "day")),
        ("الثلاثاء", ("الثلاثاء", "2019-02-19", "day")),
        ("الأربعاء", ("الأربعاء", "2019-02-20", "day")),  # on or before
        ("الجمعة", ("الجمعة", "2019-02-15", "day")),
        ("عقب صلاة الجمعة", ("الجمعة", "2019-02-15", "day")),
        ("والأحد", ("الأحد", "2019-02-17", "day")),
        ("الإثنين", ("الإثنين", "2019-02-18", "day")),
        ("الاثنين", ("الاثنين", "2019-02-18", "day")),
        ("السبت", ("السبت", "2019-02-16", "day")),
        ("مساء الخميس", ("مساء الخميس", "2019-02-14", "day")),
        ("الثلاثاء الماضي", ("الثلاثاء الماضي", "2019-02-19", "day")),
        ("الأربعاء الماضي", ("الأربعاء الماضي", "2019-02-13", "day")),
        ("الثلاثاء المقبل", ("الثلاثاء المقبل", "2019-02-26", "day")),
        ("الأربعاء القادم", ("الأربعاء القادم", "2019-02-27", "day")),
        ("يوم الاثنين المقبل", ("يوم الاثنين المقبل", "2019-02-25", "day")),
        ("الجمعة المقبلة", ("الجمعة المقبلة", "2019-02-22", "day")),
    ],
)
def test_weekdays(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


def test_yesterday_with_weekday_when_the_publication_date_lags() -> None:
    # published Thursday, "yesterday Tuesday": trust the weekday, the Tuesday before
    assert one("وقال أمس الثلاثاء", "2019-02-21")[1] == "2019-02-19"
    # published Tuesday itself: the nearest Tuesday on or before is that day
    assert one("وقال أمس الثلاثاء", "2019-02-19")[1] == "2019-02-19"


def test_future_weekday() -> None:
    assert one("سيعقد يوم الخميس", future=True) == ("يوم الخميس", "2019-02-21", "day")
    assert one("سيعقد يوم الخميس") == ("يوم الخميس", "2019-02-14", "day")
    assert one("الأربعاء", future=True)[1] == "2019-02-20"
    assert one("الخميس الماضي", future=True)[1] == "2019-02-14"  # an explicit direction wins


@pytest.mark.parametrize(
    "text",
    [
        "قتل 5 أشخاص",
        "قال أحد المسؤولين",
        "خلال يوم واحد",
        "يوم",
        "قال الأمين العام السابق",
        "المدعي العام المقبل",
        "في أمس الحاجة إلى",
        "في اليوم التالي",
        "في ذلك اليوم",
        "اليوم الوطني",
        "مارس ضغوطا كبيرة",
        "قال رمضان إن",
        "بعد يومين من الهجوم",
        "قبل أسبوع من الانتخابات",
        "منذ أيام",
        "أطلق 2000 صاروخ",
        "بلغ 2015 نقطة",
        "الحساب 12/15/2019 خطأ",
        "بين الاثنين",
        "الواحد الأحد",
        "الأسبوع السابق",
        "نسبة 2019%",
        "موسوعة خطب الجمعة",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_offsets_longest_and_order() -> None:
    text = "وقال الوزير، أمس الثلاثاء، إن الاجتماع المقبل سيعقد في 15 مارس 2019 بعد أن عقد الأسبوع الماضي"
    refs = find_dates(text, PUBLISHED)
    assert [r.text for r in refs] == ["أمس الثلاثاء", "15 مارس 2019", "الأسبوع الماضي"]
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
    assert [r.start for r in refs] == sorted(r.start for r in refs)


def test_window() -> None:
    text = "قال أمس الثلاثاء إن الاجتماع سيعقد في 15 مارس"
    inside = find_dates(text, PUBLISHED, 4, 16)
    assert inside == [DateRef(4, 16, "أمس الثلاثاء", "2019-02-19", "day")]
    clipped = find_dates(text, PUBLISHED, 0, 7)  # only "قال أمس": the weekday is outside
    assert [(r.text, r.date) for r in clipped] == [("أمس", "2019-02-19")]
    later = find_dates(text, PUBLISHED, 20)
    assert [r.text for r in later] == ["15 مارس"]
    assert find_dates(text, PUBLISHED, 30, 10) == []


def test_diacritics_and_odd_spacing() -> None:
    text = "وَقَالَ  مساءَ\u200f أمسِ ، إنَّ"
    ref = find_dates(text, PUBLISHED)[0]
    assert ref.date == "2019-02-19" and text[ref.start:ref.end] == ref.text
    assert ref.text.startswith("مساءَ")


@settings(max_examples=300, deadline=None)
@given(mixed_text, st.integers(0, 80), st.one_of(st.none(), st.integers(0, 80)), st.booleans())
def test_never_raises_and_spans_hold(text: str, start: int, end: int | None, future: bool) -> None:
    refs = find_dates(text, PUBLISHED, start, end, future=future)
    low = min(start, len(text))
    high = len(text) if end is None else min(end, len(text))
    last = -1
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
        assert low <= ref.start < ref.end <= max(low, high)
        assert ref.start >= last
        last = ref.end


DATE_WORDS = st.sampled_from(
    "أمس اليوم الثلاثاء الأحد يناير كانون الثاني رمضان 1440هـ 2019 15 / - ، منذ يومين "
    "الماضي المقبل العام الشهر الأسبوع في عام غداً الخامس عشر من شهر ذي الحجة".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DATE_WORDS, st.sampled_from(["", " ", "و", "ب", "\u064e", "ّ"])), max_size=12).map(" ".join))
def test_date_word_soup(text: str) -> None:
    for published in (PUBLISHED, None, "2020-02-29"):
        for ref in find_dates(text, published):
            assert text[ref.start:ref.end] == ref.text
            assert ref.precision in ("day", "week", "month", "year")

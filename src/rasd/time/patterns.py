"""The regexes of date expressions, over the search form (no diacritics, ا for أإآ, ي for
ى, ه for ة, ASCII digits, one space between words).

Each pattern is tried only where a word of `lexicon.first_words()` (or a number) begins,
after its clitics (و ف ب ك ل) are stepped over, so a pattern never begins with a clitic
and the expression it reports does not include one. Context a pattern cannot see (the word
before: "في يناير", "الأمين العام السابق") is checked by its resolver in `resolve.py`.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.time.lexicon import alternation, gregorian_months, hijri_months, kind

SEP = r"(?: ?[،,] ?| )"  # between parts of a date: a space or the (Arabic) comma
END = r"(?!\w)"
HIJRI_MARK = r"(?:ه|هجري|هجريه|للهجره|الهجري|الهجريه)"
YEAR_WORD = r"(?:(?:من )?(?:عام|العام|سنه|السنه) )"


def _parts() -> dict[str, str]:
    gm, hm = alternation(gregorian_months()), alternation(hijri_months())
    tod, wd = alternation(kind("tod")), alternation(kind("weekday"))
    return {
        "SEP": SEP,
        # after a numeric date: an era mark, and no further digit ("1/2/2019.5" is not one)
        "NUMEND": rf"(?: ?(?P<hijri>{HIJRI_MARK})| ?م)?(?![\w/.\-]\d|\w)",
        "GM": gm,
        "HM": hm,
        "WD": wd,
        "TOD": tod,
        "REL": alternation(kind("rel")),
        # a second name of the same month: "كانون الثاني/يناير", "يناير (كانون الثاني)"
        "ALT": rf"(?: ?[/\-] ?{gm}| ?\( ?{gm} ?\))?",
        "DAY": rf"(?P<day>[0-3]?\d(?!\d)|{alternation(kind('ordinal'))})",
        "GYEAR": rf"(?:{SEP}{YEAR_WORD}?(?P<year>[12]\d\d\d)(?: ?م)?{END})",
        "HYEAR": rf"(?:{SEP}{YEAR_WORD}?(?P<hyear>1[345]\d\d)(?: ?{HIJRI_MARK})?{END})",
        # weekday before a date: "الثلاثاء، 15 يناير", "يوم الأحد الموافق 3 مارس"
        "WDPRE": rf"(?:(?:{tod} )?(?:يوم )?(?P<wd>{wd}){SEP}(?:(?:الموافق|الموافقه) )?)?",
        "RELDAY": alternation([*kind("relday"), *kind("relday_after")]),
        "UNIT": alternation(kind("unit")),
        "NUMBER": alternation(kind("number")),
        "APPROX": alternation(kind("approx")),
        "PERIOD": alternation(kind("period")),
        "THIS": alternation(kind("this")),
    }


TEMPLATES: tuple[tuple[str, str], ...] = (
    ("numeric_dmy", r"{WDPRE}(?P<day>[0-3]?\d) ?(?P<sep>[/.\-]) ?(?P<mon>[01]?\d) ?(?P=sep) ?(?P<year>1[3-9]\d\d|20\d\d){NUMEND}"),
    ("numeric_ymd", r"{WDPRE}(?P<year>1[3-9]\d\d|20\d\d) ?(?P<sep>[/.\-]) ?(?P<mon>[01]?\d) ?(?P=sep) ?(?P<day>[0-3]?\d)(?!\d){NUMEND}"),
    ("day_month", r"{WDPRE}(?:يوم )?{DAY}(?: من)?(?: شهر)? ?(?P<month>{GM}){ALT}(?:{GYEAR}|(?: (?P<rel>{REL}))?)" + END),
    ("day_hmonth", r"{WDPRE}(?:يوم )?{DAY}(?: من)?(?: شهر)? ?(?P<hmonth>{HM})(?:{HYEAR}|(?: (?P<rel>{REL}))?)" + END),
    ("month_year", r"(?:شهر )?(?P<month>{GM}){ALT}{GYEAR}"),
    ("hmonth_year", r"(?:شهر )?(?P<hmonth>{HM}){HYEAR}"),
    ("month_rel", r"(?:شهر )?(?:(?P<month>{GM}){ALT}|(?P<hmonth>{HM})) (?P<rel>{REL})" + END),
    ("month_bare", r"(?P<shahr>شهر )?(?:(?P<month>{GM}){ALT}|(?P<hmonth>{HM}))" + END),
    ("year", r"(?:عام|العام|سنه|السنه) (?P<year>[12]\d\d\d)(?: ?(?P<hijri>" + HIJRI_MARK + r")| ?م)?(?! ?[%٪])" + END),
    ("year_bare", r"(?P<year>[12]\d\d\d)(?: ?(?P<hijri>" + HIJRI_MARK + r")| ?(?P<ad>م))?(?! ?[%٪.,]?\d)(?! ?[%٪])" + END),
    ("relday", r"(?:(?P<tod>{TOD}) |(?P<yawm>يوم ))?(?P<rel>{RELDAY})(?:{SEP}\(?(?P<wd>{WD})\)?)?" + END),
    ("weekday", r"(?:(?P<tod>{TOD}) |(?P<yawm>يوم ))?(?P<wd>{WD})(?: (?P<rel>{REL}))?" + END),
    ("span", r"(?P<cue>منذ|قبل|بعد) (?:{APPROX} )?(?:(?P<n>\d{{1,3}}|{NUMBER}) )?(?P<unit>{UNIT})(?: واحده?)?(?! ?\d)" + END),
    ("period", r"(?P<period>{PERIOD}) (?P<rel>{REL})" + END),
    ("this_period", r"{THIS} (?P<period>{PERIOD})" + END),
)


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(name, compiled regex) for every kind of date expression; `resolve.RESOLVERS`
    has a resolver of the same name for each."""
    parts = _parts()
    return tuple((name, re.compile(template.format(**parts))) for name, template in TEMPLATES)

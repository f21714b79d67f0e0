"""The words of date expressions (data/words.tsv and the month names of rasd.clean), in
search form, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from rasd.clean.dates import month_names
from rasd.text.normalize import search_form


@cache
def words() -> dict[str, dict[str, str]]:
    """kind -> {word in search form: value} for every row of data/words.tsv."""
    text = files("rasd.time").joinpath("data/words.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, *value = line.split("\t")
        table.setdefault(kind, {})[search_form(word)] = value[0] if value else ""
    return table


@cache
def gregorian_months() -> dict[str, int]:
    """Gregorian month name (Egyptian/Gulf, Levantine, Maghrebi) in search form -> 1..12."""
    names = {name: int(number) for name, number in month_names().items() if number != "h"}
    names.update({name: int(number) for name, number in words()["month"].items()})
    return names


@cache
def hijri_months() -> dict[str, int]:
    """Hijri month name in search form -> 1..12."""
    return {name: int(number) for name, number in words()["hijri"].items()}


def kind(name: str) -> dict[str, str]:
    """One kind of data/words.tsv ("weekday", "unit", ...)."""
    return words()[name]


def alternation(names: Iterable[str]) -> str:
    """A regex alternation of the literal `names`, longest first so that "كانون الثاني"
    is tried before "كانون" would be and "مايو" before "ماي"."""
    return "(?:" + "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n))) + ")"


@cache
def first_words() -> frozenset[str]:
    """Every word a date expression can begin with, in search form: a sentence without
    one of them (and without a digit) holds no date and costs one set lookup per word."""
    table = words()
    phrases: list[str] = [*gregorian_months(), *hijri_months()]
    for name in ("weekday", "ordinal", "relday", "relday_after", "tod", "period", "this"):
        phrases.extend(table[name])
    phrases.extend(("يوم", "شهر", "عام", "العام", "سنه", "السنه", "منذ", "قبل", "بعد"))
    return frozenset(phrase.split(" ")[0] for phrase in phrases)

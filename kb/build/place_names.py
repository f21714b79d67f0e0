"""English names for GeoNames places, as the English Wikipedia title would have them.

GeoNames names places of the Arab world, Iran and their neighbours in a scholarly
romanization ("Al Ḩudaydah", "Şafwá", "‘Ajlūn") that news and Wikipedia do not use. The
rule here drops those marks, preferring a spelling GeoNames itself lists among a place's
alternate names ("Zinjibar" for "Zinjibār"); names of countries written in the Latin
alphabet keep their own letters ("Şırnak", "Diyarbakır" are the Wikipedia titles). The
places news names most get their title from kb/build/curated/place_names_en.yaml instead.

Used by build_places.py; no dependency beyond PyYAML so that the tests can run it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ARAB_LEAGUE = frozenset("SA AE QA KW BH OM YE IQ SY LB JO PS EG SD LY TN DZ MA MR SO DJ KM".split())
# Countries whose GeoNames names are romanizations of another script (BGN/PCGN marks and all).
ROMANIZED = ARAB_LEAGUE | frozenset("IL IR AF PK SS ER ET".split())

# Where GeoNames writes names as French spells them: only its own romanization marks go.
FRENCH_SPELLING = frozenset("DZ MA TN MR LB DJ KM".split())
ROMANIZATION_MARKS = frozenset("āīūēōĀĪŪĒŌḩḨḑḐţŢşŞẕẔẓẒẖḥḤṣṢṭṬḍḌáÁ\u0327\u0331")
QUOTES = str.maketrans({"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "ʼ": "'", "`": "'", "´": "'"})
LETTERS_ONLY = re.compile(r"[^a-z]")


def fold(name: str, french: bool = False) -> str:
    """The name without diacritics and with plain apostrophes: "‘Ajlūn" -> "Ajlun",
    "Al Ḩudaydah" -> "Al Hudaydah". `french`: only the romanization marks go, French
    accents stay ("Sétif", "Béjaïa", "Tétouan" are the Wikipedia titles)."""
    name = name.translate(QUOTES)
    plain = "".join(_plain(c) if not french or c in ROMANIZATION_MARKS else c for c in name)
    plain = plain.replace("ı", "i").replace("ß", "ss")
    return re.sub(r"(^|[\s-])'+", r"\1", plain).strip()


def _plain(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def _key(name: str) -> str:
    return LETTERS_ONLY.sub("", name.lower())


def english_name(name: str, alternates: Iterable[str], country: str) -> str:
    """The name a reader of English news knows the place by, short of a curated title.

    A name of a romanized country that is not plain ASCII gives way to an ASCII alternate
    name spelled with the same letters (the one with the fewest apostrophes and hyphens), or
    else to the name with its marks dropped; where names are spelled the French way, only
    the romanization marks are dropped."""
    if country not in ROMANIZED or name.isascii():
        return name
    if country in FRENCH_SPELLING:
        return fold(name, french=True)
    folded = fold(name)
    same = [fold(a) for a in dict.fromkeys(alternates) if a.isascii() and not a.isupper() and a.strip()]
    same = [a for a in same if _key(a) == _key(folded)]
    if not same:
        return folded
    return min(same, key=lambda a: (sum(not c.isalnum() and c != " " for c in a), a != folded))


def load_curated(path: Path) -> dict[str, dict[str, Any]]:
    """kb/build/curated/place_names_en.yaml by GeoNames id: {"en": title, "ar": [the canonical
    Arabic name, when given], "aka": [other Arabic names]}."""
    items = yaml.safe_load(path.read_text("utf-8")) or []
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        key = str(item["geonameid"])
        if key in out:
            raise ValueError(f"{path.name}: GeoNames id {key} is listed twice")
        out[key] = {"en": item["en"], "ar": [item["ar"]] if item.get("ar") else [], "aka": list(item.get("aka", []))}
    return out

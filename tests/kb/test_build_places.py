"""The rules of the places build (kb/build/build_places.py) on tiny inputs written here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "kb" / "build"))
import build_places as bp  # noqa: E402


def usage() -> bp.Usage:
    counts = bp.Usage()
    tagged = ([("كبيرا", "O")] * 5 + [("الخبر", "O")] * 6 + [("الخبر", "B-Population-Center")]
              + [("رياض", "B-Politician"), ("الصلح", "I-Politician")] * 3
              + [("صلاح", "B-Politician"), ("الدين", "I-Politician")] * 2 + [("الكرد", "O")] * 3
              + [("مكة", "B-Population-Center")] * 4)
    name: list[str] = []
    tag = ""
    for word, label in tagged:
        counts.add(word, label)
        if label.startswith("I-"):
            name.append(word)
            continue
        counts.add_name(name, tag)
        name, tag = ([word], label) if label.startswith("B-") else ([], "")
    counts.add_name(name, tag)
    return counts


def city(names: list[str], population: int = 50_000, country: str = "YE", gid: int = 1) -> dict[str, Any]:
    return {"geonameid": gid, "name": "Ḩays", "countrycode": country, "population": population,
            "latitude": 13.93, "longitude": 43.48, "admin1code": "08", "alternatenames": ["Hays", *names]}


def test_words_names_of_persons_and_nisbas_are_ambiguous() -> None:
    counts = usage()
    assert bp.ambiguous("الخبر", counts)  # mostly "the news"
    assert bp.ambiguous("رياض", counts)  # a given name
    assert bp.ambiguous("صلاح الدين", counts)  # a person's name of two words
    assert bp.ambiguous("بيرا", counts)  # ك + بيرا is "كبيرا"
    assert bp.ambiguous("الكردي", counts)  # the nisba of a word
    assert bp.ambiguous("صور", counts)  # short and unknown as a place
    assert not bp.ambiguous("مكة", counts)  # short, but a place the corpora know
    assert not bp.ambiguous("الزبداني", counts)  # a nisba of no word: a plain town name
    assert not bp.ambiguous("زنجبار", counts)


def test_arabic_names_reject_other_spellings_and_put_the_preferred_name_first() -> None:
    town = city(["ئالحديدة", "حدیده", "الحديدة", "حديده", "بيت ج"], gid=7)
    assert bp.arabic_names(town, {"7": "اَلْحُدَيْدَة"}) == ["الحديدة", "حديده"]
    district = city(["سرت"], gid=8)
    assert bp.arabic_names(district, {"8": "شعبية سرت"}) == ["سرت", "شعبية سرت"]


def test_a_city_keeps_its_safe_names_and_a_curated_title() -> None:
    counts = usage()
    row = bp.city_row(city(["الخبر", "مدينة الخبر", "مدينه الخبر"], gid=9), ["الخبر", "مدينة الخبر",
                      "مدينه الخبر"], counts, {"9": {"en": "Khobar", "ar": [], "aka": ["الخبر الشمالية"]}})
    assert row["name_ar"] == "مدينة الخبر" and row["name_en"] == "Khobar"
    assert row["aliases"] == ["الخبر الشمالية"] and "ambiguous" not in row
    plain = bp.city_row(city(["الخبر"], gid=10), ["الخبر"], counts, {})
    assert plain["name_en"] == "Hays" and plain["ambiguous"]


def test_a_one_word_town_needs_a_trigger_word() -> None:
    row = bp.city_row(city(["زنجبار"], population=3_000), ["زنجبار"], usage(), {})
    assert row["ambiguous"]
    row = bp.city_row(city(["بيت لاهيا"], population=3_000), ["بيت لاهيا"], usage(), {})
    assert "ambiguous" not in row


def test_regions_by_division_sit_at_the_mean_of_its_towns() -> None:
    towns = [city([], gid=1), {**city([], gid=2), "latitude": 14.93, "longitude": 44.48}]
    assert bp.admin1_centres(towns) == {"YE.08": (14.43, 43.98)}

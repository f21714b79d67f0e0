"""Places the knowledge base lacks, named after a place word, and their transliteration
(texts written for these tests)."""

from typing import Any

import pytest
from tests.stages import processed

from rasd.link.localities import transliterate


def places(body: str) -> list[dict[str, Any]]:
    doc = processed(body)
    return [{**e, "surfaces": [doc.text[m["start"]:m["end"]] for m in e["mentions"]]}
            for e in doc.entities if e["id"].startswith("x-loc-")]


@pytest.mark.parametrize(("arabic", "latin"), [
    ("مجزر", "Majzar"), ("حلحلان", "Halhalan"), ("حيس", "Hays"), ("القفر", "al-Qafr"), ("ماس", "Mas"),
    ("وادي الرمثة", "Wadi al-Ramtha"),
])
def test_transliteration(arabic: str, latin: str) -> None:
    assert transliterate(arabic) == latin


def test_unknown_places_after_place_words() -> None:
    found = places("ودارت معارك في منطقة قرشان وعلى جبهة حلحلان، وسيطر المسلحون على مديرية القفر.")
    assert {(p["surfaces"][0], p["name_en"], p["type"]) for p in found} == {
        ("قرشان", "Qarshan", "LOC"), ("حلحلان", "Halhalan", "LOC"), ("القفر", "al-Qafr District", "LOC")}


def test_a_dual_names_two_places() -> None:
    found = places("وسيطرت القوات على بلدتي الوهط وقرشان بعد معارك.")
    assert sorted(p["surfaces"][0] for p in found) == ["الوهط", "قرشان"]


@pytest.mark.parametrize("body", [
    "ووصلت القوات إلى منطقة قريبة من الحدود.",  # an ordinary word after the place word
    "وأعلنت مدينة الرياض عن مهرجان جديد.",  # the base knows the city
    "وقال إنه من ناحية أخرى يرى أن الحل قريب.",
])
def test_no_place_without_a_name(body: str) -> None:
    assert places(body) == []


@pytest.mark.parametrize("body", [
    "ونفذ العرض في عمل حي ومباشر أمام الجمهور.",  # a conjunction word is the next item
    "وتختلف الأسعار عند الانتقال من مدينة للثانية.",
])
def test_no_place_from_a_conjunction_or_a_glued_preposition(body: str) -> None:
    assert places(body) == []


def test_two_places_joined_are_two_names_not_one() -> None:
    found = places("ودارت اشتباكات في منطقة المحلة والجلاجل جنوب المدينة.")
    assert [p["surfaces"] for p in found] == [["المحلة"]]


@pytest.mark.parametrize("body", [
    "واجتمع قادة منطقة اليورو في بروكسل.",
    "وتقيم الفرقة في حي las Palmitas منذ عام.",  # Latin letters: not transliterated
    "وتطورت مدينة كمدينة حائل الاقتصادية.",
])
def test_no_place_from_other_words(body: str) -> None:
    assert places(body) == []

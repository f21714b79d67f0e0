"""Organisations the knowledge base lacks, by the shape of their names, and their English
names (texts written for these tests)."""

from typing import Any

import pytest
from tests.stages import processed

from rasd.link.organizations import glossary


def organizations(body: str) -> list[dict[str, Any]]:
    doc = processed(body)
    return [{**e, "surfaces": [doc.text[m["start"]:m["end"]] for m in e["mentions"]]}
            for e in doc.entities if e["id"].startswith("x-org-")]


def test_the_glossary_has_every_kind() -> None:
    terms = glossary()
    assert len(terms.heads) > 40 and len(terms.adjectives) > 100 and len(terms.nouns) > 100


@pytest.mark.parametrize(("body", "surface", "english"), [
    ("وقال رئيس الجمعية المصرية للتنمية السياحية إن الموسم جيد.", "الجمعية المصرية للتنمية السياحية",
     "Egyptian Association for Tourism Development"),
    ("وأكدت الهيئة العامة للرياضة والشباب أن الملعب جاهز.", "الهيئة العامة للرياضة والشباب",
     "General Authority for Sport and Youth"),
    ("وأصدرت نقابة الصحفيين بياناً أمس.", "نقابة الصحفيين", None),
])
def test_a_name_is_found_whole_with_an_english_name(body: str, surface: str, english: str | None) -> None:
    found = organizations(body)
    assert [o["surfaces"] for o in found] == [[surface]]
    assert found[0]["type"] == "ORG" and found[0]["name_en"]
    if english:
        assert found[0]["name_en"] == english


@pytest.mark.parametrize("body", [
    "وانتشرت قوات الأمن في الشوارع.",  # a force described, not named
    "وقالت الجمعية المصرية إن الموسم جيد.",  # a kind of body and a country
    "وقال الوزير إن الحكومة ستدعم الشباب.",  # no head at all
])
def test_descriptions_are_not_names(body: str) -> None:
    assert organizations(body) == []


def test_the_same_name_is_one_entity_and_its_head_refers_back() -> None:
    found = organizations("وافتتح المعهد القومي للبحوث الفلكية مقره الجديد.\nوقال مدير المعهد إن العمل بدأ.")
    assert len(found) == 1 and found[0]["surfaces"][0] == "المعهد القومي للبحوث الفلكية"


@pytest.mark.parametrize("body", [
    "وتأثرت حركة النقل الجوي العالمية بالبركان.",  # traffic, not a movement
    "وقال الوزيران في المؤتمر الصحفي المشترك إن المحادثات مثمرة.",
    "وبثت القناة التلفزيونية الرسمية الخبر.",  # generic adjectives only
])
def test_phrases_that_look_like_names_are_not(body: str) -> None:
    assert organizations(body) == []


def test_a_country_ending_a_name_is_the_heads() -> None:
    found = organizations("وأعلنت مؤسسة التعليم والثقافة الأمريكية عن منح جديدة.")
    assert found[0]["name_en"] == "American Foundation of Education and Culture"


def test_a_body_and_another_joined_by_and_are_not_one_name() -> None:
    assert organizations("وتحدث عن المشكلة بين السلطة التنفيذية والصحافة في البلاد.") == []


def test_the_country_leads_a_compound_name_and_a_news_agency_is_an_outlet() -> None:
    found = {e["name_ar"]: e for e in organizations(
        "وقال وفقاً لما نقلته وكالة الانباء البحرينية إن الوفد وصل. وأعلنت شركة النفط الإيرانية زيادة الإنتاج. "
        "وأعلنت وكالة الفضاء الأردنية إطلاق قمر.")}
    agency = found["وكالة الانباء البحرينية"]
    assert (agency["name_en"], agency["type"], agency["actor_code"]) == ("Bahraini News Agency", "MEDIA", "BHRMED")
    assert found["شركة النفط الإيرانية"]["name_en"] == "Iranian Oil Company"
    assert found["وكالة الفضاء الأردنية"]["type"] == "ORG"  # an agency, not a news agency

"""Bodies named after the town they serve (شرطة دبي، مديرية صحة حلب): texts written for these tests."""

from typing import Any

from tests.stages import processed


def bodies(body: str) -> dict[str, dict[str, Any]]:
    doc = processed(body)
    return {doc.text[e["mentions"][0]["start"]:e["mentions"][0]["end"]]: e
            for e in doc.entities if e["id"].startswith(("x-org-", "x-fac-"))}


def test_police_municipality_and_directorates_of_a_town() -> None:
    found = bodies("وقالت شرطة دبي إن الحادث وقع أمس. وأعلنت بلدية الرياض أنها أغلقت الطريق. "
                   "وذكرت مديرية صحة حلب أن المستشفى تعرض للقصف.")
    assert {k: (e["name_en"], e["type"], e["actor_code"]) for k, e in found.items()} == {
        "شرطة دبي": ("Dubai Police", "ORG", "ARECOP"),
        "بلدية الرياض": ("Riyadh Municipality", "ORG", "SAUGOV"),  # the city, not the state its capital stands for
        "مديرية صحة حلب": ("Aleppo Health Directorate", "ORG", "SYRHLH"),
    }


def test_a_noun_before_the_place_says_what_the_body_does() -> None:
    found = bodies("وأفاد بيان لمديرية أمن مدينة إسطنبول أن الانفجار أوقع عشرة جرحى. "
                   "وقضت محكمة جنايات القاهرة بسجن المتهم.")
    assert found["مديرية أمن مدينة إسطنبول"]["name_en"] == "Istanbul Security Directorate"
    assert found["مديرية أمن مدينة إسطنبول"]["actor_code"] == "TURCOP"  # أمن: the police, not the government
    assert found["محكمة جنايات القاهرة"]["name_en"] == "Cairo Criminal Court"


def test_facilities_and_the_body_as_speaker() -> None:
    doc = processed("وقال مسؤول إن ميناء الحديدة استقبل سفينة. وقالت شرطة نينوى إن الطريق مغلق.")
    names = {e["name_en"]: e["type"] for e in doc.entities}
    assert names["Hodeidah Port"] == "FAC"
    speakers = {q["speaker"]["text"] for q in doc.quotes}
    assert "شرطة نينوى" in speakers


def test_no_body_without_a_town_or_with_a_country() -> None:
    found = bodies("وقال إن الأمن مستتب في البلاد. وتحدث عن جامعة كولومبيا وعن شرطة في المدينة.")
    assert not found, found


def test_the_gendarmerie_and_the_coalitions_states_are_known_in_the_news_of_their_country() -> None:
    doc = processed("وقالت القيادة العسكرية إن جنديين من قوات الدرك قتلا في جنوب شرق تركيا. وتقول تركيا إن "
                    "الهجوم إرهابي.")
    assert "turkish-gendarmerie" in {e["id"] for e in doc.entities}

"""A country's people as an actor ("الجالية البحرينية") and a two-word family name used alone
("سيد قادر"), on texts written for these tests with the packaged knowledge base."""

from typing import Any

import pytest

import rasd
from rasd.link.peoples import people_name


def entities(body: str) -> dict[str, dict[str, Any]]:
    doc = rasd.process("خبر للاختبار\n\n" + body)
    return {e["name_en"]: {**e, "surfaces": [doc.text[m["start"]:m["end"]] for m in e["mentions"]]}
            for e in doc.entities}


@pytest.mark.parametrize(("demonym", "people"), [
    ("Bahraini", "Bahrainis"), ("Egyptian", "Egyptians"), ("Lebanese", "Lebanese people"),
    ("British", "British people"), ("French", "French people"), ("Saudi Arabian", "Saudis"),
])
def test_people_names(demonym: str, people: str) -> None:
    assert people_name(demonym) == people


def test_a_community_and_a_people_are_one_norp_actor_apart_from_the_state() -> None:
    found = entities("نددت الجالية المصرية في الكويت بالهجوم، وقالت إن الشعب المصري يقف صفاً واحداً.\n"
                     "وأكدت الحكومة المصرية أن التحقيق جار.")
    people = found["Egyptians"]
    assert people["type"] == "NORP" and people["actor_code"] == "EGYCVL"
    assert people["surfaces"] == ["الجالية المصرية", "الشعب المصري"]
    assert "Egypt" in found or "Government of Egypt" in found  # the state keeps its own mention


def test_an_adjective_without_a_collective_noun_stays_the_country() -> None:
    found = entities("قال وزير الخارجية البحريني إن بلاده ترفض التدخل في شؤونها.")
    assert "Bahrainis" not in found and "Bahrain" in found


def test_a_two_word_family_name_refers_back_to_the_person() -> None:
    found = entities("أكد وزير الزراعة في الحكومة المحلية، سالم عبيد قادر، أن المحصول وفير.\n"
                     "وأضاف عبيد قادر أن الأسعار ستنخفض.")
    person = next(e for e in found.values() if e["type"] == "PER")
    assert person["surfaces"] == ["سالم عبيد قادر", "عبيد قادر"]


def test_a_title_refers_back_to_its_holder_over_a_glued_preposition() -> None:
    doc = rasd.process("خبر للاختبار\n\nوألقى الأمين العام للأمم المتحدة بان كي مون كلمة في الحفل.\n"
                       "وأعرب السفير عن شكره للأمين العام للأمم المتحدة على حضوره.")
    ban = next(e for e in doc.entities if e["id"] == "ban-ki-moon")
    assert len(ban["mentions"]) == 2

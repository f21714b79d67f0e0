"""Embassies and consulates named by their state's adjective: texts written for these tests."""

from typing import Any

from tests.stages import processed


def missions(body: str) -> dict[str, dict[str, Any]]:
    doc = processed(body)
    return {e["name_en"]: e for e in doc.entities if e["type"] == "FAC" and e["name_en"].startswith(("Embassy", "Consulate"))}


def test_an_embassy_in_a_named_city_is_named_as_wikipedia_does_and_speaks_for_its_state() -> None:
    doc = processed("وقالت السفارة الأميركية بالخرطوم في بيان إن الموظفين بخير. وأكدت السلطات السودانية ذلك.")
    embassy = next(e for e in doc.entities if e["name_en"] == "Embassy of the United States, Khartoum")
    assert embassy["type"] == "FAC" and embassy["actor_code"] == "USAGOV"
    assert doc.quotes[0]["speaker"]["entity"] == embassy["id"]


def test_an_embassy_without_a_city_is_in_the_capital_of_the_state_named_after_it_or_written_about() -> None:
    assert "Embassy of Saudi Arabia, Rabat" in missions("وقالت السفارة السعودية بالمغرب إن الوفد وصل.")
    found = missions("وأعلنت السلطات السودانية أن السفارة البريطانية أغلقت أبوابها في السودان أمس.")
    assert "Embassy of the United Kingdom, Khartoum" in found


def test_a_consulate_is_in_the_city_of_the_host_state_the_article_names() -> None:
    found = missions("هاجمت امرأتان القنصلية الأمريكية في حي ساريير. وقالت الشرطة التركية في إسطنبول إن "
                     "إسطنبول تشهد إجراءات أمنية مشددة في تركيا.")
    assert "Consulate General of the United States, Istanbul" in found


def test_a_word_that_is_no_states_adjective_makes_no_mission() -> None:
    assert not missions("وزار الوفد السفارة الجديدة في الحي الدبلوماسي.")

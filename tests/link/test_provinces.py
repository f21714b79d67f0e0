"""Members of a province list ("محافظات حضرموت وإب ومأرب") are the provinces, not the towns."""

from __future__ import annotations

from tests.stages import processed


def _names(text: str) -> dict[str, list[str]]:
    return {e["name_en"]: [m["text"] for m in e["mentions"]] for e in processed(text).entities}


def test_each_member_of_a_list_after_the_plural_is_a_province() -> None:
    names = _names("وتوزع الحملة السلال في محافظات حماه وحلب و حمص خلال الشهر.")
    assert {"Hama Governorate", "Aleppo Governorate", "Homs Governorate"} <= names.keys()


def test_a_member_too_short_to_match_alone_is_found_through_its_province() -> None:
    names = _names("ووصلت القوافل إلى محافظات شبوة وإب ومأرب هذا الأسبوع.")
    assert names.get("Ibb Governorate") == ["إب"]
    assert "Marib Governorate" in names


def test_the_town_named_alone_stays_the_town() -> None:
    names = _names("وزار الوفد مدينة حلب أمس، ثم توجه إلى حمص.")
    assert "Aleppo Governorate" not in names and "Homs Governorate" not in names

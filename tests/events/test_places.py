"""Where events happened (rasd.events.places) and targets that are places, on sentences
written for these tests."""

from typing import Any

import pytest
from tests.events.test_events import events

from rasd.events.places import PlaceFinder

PLACES = PlaceFinder()


def event_of(text: str, root: str, dateline: str | None = None) -> dict[str, Any]:
    found = [e for e in events(text, dateline=dateline) if e["root"] == root]
    assert found, [(e["root"], e["trigger"]) for e in events(text, dateline=dateline)]
    return found[0]


def _coordinates(place: dict[str, Any]) -> tuple[float, float]:
    assert isinstance(place["lat"], float) and isinstance(place["lon"], float)
    assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
    return place["lat"], place["lon"]


def test_a_city_after_fi_is_the_place_with_its_coordinates() -> None:
    place = event_of("قصفت الطائرات الروسية مواقع للمعارضة في حلب أمس.", "19")["place"]
    assert place["entity"] == "city-170063" and place["name_en"] == "Aleppo"
    lat, lon = _coordinates(place)
    assert 35 < lat < 37 and 36 < lon < 38
    assert "precision" not in place  # a city stands at its own coordinates


@pytest.mark.parametrize(("text", "name_en"), [
    ("قصفت الطائرات الحربية مواقع المسلحين شمال حلب.", "Aleppo"),  # a direction word
    ("اعتقلت قوات الأمن التونسية ناشطين في مدينة صفاقس.", "Sfax"),  # a place word
    ("هاجم مسلحون مدينة العريش.", "Arish"),  # the town attacked, after مدينة
])
def test_locative_words_give_the_place(text: str, name_en: str) -> None:
    found = events(text)
    assert found and found[0]["place"] is not None and found[0]["place"]["name_en"] == name_en
    _coordinates(found[0]["place"])


def test_a_visited_town_is_where_the_visit_happened() -> None:
    visit = event_of("وزار الرئيس الفرنسي إيمانويل ماكرون الموصل أمس.", "04")
    assert visit["place"]["name_en"] == "Mosul"


def test_a_place_not_governed_by_a_locative_word_and_not_targeted_is_no_place() -> None:
    statement = event_of("وانتقد الرئيس الفرنسي إيمانويل ماكرون تصريحات طهران الأخيرة.", "11")
    assert statement["place"] is None


def test_the_dateline_gives_the_place_when_the_clause_names_none() -> None:
    condemn = event_of("أدانت وزارة الخارجية الأردنية الهجوم على السفارة.", "11", dateline="بيروت")
    assert condemn["place"]["name_en"] == "Beirut"
    _coordinates(condemn["place"])


def test_the_clause_place_wins_over_the_dateline() -> None:
    strike = event_of("قصفت الطائرات الروسية مواقع للمعارضة في حلب أمس.", "19", dateline="بيروت")
    assert strike["place"]["name_en"] == "Aleppo"


def test_an_unknown_dateline_gives_no_place() -> None:
    condemn = event_of("أدانت وزارة الخارجية الأردنية الهجوم على السفارة.", "11", dateline="مكان مجهول")
    assert condemn["place"] is None


def test_geocode_of_a_city_and_of_an_unknown_id() -> None:
    assert PLACES.geocode("city-98182") == {"entity": "city-98182", "name_en": "Baghdad",
                                            "lat": pytest.approx(33.34, abs=0.1),
                                            "lon": pytest.approx(44.40, abs=0.1)}
    assert PLACES.geocode("no-such-entry") is None


def test_a_country_stands_at_its_capital() -> None:
    geo = PLACES.geocode("syr")
    damascus = next(p for p in PLACES.kb.lookup("دمشق") if p.lat is not None)
    assert geo is not None and geo["precision"] == "country" and geo["entity"] == "syr"
    assert (geo["lat"], geo["lon"]) == (damascus.lat, damascus.lon)


def test_a_country_after_fi_is_the_place_with_country_precision() -> None:
    strike = event_of("قصفت الطائرات الإسرائيلية مواقع في سوريا أمس.", "19")
    assert strike["place"] is not None and strike["place"]["precision"] == "country"
    assert strike["place"]["entity"] == "syr"


@pytest.mark.parametrize(("text", "state", "place"), [
    ("قصفت المدفعية التركية محافظة إدلب أمس.", "syr", "idlib-gov"),
    ("أطلق الحوثيون صواريخ على منطقة جازان.", "sau", "jazan-region"),
    ("قصفت الطائرات الإسرائيلية قطاع غزة الليلة الماضية.", "pse", "gaza-strip"),
])
def test_a_targeted_region_stands_for_its_state(text: str, state: str, place: str) -> None:
    target = next(e for e in events(text) if e["root"] == "19")["targets"][0]
    assert target["entity"] == state and target["actor_code"] == state.upper() and target["place"] == place


@pytest.mark.parametrize(("text", "state"), [
    ("هاجم مسلحون مدينة العريش.", "egy"),
    ("قصفت الطائرات الروسية بلدة خان شيخون بريف إدلب.", "syr"),
])
def test_a_targeted_town_stands_for_its_state(text: str, state: str) -> None:
    target = next(e for e in events(text) if e["root"] == "19")["targets"][0]
    assert target["place"].startswith("city-")
    assert target["entity"] == state and target["actor_code"] == state.upper()


def test_a_targeted_region_is_where_the_strike_happened() -> None:
    strike = event_of("قصفت المدفعية التركية محافظة إدلب أمس.", "19")
    assert strike["place"] is not None and strike["place"]["entity"] == "idlib-gov"


def test_a_district_the_base_lacks_is_still_the_place_and_keeps_two_strikes_apart() -> None:
    found = events("شنت طائرات التحالف العربي غارات عنيفة على مواقع حوثية في مديرية صرواح. "
                   "وقصفت طائرات التحالف مواقع حوثية بجبهة مجزر.")
    strikes = [e for e in found if e["root"] == "19"]
    assert len(strikes) == 2
    assert strikes[0]["place"]["lat"] is None and strikes[0]["place"]["entity"].startswith("x-")

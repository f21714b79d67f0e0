"""Demands in reported speech (texts written for these tests)."""

from tests.events.test_events import events


def test_obligation_in_a_quote_is_a_demand_of_the_speaker() -> None:
    found = events("وقال وزير الخارجية السعودي عادل الجبير إنه يجب على إيران تغيير سياستها في المنطقة.")
    demand = next(e for e in found if e["cameo"] == "100")
    assert demand["source"]["entity"] == "jubeir-adel" and demand["targets"][0]["entity"] == "irn"


def test_bare_ala_opening_the_reported_clause() -> None:
    found = events("وأضاف الجبير أن على الأمم المتحدة أن تتحمل مسؤولياتها.")
    assert any(e["cameo"] == "100" and e["targets"][0]["entity"] == "un" for e in found)


def test_ala_before_a_place_is_no_demand() -> None:
    found = events("وقال الجبير إن التحالف يركز على غرب إفريقيا ومنطقة الساحل.")
    assert not any(e["cameo"] == "100" for e in found)

"""Accusations in reported speech: a speaker naming another side's interference, violations,
aggression or support for terrorism criticises that side (texts written for these tests)."""

from tests.events.test_events import events


def accused(text: str) -> list[tuple[str | None, list[str | None]]]:
    return [(e["source"]["entity"] if e["source"] else None, [t["entity"] for t in e["targets"]])
            for e in events(text) if e["cameo"] == "112"]


def test_interference_by_pronoun_is_its_owners() -> None:
    found = accused("وقال وزير الخارجية السعودي عادل الجبير إن إيران تواصل تدخلها في اليمن والعراق بشكل سافر.")
    assert found == [("jubeir-adel", ["irn"])]


def test_a_nisba_names_the_accused() -> None:
    found = accused("وأكد وزير الداخلية البحريني أن التدخلات الإيرانية في الشأن الداخلي مرفوضة.")
    assert found and found[0][1] == ["irn"]


def test_support_counts_only_for_terrorism() -> None:
    assert accused("وقال وزير الخارجية الأمريكي جون كيري إن إيران ستبقى معزولة بسبب دعمها للإرهاب.")
    assert not accused("وقال وزير الخارجية الأمريكي جون كيري إن إيران أكدت دعمها للحكومة العراقية.")


def test_a_speakers_own_side_and_rapid_intervention_forces_are_no_accusation() -> None:
    assert not accused("وقال المتحدث باسم الخارجية الإيرانية إن التدخلات الإيرانية في المنطقة مشروعة.")
    assert not accused("وقال مسؤول سعودي إن قوات التدخل السريع الإيرانية وصلت إلى الحدود.")


def test_conduct_outside_a_quote_accuses_no_one() -> None:
    assert not accused("وتصاعدت التدخلات الإيرانية في المنطقة خلال العام الماضي.")


def test_what_a_side_commits_accuses_it() -> None:
    found = accused("وقال المحلل اليمني إن على الحكومة أن تظهر حزمها تجاه الأخطاء الكارثية التي ترتكبها "
                    "الأمم المتحدة عبر مبعوثيها.")
    assert found and found[0][1] == ["un"]

"""Modality of events (rasd.events.modality) on sentences written for these tests, run
through every stage."""

from typing import Any

import pytest
from tests.events.test_events import events


def event_of(text: str, root: str) -> dict[str, Any]:
    found = [e for e in events(text) if e["root"] == root]
    assert found, [(e["root"], e["trigger"]) for e in events(text)]
    return found[0]


@pytest.mark.parametrize(("text", "root"), [
    ("لم يلتق وزير الخارجية السعودي عادل الجبير نظيره الإيراني خلال المؤتمر.", "04"),
    ("ولم تلتق الوزيرة الفرنسية بنظيرها الإيراني خلال القمة.", "04"),
    ("لن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر هذا العام.", "04"),
    ("وأعلنت الحكومة العراقية عدم توقيع اتفاق مع تركيا.", "05"),
])
def test_negated(text: str, root: str) -> None:
    assert event_of(text, root)["modality"] == "negated"


@pytest.mark.parametrize(("text", "root"), [
    ("أحبطت الشرطة العراقية هجوما انتحاريا في بغداد.", "18"),
    ("وأحبطت قوات الأمن المصرية هجوما إرهابيا على كنيسة في القاهرة.", "18"),
])
def test_a_foiled_attack_did_not_happen(text: str, root: str) -> None:
    assert event_of(text, root)["modality"] == "negated"


@pytest.mark.parametrize(("text", "root"), [
    ("ستستقبل الحكومة الأردنية وفدا عراقيا الأسبوع المقبل.", "04"),  # the future prefix
    ("سوف يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الأسبوع المقبل.", "04"),
    ("من المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر.", "04"),
    ("وتخطط الحكومة التركية لتوقيع اتفاق مع روسيا.", "05"),
    ("يعتزم الرئيسان المصري والسوداني توقيع اتفاق تعاون في القاهرة.", "05"),
    ("وتعتزم السعودية والإمارات توقيع اتفاق مع الأردن.", "05"),
    ("وقال الإليزيه إن ماكرون والسيسي يعتزمان زيارة الرياض الشهر المقبل.", "04"),  # intent in the dual
    ("ويعتزم المتظاهرون تنظيم اعتصام أمام البرلمان.", "14"),
    ("وينوي المحتجون الإضراب عن العمل في العاصمة.", "14"),
])
def test_planned(text: str, root: str) -> None:
    assert event_of(text, root)["modality"] == "planned"


def test_a_planned_visit_is_dated_forward() -> None:
    visit = event_of("وأعلن وزير الخارجية الأردني أيمن الصفدي أنه سيزور بغداد الأسبوع المقبل.", "04")
    assert visit["modality"] == "planned" and visit["source"]["entity"] == "safadi-ayman"
    assert visit["date"] == "2019-02-27"


@pytest.mark.parametrize(("text", "root"), [
    ("إذا هاجمت إيران السفن فإن الولايات المتحدة سترد بقوة.", "19"),
    ("لو قصفت إسرائيل المفاعل لاندلعت حرب في المنطقة.", "19"),
    ("وفي حال هاجمت إيران السفن سترد واشنطن.", "19"),
    ("قد تقصف الطائرات الإسرائيلية مواقع في سوريا.", "19"),
])
def test_hypothetical_under_a_condition(text: str, root: str) -> None:
    assert event_of(text, root)["modality"] == "hypothetical"


def test_a_threatened_attack_is_hypothetical_and_the_threat_is_asserted() -> None:
    found = events("هدد تنظيم داعش بشن هجمات جديدة في العراق.")
    threat = next(e for e in found if e["root"] == "13")
    attack = next(e for e in found if e["root"] == "19")
    assert threat["modality"] == "asserted" and threat["source"]["entity"] == "isis"
    assert attack["modality"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الأردني أيمن الصفدي إن الطائرات الإسرائيلية قصفت مواقع في غزة.",
    "وقال وزير الخارجية الأردني أيمن الصفدي: «قصفت الطائرات الإسرائيلية مواقع في غزة الليلة الماضية».",
])
def test_an_act_inside_a_quote_is_reported(text: str) -> None:
    strike = event_of(text, "19")
    assert strike["modality"] == "reported" and strike["source"]["actor_code"] == "ISRMIL"


def test_the_reporting_act_is_asserted_and_what_it_reports_is_reported() -> None:
    found = events("أدانت وزارة الخارجية الأردنية الهجوم على السفارة.")
    assert next(e for e in found if e["root"] == "11")["modality"] == "asserted"
    attack = next(e for e in found if e["root"] == "19")
    assert attack["modality"] == "reported" and attack["source"] is None  # the ministry did not attack


def test_negation_and_plans_win_over_reporting() -> None:
    assert event_of("وقالت الوزارة إن الرئيس الفرنسي إيمانويل ماكرون لن يزور الجزائر.", "04")["modality"] == "negated"
    assert event_of("وقال الصفدي إن الملك عبدالله الثاني سيزور بغداد.", "04")["modality"] == "planned"


@pytest.mark.parametrize(("text", "root"), [
    ("وزار الرئيس الفرنسي إيمانويل ماكرون الجزائر أمس.", "04"),
    ("قصفت الطائرات الروسية مواقع للمعارضة في حلب أمس.", "19"),
    ("اعتقلت السلطات السودانية عشرات المحتجين في الخرطوم.", "17"),
])
def test_asserted(text: str, root: str) -> None:
    assert event_of(text, root)["modality"] == "asserted"


def test_a_word_that_merely_starts_like_an_intent_verb_plans_nothing() -> None:
    strike = event_of("وأمام تنوع التهديدات قصفت الطائرات الإسرائيلية مواقع في غزة أمس.", "19")
    assert strike["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    "وإذا هاجمت إيران السفن فإن واشنطن سترد.",
    "ولو قصفت إسرائيل المفاعل لاشتعلت المنطقة.",
    "وقد تقصف الطائرات الإسرائيلية مواقع في سوريا.",
])
def test_a_condition_after_wa_is_hypothetical(text: str) -> None:
    assert event_of(text, "19")["modality"] == "hypothetical"


def test_intent_before_a_long_subject_plans_the_act() -> None:
    meeting = event_of("يعتزم وزيرا الخارجية الأمريكي والروسي عقد لقاء في جنيف.", "04")
    assert meeting["modality"] == "planned"


def test_the_consequence_of_a_condition_did_not_happen() -> None:
    found = events("لو قصفت إسرائيل المفاعل لاندلعت حرب في المنطقة.")
    assert all(e["modality"] == "hypothetical" for e in found if e["root"] == "19")


def test_ma_after_a_pronoun_is_which_not_not() -> None:
    assert event_of("وتولى مجلس النواب السلطة التشريعية، وهو ما يعارضه البرلمان الليبي السابق.", "11")["modality"] \
        == "asserted"
    assert event_of("وقال المتحدث إن الجيش ما قصف المدينة أبداً.", "19")["modality"] == "negated"


@pytest.mark.parametrize("text", [
    "وبدأت الشرطة التونسية حملة واسعة من أجل القبض على المهربين.",
    "ونشرت الحكومة العراقية قوات إضافية في الأنبار بهدف اعتقال المطلوبين.",
    "وبدأ الجيش اللبناني عملية سعياً لاعتقال مسلحين في طرابلس.",
])
def test_an_act_named_as_an_aim_is_planned_and_min_ajl_postpones_nothing(text: str) -> None:
    assert event_of(text, "17")["modality"] == "planned"


def test_ajjala_alone_still_postpones() -> None:
    assert event_of("وأجلت الحكومة الأردنية زيارة الوفد العراقي إلى عمان.", "04")["modality"] == "negated"


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أن الحوثيين لا يزالون يسيطرون على مدينة تعز.",
    "وما زالت القوات العراقية تحاصر مسلحي تنظيم داعش في الفلوجة.",
])
def test_a_negated_zala_is_still_not_not(text: str) -> None:
    assert event_of(text, "19")["modality"] != "negated"

"""Who acts: the subject after أنّ, the subject of a control verb, members of a named group,
bare forms the article's country decides, and acts on two fronts kept apart (texts written
for these tests)."""

from typing import Any

import pytest
from tests.events.test_events import events


def by_root(found: list[dict[str, Any]], root: str) -> list[dict[str, Any]]:
    return [e for e in found if e["root"] == root]


def test_the_noun_after_that_is_the_subject_however_long_its_phrase() -> None:
    found = events("وأكد مصدر عسكري أن المقاومة الشعبية والجيش الموالي للشرعية تفرض حصاراً خانقاً "
                   "على مليشيا الحوثي في مدينة تعز.")
    siege = by_root(found, "19")[0]
    assert siege["cameo"] == "191" and siege["source"]["entity"] == "popular-resistance-yemen"
    assert siege["targets"][0]["entity"] == "houthis"


def test_the_subject_of_a_control_verb_acts_in_its_verbal_noun() -> None:
    found = events("تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين في محافظة لحج.")
    taking = by_root(found, "19")[0]
    assert taking["cameo"] == "192" and taking["source"]["entity"] == "popular-resistance-yemen"


def test_fighters_of_a_named_group_are_the_group() -> None:
    found = events("وانسحب مقاتلو الحوثي من مدينة تعز بعد معارك عنيفة.")
    assert by_root(found, "08")[0]["source"]["entity"] == "houthis"


def test_the_coalition_alone_is_the_one_of_the_articles_war() -> None:
    yemen = events("قصف طيران التحالف مواقع للحوثيين في مدينة الحديدة غربي اليمن، وقال سكان إن اليمن "
                   "يشهد أعنف المعارك منذ أسابيع.")
    iraq = events("قصف طيران التحالف مواقع لتنظيم داعش في مدينة الموصل شمالي العراق، وقال سكان إن "
                  "العراق يشهد أعنف المعارك منذ أسابيع.")
    assert by_root(yemen, "19")[0]["source"]["entity"] == "saudi-coalition"
    assert by_root(iraq, "19")[0]["source"]["entity"] == "coalition-isis"


def test_the_head_of_a_phrase_acts_not_the_person_a_glued_title_introduces() -> None:
    found = events("وكانت قوات الجيش الموالية للرئيس اليمني عبدربه منصور هادي سيطرت على قاعدة العند الجوية.")
    assert by_root(found, "19")[0]["source"]["entity"] != "hadi"


def test_one_side_taking_two_towns_is_two_acts() -> None:
    found = events("سيطرت المقاومة الشعبية على مدينة زنجبار.\nوسيطرت المقاومة الشعبية على مدينة الحديدة.")
    assert len(by_root(found, "19")) == 2


def test_the_same_act_told_twice_is_one_event() -> None:
    found = events("سيطرت المقاومة الشعبية على مدينة زنجبار.\nوأكدت المصادر أن المقاومة الشعبية سيطرت على المدينة.")
    assert len(by_root(found, "19")) == 1


SUDAN = "وقالت السلطات السودانية إن التحقيق مستمر في السودان، وإن السودان لن يتهاون مع أحد."


def test_an_arrest_in_the_passive_is_the_authorities_of_the_articles_country() -> None:
    found = events("واعتقل الناشط محمد الجزولي في الخرطوم أمس.\n" + SUDAN)
    arrest = by_root(found, "17")[0]
    assert arrest["source"]["entity"] is None and arrest["source"]["actor_code"] == "SDNGOV"
    assert "الجزولي" in arrest["targets"][0]["text"]


def test_an_arrest_by_a_named_force_keeps_it() -> None:
    found = events("واعتقلت الشرطة الناشط محمد الجزولي في الخرطوم أمس.\n" + SUDAN)
    arrest = by_root(found, "17")[0]
    assert arrest["source"]["actor_code"] == "SDNCOP"


def test_a_verb_without_a_subject_continues_the_last_one() -> None:
    found = events("وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستواصل دعم الحلفاء.\n"
                   "وأثنى على الجهود التي تبذلها السعودية في اليمن.")
    praise = by_root(found, "05")[-1]
    assert praise["source"]["entity"] == "pompeo-mike"


def test_a_noun_after_a_singular_verb_is_its_subject_not_a_dropped_one() -> None:
    found = events("وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستواصل دعم الحلفاء.\n"
                   "وسيتباحث المجتمعون في وضع المنطقة.")
    assert not [e for e in by_root(found, "04") if e["source"].get("entity") == "pompeo-mike"]


def test_a_state_of_alert_is_a_force_posture() -> None:
    found = events("ووضعت قوات الأمن التركية في حالة تأهب قصوى في مدينة إسطنبول.")
    assert [e["cameo"] for e in found if e["root"] == "15"] == ["152"]


def test_what_is_left_of_a_force_is_the_subject_after_a_partitive() -> None:
    found = events("وأشار المصدر إلى أن ما تبقى من قوات الحوثيين انسحبوا إلى مدينة الحوطة.")
    assert by_root(found, "08")[0]["source"]["entity"] == "houthis"


def test_an_unnamed_force_takes_the_country_of_the_place_it_acts_in() -> None:
    found = events("واعتقلت الشرطة ثلاثة مشتبه بهم في مدينة إسطنبول.")  # no country named: the city's
    assert by_root(found, "17")[0]["source"]["actor_code"] == "TURCOP"


def test_a_participle_call_continues_the_sentences_speaker() -> None:
    found = events("وقال وزير الخارجية الأمريكي مايك بومبيو إن التهديد قائم، داعياً الحلفاء إلى زيادة دعمهم.")
    call = by_root(found, "02")[0]
    assert call["source"]["entity"] == "pompeo-mike"


def test_a_call_without_a_subject_on_a_noun_that_is_no_actor() -> None:
    found = events("وقال وزير الخارجية الأمريكي مايك بومبيو إن الاقتصاد ينمو.\nوحث البنوك على خفض الفائدة.")
    assert by_root(found, "02")[0]["source"]["entity"] == "pompeo-mike"


def test_the_title_in_a_visits_genitive_names_the_visitor() -> None:
    found = events("وتناولت المحادثات زيارة وزير الخارجية الأمريكي مايك بومبيو إلى الرياض الأسبوع الماضي.")
    visit = next(e for e in found if e["cameo"] == "042")
    assert visit["source"]["entity"] == "pompeo-mike"


def test_a_gift_is_diplomatic_cooperation() -> None:
    found = events("وأهدت المملكة العربية السعودية ستارة من الكعبة إلى الأمم المتحدة.")
    gift = by_root(found, "05")[0]
    assert gift["cameo"] == "050" and gift["source"]["entity"] == "sau" and gift["targets"][0]["entity"] == "un"


def test_support_for_an_armed_group_or_a_regime_is_material_aid() -> None:
    aid = by_root(events("ودعمت إيران الحوثيين بالسلاح."), "07")[0]
    assert aid["cameo"] == "070" and aid["source"]["entity"] == "irn" and aid["targets"][0]["entity"] == "houthis"
    endorsement = by_root(events("ودعمت السعودية الحكومة اليمنية."), "05")[0]
    assert endorsement["cameo"] == "051"


def test_an_arrest_with_no_country_in_the_article_takes_the_places() -> None:
    found = events("واعتقل ثلاثة مشتبه بهم في مدينة إسطنبول أمس.")
    assert by_root(found, "17")[0]["source"]["actor_code"] == "TURGOV"


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("وتواصل إيران دعم الحوثيين في اليمن.", "irn", "houthis"),  # after a light verb: the noun
    ("وأرجع ذلك إلى دعم طهران لنظام بشار الأسد.", "irn", "assad-bashar"),  # genitive, then ل: doer
])
def test_support_as_a_verbal_noun(sentence: str, source: str, target: str) -> None:
    aid = by_root(events(sentence), "07")[0]
    assert aid["source"]["entity"] == source and aid["targets"][0]["entity"] == target


def test_a_passive_printed_with_its_damma_has_the_victims_after_it() -> None:
    for sentence in ("وقالت المصادر إنه قُتل مئات من رجال الجيش والشرطة في سيناء.",
                     "وتكثفت الهجمات في سيناء حيث قُتل مئات من رجال الجيش والشرطة."):
        killing = by_root(events(sentence), "19")[0]  # the attacks and the killing are one act
        assert killing["source"] is None and [t["text"] for t in killing["targets"]][:1] == ["رجال الجيش"]


def test_a_relative_pronoun_gives_the_verb_its_antecedent() -> None:
    found = events("عندما تقدمت قوات الحوثيين المتحالفة مع إيران والتي سيطرت على العاصمة صنعاء صوب عدن.")
    assert by_root(found, "19")[0]["source"]["entity"] == "houthis"


def test_a_place_after_wa_fi_is_not_the_subject() -> None:
    found = events("وفي العراق نفذت 21 ضربة جوية بالقرب من تسع مدن.")
    assert not [e for e in found if (e["source"] or {}).get("entity") == "irq"]


def test_a_subject_pronoun_stands_for_the_last_actor_named() -> None:
    found = events("عن أي ظلم يتحدث خامنئي وهو يساند النظام الجائر في سوريا.")
    assert by_root(found, "07")[0]["source"]["entity"] == "khamenei"


def test_a_relative_clause_with_its_own_subject_keeps_it() -> None:
    found = events("وتبنى مجلس الأمن بالإجماع القرار 2166 الذي طالب بمحاسبة المسؤولين.")
    assert by_root(found, "10")[0]["source"]["entity"] == "unsc"


def test_the_group_that_claimed_an_attack_carried_it_out() -> None:
    found = events("وشهدت تركيا الأحد عملية انتحارية تبناها حزب العمال الكردستاني استهدفت مركزا للدرك.")
    assert by_root(found, "18")[0]["source"]["entity"] == "pkk"


def test_a_condemned_attack_is_not_the_condemners_and_its_relative_clause_is_the_attack() -> None:
    found = events("وأدانت مصر الهجوم الذي استهدف كنيسة في مدينة الإسكندرية أمس وأسفر عن مقتل خمسة.")
    attacks = [e for e in found if e["root"] in ("18", "19")]
    assert len(attacks) == 1 and attacks[0]["source"] is None
    assert by_root(found, "11")[0]["source"]["entity"] == "egy"


def test_a_threat_to_end_a_truce_with_someone_targets_them() -> None:
    threat = by_root(events("وهدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة."), "13")[0]
    assert threat["targets"][0]["entity"] == "tur"


def test_a_titled_person_opening_a_that_clause_is_its_subject() -> None:
    visit = by_root(events("قال مصدران أمنيان إن قائد فيلق القدس الإيراني قاسم سليماني زار روسيا الأسبوع الماضي."), "04")[0]
    assert visit["source"]["entity"] == "soleimani" and visit["targets"][0]["entity"] == "rus"


def test_sources_that_announce_a_death_did_not_cause_it() -> None:
    found = events("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين في انفجار سيارة مفخخة في محافظة دياربكر.")
    assert all(e["source"] is None for e in found if e["root"] in ("18", "19"))
    operation = by_root(events("وأعلن الجيش المصري بدء عملية عسكرية واسعة في سيناء."), "19")[0]
    assert operation["source"]["text"] == "الجيش المصري"


def test_the_sides_after_bayn_past_a_verb_and_a_time_word() -> None:
    clash = by_root(events("وقال المصدر إن مواجهات وقعت أمس بين القوات المسلحة التشادية وعناصر من بوكو حرام."), "19")[0]
    assert clash["source"]["text"] == "القوات المسلحة التشادية"


def test_a_dropped_subject_agrees_with_its_verb() -> None:
    found = events("وقال الخبير الاقتصادي مارسيل فراتسشر إن الاقتصاد ينمو.\n"
                   "ودعت أوساط اقتصادية في ألمانيا إلى تحسين سبل الالتحاق بسوق العمل.")
    assert not [e for e in found if e["root"] == "02" and e["source"] and "فراتسشر" in e["source"]["text"]]


def test_helicopters_are_a_force_of_the_articles_country() -> None:
    strike = by_root(events("وأوضحت المصادر أن مروحيات الأباتشي قصفت ثلاث دراجات نارية في مدينة العريش شمال سيناء بمصر."), "19")[0]
    assert strike["source"]["text"].startswith("مروحيات") and strike["source"]["actor_code"].endswith("MIL")


def test_a_verb_form_after_a_preposition_is_a_masdar_of_the_governing_verb() -> None:
    killing = by_root(events("وأقدم مواطن على قتل جاره بإطلاق النار عليه في مدينة الطائف."), "19")[0]
    assert killing["source"]["text"] == "مواطن"


def test_a_fight_told_without_its_enemy_is_against_the_side_fought_elsewhere() -> None:
    found = events("وتفرض المقاومة الشعبية حصاراً على مليشيا الحوثي في مدينة تعز. "
                   "وتمكنت المقاومة الشعبية أمس من السيطرة على بلدتين في محافظة لحج.")
    taking = next(e for e in by_root(found, "19") if e["cameo"] == "192")
    inferred = [t for t in taking["targets"] if t.get("inferred")]
    assert [t["entity"] for t in inferred] == ["houthis"]


def test_no_enemy_is_inferred_from_a_place_or_without_a_fight() -> None:
    found = events("وتمكنت المقاومة الشعبية أمس من السيطرة على بلدتين في محافظة لحج. "
                   "وزار وفد من الحوثيين مدينة مسقط.")
    assert not [t for e in found for t in e["targets"] if t.get("inferred")]


def test_a_states_title_before_its_name_and_a_crime_that_a_relative_clause_describes() -> None:
    found = events("وأدانت دولة الإمارات العربية المتحدة الجريمة الإرهابية التي استهدفت المصلين في المسجد.")
    condemn = by_root(found, "11")[0]
    assert condemn["source"]["entity"] == "are"
    assert not [e for e in found if e["root"] in ("18", "19") and (e["source"] or {}).get("entity") == "are"]


def test_the_titled_genitive_of_a_killing_is_its_victim() -> None:
    found = events("كشفت وزارة الداخلية اليوم عن مقتل المطلوب أحمد سالم العنزي في مواجهة مع رجال الأمن.")
    killing = by_root(found, "19")[0] if by_root(found, "19") else by_root(found, "18")[0]
    assert killing["source"] is None or killing["source"]["text"] != "أحمد سالم العنزي"
    assert [t["text"] for t in killing["targets"]] == ["أحمد سالم العنزي"]


def test_a_sports_match_is_no_meeting_and_a_counterpart_ends_the_title() -> None:
    match = events("وسيدخل المنتخب اللقاء أمام الأردن في تصفيات كأس العالم يوم الخميس.")
    assert not by_root(match, "04")
    meeting = by_root(events("والتقى وزير الخارجية الأردني نظيره الإماراتي في عمان."), "04")[0]
    assert meeting["source"]["text"] == "وزير الخارجية الأردني"


def test_the_group_that_claims_responsibility_for_an_attack_carried_it_out() -> None:
    found = events("وأعلن تنظيم داعش الإرهابي مسؤوليته عن هجوم بسيارة ملغومة أوقع 40 قتيلا في بغداد.")
    attack = next(e for e in found if e["root"] in ("18", "19"))
    assert attack["source"]["entity"] == "isis"


def test_a_war_named_after_a_country_is_fought_there_not_by_it() -> None:
    found = events("ومنذ بدء الحرب السورية تعاني المخيمات من الحصار. وشدد اللاعب على خطف اللقب هذا الموسم.")
    assert not [e for e in found if (e["source"] or {}).get("entity") == "syr"]
    assert not by_root(found, "18")


def test_families_accuse_in_their_own_name() -> None:
    found = events("وقال خبراء إن التحقيق طويل. واتهمت عائلات الركاب الحكومة الإندونيسية بعدم الكفاءة.")
    accusation = by_root(found, "11")[0]
    assert accusation["source"]["text"] == "عائلات" and accusation["source"]["entity"] is None


def test_a_base_taken_is_where_the_enemy_fought_elsewhere_or_arrested_is() -> None:
    found = events("واعتقلت المقاومة الشعبية عشرة من مسلحي جماعة الحوثي في مدينة تعز. "
                   "وسيطرت المقاومة الشعبية على قاعدة العند الجوية في محافظة لحج.")
    taking = next(e for e in by_root(found, "19") if e["cameo"] == "192")
    assert [t["entity"] for t in taking["targets"] if t.get("inferred")] == ["houthis"]


def test_criticism_and_praise_of_a_deed_are_of_the_one_whose_deed_it_is() -> None:
    condemn = by_root(events("ونددت الجالية البحرينية في المملكة بالتصريحات العدائية التي ترددها إيران."), "11")[0]
    assert [t["entity"] for t in condemn["targets"]] == ["irn"]
    praise = by_root(events("وأثنى وزير الصحة اليمني على الجهود التي قدمها مركز الملك سلمان للإغاثة."), "05")[0]
    assert [t["entity"] for t in praise["targets"]] == ["ksrelief"]


def test_the_relative_clause_of_a_criticised_deed_without_an_actor_gives_no_target() -> None:
    condemn = by_root(events("ونددت الجالية البحرينية بالتصريحات التي ترددت أمس في الصحف."), "11")[0]
    assert condemn["targets"] == []


def test_a_state_opening_the_sentence_is_the_subject_of_an_act_without_one() -> None:
    found = events("وتركيا العضو في حلف شمال الأطلسي في حالة تأهب قصوى منذ أن بدأت حرباً على الإرهاب "
                   "تشمل توجيه ضربات ضد داعش في سوريا.")
    assert by_root(found, "15")[0]["source"]["entity"] == "tur"
    war = by_root(found, "19")[0]
    assert war["source"]["entity"] == "tur" and [t["entity"] for t in war["targets"]] == ["isis"]


def test_a_speakers_label_and_an_opinion_about_the_topic_are_not_its_acts() -> None:
    found = events("حزب الله منظمة إرهابية، وما داموا يدعمونها فسنصدهم.")
    assert not [e for e in found if (e["source"] or {}).get("entity") == "hezbollah"]


def test_a_future_light_verb_governs_its_verbal_noun() -> None:
    found = events("وقال الوزير إن الولايات المتحدة ستواصل تقديم الدعم العسكري للبيشمركة.")
    aid = by_root(found, "07")[0]
    assert aid["source"]["entity"] == "usa" and aid["targets"][0]["entity"] == "peshmerga"


def test_a_list_of_acts_with_a_pronoun_is_the_states_each_one() -> None:
    found = events("وقال كيري: «إيران ستبقى معزولة بسبب دعمها للإرهاب، ودعمها للحوثيين ودعمها لحزب الله».")
    aid = [e for e in found if e["root"] == "07"]
    assert {e["source"]["entity"] for e in aid} == {"irn"}
    assert {t["entity"] for e in aid for t in e["targets"]} == {"houthis", "hezbollah"}


def test_a_states_adjective_on_a_title_is_not_whose_pronoun_it_is() -> None:
    found = events("وتمردت قوات الحرس الجمهوري الموالية للرئيس اليمني السابق بعد رفضها تلقي الأوامر.")
    assert not [e for e in found if (e["source"] or {}).get("entity") == "yem"]


def test_shelling_as_a_verbal_noun_after_a_light_verb_is_the_subjects() -> None:
    found = events("وبيّن أن مليشيا الحوثي تقوم بقصف منازل المواطنين في دار سعد.")
    assert by_root(found, "19")[0]["source"]["entity"] == "houthis"


def test_a_verb_said_in_a_speech_is_the_speakers() -> None:
    found = events("عقب ذلك ألقى الأمين العام للأمم المتحدة بان كي مون كلمة أعرب فيها عن شكره "
                   "للمملكة العربية السعودية على هذه اللفتة.")
    thanks = by_root(found, "05")[0]
    assert thanks["source"]["entity"] == "ban-ki-moon" and thanks["targets"][0]["entity"] == "sau"


def test_a_verb_in_a_relative_clause_with_fiha_is_not_a_speech_act() -> None:
    found = events("يضع الرسام لمساته الأخيرة على لوحته، والتي تحدى فيها الرسام الروسي بافيل سوكوف.")
    assert not by_root(found, "12")


def test_a_state_inside_a_place_phrase_is_not_the_subject_of_the_next_verbal_noun() -> None:
    found = events("وأفادت معلومات عن تعرض قريتين في شمال سوريا لقصف بدبابات تركية.")
    assert not [e for e in found if (e["source"] or {}).get("entity") == "syr"]


def test_the_medium_between_a_verb_and_its_object_is_passed_over() -> None:
    condemn = by_root(events("ودانت قوات الدفاع الشعبي في بيان على موقعها الإلكتروني القصف التركي."), "11")[0]
    assert [t["entity"] for t in condemn["targets"]] == ["tur"]


def test_a_counted_group_of_nationals_is_their_state() -> None:
    arrest = by_root(events("وألقت السلطات التركية القبض، في يونيو الماضي، على 18 طالباً سودانياً في مطار إسطنبول."), "17")[0]
    assert [t["entity"] for t in arrest["targets"]] == ["sdn"]


def test_a_place_taken_from_someone_targets_them_too() -> None:
    taking = by_root(events("وأعلن الجيش العراقي تحرير مدينة الرمادي من سيطرة تنظيم داعش."), "19")[0]
    assert "isis" in [t["entity"] for t in taking["targets"]]


def test_forces_of_the_army_are_one_unnamed_actor() -> None:
    strike = by_root(events("وقصفت قوات الجيش مواقع المسلحين في محافظة الأنبار العراقية."), "19")[0]
    assert strike["source"]["text"] == "قوات الجيش" and strike["source"]["actor_code"].endswith("MIL")
    assert not [t for t in strike["targets"] if t["text"] == "الجيش"]


def test_a_press_conference_held_with_someone_is_a_meeting_of_the_speaker() -> None:
    found = events("وقال الجبير في مؤتمر صحافي عقده مع فرانك فالتر شتاينماير وزير الخارجية الألماني في برلين "
                   "إن على إيران تغيير سياستها.")
    meeting = by_root(found, "04")[0]
    assert meeting["source"]["entity"] == "jubeir-adel"
    assert meeting["targets"][0]["entity"] == "steinmeier-frank-walter"


def test_a_press_conference_or_a_visit_to_a_town_alone_is_no_meeting() -> None:
    assert not by_root(events("وقال الجبير في مؤتمر صحافي إن إيران تتدخل في اليمن مع حلفائها."), "04")
    assert not by_root(events("يقول الفنان محمد جابر في لقاء عابر بالرياض إن الجمهور ذواق."), "04")


def test_the_default_pipeline_keeps_only_events_with_a_source() -> None:
    import rasd

    text = "خبر للاختبار\n\nقتل عشرة أشخاص في انفجار سيارة مفخخة في مدينة الموصل العراقية أمس. وقصفت القوات التركية مواقع لحزب العمال."
    assert all(e["source"] for e in rasd.process(text).events)
    assert any(e["source"] is None for e in events(text.split("\n\n")[1]))


def test_an_agency_reporting_an_arrest_did_not_make_it() -> None:
    found = events("وذكرت وكالة دوجان للأنباء أن المرأة التي اعتقلت تبلغ من العمر 51 عاما في تركيا.")
    assert not [e for e in found if (e["source"] or {}).get("entity") == "dogan"]


def test_the_subject_after_that_acts_even_in_quotation_marks_and_keeps_acting_after_and() -> None:
    found = events("قالت مصادر إعلامية محلية إن «جيش بوروندي اعتقل عشرات المسلحين وقتل آخرين في الشمال».")
    arrest, killing = by_root(found, "17")[0], by_root(found, "19")[0]
    assert arrest["source"]["actor_code"] == "BDIMIL" and arrest["targets"][0]["actor_code"].endswith("UAF")
    assert killing["source"]["actor_code"] == "BDIMIL"


def test_civilians_after_a_violent_verb_suffer_it() -> None:
    found = events("ودمرت المقاومة دبابة كانت تقصف السكان المدنيين في مدينة تعز.")
    assert all((e["source"] or {}).get("text") != "السكان" for e in found)


def test_a_verb_telling_what_an_act_struck_is_that_act() -> None:
    found = events("شنت طائرات التحالف العربي غارات عنيفة استهدفت مواقع حوثية في محافظة مأرب.")
    strikes = by_root(found, "19")
    assert len(strikes) == 1
    assert strikes[0]["source"]["entity"] == "saudi-coalition"
    assert strikes[0]["targets"][0]["entity"] == "houthis"


def test_a_second_act_with_its_own_subject_stays_apart() -> None:
    found = events("شنت طائرات التحالف العربي غارات على صنعاء، وقصف الحوثيون مدينة نجران.")
    assert {e["source"]["entity"] for e in by_root(found, "19")} == {"saudi-coalition", "houthis"}


def test_a_joint_subject_before_its_verb_is_coded_by_its_first_member() -> None:
    found = events("وقال مصدر إن المقاومة الشعبية والجيش سيطروا على مدينة الحوطة.")
    assert by_root(found, "19")[0]["source"]["entity"] == "popular-resistance-yemen"


def test_men_belonging_to_a_group_after_that_are_the_group_not_the_sources() -> None:
    found = events("وكشفت مصادر مطلعة أن مسلحين تابعين للمقاومة الشعبية تمكنوا من قتل عدد من مسلحي الحوثي.")
    killing = by_root(found, "19")[0]
    assert killing["source"]["entity"] == "popular-resistance-yemen"
    assert killing["targets"][0]["entity"] == "houthis"


def test_men_loyal_to_a_leader_are_not_the_leader() -> None:
    found = events("وهاجمت قوات موالية للرئيس عبدربه منصور هادي مواقع الحوثيين في مدينة تعز.")
    assert all((e["source"] or {}).get("entity") != "hadi" for e in found)


def test_the_means_of_an_attack_is_not_its_source() -> None:
    found = events("واستهدف انفجار بسيارة مفخخة، عصر أمس، مسجداً في العاصمة صنعاء.")
    assert all(not (e["source"] or {}).get("text", "").startswith("انفجار") for e in found)


def test_raids_before_their_verb_are_its_subject_and_the_noun_after_is_struck() -> None:
    found = events("لكن عشرات الغارات التي تلت ذلك استهدفت المتمردين الأكراد في شمال العراق.")
    assert all((e["source"] or {}).get("text") != "المتمردين الأكراد" for e in found)
    owned = events("وكانت الغارات الجوية التركية استهدفت مواقع حزب العمال الكردستاني في شمال العراق.")
    strike = next(e for e in owned if e["trigger"] == "استهدفت")
    assert strike["source"]["entity"] == "tur" and strike["targets"][0]["entity"] == "pkk"


def test_an_adjective_of_the_act_is_not_the_doer_of_its_relative_clause() -> None:
    found = events("استنكر وزير النقل التفجير الإرهابي الذي استهدف مسجد مقر قوات الطوارئ الخاصة في مدينة أبها.")
    assert all((e["source"] or {}).get("text") != "الإرهابي" for e in found)


def test_fighters_killed_and_others_wounded_are_the_victims() -> None:
    found = events("وذكرت الأناضول أمس أن نحو 390 مقاتلا كرديا من حزب العمال قتلوا وجرح 400 آخرون خلال "
                   "أسبوعين من الغارات الجوية التركية على قواعد للمتمردين في شمال العراق.")
    assert all((e["source"] or {}).get("text") != "كرديا" for e in found)


def test_a_place_that_witnessed_an_act_did_not_do_it() -> None:
    found = events("كما شهدت إسطنبول إطلاق نار قرب مقر القنصلية الأمريكية.")
    assert all(e["source"] is None for e in found)
    state = events("وقدم أوباما تعازيه لتركيا التي شهدت عدة هجمات دموية.")
    assert all((e["source"] or {}).get("entity") != "obama-barack" for e in by_root(state, "18"))


def test_the_kind_of_an_attack_is_not_its_doer() -> None:
    found = events("وفي إسطنبول، أصيب 10 أشخاص في هجوم انتحاري بسيارة مفخخة.")
    assert all((e["source"] or {}).get("text") != "انتحاري" for e in found)


def test_a_condemned_attack_is_not_the_doing_of_the_one_who_took_the_call() -> None:
    found = events("تلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا من الملك عبدالله الثاني عبر فيه عن إدانته "
                   "واستنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير.")
    assert all(e["source"] is None for e in by_root(found, "18"))


def test_the_one_a_partitive_target_names_is_the_target() -> None:
    found = events("أعادت السلطات السودانية اعتقال أحد أبرز رموز التيار السلفي الشيخ مساعد السديرة مع عدد من تلاميذه.")
    assert by_root(found, "17")[0]["targets"][0]["text"] == "مساعد السديرة"


def test_another_aircraft_is_the_last_named_air_forces_and_another_act() -> None:
    found = events("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في صنعاء. "
                   "كما قصفت طائرة أخرى موقعا للانقلابيين الحوثيين بمنطقة الجقينة.")
    strikes = by_root(found, "19")
    assert len(strikes) == 2 and all(e["source"]["entity"] == "saudi-coalition" for e in strikes)
    assert strikes[1]["source"]["text"] == "طائرة"


def test_an_aside_after_a_comma_is_about_the_one_before_it() -> None:
    found = events("انتقد وزير الخارجية الأمريكي جون كيري، الذي زار القاهرة أمس، سياسات إيران في المنطقة.")
    visit = by_root(found, "04")[0]
    assert visit["source"]["entity"] == "kerry-john" and visit["targets"][0]["text"] == "القاهرة"


def test_the_one_who_carried_out_a_condemned_attack_did_it() -> None:
    found = events("وأدانت مصر الهجوم الذي شنته إسرائيل على غزة.")
    assert by_root(found, "19")[0]["source"]["entity"] == "isr"


def test_the_one_called_on_may_stand_after_the_callers_comma() -> None:
    found = events("ودعا مندوب المملكة لدى الأمم المتحدة السفير عبدالله المعلمي، الأمين العام للأمم المتحدة "
                   "بان كي مون إلى إزاحة الستار.")
    assert by_root(found, "02")[0]["targets"][0]["text"] == "بان كي مون"


def test_a_noun_after_a_plural_verb_is_its_object_and_no_one_acts_on_itself() -> None:
    found = events("ويقاتل زعماء الفصائل المسلحة في طرابلس، يدعمون المؤتمر الوطني العام.")
    assert all((e["source"] or {}).get("text") != "المؤتمر الوطني العام" for e in found)
    assert all((e["source"] or {}).get("entity") not in {t.get("entity") for t in e["targets"]} - {None}
               for e in found)


def test_these_forces_are_the_body_just_named() -> None:
    found = events("وقال المتحدث إن مقاتلي المقاومة الشعبية سيطروا على مدينة الحوطة.\n"
                   "وأضاف أن هذه القوات قصفت مواقع الحوثيين في مدينة تعز.")
    shelling = [e for e in by_root(found, "19") if e["trigger"] == "قصفت"]
    assert shelling and shelling[0]["source"]["entity"] == "popular-resistance-yemen"


def test_a_clash_between_two_sides_is_coded_from_each_side() -> None:
    found = by_root(events("واندلعت معارك عنيفة بين الحوثيين والمقاومة الشعبية في مدينة تعز."), "19")
    sides = {(e["source"]["entity"], e["targets"][0]["entity"]) for e in found}
    assert sides == {("houthis", "popular-resistance-yemen"), ("popular-resistance-yemen", "houthis")}
    assert found[0]["source"]["entity"] == "houthis"  # the text's order first


def test_a_side_closed_by_min_jiha_fights_the_side_after_it() -> None:
    found = by_root(events("واستمرت الاشتباكات بين قوات النظام وحزب الله من جهة وبين جبهة النصرة من جهة أخرى "
                           "في مدينة الزبداني."), "19")
    assert found and all(e["targets"] and e["targets"][0]["entity"] != "hezbollah" for e in found)
    assert any(e["targets"][0]["entity"] == "nusra" for e in found)


def test_his_country_is_the_country_of_the_official_who_speaks() -> None:
    strike = by_root(events("وقال مسؤول تركي إن بلاده قصفت مواقع تنظيم داعش في الرقة."), "19")[0]
    assert strike["source"]["text"] == "بلاده" and strike["source"]["actor_code"] == "TUR"
    aid = events("وأكد وزير الخارجية الأمريكي أن بلاده ستواصل دعم جهود الأمم المتحدة في اليمن.")
    assert any(e["source"] and e["source"]["entity"] == "usa" for e in aid)


def test_his_country_as_a_place_is_no_actor() -> None:
    found = events("وقال الرئيس اليمني إن الجيش والمقاومة في بلاده سيطروا على مدينة عدن.")
    assert all(e["source"] is None or e["source"]["text"] != "بلاده" for e in found)


def test_a_later_verb_without_targets_tells_another_act() -> None:
    found = by_root(events("وبدأت قوات الأمن التركية حملة واسعة من أجل القبض على المهاجمين.\n"
                           "وأعلنت الشرطة التركية أنها اعتقلت أحد المشاركين في إطلاق النار."), "17")
    assert len(found) == 2


def test_the_innermost_report_is_the_doer_after_its_pronoun() -> None:
    found = events("وقال الوزير الكردي إن الولايات المتحدة أكدت أنها ستواصل تقديم الدعم العسكري للبيشمركة.")
    aid = by_root(found, "07")[0]
    assert aid["source"]["entity"] == "usa" and aid["targets"][0]["entity"] == "peshmerga"


def test_policemen_killed_are_the_victims_not_the_killers() -> None:
    killing = by_root(events("وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين في مدينة ديار بكر."), "19")[0]
    assert killing["source"]["entity"] == "pkk"
    assert [t["text"] for t in killing["targets"]][:1] == ["شرطيين"]


def test_a_meeting_with_the_ministers_of_a_body_targets_the_body() -> None:
    found = events("وأكد الوزير الأمريكي أن المحادثات مثمرة. وعقد الوزير اجتماعا بوزراء خارجية دول مجلس التعاون.")
    meeting = by_root(found, "04")[0]
    assert meeting["targets"] and meeting["targets"][0]["entity"] == "gcc"


def test_a_prayer_for_the_dead_is_no_call() -> None:
    assert not by_root(events("وتقدم محافظ العرضيات جموع المصلين، داعيا للفقيد بالرحمة والمغفرة."), "02")
    assert not by_root(events("وقال رئيس النادي داعيا المولى القدير أن يحفظ المملكة."), "02")


def test_a_plural_group_after_a_singular_title_is_the_one_called_on() -> None:
    call = by_root(events("ودعا الوزير اليمني الحوثيين إلى وقف القتال."), "02")[0]
    assert call["targets"] and call["targets"][0]["entity"] == "houthis"


def test_successes_achieved_are_no_investigation() -> None:
    found = events("وأضاف أن النجاحات التي حققتها المقاومة الشعبية في الأيام الماضية تمهد لمرحلة جديدة.")
    assert not by_root(found, "09")


def test_support_for_no_one_named_is_no_event() -> None:
    found = events("وأفاد البيان أن دول مجلس التعاون ستتحرك لفضح التدخلات الإيرانية ودعمها للإرهاب في المنطقة.")
    assert not [e for e in found if e["cameo"] == "051"]


def test_a_speakers_own_state_stance_is_the_speakers_act() -> None:
    found = events("وأكد وزير الخارجية السعودي عادل الجبير أن المملكة العربية السعودية حريصة على تطوير "
                   "علاقاتها مع إيران.")
    intent = by_root(found, "03")[0]
    assert intent["source"]["entity"] == "jubeir-adel" and intent["targets"][0]["entity"] == "irn"


def test_where_the_subject_lives_is_not_the_target() -> None:
    found = events("ونددت الجالية البحرينية بالسعودية بالتصريحات العدائية التي ترددها إيران.")
    condemnation = by_root(found, "11")[0]
    assert [t["entity"] for t in condemnation["targets"]] == ["irn"]


def test_a_definite_plural_after_a_definite_title_is_its_object() -> None:
    found = events("وانتقد الوزير السعودي التدخلات الإيرانية في شؤون الدول العربية.")
    criticism = by_root(found, "11")[0]
    assert criticism["targets"] and criticism["targets"][0]["entity"] == "irn"


def test_his_release_is_done_to_the_man_named_before() -> None:
    found = events("وكانت السلطات الأمنية أعادت المنسق العام للتيار محمد علي الجزولي إلى المعتقل، "
                   "وذلك بعد 4 أيام من إطلاق سراحه.", dateline="الخرطوم")
    release = by_root(found, "08")[0]
    assert [t["text"] for t in release["targets"]] == ["محمد علي الجزولي"]


def test_his_support_is_his_own_act() -> None:
    found = events("وأشاد الوزير السعودي بالأمير محمد بن نايف ودعمه للجهود.")
    assert all(t["text"] != "محمد بن نايف" for e in by_root(found, "05") if e["cameo"] == "051"
               and e["source"] and e["source"]["text"] == "محمد بن نايف" for t in e["targets"])


def test_the_claimant_is_the_group_not_the_platform_it_posted_on() -> None:
    found = events('وأعلنت جماعة "ولاية سيناء" جناح تنظيم "داعش" في مصر في بيان على "تويتر" مسؤوليتها عن الهجوم.')
    assert by_root(found, "19")[0]["source"]["entity"] == "sinai-province"


def test_a_lap_is_no_urging() -> None:
    assert not events("وعدد ما ارتمت موجة في حضن جدة.")


def test_two_subjects_of_an_agreement_are_each_others_party_but_two_allies_strike_a_third() -> None:
    deal = by_root(events("وأبرمت إيران ومجموعة 5+1 اتفاقا بشأن البرنامج النووي."), "05")[0]
    assert deal["source"]["entity"] == "irn" and deal["targets"]
    strike = by_root(events("وقصفت روسيا وسوريا مواقع المعارضة في إدلب."), "19")[0]
    assert all(t.get("entity") != "syr" for t in strike["targets"])


def test_a_title_and_a_second_person_joined_by_and_are_two_sides() -> None:
    meeting = by_root(events("والتقى الرئيس المصري والعاهل الأردني في القاهرة."), "04")[0]
    assert meeting["source"]["text"] == "الرئيس المصري"
    assert [t["entity"] for t in meeting["targets"]] == ["abdullah-ii"]


def test_combined_is_no_meeting() -> None:
    assert not by_root(events("وأشار الطبيب إلى أن لهذه الأسباب مجتمعة يجب على الأطباء التحرك."), "04")


def test_a_comma_after_the_subject_ends_it_and_the_object_follows() -> None:
    found = events("وحضر الحفل الأمين العام للأمم المتحدة بان كي مون. ثم دعا مندوب الأردن لدى الأمم المتحدة "
                   "السفير محمود الحمود ، الأمين العام للأمم المتحدة إلى زيارة عمان.")
    call = by_root(found, "02")[0]
    assert [t["entity"] for t in call["targets"]] == ["ban-ki-moon"]


def test_a_call_with_no_one_addressed_is_about_the_actor_its_complement_names() -> None:
    found = events("ودعا وزير الخارجية التركي مولود جاويش أوغلو إلى تقديم شكوى رسمية لدى الأمم المتحدة.")
    call = by_root(found, "02")[0]
    assert [t["entity"] for t in call["targets"]] == ["un"]


def test_a_call_on_someone_unnamed_takes_no_actor_from_further_on() -> None:
    found = events("ودعت وزارة الخارجية القطرية الراغبين بالعمل في جامعة الدول العربية إلى التسجيل.")
    assert by_root(found, "02")[0]["targets"] == []


def test_a_summit_that_brought_sides_together_is_their_meeting() -> None:
    found = events("وتناولت الصحف القمة التي جمعت الرئيس الأمريكي باراك أوباما بقادة دول مجلس التعاون في الربيع.")
    meeting = by_root(found, "04")[0]
    assert meeting["source"]["actor_code"] == "USAGOV"
    assert [t["actor_code"] for t in meeting["targets"]] == ["IGOGCC"]


def test_a_demand_on_a_pronoun_takes_no_actor_from_its_complement() -> None:
    found = events("وأعلنت جزر القمر أن الجزيرة تطالبه بالانضمام إلى فرنسا.")
    assert all(t["actor_code"] != "FRA" for e in by_root(found, "10") for t in e["targets"])


def test_claimants_are_no_demand() -> None:
    found = events("وقالت الحكومة الإيرانية إنها اعتقلت الإصلاحيين والمطالبين بالديمقراطية في طهران.")
    assert by_root(found, "10") == []


def test_the_one_arrested_in_the_passive_may_follow_a_title() -> None:
    found = events("شنت السلطات السودانية حملة في الخرطوم. وتم اعتقال الشيخ حامد الطيب رئيس الجماعة أمس.")
    arrest = by_root(found, "17")[0]
    assert arrest["source"]["actor_code"] == "SDNGOV"
    assert [t["text"] for t in arrest["targets"]] == ["حامد الطيب"]


def test_a_possessive_her_points_to_a_state_not_to_a_state_adjective() -> None:
    found = events("وقال إن الولايات المتحدة ساعدت الفصائل السياسية العراقية قبل انسحابها من العراق.")
    withdrawal = by_root(found, "08")[0]
    assert withdrawal["source"]["actor_code"] == "USA"


@pytest.mark.parametrize("sentence", [
    "ورأى الكاتب أن الانتصار الذي حققه المنتخب في البطولة يفتح صفحة جديدة.",  # achieved, not investigated
    "وقال الإمام إن رمضان شهر للصلة، والعفو بين الناس والتسامح.",  # forgiveness, no amnesty
])
def test_words_with_another_sense_code_no_event(sentence: str) -> None:
    assert [e for e in events(sentence) if e["root"] in ("08", "09")] == []


def test_unnamed_rebels_are_the_articles_one_armed_group() -> None:
    found = events("وتوعد حزب العمال الكردستاني أنقرة بعد الغارات التي شنها الجيش التركي "
                   "ليلا على مواقع للمتمردين في الجبال.")
    strikes = by_root(found, "19")[0]
    assert strikes["source"]["actor_code"] == "TURMIL"
    assert [t["entity"] for t in strikes["targets"]] == ["pkk"]


def test_unnamed_rebels_stay_unnamed_when_the_article_names_two_groups() -> None:
    found = events("وتشهد المحافظة معارك بين الحوثيين والمقاومة الشعبية. وقصفت الطائرات معسكرات للمتمردين في المدينة.")
    assert all(t["entity"] is None for e in found for t in e["targets"] if "متمردين" in t["text"])


def test_a_title_in_apposition_after_the_source_is_not_its_target() -> None:
    found = events("واستقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر وزير الخارجية السعودي عادل الجبير في الدوحة.")
    reception = by_root(found, "04")[0]
    assert [t["actor_code"] for t in reception["targets"]] == ["SAUGOV"]


def test_mustaqbalan_with_no_one_after_it_is_in_the_future() -> None:
    assert by_root(events("وأوضح أن التنظيم الإرهابي سينفذ عمليات أخرى مستقبلاً في المنطقة."), "04") == []


def test_a_stance_expressed_with_an_an_is_the_expressers_own() -> None:
    found = events("وكان الرئيس الأمريكي، دونالد ترامب، أعرب في خطاب إلى حلف الناتو، عن تأييده الكامل "
                   "لخطط القوات الأمريكية في أوروبا.")
    support = by_root(found, "05")[0]
    assert support["source"]["entity"] == "trump-donald"


def test_the_actor_after_bidaam_min_backs_the_one_the_clause_tells_of() -> None:
    found = [e for e in events("وسيطرت القوات الحكومية على البلدة بدعم من طيران التحالف.") if e["trigger"] == "بدعم"]
    assert found and found[0]["source"]["text"].startswith("طيران")
    assert [t["text"] for t in found[0]["targets"]] == ["القوات الحكومية"]
    assert found[0]["root"] == "07"  # support given to forces is material
    backed = [e for e in events("وتواصل القوات العراقية بمساندة طيران التحالف الدولي تقدمها في الموصل.")
              if e["trigger"] == "بمساندة"]
    assert backed and backed[0]["source"]["entity"] == "coalition-isis"


def test_indefinite_armed_groups_act_and_a_field_of_study_does_not() -> None:
    found = [e for e in events("ويبرز القتال الفوضى في ليبيا، حيث تساند جماعات مسلحة حكومتين متنافستين.")
             if e["root"] in ("05", "07")]
    assert found and found[0]["source"]["text"] == "جماعات مسلحة"
    assert found[0]["source"]["actor_code"].endswith("UAF")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("يذكر أن الأمير فيصل بن سلمان قد استقبل الشهر الماضي خالد العتيبي رئيس اللجنة.",
     "الأمير فيصل بن سلمان", "خالد العتيبي"),
    ("وكان الرئيس المصري عبد الفتاح السيسي قد استقبل أمس وزير الخارجية الأردني.",
     "عبد الفتاح السيسي", "وزير الخارجية الأردني"),
])
def test_qad_between_the_subject_and_its_verb_keeps_the_subject(text: str, source: str, target: str) -> None:
    meeting = [e for e in events(text) if e["root"] == "04"][0]
    assert meeting["source"]["text"] == source and [t["text"] for t in meeting["targets"]] == [target]


def test_a_town_after_the_verb_is_where_not_who() -> None:
    found = events("تمكنت القوات الموالية للحكومة من السيطرة على مواقع اللواء، قبل أن تدخل زنجبار.")
    assert all((e["source"] or {}).get("text") != "زنجبار" for e in found)


def test_a_participle_takes_the_crowd_as_doer_and_the_one_named_after_it_as_target() -> None:
    found = events("وهتفت مئات الجماهير أمام مقر الحكومة مطالبة باستقالة وزير الداخلية سالم العلي.")
    demand = by_root(found, "10")[0]
    assert demand["cameo"] == "1041" and demand["source"]["text"] == "الجماهير"
    assert [t["text"] for t in demand["targets"]] == ["سالم العلي"]


def test_the_object_after_the_subject_and_a_time_word_set_off_by_a_comma() -> None:
    found = events("التقى وزير الخارجية السعودي عادل الجبير أمس، وزير الخارجية الأردني ناصر جودة في عمان.")
    meeting = by_root(found, "04")[0]
    assert meeting["source"]["entity"] == "jubeir-adel" and meeting["targets"][0]["entity"] == "judeh-nasser"


def test_the_person_after_a_title_of_a_region_is_the_subject() -> None:
    found = events("استقبل أمير منطقة الجوف الأمير فيصل بن نواف اليوم، السفير الياباني لدى المملكة.")
    meeting = by_root(found, "04")[0]
    assert meeting["source"]["text"] == "فيصل بن نواف"
    assert meeting["targets"][0]["actor_code"] == "JPNGOV"


def test_an_unknown_noun_after_that_is_the_subject_so_what_follows_the_verb_is_no_doer() -> None:
    assert not any(e["source"] and e["source"]["entity"] == "jor"
                   for e in events("ويذكر أن الناقد فؤاد زيدان قد هاجم الأردن في مقال نشره أمس."))
    strike = by_root(events("وأكد المتحدث أن الجيش قصف مواقع داعش في الموصل."), "19")[0]
    assert strike["source"]["text"] == "الجيش" and strike["targets"][0]["entity"] == "isis"


def test_that_before_a_verb_after_a_time_word_leaves_the_subject_after_the_next_verb() -> None:
    found = events("وبعد أن تنتهي عمليات التسليم يهاجم مقاتلو داعش القرى المجاورة في ريف حلب.")
    assert by_root(found, "19")[0]["source"]["entity"] == "isis"


def test_a_charge_or_the_subject_of_an_inquiry_is_no_act_of_the_arrester_or_investigator() -> None:
    found = events("تمكنت شرطة محافظة الطائف من ضبط مواطن بتهمة الاعتداء على جاره وإصابته في الرأس.")
    assert not by_root(found, "18")
    found = events("وفتحت النيابة العامة المصرية تحقيقا في مقتل الناشطة أمس.")
    assert [e["root"] for e in found] == ["09"]



def test_an_armed_group_in_the_genitive_of_an_attack_noun_attacks() -> None:
    found = events("وردت القوات الحكومية على هجمات المتمردين بقصف مواقعهم في الجبل.")
    raids = {e["trigger"]: e for e in by_root(found, "19")}
    assert raids["هجمات"]["source"]["text"] == "المتمردين"
    assert raids["بقصف"]["source"]["text"] == "القوات الحكومية"  # not the genitive inside على هجمات


def test_the_genitive_of_control_is_a_state_not_an_act() -> None:
    assert not by_root(events("وعاد السكان إلى القرى التي كانت تحت سيطرة المتمردين."), "19")


def test_a_trigger_inside_a_persons_name_is_no_event() -> None:
    assert not by_root(events("وقال أستاذ التاريخ بجامعة الملك سعود إن المجتمع يرفض العنف. "
                              "وتحدث عما حدث في مسجد علي بن أبي طالب في القطيف."), "10")  # طالب: no demand


def test_a_relative_clause_is_no_subject_inside_a_pattern() -> None:
    assert not events("وحقق صندوق النقد الدولي الذي يعمل في واشنطن عوائد كبيرة العام الماضي.")  # حقق في


def test_a_definite_title_takes_no_indefinite_noun_after_it() -> None:
    condemned = by_root(events("وأدان الوزير هجوم المتمردين على القافلة."), "11")[0]
    assert condemned["source"]["text"] == "الوزير"


def test_two_arrests_by_unnamed_police_without_targets_are_two_acts() -> None:
    found = events("وبدأت الشرطة حملة من أجل القبض على المهاجمين.\n"
                   "وفي المساء أعلنت الشرطة أنها اعتقلت أحد المتورطين في الحادث.")
    assert len(by_root(found, "17")) == 2


def test_a_subject_closed_by_qad_leaves_the_noun_after_the_verb_its_object() -> None:
    found = events("وذكرت الوكالة أن وفداً من الحركة، برئاسة أحد قادتها، قد زار مصر الأسبوع الماضي.")
    assert all((e["source"] or {}).get("text") != "مصر" for e in found)  # Egypt was visited
    sieged = by_root(events("وكانت القوات الحكومية قد سيطرت على المدينة."), "19")[0]
    assert sieged["source"]["text"] == "القوات الحكومية"


def test_a_doer_after_ala_yad_or_min_qibal_makes_the_verb_passive() -> None:
    killed = by_root(events("وقتل الصحفي على يد مسلحين من تنظيم داعش في الموصل."), "19")[0]
    assert killed["source"]["actor_code"] == "IMGMOSISI" and killed["source"]["text"].startswith("مسلحين")
    assert [t["text"] for t in killed["targets"]] != [killed["source"]["text"]]
    held = by_root(events("وكان الناشط قد تعرض للاعتقال مرات عدة من قبل السلطات الإيرانية."), "17")[0]
    assert held["source"]["actor_code"] == "IRNGOV"
    assert not by_root(events("وختم بالدعوة إلى إجراء دراسات من قبل خبراء في علم الاجتماع."), "02")


def test_a_plural_verb_after_a_singular_relative_is_not_the_antecedents_act() -> None:
    found = events("وتحدث عن المنطقة الآمنة داخل الأراضي السورية التي اتفقوا عليها مع الولايات المتحدة.")
    assert all((e["source"] or {}).get("text") != "السورية" for e in found)


def test_a_border_with_a_state_is_no_meeting_with_it() -> None:
    met = by_root(events("واجتمعت الحكومة التركية لتعزيز أمنها على الحدود مع سوريا."), "04")[0]
    assert not met["targets"]


def test_the_object_of_a_multi_word_verb_stands_in_its_gap() -> None:
    call = by_root(events("ودعت ميركل الحكومة التركية إلى ضبط النفس."), "02")[0]
    assert [t["actor_code"] for t in call["targets"]] == ["TURGOV"]


def test_a_relative_verb_without_a_resumptive_pronoun_has_the_antecedent_as_subject() -> None:
    call = by_root(events("والتقى الوزير بالمستشارة الألمانية أنجيلا ميركل التي دعت الحكومة التركية إلى الحوار مع المعارضة."),
                   "02")[0]
    assert call["source"]["text"] == "أنجيلا ميركل" and call["targets"][0]["actor_code"] == "TURGOV"


@pytest.mark.parametrize("sentence", [
    "وانضم مئات الشبان إلى التنظيم، مما دعا رئيس الوزراء البريطاني لتوجيه خطاب إلى الشعب.",
    "وهدد المواطن بالانتحار إذا لم تنقل زوجته إلى مستشفى آخر.",
])
def test_a_cause_or_a_threat_to_oneself_is_no_event(sentence: str) -> None:
    assert not [e for e in events(sentence) if e["root"] in ("02", "13")]


def test_a_person_in_apposition_after_an_opening_title_is_the_subject() -> None:
    found = by_root(events("وزير الخارجية الأمريكي، جون كيري، انتقد روسيا بشدة."), "11")[0]
    assert found["source"]["text"] == "جون كيري" and [t["actor_code"] for t in found["targets"]] == ["RUS"]


def test_the_actor_that_leads_or_carries_out_an_act_named_before_it_is_its_source() -> None:
    strikes = by_root(events("وطلب من النواب دراسة انضمام بريطانيا للضربات التي تقودها الولايات المتحدة ضد داعش."), "19")
    assert strikes and strikes[0]["source"]["actor_code"] == "USA"


def test_the_one_received_follows_the_hosts_titles_and_the_place_and_time() -> None:
    met = by_root(events("استقبل الأمير سلطان بن فهد نائب رئيس مجلس الوزراء وزير الداخلية في قصره في جدة "
                         "أمس الأول وزير الخارجية المصري سامح شكري."), "04")[0]
    assert [t["text"] for t in met["targets"]] == ["سامح شكري"]


@pytest.mark.parametrize("sentence", [
    "وانتقد البعض الاتفاق لأنه لا يلزم الحكومة بشيء.",  # nobody named, not the last speaker
    "وهو نجل قائد الميليشيا الذي قتل في مارس الماضي في المعارك.",  # killed, not killing
    "وفي نصف النهائي، تلتقي مصر مع تونس.",  # a match
])
def test_no_doer_no_act(sentence: str) -> None:
    found = events("وقال الوزير خالد العلي إن الأزمة طويلة. " + sentence)
    assert [e for e in found if e["source"] and e["source"].get("text") and e["root"] != "01"] == []


def test_the_genitive_of_control_over_a_place_is_its_controller() -> None:
    held = by_root(events("وعزا التقرير تفشي الأمراض إلى استمرار سيطرة جبهة النصرة على مدينة إدلب."), "19")[0]
    assert held["cameo"] == "192" and "النصرة" in held["source"]["text"]


def test_a_control_verb_far_before_its_noun_gives_the_doer() -> None:
    arrest = by_root(events("تمكنت دوريات الأمن في محافظة جدة على الطريق الساحلي من إلقاء القبض على المتهم."), "17")[0]
    assert arrest["source"]["text"].startswith("دوريات") and arrest["source"]["actor_code"].endswith("COP")


def test_one_crowd_doing_two_things_of_a_protest_in_one_sentence_is_one_event() -> None:
    found = events("وأغلق المتظاهرون طرقاً رئيسية في وسط المدينة، وتجمع عدد منهم أمام مبنى المحافظة.")
    assert len(by_root(found, "14")) == 1


@pytest.mark.parametrize(("sentence", "received"), [
    ("استقبل الأمير محمد بن سلمان بن عبد العزيز النائب الثاني لرئيس مجلس الوزراء وزير الدفاع السعودي "
     "في قصر السلام بجدة، مساء أمس، وزير الخارجية المصري سامح شكري.", "سامح شكري"),
    ("التقى وزير الخارجية المصري سامح شكري أمس مع وزير خارجية الإمارات الشيخ عبد الله بن زايد آل نهيان.",
     "الشيخ عبد الله بن زايد آل نهيان"),
])
def test_the_one_received_after_the_hosts_lineage_titles_place_and_time(sentence: str, received: str) -> None:
    met = by_root(events(sentence), "04")[0]
    assert [t["text"] for t in met["targets"]] == [received]


@pytest.mark.parametrize("sentence", [
    "طالب رئيس نادي الشباب خالد البلطان اللاعبين بالتركيز في المباراة المقبلة.",
])
def test_sports_talk_is_no_call_demand_or_rejection(sentence: str) -> None:
    assert not [e for e in events(sentence) if e["root"] in ("02", "10", "12")]


def test_a_federation_asking_to_postpone_a_tournament_is_still_coded() -> None:
    found = events("وطلب الاتحاد الكويتي لكرة القدم من اللجنة المنظمة تأجيل موعد انطلاق البطولة.")
    assert by_root(found, "02") or by_root(found, "10")


def test_a_verbal_noun_with_its_pronoun_takes_no_genitive_doer() -> None:
    found = events("وكان برفقة وزير التعليم أثناء زيارته مدير تعليم جازان عيسى الحكمي.")
    assert all((e["source"] or {}).get("text") != "عيسى الحكمي" for e in found)


def test_a_job_requirement_is_no_demand() -> None:
    found = events("أعلنت جامعة الملك سعود في الرياض عن وظائف شاغرة. "
                   "واشترطت الجامعة أن تكون المتقدمة سعودية الجنسية وحاصلة على درجة الماجستير.")
    assert not by_root(found, "10")


@pytest.mark.parametrize(("sentence", "wars"), [
    ("ويقدم حزب الله دعما حيويا للنظام في الحرب الأهلية المستمرة منذ أربع سنوات.", 0),
    ("وتنتظر الصين بيانا يلقيه رئيس الوزراء بمناسبة الذكرى السبعين لانتهاء الحرب.", 0),
    ("وتركز الولايات المتحدة على الحرب ضد تنظيم داعش.", 1),
])
def test_a_war_as_setting_or_time_is_no_act_but_a_war_on_someone_is(sentence: str, wars: int) -> None:
    assert len([e for e in events(sentence) if e["trigger"].endswith("الحرب")]) == wars


def test_whose_aircraft_strike_is_told_by_the_verb_that_carries_them_out() -> None:
    raid = by_root(events("وتتواصل غارات الطائرات بدون طيار التي تشنها الولايات المتحدة في اليمن."), "19")[0]
    assert raid["source"]["actor_code"] == "USA"


def test_one_actor_before_the_occasion_of_a_congratulation_is_the_one_congratulated() -> None:
    found = by_root(events("واستقبل خادم الحرمين الشريفين الملك سلمان وزير الخارجية الأمريكي جون كيري، "
                           "وهنأ رئيس السنغال بذكرى استقلال بلاده."), "05")
    assert [t["text"] for t in found[0]["targets"]] == ["رئيس السنغال"]
    assert found[0]["source"]["actor_code"] == "SAUGOV"

"""Quotes on short articles written for these tests."""

from typing import Any

import pytest

import rasd


def article(body: str) -> rasd.Document:
    """An article as scraped: a title line, a blank line, the body."""
    return rasd.process("خبر للاختبار\n\n" + body)


def quotes(text: str) -> list[dict[str, Any]]:
    doc = article(text)
    names = {e["id"]: e["name_en"] for e in doc.entities}
    return [{**q, "who": names.get(q["speaker"]["entity"]), "code": q["speaker"]["actor_code"]} for q in doc.quotes]


def test_direct_quote_after_that_particle_with_unnamed_official() -> None:
    found = quotes("قال مسؤول أميركي، إن «واشنطن لن تسحب قواتها من المنطقة قبل نهاية العام».\n"
                   "وأضاف أن المحادثات مستمرة مع الحلفاء.")
    assert found[0]["direct"] and found[0]["text"] == "واشنطن لن تسحب قواتها من المنطقة قبل نهاية العام"
    assert found[0]["who"] is None and found[0]["code"] == "USAGOV"
    assert found[1]["cue"] == "وأضاف" and found[1]["code"] == "USAGOV"  # the continuation keeps the speaker
    assert found[1]["text"] == "المحادثات مستمرة مع الحلفاء" and not found[1]["direct"]


def test_title_before_name_gives_the_person_and_pronoun_continues() -> None:
    found = quotes("أكد وزير الخارجية الأمريكي مايك بومبيو أن بلاده ستواصل دعم الحلفاء في المنطقة.\n"
                   "وأشار إلى أهمية التعاون بين الدول الأعضاء، مشدداً على ضرورة الحل السياسي.")
    assert [q["who"] for q in found] == ["Mike Pompeo"] * 3
    assert found[0]["text"] == "بلاده ستواصل دعم الحلفاء في المنطقة"
    assert found[1]["text"] == "أهمية التعاون بين الدول الأعضاء"  # ends before the participle
    assert found[2]["cue"] == "مشدداً" and found[2]["text"] == "ضرورة الحل السياسي"


def test_definite_official_refers_back_to_the_unnamed_speaker() -> None:
    found = quotes("وكشف مسؤول في وزارة الخارجية الروسية أن الاجتماع سيعقد في جنيف الشهر المقبل.\n"
                   "وأوضح المسؤول أن الوفد سيضم خبراء عسكريين.")
    assert [q["code"] for q in found] == ["RUSGOV", "RUSGOV"]
    assert found[1]["speaker"]["text"] == "المسؤول"


def test_reporting_outlet_is_not_the_speaker() -> None:
    found = quotes("قال المتحدث باسم الجيش التركي إن العملية ستستمر حتى تحقيق أهدافها، وفق ما نقلته "
                   "قناة الجزيرة.\nوتابعت الصحيفة نشر التفاصيل في عددها الصادر اليوم.")
    assert len([q for q in found if q["who"] == "Al Jazeera"]) == 0
    assert found[0]["text"].startswith("العملية ستستمر")


def test_attribution_at_the_start_reports_the_rest_of_the_sentence() -> None:
    found = quotes("قال مسؤول فرنسي إن باريس تدرس الطلب.\n"
                   "ووفقاً للمسؤول، تدرس الحكومة الفرنسية إرسال فريق طبي إلى المنطقة.")
    assert found[-1]["text"].startswith("تدرس الحكومة الفرنسية") and found[-1]["code"] == "FRAGOV"


def test_quotation_before_the_cue_and_across_sentences() -> None:
    text = ("وقال الرئيس الفرنسي إيمانويل ماكرون: «لن نقبل بهذا الوضع. سنعمل مع شركائنا على حل "
            "الأزمة».\nوكان الاجتماع قد انتهى مساء أمس.")
    found = quotes(text)
    assert found[0]["direct"] and found[0]["who"] == "Emmanuel Macron"
    assert found[0]["text"] == "لن نقبل بهذا الوضع. سنعمل مع شركائنا على حل الأزمة"


@pytest.mark.parametrize("sentence", [
    "وقال أصحاب المحلات إن الانفجار وقع قرب السوق.",  # a subject we do not know: no guessing
    "ويقع المبنى بين الشارعين الرئيسيين في وسط المدينة القديمة.",  # بين is "between"
    "وتخرج في المعهد هذا العام 800 طالب بتطوير المناهج الزراعية.",  # طالب after a number: students
])
def test_no_quote_without_a_speaker(sentence: str) -> None:
    assert quotes("وصل الوفد إلى المدينة صباح اليوم في زيارة تستمر يومين.\n" + sentence) == []


def test_offsets_hold() -> None:
    doc = article("أعلنت وزارة الخارجية السعودية أن المملكة ترحب بالاتفاق الجديد بين الطرفين.")
    for quote in doc.quotes:
        assert doc.text[quote["start"]:quote["end"]] == quote["text"]


def test_background_is_not_a_quote() -> None:
    found = quotes("قال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترحب بالاتفاق.\n"
                   "يذكر أن الاتفاق وقع في القاهرة الشهر الماضي بعد مفاوضات طويلة.")
    assert [q["cue"] for q in found] == ["قال"]


def test_guillemets_typed_the_wrong_way_round() -> None:
    found = quotes("وقال وزير الخارجية الأردني أيمن الصفدي:» نحن مع كل جهد يحقن الدماء في المنطقة«.")
    assert found[0]["direct"] and found[0]["text"].strip() == "نحن مع كل جهد يحقن الدماء في المنطقة"


def test_a_bare_title_is_the_person_of_the_datelines_country() -> None:
    found = quotes("الرياض – واس\n"
                   "استقبل الأمير فيصل بن فرحان وزير الخارجية نظيره التركي هاكان فيدان في مقر الوزارة اليوم.\n"
                   "وأكد وزير الخارجية خلال مؤتمر صحفي مشترك أن البلدين يتقاسمان رؤية واحدة حول المنطقة.\n"
                   "من جانبه، قال فيدان إن بلاده تنظر إلى المملكة بوصفها شريكاً محورياً.")
    first = next(q for q in found if q["cue"] == "وأكد")
    assert first["who"] == "Faisal bin Farhan Al Saud" and first["speaker"]["text"] == "وزير الخارجية"


def test_participle_continues_the_subject_of_a_sentence_without_a_quote() -> None:
    found = quotes("وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترحب بالاتفاق.\n"
                   "وثمّن الرئيس الفرنسي إيمانويل ماكرون جهود الوسطاء، منوهاً بدورهم في التوصل إلى التهدئة.")
    assert found[-1]["cue"] == "منوهاً" and found[-1]["who"] == "Emmanuel Macron"


def test_quotation_before_its_cue() -> None:
    found = quotes("«لن نتراجع عن مطالبنا مهما طال الوقت»، قال المتحدث باسم النقابة الأردنية في مؤتمر صحفي.\n"
                   "وأضاف أن الإضراب مستمر حتى تلبية المطالب.")
    assert found[0]["direct"] and found[0]["text"] == "لن نتراجع عن مطالبنا مهما طال الوقت"
    assert found[0]["speaker"]["text"] == "المتحدث باسم النقابة الأردنية" and found[0]["code"].startswith("JOR")


def test_that_clause_far_after_a_long_speaker_phrase() -> None:
    found = quotes("وقال وزير الخارجية الأردني أيمن الصفدي ونظيره المصري في بيان مشترك نشرته وكالات الأنباء "
                   "الرسمية في البلدين مساء أمس إن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة.")
    assert found[0]["text"] == "الحل السياسي هو الطريق الوحيد لإنهاء الأزمة"


def test_the_name_in_apposition_after_a_long_title_is_the_speaker() -> None:
    found = quotes("أكد وزير الزراعة في حكومة إقليم كردستان، سالم عبيد قادر، أن المحصول وفير هذا العام.\n"
                   "وأوضح وزير الزراعة أن الأسعار ستنخفض في الأسواق.")
    assert found[0]["speaker"]["text"] == "سالم عبيد قادر" and found[0]["who"]
    assert found[1]["who"] == found[0]["who"]  # the title alone refers back to him


def test_a_continuation_verb_used_transitively_does_not_end_the_content() -> None:
    found = quotes("وقال مدير المستشفى محمد حسين إن الطفلة بخير.\n"
                   "وأضاف أن إدارة المستشفى تابعت حالة الطفلة منذ دخولها حتى إجراء العملية.")
    assert found[1]["text"] == "إدارة المستشفى تابعت حالة الطفلة منذ دخولها حتى إجراء العملية"


def test_the_name_after_an_aside_that_follows_a_title_is_the_speaker() -> None:
    found = quotes("ونفى المتحدث الرسمي باسم أنصار الله، وهي التسمية التي يستخدمها المتمردون الحوثيون، "
                   "محمد عبد السلام أن تكون الجماعة رفضت الهدنة.")
    assert found[0]["speaker"]["text"] == "محمد عبد السلام"


def test_the_content_starts_after_the_medium_it_was_said_in() -> None:
    found = quotes("ونفى المتحدث باسم الجماعة، محمد عبد السلام، على صفحته على فيسبوك الأحد ما نقل عن زعيم الجماعة.")
    assert found[0]["text"] == "ما نقل عن زعيم الجماعة"


def test_a_town_is_no_speaker_but_a_capital_for_its_state_is() -> None:
    found = quotes("وأشار الباحث أحمد سالم إلى أن الكشف يزيل الغموض عن معبد أبو سمبل ويؤكد تقدم علم الفلك. "
                   "وقالت موسكو إن المحادثات مستمرة.")
    assert [q["who"] for q in found] == ["Ahmed Salem", "Russia"]


def test_a_study_speaks_for_its_author_and_continues_with_him() -> None:
    found = quotes("وتقول دراسة فلكية مصرية للدكتور مسلم شلتوت، أستاذ بحوث الشمس، إن البدر يتعامد "
                   "على المعابد كل ثلاث سنوات. وأضافت الدراسة أن الظاهرة ترى بالعين المجردة.")
    assert [q["speaker"]["text"] for q in found] == ["مسلم شلتوت", "مسلم شلتوت"]  # not مصرية (Egypt)
    assert found[1]["text"] == "الظاهرة ترى بالعين المجردة"


def test_a_title_in_construct_with_a_state_introduces_its_holder() -> None:
    found = quotes("وقال مندوب مصر الدائم لدى الجامعة العربية السفير طارق عادل إن القرار صدر بالإجماع.")
    assert found[0]["speaker"]["text"] == "طارق عادل"


def test_the_writers_asides_and_a_man_considered_something_are_no_quotes() -> None:
    found = quotes("وقال الوزير إن الحفل ناجح. ومما يجدر ذكره أن الحضور بلغ ألف شخص. "
                   "ويعتبر الفنان عمر الشريف أحد عمالقة الفن. ويعتبر الخبراء أن القرار خاطئ.")
    assert [q["text"] for q in found] == ["الحفل ناجح", "القرار خاطئ"]


def test_a_title_word_that_begins_with_the_letter_ba_runs_on_to_the_name() -> None:
    found = quotes("وقال رئيس بعثة الأمم المتحدة في أفغانستان نيكولاس هايسوم إن العنف تصاعد.")
    assert found[0]["speaker"]["text"] == "نيكولاس هايسوم"  # بعثة is no ب + object


def test_seeing_is_no_saying_and_opec_by_its_full_name_speaks() -> None:
    found = quotes("ورأى الحوثي خيلاً في المنام. ورأى الوزير أن القرار صائب. "
                   "وقال تقرير منظمة الدول المصدرة للبترول إن الطلب سيرتفع.")
    assert [(q["text"], q["who"]) for q in found][1:] == [("الطلب سيرتفع", "OPEC")]
    assert found[0]["text"] == "القرار صائب"


def test_a_title_refers_back_only_to_a_speaker_of_that_role() -> None:
    found = quotes("وقال الرئيس السوري بشار الأسد إن الحرب طويلة. وقال الوزير إن الحل ممكن. "
                   "وقال وزير الخارجية السوري وليد المعلم إن الوفد جاهز. وأضاف الوزير أن المحادثات مستمرة.")
    assert [q["speaker"]["entity"] for q in found] == ["assad-bashar", None, "muallem-walid", "muallem-walid"]


def test_a_relative_pronoun_before_the_cue_gives_the_speaker_named_before_it() -> None:
    found = quotes("وفي تصريحات الرئيس الفرنسي نيكولا ساركوزي الذي طالب الفرنسيين بزيارة تونس، تفاؤل كبير.")
    assert found[0]["speaker"]["text"] == "نيكولا ساركوزي"  # not الفرنسيين, the ones asked


def test_critics_speak_for_themselves_not_for_the_person_named_before() -> None:
    found = quotes("وقالت رئيسة المجلس جانيت يلين إن الاقتصاد قوي. لكن المنتقدين يقولون إن تدخل المجلس خطير.")
    assert found[1]["speaker"]["text"] == "المنتقدين" and found[1]["speaker"]["entity"] is None


def test_a_definite_statement_speaks_for_its_issuer_not_for_the_one_it_accuses() -> None:
    found = quotes("وذكر بيان لوزارة الداخلية التركية أن أربعة من عناصر الأمن لقوا مصرعهم.\n"
                   "واتهم البيان عناصر حزب العمال الكردستاني بتنفيذ الهجوم.")
    assert [q["speaker"]["entity"] for q in found] == ["tur-moi", "tur-moi"]


def test_a_provinces_authorities_speak_as_the_province_coded_as_the_states_government() -> None:
    found = quotes("وقال مكتب محافظ ديار بكر إن عملية واسعة أطلقت للعثور على منفذي الهجوم في تركيا.")
    assert found[0]["speaker"]["entity"] == "diyarbakir-prov" and found[0]["code"] == "TURGOV"
    assert found[0]["speaker"]["text"] == "مكتب محافظ ديار بكر"


def test_a_report_issued_by_a_body_in_a_relative_clause_is_the_bodys() -> None:
    found = quotes("وأشار التقرير الذي أصدرته مؤسسة النقد العربي السعودي إلى أن القروض ارتفعت بنسبة عشرة في المئة.")
    assert found[0]["speaker"]["entity"] == "saudi-central-bank"


def test_a_town_named_in_the_content_still_does_not_speak() -> None:
    found = quotes("وزار السياح مدينة أسوان لمشاهدة معبد أبو سمبل ويؤكد الخبراء أن الظاهرة فلكية.")
    assert not [q for q in found if q["code"] and q["code"].endswith("GOV")]


def test_a_bodys_short_form_after_li_is_a_mention_and_an_acting_title_runs_on_to_the_name() -> None:
    doc = article("أعلنت الشركة السعودية للكهرباء أرباحها. وقال الرئيس التنفيذي للشركة بالإنابة المهندس "
                  "منصور القحطاني إن الأرباح ارتفعت.")
    company = next(e for e in doc.entities if e["name_en"] == "Saudi Electricity Company")
    assert len(company["mentions"]) == 2
    assert doc.quotes[0]["speaker"]["text"] == "منصور القحطاني"


def test_a_call_in_which_a_condolence_is_expressed_is_the_callers() -> None:
    found = quotes("تلقى الأمير محمد بن نايف اتصالاً هاتفياً من الأمير سلمان بن حمد آل خليفة ولي العهد "
                   "النائب الأول لرئيس مجلس الوزراء بمملكة البحرين أعرب خلاله عن إدانته للتفجير الإرهابي.")
    assert found[0]["speaker"]["entity"] == "salman-bin-hamad"


def test_according_to_a_described_expert_names_the_speaker() -> None:
    found = quotes("ووفقا للخبير البنكي طلعت حافظ فإن البنوك السعودية بدأت في التوسع في تطبيق المبدأ.")
    assert found[0]["speaker"]["text"] == "طلعت حافظ"
    assert found[0]["text"].startswith("البنوك السعودية بدأت")


def test_a_participle_of_likelihood_reports_its_object_but_follow_up_does_not() -> None:
    found = quotes("وحث الخبير سعود المرزوقي البنوك على استحداث الآليات اللازمة، مرجحا وقوف شركات "
                   "تقسيط كبيرة وراء الظاهرة.")
    assert any(q["text"].startswith("وقوف شركات") for q in found)
    found = quotes("وأكد المدير فهد العمري أن العمل مستمر، ومتابعة كفاءة المحطة تتم يومياً.")
    assert not any(q["text"].startswith("كفاءة") for q in found)


def test_via_is_no_cue_and_one_of_the_residents_speaks() -> None:
    found = quotes("وعاد الهدوء إلى المدينة. وقال أحد سكان سيفاري لوكالة فرانس برس عبر الهاتف «المساء كان هادئاً "
                   "في المدينة». وقمنا بنقلهم من عدن إلى صنعاء عبر طائرة خاصة، بعد أن طلب منا الطرفان ذلك.")
    assert [q["speaker"]["text"] for q in found] == ["سكان"]


def test_the_writers_own_view_and_a_teacher_are_no_quotes() -> None:
    assert not quotes("وأنا أرى أنه بعد عاصفة الحزم ما عاد هناك مبرر للضياع الذي يحس به المثقفون.")
    found = quotes("وتقول مريم الحربي معلمة علوم: «إن تدريب النساء يستحق بالغ الاهتمام في المدينة».")
    assert not [q for q in found if q["cue"].startswith("معلم")]


def test_a_title_in_quotation_marks_is_no_quote_and_its_that_is_not_the_content() -> None:
    found = quotes("وقال رئيس الحكومة اللبنانية السابق فؤاد السنيورة، مساء أول من أمس، في الجلسة الافتتاحية "
                   "لندوة «العرب: أن نكون أو لا نكون» إن العرب أمام تحد كبير.")
    assert found[0]["text"] == "العرب أمام تحد كبير" and not found[0]["direct"]


def test_an_agency_that_carried_the_words_is_not_their_speaker_even_unknown_to_the_base() -> None:
    found = quotes("وقال وفقاً لما نقلته وكالة الانباء البحرينية إن مملكة البحرين تقف صفا واحدا مع السعودية.")
    assert not [q for q in found if q["speaker"]["text"].startswith("وكالة")]


def test_what_the_preposition_reports_comes_before_a_later_that_clause() -> None:
    found = quotes("وقال مصدر إن طيران التحالف استهدف مبنى للحوثيين.\n"
                   "وأشارت المصادر إلى مقتل 17 حوثيا وجرح العشرات، وأن عملية البحث عن القتلى لا تزال مستمرة.")
    assert found[-1]["text"].startswith("مقتل 17 حوثيا")


def test_a_common_noun_after_a_definite_title_is_the_object_not_the_name() -> None:
    found = quotes("وحث الوزير البنوك على استحداث برامج جديدة للتمويل.")
    assert found[0]["speaker"]["text"] == "الوزير"
    named = quotes("وقال الأستاذ الشاعر حسن الزهراني إن النادي تسلم كتباً جديدة.")
    assert named[0]["speaker"]["text"] == "حسن الزهراني"


def test_an_attribution_to_a_document_names_its_issuer() -> None:
    found = quotes("وارتفع حجم القروض الاستهلاكية الشخصية إلى 6.5 مليار ريال وفقا لتقرير مؤسسة النقد العربي السعودي.")
    assert found[0]["who"] == "Saudi Central Bank" and "6.5 مليار ريال" in found[0]["text"]
    after = quotes("وتضمن التقرير أنه طبقا لإحصاءات وزارة العمل الإيرانية فإن عدد العاطلين ارتفع إلى مليون.")
    assert after[0]["text"] == "عدد العاطلين ارتفع إلى مليون"


def test_a_programmes_title_in_quotation_marks_is_not_words_said() -> None:
    found = quotes("فقد اقترحت مؤسسة آنا ليند نشر رسالة بديلة بفضل برنامجها “اصوات عربية شابة” للشباب.")
    assert all(not q["direct"] for q in found)


def test_a_title_runs_through_the_facility_it_heads_to_the_name() -> None:
    found = quotes("وقال مدير مطار عدن طارق عبده لوكالة الصحافة الفرنسية إن الطائرة هبطت بسلام.")
    assert found[0]["speaker"]["text"] == "طارق عبده"


def test_praise_and_feelings_expressed_are_reported_statements() -> None:
    found = quotes("وقال المدير عبدالحميد العبدالجبار إن الحملة مستمرة.\n"
                   "وأثنى على الجهود التي قدمها المركز في مدة قصيرة، معبراً في الختام عن سعادته بالمشاركة.")
    texts = [q["text"] for q in found]
    assert any(t.startswith("الجهود التي قدمها المركز") for t in texts)
    assert any(t.startswith("سعادته بالمشاركة") for t in texts)
    assert not quotes("واعترضت الشرطة مئات المهاجرين الذين يحاولون العبور بأي ثمن.")


def test_a_report_inside_a_quotation_names_its_own_speaker() -> None:
    found = quotes("وقال وزير البيشمركة مصطفى سيد قادر: «نعم. تسليح الأكراد سيكون عبر بغداد. حكومة إقليم "
                   "كردستان أوضحت مجددا أننا نفضل أن نتلقى السلاح مباشرة».")
    inner = [q for q in found if q["speaker"]["text"] == "حكومة إقليم كردستان"]
    assert inner and inner[0]["text"].startswith("نفضل أن نتلقى السلاح")
    own = quotes("وقال الرئيس التركي رجب طيب أردوغان: «لا نريد أن نرى داعش بالقرب من الحدود التركية».")
    assert all(q["speaker"]["text"] != "داعش" for q in own)


def test_witnesses_are_an_unnamed_civilian_speaker() -> None:
    found = quotes("وقال شهود عيان إن امرأتين أطلقتا النار على الشرطة قرب القنصلية.")
    assert found[0]["speaker"]["text"] == "شهود" and found[0]["code"].endswith("CVL")


def test_a_cue_describing_an_indefinite_noun_is_not_the_last_speaker_again() -> None:
    found = quotes("وقال شهود عيان إن الانفجار وقع قرب السوق.\n"
                   "ومؤخرا بث غزاويون التحقوا بتنظيم داعش تسجيل فيديو يدعو الى مهاجمة حركة حماس.")
    assert len(found) == 1
    going_on = quotes("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاتفاق سيئ.\n"
                      "ومضى يقول إن البديل هو استمرار العقوبات.")
    assert len(going_on) == 2


def test_an_outlets_name_in_marks_is_no_quotation() -> None:
    found = quotes("وقال وزير الخارجية النمساوي لإذاعة «أو آر إف» أمس إنه يعتزم زيارة إيران في سبتمبر.")
    assert found and found[0]["text"].startswith("يعتزم زيارة إيران") and not found[0]["direct"]


def test_a_title_stops_at_the_common_noun_after_its_body() -> None:
    found = quotes("من جهته، أكد المبعوث الأممي لقاءه المقرر في الجزائر مع وزير الخارجية.")
    assert found[0]["speaker"]["text"] == "المبعوث الأممي"


def test_a_title_before_a_name_in_marks_introduces_the_person_after_it() -> None:
    found = quotes("وقال مؤسس “أديان” فادي ضو لفرانس برس إن المؤسسة تتقرب من الشبان.")
    assert found and found[0]["speaker"]["text"] == "فادي ضو"


def test_a_quotation_after_a_long_relative_clause_and_a_colon_is_the_content() -> None:
    found = quotes("وقال يورغن كلينزمان الذي دخل فريقه إلى البطولة القارية وهو في أفضل حالاته بعد فوزين وديين "
                   "مميزين جدا خارج قواعده على هولندا (4 - 3) وألمانيا بطلة العالم (2 - 1) في الشهر الماضي: "
                   "«كان بإمكاننا الفوز بالبطولة، لكننا لم نفعل ذلك».")
    assert found and found[0]["text"].startswith("كان بإمكاننا") and found[0]["direct"]


def test_an_obligation_after_a_bare_cue_is_the_last_speakers() -> None:
    found = quotes("وقالت رئيسة المؤسسة إليزابيت غيغو إن الإنترنت وحدها ليست كافية. "
                   "وقالت يجب أن تكون هناك رواية أخرى وكذلك أفعال.")
    assert len(found) == 2 and found[1]["speaker"]["text"] in ("إليزابيت غيغو", "رئيسة المؤسسة إليزابيت غيغو")


def test_a_description_before_a_saying_participle_is_no_content() -> None:
    found = quotes("ويقول وديع خان (47 عاما) بصوت متحشرج تملأه الغصة والحزن قائلاً لـ«الشرق الأوسط»: "
                   "«لم أعد أصدق أني بقيت أعيش حيا حتى اللحظة».")
    assert [q["text"][:10] for q in found] == ["لم أعد أصد"]


def test_a_prepositional_statement_before_a_saying_participle_stays() -> None:
    found = quotes("وأشاد المتحدث باسم الدفاع المدني خالد الكلباني بمجهودات الدفاع المدني قائلا "
                   "«شكرا لرجال الدفاع المدني على جهودهم الكبيرة».")
    assert len(found) == 2


def test_a_title_stops_at_its_object_after_its_genitive() -> None:
    found = quotes("وأكد رئيس المهرجان صعوبة المهمة في ظل الظروف الحالية.")
    assert not found or found[0]["speaker"]["text"] == "رئيس المهرجان"
    found = quotes("وقالت مديرة التسويق بشركة فيسبوك إن المشروع لا يزال في مرحلة أولية.")
    assert found[0]["speaker"]["text"] == "مديرة التسويق بشركة فيسبوك"


def test_a_plural_of_people_before_a_country_adjective_is_an_unnamed_group_of_that_country() -> None:
    found = quotes("ويقول مشاهدون روس نال الفيلم إعجابهم إن قصته تعكس الحياة في البلاد.\n"
                   "ويرى أثريون مصريون أن الصلة بين الظاهرتين ضعيفة.")
    assert [(q["who"], q["code"], q["speaker"]["text"]) for q in found] == [
        (None, "RUSCVL", "مشاهدون روس"), (None, "EGYCVL", "أثريون مصريون")]


def test_no_group_of_people_where_the_plural_is_a_thing_or_the_adjective_is_singular() -> None:
    found = quotes("وتفرض قوانين أميركية على الآباء عدم ترك أطفالهم وحدهم. وأكد التلفزيون التركي أن الهجوم فشل.")
    assert all(q["speaker"]["text"] not in ("قوانين أميركية", "التلفزيون التركي") for q in found)


def test_a_broken_plural_adjective_that_begins_like_the_article_still_names_the_country() -> None:
    found = quotes("وقال صحفيون ألمان إن المؤتمر تأجل إلى الشهر المقبل.")
    assert [(q["code"], q["speaker"]["text"]) for q in found] == [("DEUCVL", "صحفيون ألمان")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("وقال الناشط الحقوقي خالد عمر يوسف إن الحملة ظالمة.", "خالد عمر يوسف"),  # an adjective of field
    ("وقال المتحدث الرسمي لشرطة منطقة الرياض العقيد فواز الميمان إن الجهات الأمنية باشرت البلاغ.", "فواز الميمان"),
    ("وقال المتحدث الإعلامي لصحة الشرقية أسعد سعود إن الشكوى قيد التحقيق.", "أسعد سعود"),
])
def test_the_name_after_a_title_and_the_body_it_serves_is_the_speaker(sentence: str, speaker: str) -> None:
    found = quotes(sentence)
    assert [q["speaker"]["text"] for q in found] == [speaker]


def test_a_deputy_is_not_the_holder_of_the_title_he_deputises() -> None:
    found = quotes("وقال الأمين العام لرابطة العالم الإسلامي محمد العيسى إن البرنامج ناجح. "
                   "وقال نائب الأمين العام للرابطة إن البرنامج سيقوي الروابط.")
    assert found[1]["speaker"]["entity"] is None


def test_an_institution_named_after_a_person_names_no_speaker() -> None:
    found = quotes("وقال نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية إن المنح تستهدف الطلاب.")
    assert [q["speaker"]["entity"] for q in found] == [None]


def test_a_title_s_own_preposition_does_not_open_the_report() -> None:
    found = quotes("ولفت نائب وزير الخارجية الروسي ميخائيل بوغدانوف، مبعوث الكرملين إلى المنطقة، في حديث "
                   "لوكالة «تاس» إلى أن الجانب الروسي يواصل مشاوراته مع الأطراف.")
    assert found[0]["text"].startswith("الجانب الروسي")


def test_a_coordinated_say_continues_its_sentences_subject_not_the_last_speaker() -> None:
    found = quotes("وقال مسؤولون أميركيون إن الضربات مستمرة. وجدد وزير الخارجية الروسي سيرغي لافروف موقف "
                   "بلاده من الأزمة، وقال: «لن نغير سياستنا في المنطقة».")
    assert found[-1]["code"] == "RUSGOV" and found[-1]["speaker"]["entity"]


def test_a_spokesman_of_a_body_in_a_place_is_named_after_it() -> None:
    found = quotes("وأشار المتحدث باسم المقاومة في تعز منير الحكيمي بأن القصف أصاب عدة منازل.")
    assert [q["speaker"]["text"] for q in found] == ["منير الحكيمي"]


def test_a_participle_after_a_sentence_link_continues_the_verbs_subject() -> None:
    found = quotes('فيما تحدث مدير نادي الهلال الكابتن خميس الغامدي قائلاً: "نحتاج إلى وقت أطول للتحضير".')
    assert [q["speaker"]["text"] for q in found] == ["خميس الغامدي"]


def test_ali_written_with_alif_maqsura_after_a_reporting_verb_is_still_a_name() -> None:
    found = quotes("وعن موعد المعرض، قال على الجلاصي رئيس جمعية الحرفيين إن الدورة المقبلة ستكون أكبر.")
    assert [q["speaker"]["text"] for q in found] == ["على الجلاصي"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("أكد رئيس لجنة الإعلام باللجنة العليا للمهرجان الصيفي سعد الدوسري أن التجهيزات اكتملت.", "سعد الدوسري"),
    ("وذكر مدير الميناء «حسام رجب» أنه ضبطت شحنة مهربة في الحاوية.", "حسام رجب"),
    ('وأكد الرئيس التنفيذي لشركة "نخبة البناء" المهندس عبدالله الصالح أن التطوير مستمر.', "عبدالله الصالح"),
])
def test_a_title_s_name_after_its_body_or_in_quotation_marks(sentence: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in quotes(sentence)] == [speaker]


def test_the_one_met_with_bi_is_not_the_title_s_name() -> None:
    from tests.events.test_events import events
    meeting = next(e for e in events("والتقى وزير الخارجية الأمريكي بالرئيس السوري بشار الأسد.") if e["root"] == "04")
    assert meeting["source"]["actor_code"] == "USAGOV"
    assert [t["actor_code"] for t in meeting["targets"]] == ["SYRGOV"]


def test_a_bare_title_is_the_home_office_holder_named_with_it_after_his_name() -> None:
    found = quotes("أكد عادل الجبير وزير الخارجية أن المملكة حريصة على علاقاتها. وقال الجبير في مؤتمر مع فرانك "
                   "فالتر شتاينماير وزير الخارجية الألماني إن الحوار مهم. ورأى وزير الخارجية أن امتناع إيران يعني "
                   "عزمها. من جانبه عبر وزير الخارجية الألماني عن حرص حكومته.")
    assert [q["speaker"]["entity"] for q in found][2:] == ["jubeir-adel", "steinmeier-frank-walter"]


def test_a_title_in_apposition_after_the_name_is_neither_name_nor_content() -> None:
    found = quotes("دعت الدكتورة سلمى الراوي مستشارة رئيس مجلس النواب العراقي لشؤون المرأة "
                   "إلى التخلي عن الطائفية.")
    assert [(q["speaker"]["text"], q["text"]) for q in found] == [("سلمى الراوي", "التخلي عن الطائفية")]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("وأوضح المتحدث الرسمي بقيادة حرس الحدود بمنطقة جازان الرائد فهد القحطاني أن الدوريات مستمرة.", "فهد القحطاني"),
    ("من جهته، حذر الخبير المتخصص في شؤون الجماعات المسلحة، ماجد العلي، من عواقب التصعيد.", "ماجد العلي"),
])
def test_a_title_s_field_in_construct_or_a_name_between_commas_after_it(sentence: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in quotes(sentence)] == [speaker]


def test_an_eyewitness_speaks_unnamed() -> None:
    found = quotes('وقال شاهد عيان "رأيت سيارة تحترق قرب السوق".')
    assert [(q["speaker"]["entity"], q["code"]) for q in found] == [(None, "CVL")]


def test_a_feminine_say_goes_on_with_the_body_the_last_sentence_opened_with() -> None:
    found = quotes("وقال مكتب محافظ ماردين إن الانفجار وقع ليلا. وتبنت الحركة الانفصالية الكردية الخميس تفجير "
                   "عربة عسكرية قرب الحدود. وقالت إن العملية انتقام لمقتل عدد من عناصرها.")
    assert found[-1]["speaker"]["text"] == "الحركة الانفصالية الكردية"


def test_a_title_right_before_a_known_name_is_that_persons_and_he_may_write() -> None:
    found = quotes("وكتب المتحدث محمد عبد السلام انه «لا حساب للسيد عبد الملك الحوثي على تويتر ولا على غيره».")
    assert [q["speaker"]["entity"] for q in found] == ["abdulsalam-mohammed"]


def test_writing_without_a_that_or_a_quotation_reports_nothing() -> None:
    assert quotes("وكتب الطلاب رسائل إلى المعلمين في نهاية العام.") == []


def test_marks_around_an_events_name_after_khilal_hold_no_words_said() -> None:
    found = quotes('وقال وزير الخارجية السوري وليد المعلم في كلمة ألقاها خلال “المؤتمر الدولي للشباب العربي” '
                   'إن طهران تدعم دمشق.')
    assert [q["text"] for q in found] == ["طهران تدعم دمشق"]


def test_the_topic_after_amma_speaks_not_the_last_speaker() -> None:
    found = quotes("وقال التاجر محمد عبدالله الرشيد إن الأسعار مرتفعة. أما الطالب ناصر الهويمل وزميله بدر "
                   "السبيعي فيقولان إن التسوق ليلا أكثر متعة.")
    assert all(q["speaker"]["text"] != "محمد عبدالله الرشيد" for q in found[1:])


@pytest.mark.parametrize(("text", "speaker"), [
    ('وقال د. خالد العتيبي: "إن المشروع سينتهي قريبا".', "خالد العتيبي"),
    ("وأكد م. خالد العتيبي أن المشروع سينتهي قريبا.", "خالد العتيبي"),
    ("وقال أ.د. فهد الشمري إن الأسعار سترتفع في الأسواق المحلية خلال الشهر المقبل.", "فهد الشمري"),
])
def test_an_abbreviated_title_with_its_full_stop_before_the_speaker(text: str, speaker: str) -> None:
    assert [q["speaker"]["text"] for q in quotes(text)] == [speaker]


def test_the_one_spoken_to_is_not_the_speaker() -> None:
    found = quotes("وقال للمسؤولين في الوزارة إن الفساد خطر كبير على الاقتصاد الوطني.")
    assert all(not q["speaker"]["text"].startswith("للمسؤول") for q in found)
    found = quotes("وقال المسؤولون في الوزارة إن الفساد خطر كبير على الاقتصاد الوطني.")
    assert [q["speaker"]["text"] for q in found] == ["المسؤولون"]


def test_closing_a_camp_is_no_speech_and_an_adjective_after_wa_no_participle() -> None:
    assert quotes("واختتم الفريق الأهلي معسكره في النمسا أمس.") == []
    assert [q["cue"] for q in quotes("وختم الوزير الأردني كلمته بالقول إن الحوار هو الحل.")] == ["وختم"]
    found = quotes("وأكد الوزير أن هذه المواقف ثابتة ومعلنة ولا تحتاج لإعادة تأكيد.")
    assert [q["cue"] for q in found] == ["وأكد"]


def test_a_study_or_reports_without_an_issuer_are_no_earlier_speaker() -> None:
    found = quotes("قال المدرب البلجيكي يوهان فيرمان إن لاعبيه مستعدون تماماً للقاء المقبل في بروكسل. "
                   "وتشير التقارير إلى أن النادي يفاوض حارساً جديداً من الدوري الهولندي منذ أسابيع. "
                   "وكشفت دراسة حديثة أن أغلب اللاعبين يشكون من ضغط المباريات في نهاية الموسم.")
    assert [q["cue"] for q in found] == ["قال"]


def test_the_country_where_reports_appeared_is_not_their_issuer() -> None:
    found = quotes("وأفادت تقارير صحفية في البرتغال بأن النادي رفض عرضاً كبيراً لضم مهاجمه الأول. "
                   "وقال بيان صادر عن الحكومة البرتغالية إن دعم الأندية سيستمر طوال العام المقبل.")
    assert [(q["who"], q["code"]) for q in found] == [("Government of Portugal", "PRTGOV")]


def test_a_governor_named_after_his_province_speaks_not_the_province() -> None:
    found = quotes("وأكد محافظ محافظة الخرج الأمير سعد بن فيصل أن المشاريع الجديدة ستنتهي قبل نهاية العام. "
                   "وقال مكتب محافظ ديار بكر إن الهجوم أسفر عن إصابة ثلاثة من رجال الشرطة.")
    assert [q["speaker"]["text"] for q in found] == ["سعد بن فيصل", "مكتب محافظ ديار بكر"]


def test_one_of_the_residents_named_is_the_speaker() -> None:
    found = quotes("وقال أحد سكان الحي خالد المنصوري إن الناس يعيشون في قلق دائم منذ صدور القرار. "
                   "وقال أحد سكان البلدة إن المياه انقطعت منذ أسبوع كامل عن المنازل.")
    assert [(q["speaker"]["text"], q["speaker"]["entity"] is None) for q in found] == [
        ("خالد المنصوري", False), ("سكان", True)]


def test_a_present_cue_after_a_definite_noun_has_that_noun_as_subject_not_the_last_speaker() -> None:
    found = quotes("وقال الخبير سالم العتيبي إن السوق مستقرة.\n"
                   "والأرقام الرسمية الصادرة هذا الشهر تشير إلى أن التضخم يتراجع.")
    assert [q["cue"] for q in found] == ["وقال"]


def test_the_one_who_gave_the_speech_says_what_is_in_it() -> None:
    found = quotes("وقال السفير إن العلاقات متينة.\n"
                   "كما ألقى مفتي تونس كلمة أشاد فيها بدور الجمعيات الخيرية.")
    assert found[1]["speaker"]["text"] == "مفتي تونس" and found[1]["code"].startswith("TUN")


def test_the_one_a_cable_is_addressed_to_is_not_its_author() -> None:
    found = quotes("وبعث ولي العهد الأمير محمد بن نايف برقية للرئيس الفرنسي فرانسوا هولاند "
                   "عبر فيها عن أصدق التهاني.")
    assert found[0]["speaker"]["text"].startswith("الأمير محمد بن نايف")


def test_is_called_is_no_cue_but_claims_that_is() -> None:
    found = quotes("وقال المتحدث خالد العلي إن الحملة نجحت.\nوأصيب قائد الكتيبة الذي يدعى سالم بجروح خطرة.\n"
                   "وتدعي الحكومة أن الهجوم فشل.")
    assert [q["cue"] for q in found] == ["وقال", "وتدعي"]


def test_a_cue_after_that_and_a_subject_the_base_does_not_know_has_no_speaker() -> None:
    found = quotes("وقال المدير خالد الأحمري إن الطلبات كثيرة.\n"
                   "يشار إلى أن الصندوق العقاري أفاد بأن آلاف المواطنين ينتظرون القرض.")
    assert [q["cue"] for q in found] == ["وقال"]  # not الأحمري again


def test_a_person_in_apposition_after_an_opening_title_speaks_across_the_commas() -> None:
    found = quotes("وزير الخارجية الأمريكي، جون كيري، أكد أن الاتفاق صامد.\n"
                   "وجاء نائب رئيس الوزراء العراقي، بهاء الأعرجي، ليؤكد أن العراق خسر كثيراً.")
    assert [q["speaker"]["text"] for q in found] == ["جون كيري", "بهاء الأعرجي"]


def test_a_feminine_noun_after_a_feminine_cue_is_its_subject_not_its_object() -> None:
    found = quotes("وقال الخبير سالم العتيبي إن الأسعار سترتفع.\n"
                   "وطالبت الجمعية الأهلية بخفض الرسوم على المواطنين.")
    assert [q["cue"] for q in found] == ["وقال"]  # the association asked, not العتيبي


def test_in_it_the_subject_may_follow_and_the_content_starts_after_fiha() -> None:
    found = quotes("وأصدرت المنظمة بياناً دعت فيه «أوبك» المنتجين إلى خفض الإنتاج.\n"
                   "وتم الاستماع إلى المحافظ سالم العمري عبر مداخلة هاتفية أوضح خلالها أن الحياة تعود إلى المدينة.")
    assert found[0]["speaker"]["text"] == "أوبك"
    assert found[1]["speaker"]["text"] == "سالم العمري" and found[1]["text"] == "الحياة تعود إلى المدينة"


def test_it_turned_out_that_is_no_cue() -> None:
    found = quotes("وقال المتحدث الأمني اللواء منصور التركي إن التحقيقات بدأت.\n"
                   "وبمباشرة الجهات المختصة إجراءاتها التحقيقية في هذه الجريمة، تبين أن الحادث كان جراء تفجير انتحاري.")
    assert [q["cue"] for q in found] == ["وقال"]


def test_the_cue_of_an_attribution_is_no_quote_of_its_own() -> None:
    found = quotes("ووفقا لما أعلنه الفريق سالم العتيبي رئيس هيئة الموانئ فإن المشروع سيقلل ساعات الانتظار.")
    assert found[0]["speaker"]["text"] == "سالم العتيبي" and found[0]["text"] == "المشروع سيقلل ساعات الانتظار"
    assert found[0]["cue"] == "ووفقا"  # the attribution speaks; its أعلنه is no second quote

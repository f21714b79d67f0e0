"""The person-name chunker on sentences written for the test."""

from __future__ import annotations

from rasd.link.persons import cue_kind, given_name, ordinary, person_spans
from rasd.text.normalize import search_form
from rasd.text.tokenize import tokenize


def spans(sentence: str, tagged: dict[int, str] | None = None) -> list[str]:
    """The names found in `sentence` (search forms); `tagged` gives the tagger's tags by token."""
    tokens = tokenize(sentence)
    words = [search_form(t.text) for t in tokens]
    tags = ["O"] * len(words)
    for i, tag in (tagged or {}).items():
        tags[i] = tag
    found = person_spans(words, tags, [0] * len(words), [t.text for t in tokens])
    return [" ".join(words[a:b]) for a, b in found]


def test_lexicon_sides():
    assert given_name("محمد") and not given_name("الذي")
    assert ordinary(search_form("الشهير")) and not ordinary(search_form("المرزوقي"))
    assert cue_kind(search_form("وقال")) == "cue"
    assert cue_kind(search_form("للدكتور")) == "title"


def test_name_after_a_role_runs_over_an_unseen_surname():
    assert spans("وقال الخبير الاقتصادي سعود المرزوقي إن الأسعار سترتفع") == [search_form("سعود المرزوقي")]


def test_title_opens_a_name_even_on_an_ordinary_word():
    assert spans("واعتقلت الشرطة الشيخ مساعد القحطاني مع عدد من أنصاره") == [search_form("مساعد القحطاني")]


def test_name_links_bin_and_al():
    found = spans("وحضر السفير خالد بن سعيد آل حمدان الحفل")
    assert found == [search_form("خالد بن سعيد آل حمدان")]


def test_tagged_description_is_trimmed():
    # the tagger took "الشهير" along; the name itself is the two words after it
    found = spans("الكاتب الشهير فيودور دوستويفسكي", {1: "B-PERS", 2: "I-PERS", 3: "I-PERS"})
    assert found == [search_form("فيودور دوستويفسكي")]


def test_stops_at_glued_preposition_and_function_words():
    assert spans("وقال مؤسس الجمعية فادي ضو لفرانس برس إن") == [search_form("فادي ضو")]
    assert spans("قال محمد إن الوضع صعب") == []  # a lone given name is not enough


def test_an_unseen_tagged_surname_may_begin_with_ba():
    # بـ before a word that is no Arabic (بنيتز، بيرتس) is the surname's first letter
    found = spans("قال المدرب ألبرتو بنيتز إن الفريق جاهز", {2: "B-PERS", 3: "I-PERS"})
    assert found == [search_form("ألبرتو بنيتز")]
    assert spans("قال المدرب ألبرتو بمشاركته", {2: "B-PERS", 3: "I-PERS"}) == []


def test_no_name_without_cue_or_common_given_name():
    assert spans("ارتفعت أسعار النفط في الأسواق العالمية اليوم") == []


def test_blocked_tokens_end_the_name():
    words = [search_form(t.text) for t in tokenize("قال الوزير محمد العلي الرياض")]
    blocked = [False, False, False, False, True]
    assert person_spans(words, ["O"] * len(words), blocked) == [(2, 4)]


def test_compound_name_parts_stay_together():
    assert spans("وكتب المتحدث محمد عبد السلام أن الهدنة انتهت") == [search_form("محمد عبد السلام")]


def test_a_name_does_not_begin_or_end_with_a_link_or_run_into_a_list():
    assert spans("وهنأ الأمير بن عبدالعزيز آل سعود") == []
    assert spans("وحضر الشيخ مشاري والشكران والخلب") == []
    words = [search_form(t.text) for t in tokenize("وحضر الأمير منصور بن متعب الحفل")]
    blocked = [False, False, False, False, True, False]
    assert person_spans(words, ["O"] * len(words), blocked) == []


def test_an_unseen_first_word_after_an_adjective_joins_the_name():
    words = [search_form(t.text) for t in tokenize("وقال نائب الرئيس السوداني حسبو محمد عبدالرحمن خلال الملتقى")]
    blocked = [0, 0, 0, 1, 0, 0, 0, 0, 0]
    tags = ["O"] * len(words)
    tags[5], tags[6] = "B-PERS", "I-PERS"
    assert person_spans(words, tags, blocked) == [(4, 7)]


def test_no_person_in_an_institution_named_after_one_or_in_a_date():
    assert spans("وأجريت العملية في مستشفى الملك عبدالعزيز التخصصي أمس", {4: "B-PERS", 5: "I-PERS"}) == []
    assert spans("وقع الهجوم ليل الخميس في المدينة", {0: "B-PERS", 1: "B-PERS", 2: "I-PERS"}) == []
    assert spans("وشكر الملك المفدى شعبه") == []


def test_ali_is_a_name_the_preposition_is_not():
    assert spans("وأعاد الأمن المنسق محمد علي الجزولي إلى المعتقل") == [search_form("محمد علي الجزولي")]
    assert spans("ووقع الوزير محمد الحسن على الاتفاق") == [search_form("محمد الحسن")]


def test_descriptions_glued_words_and_tanween_are_no_names():
    assert spans("وأكد اللاعب البوليفي موخيكا أنه جاهز", {2: "B-PERS", 3: "I-PERS"}) == []
    assert spans("الحدود آمنة بحمد الله", {2: "B-PERS", 3: "I-PERS"}) == []
    assert spans("وكان الملك عبد العزيز مكافحاً للشيوعية") == [search_form("عبد العزيز")]
    assert spans("وقالت الوزيرة اليزابيت غيغو إن الحوار مهم", {2: "B-PERS", 3: "I-PERS"}) == [search_form("اليزابيت غيغو")]


def test_lists_possessives_and_compounds_after_links():
    assert spans("ويسعى الصندوق الذي يرأس نجيب مجلسه", {4: "B-PERS", 5: "I-PERS"}) == []
    assert spans("وضمت القائمة حمد المنتشري والمدافعون", {2: "B-PERS", 3: "I-PERS", 4: "I-PERS"}) == \
        [search_form("حمد المنتشري")]
    assert spans("كما قدم الأستاذ منصور ابن عبد الله الغامدي كلمته") == [search_form("منصور ابن عبد الله الغامدي")]


def test_a_kunya_opens_a_name_only_before_a_known_name():
    assert spans("هل هو حقيقي أم استنساخ جديد", {3: "B-PERS", 4: "I-PERS"}) == []
    assert spans("وقال القيادي أبو محمد العدناني إن", {2: "B-PERS", 3: "I-PERS", 4: "I-PERS"}) == \
        [search_form("أبو محمد العدناني")]


def test_a_name_opening_with_abd_after_a_role_is_whole() -> None:
    import rasd

    doc = rasd.process("خبر للاختبار\n\nوقال رئيس الجامعة عبد الحي عزب لوكالة فرانس برس إن الطلاب عادوا.")
    persons = [doc.text[m["start"]:m["end"]] for e in doc.entities if e["type"] == "PER" for m in e["mentions"]]
    assert persons == ["عبد الحي عزب"]
    assert doc.quotes[0]["speaker"]["text"] == "عبد الحي عزب"


def test_two_name_words_after_a_described_person_are_a_name_even_if_the_first_is_ordinary():
    assert spans("قال الناشط السوداني مساعد الكرباني إن الحملة ظالمة") == [search_form("مساعد الكرباني")]


def test_no_name_opens_on_a_glued_body_or_on_an_oath_after_a_described_person():
    assert spans("وقال المتحدث الرسمي للدفاع المدني إن الحريق طفيف") == []
    assert spans("قال الإمام البخاري رحمه الله إن الحديث صحيح") == []


def test_the_preposition_ala_before_an_institution_opens_no_name():
    from tests.stages import processed
    doc = processed("حضر المشرف العام على مستشفى الملك فهد بالمدينة الدكتور عبدالله الفارس حفل التخرج.")
    assert [m["text"] for e in doc.entities if e["type"] == "PER" for m in e["mentions"]] == ["عبدالله الفارس"]


def test_a_surname_that_begins_with_ba_is_part_of_the_name():
    assert spans("وأوضح المستشار الدكتور سالم باحويرث أن الأمر يستوجب الدراسة") == [search_form("سالم باحويرث")]


def test_a_verbal_noun_or_a_pronoun_word_behind_bi_ends_the_name():
    assert spans("وتحدث اللواء نبيل القرشي باستحالة إجراء الانتخابات") == [search_form("نبيل القرشي")]
    assert spans("وشكر الأستاذ عبد النور شعلان لوقوفه معه") == [search_form("عبد النور شعلان")]


def test_a_body_head_is_indefinite_before_a_name_and_may_be_definite_before_quotation_marks():
    from rasd.link.persons import body_head
    assert body_head(search_form("لمؤسسة")) and body_head(search_form("شركة"))
    assert not body_head(search_form("للمركز"))  # "المتحدث الرسمي للمركز فلان": the centre's spokesman
    assert body_head(search_form("للشركة"), definite=True)

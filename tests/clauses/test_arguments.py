"""Subjects, objects and coordinated actors (rasd.clauses.arguments) on sentences written for
these tests, seen through the view the quotes and events stages build."""

import pytest
from tests.clauses.test_view import actor_named, index_of, printed, sentence

from rasd.clauses.arguments import actors_after, coordinated, past_venue, subject_after, subject_before
from rasd.clauses.view import Actor, Sentence
from rasd.text.normalize import search_form


def after(text: str, verb: str) -> tuple[Sentence, Actor | None]:
    """The VSO subject of `verb` (its first occurrence) in the one-sentence `text`."""
    s = sentence(text)
    return s, subject_after(s, index_of(s, verb), len(s.words))


def before(text: str, verb: str) -> tuple[Sentence, Actor | None]:
    """The SVO subject of `verb` within its clause."""
    s = sentence(text)
    i = index_of(s, verb)
    return s, subject_before(s, i, s.clause_start(i))


def targets(text: str, verb: str, *preps: str) -> list[str]:
    """The printed targets after `verb` and its subject, as the event coder asks for them."""
    s = sentence(text)
    i = index_of(s, verb)
    subject = subject_after(s, i, len(s.words))
    found = actors_after(s, i if subject is None else subject.last, len(s.words), frozenset(preps), subject)
    return [printed(s, a) for a in found]


# subject_after (VSO)

def test_time_words_stand_between_the_verb_and_its_subject() -> None:
    s, subject = after("قال أمس الثلاثاء وزير الخارجية الأمريكي مايك بومبيو إن بلاده مستعدة للحوار.", "قال")
    assert subject is not None and subject.entity == "pompeo-mike" and printed(s, subject) == "مايك بومبيو"


def test_a_title_before_a_name_gives_the_person_not_the_nisba() -> None:
    s, subject = after("وأعلن وزير الخارجية الروسي سيرغي لافروف أن بلاده ستشارك في المؤتمر.", "وأعلن")
    assert subject is not None and subject.entity == "lavrov-sergey" and subject.type == "PER"


def test_a_title_alone_is_an_unnamed_actor_coded_from_its_country() -> None:
    s, subject = after("وقال وزير الخارجية الأردني إن بلاده ترحب بالاتفاق.", "وقال")
    assert subject is not None and subject.type == "UNNAMED" and subject.entity is None
    assert printed(s, subject) == "وزير الخارجية الأردني" and subject.code == "JORGOV"


@pytest.mark.parametrize(("text", "title"), [
    ("وزار الوزير بغداد أمس.", "الوزير"),  # a definite title is no construct: the town is the object
    ("وقال أمير منطقة الرياض إن العمل مستمر.", "أمير منطقة الرياض"),
    ("وقال المبعوث الأممي إن المحادثات مستمرة.", "المبعوث الأممي"),  # an adjective still belongs
    ("وقال أستاذ التاريخ الحديث بجامعة الملك سعود إن الحدث مهم.", "أستاذ التاريخ الحديث بجامعة الملك سعود"),
    ("وقال مدير «المرصد السوري لحقوق الإنسان» رامي عبد الرحمن إن المعارك مستمرة.", "رامي عبد الرحمن"),
])
def test_a_title_takes_a_place_or_body_only_as_its_genitive_or_adjective(text: str, title: str) -> None:
    s, subject = after(text, text.split()[0])
    assert subject is not None and printed(s, subject) == title


def test_a_spokesman_for_a_ministry_is_coded_from_the_ministry() -> None:
    s, subject = after("وقال المتحدث باسم وزارة الخارجية الأمريكية إن الوفد غادر.", "وقال")
    assert subject is not None and subject.code == "USAGOV"
    assert printed(s, subject) == "المتحدث باسم وزارة الخارجية الأمريكية"


def test_honorifics_stand_between_the_verb_and_the_person() -> None:
    _, subject = after("واستقبل صاحب السمو الملكي الأمير محمد بن سلمان وفدا أمريكيا في الرياض.", "واستقبل")
    assert subject is not None and subject.entity == "mbs"


def test_a_body_is_the_subject() -> None:
    _, subject = after("وأعلنت اليوم وزارة الدفاع الروسية انتهاء المناورات.", "وأعلنت")
    assert subject is not None and subject.entity == "rus-mod" and subject.type == "ORG"


@pytest.mark.parametrize("text", [
    "التقى بالرئيس المصري عبد الفتاح السيسي وفد أمريكي في القاهرة.",
    "رحب بمصر وفد من رجال الأعمال.",
    "التقى بواشنطن وزير الخارجية.",
])
def test_an_actor_governed_by_bi_is_no_subject(text: str) -> None:
    _, subject = after(text, text.split()[0])
    assert subject is None


def test_a_title_ends_before_a_word_with_bi() -> None:
    s, subject = after("والتقى وزير الخارجية الأردني بنظيره الإيراني في طهران.", "والتقى")
    assert subject is not None and printed(s, subject) == "وزير الخارجية الأردني"


def test_a_word_that_is_no_time_word_ends_the_search() -> None:
    _, subject = after("وصل الوفد الأمريكي إلى القاهرة أمس.", "وصل")
    assert subject is None  # الوفد is neither an actor nor a title


# subject_before (SVO)

def test_svo_subject_with_a_title() -> None:
    s, subject = before("الرئيس الأمريكي دونالد ترامب قال إن بلاده ستنسحب من الاتفاق.", "قال")
    assert subject is not None and subject.entity == "trump-donald"


def test_svo_body_with_auxiliary_and_particle_between() -> None:
    _, subject = before("إيران قد رحبت بالقرار.", "رحبت")
    assert subject is not None and subject.entity == "irn"
    _, subject = before("وزارة الخارجية الروسية كانت قد أعلنت انتهاء المهمة.", "أعلنت")
    assert subject is not None and subject.entity == "rus-mofa"


def test_svo_subject_through_a_relative_pronoun() -> None:
    _, subject = before("وزير الخارجية الروسي سيرغي لافروف الذي زار دمشق أمس التقى الرئيس السوري.", "زار")
    assert subject is not None and subject.entity == "lavrov-sergey"


@pytest.mark.parametrize(("text", "verb"), [
    ("وفد من مصر وصل إلى الخرطوم أمس.", "وصل"),
    ("بعث رسالة لإيران وصلت أمس.", "وصلت"),
    ("وبعد اتصال هاتفي مع السعودية، رحبت الحكومة الأردنية بالقرار.", "رحبت"),
])
def test_an_actor_governed_by_a_preposition_or_beyond_the_clause_is_no_svo_subject(text: str, verb: str) -> None:
    _, subject = before(text, verb)
    assert subject is None


def test_a_person_governed_by_a_title_hands_the_act_to_the_phrase_head() -> None:
    s, subject = before("المقاومة الشعبية الموالية للرئيس عبد ربه منصور هادي سيطرت على المدينة.", "سيطرت")
    assert subject is not None and subject.entity == "popular-resistance-yemen"


def test_a_person_after_a_governed_title_is_no_svo_subject() -> None:
    _, subject = before("وخلال لقائه مع الرئيس الروسي فلاديمير بوتين أكد أن بلاده ستواصل الحوار.", "أكد")
    assert subject is None or subject.entity != "putin-vladimir"


# coordinated lists

def test_a_list_joined_by_wa_is_one_argument() -> None:
    s = sentence("دعت السعودية والأردن ومصر إلى وقف القتال فورا.")
    group = coordinated(s, actor_named(s, "السعودية"), len(s.words))
    assert [a.entity for a in group] == ["sau", "jor", "egy"]


def test_a_list_with_commas() -> None:
    s = sentence("شاركت السعودية، والأردن، ومصر في المناورات.")
    group = coordinated(s, actor_named(s, "السعودية"), len(s.words))
    assert [a.entity for a in group] == ["sau", "jor", "egy"]


def test_a_list_ends_at_the_first_word_that_is_no_actor() -> None:
    s = sentence("دعت السعودية والأردن إلى الحوار مع مصر.")
    group = coordinated(s, actor_named(s, "السعودية"), len(s.words))
    assert [a.entity for a in group] == ["sau", "jor"]
    assert coordinated(s, actor_named(s, "مصر"), len(s.words)) == [actor_named(s, "مصر")]


# actors_after (targets)

def test_direct_object_after_the_subject() -> None:
    found = targets("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي مايك بومبيو في القاهرة.",
                    "استقبل", "obj")
    assert found == ["مايك بومبيو"]


def test_direct_object_through_a_manner_word() -> None:
    assert targets("هاجمت إيران بشدة الولايات المتحدة.", "هاجمت", "obj") == ["الولايات المتحدة"]


def test_the_genitive_of_the_object_noun_is_the_target() -> None:
    assert targets("قصف الجيش السوري مواقع تنظيم داعش في ريف حمص.", "قصف", "obj") == ["تنظيم داعش"]


def test_a_title_with_bi_gives_the_person_it_introduces() -> None:
    found = targets("التقى وزير الخارجية الروسي سيرغي لافروف بالمبعوث الأممي الخاص إلى سوريا غير بيدرسون.",
                    "التقى", "ب", "مع")
    assert found == ["غير بيدرسون"]


def test_the_genitive_of_a_noun_after_bi() -> None:
    found = targets("رحب وزير الخارجية الروسي سيرغي لافروف بقرار الرئيس الأمريكي دونالد ترامب.", "رحب", "ب")
    assert found == ["دونالد ترامب"]


def test_a_counterpart_after_maa() -> None:
    found = targets("اجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي مولود جاويش أوغلو.", "اجتمع", "مع")
    assert found == ["مولود جاويش أوغلو"]


def test_a_coordinated_target_through_commas_and_time_words() -> None:
    found = targets("اجتمع لافروف، في موسكو، مع السعودية والأردن ومصر.", "اجتمع", "مع")
    assert found == ["السعودية", "الأردن", "مصر"]


def test_a_clitic_preposition_on_the_actor() -> None:
    assert targets("التقى لافروف بإيران.", "التقى", "ب") == ["إيران"]


@pytest.mark.parametrize(("text", "preps"), [
    ("التقى لافروف بإيران.", ("مع",)),  # ب is not this pattern's preposition
    ("تحدث لافروف عن إيران.", ("مع",)),
    ("التقى لافروف. مع الصفدي", ("مع",)),  # a full stop ends the search
])
def test_no_target_where_the_pattern_does_not_look(text: str, preps: tuple[str, ...]) -> None:
    assert targets(text, text.split()[0], *preps) == []


def test_the_subject_is_never_its_own_target() -> None:
    s = sentence("اتهمت إيران الولايات المتحدة بدعم الإرهاب.")
    subject = subject_after(s, 0, len(s.words))
    assert subject is not None and subject.entity == "irn"
    found = actors_after(s, 0, len(s.words), frozenset({"obj"}), subject)
    assert [a.entity for a in found] == ["usa"]


def test_past_venue_skips_the_place_and_time_of_a_reception() -> None:
    s = sentence("استقبل الأمير في مكتبه بالإمارة اليوم، رئيس البلدية.")
    assert s.words[past_venue(s, index_of(s, "في"), len(s.words))] == search_form("رئيس")
    assert past_venue(s, index_of(s, "رئيس"), len(s.words)) == index_of(s, "رئيس")  # nothing to skip


def test_a_title_ends_before_the_occasion_of_a_congratulation() -> None:
    s, subject = after("وهنأ رئيس السنغال بذكرى استقلال بلاده.", "وهنأ")
    assert subject is not None and printed(s, subject) == "رئيس السنغال"


def test_a_title_after_a_separate_preposition_is_the_target() -> None:
    assert targets("وتلقى الملك اتصالاً هاتفياً من رئيس الوزراء البريطاني أمس.", "وتلقى", "من") == ["رئيس الوزراء البريطاني"]

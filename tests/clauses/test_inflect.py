from hypothesis import given
from hypothesis import strategies as st

from rasd.clauses.inflect import Inflections, past_forms, present_forms
from rasd.clauses.lexicon import PatternLexicon
from rasd.text.normalize import search_form

VERBS = [("قال", "يقول"), ("التقي", "يلتقي"), ("دعا", "يدعو"), ("اكد", "يؤكد"), ("قصف", "يقصف")]


def _inflections() -> Inflections:
    table = Inflections()
    for past, present in VERBS:
        table.add_verb(search_form(past), search_form(present))
    table.add_noun("هجوم", "هجمات")
    table.add_noun("زياره")
    return table


def bases(word: str) -> set[tuple[str, str]]:
    return {(a.form.base, a.form.pos) for a in _inflections().analyse(search_form(word))}


def test_past_and_present_inflections_with_clitics() -> None:
    assert ("قال", "past") in bases("وقالت")
    assert ("قال", "present") in bases("ويقولون")
    assert ("التقي", "past") in bases("التقت")
    assert ("التقي", "past") in bases("والتقوا")
    assert ("التقي", "present") in bases("سيلتقي")
    assert ("دعا", "past") in bases("ودعت")
    assert ("دعا", "present") in bases("يدعون")
    assert ("قصف", "past") in bases("قصفها")
    assert ("اكد", "present") in bases("وتؤكد")


def test_nouns_take_the_article_and_prepositions_not_verbs() -> None:
    assert ("هجوم", "noun") in bases("والهجمات")
    assert ("هجوم", "noun") in bases("بهجوم")
    assert ("زياره", "noun") in bases("زيارته")
    assert not bases("القال")  # a verb never takes the article
    assert not bases("سقال")  # nor the future prefix in the past


def test_form_iv_masdar_is_not_a_verb_with_a_pronoun() -> None:
    table = Inflections()
    table.add_verb("افاد", "يفيد")
    assert not table.analyse("افاده")  # إفادة "testimony", not أفاده


@given(st.sampled_from(VERBS), st.sampled_from(["", "و", "ف"]))
def test_every_generated_form_analyses_back_to_its_verb(verb: tuple[str, str], conj: str) -> None:
    table = _inflections()
    past, present = search_form(verb[0]), search_form(verb[1])
    for form in past_forms(past) | present_forms(present):
        assert past in {a.form.base for a in table.analyse(conj + form)}, conj + form


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ", max_size=30))
def test_analyse_never_raises(word: str) -> None:
    _inflections().analyse(word)


def test_multi_word_patterns_allow_the_subject_between() -> None:
    lexicon = PatternLexicon([["040", "verb", "أجرى محادثات|يجري محادثات", "target=مع"],
                              ["043", "verb", "أجرى|يجري", ""]])
    words = [search_form(w) for w in "أجرى وزير الخارجية مايك بومبيو محادثات مع نظيره".split()]
    hits = lexicon.find(words, 0)
    assert hits[0].pattern.code == "040" and hits[0].last == 5
    assert lexicon.find(words, 0, end=4)[0].pattern.code == "043"  # the rest beyond the clause


def test_next_word_cancels_a_pattern() -> None:
    lexicon = PatternLexicon([["180", "noun", "انفجار", "next!=الأسعار,أسعار"]])
    assert not lexicon.find([search_form(w) for w in "انفجار الأسعار".split()], 0)
    assert lexicon.find([search_form(w) for w in "انفجار سيارة".split()], 0)


def test_a_sound_causative_takes_him_a_hollow_one_is_its_masdar() -> None:
    from rasd.clauses.inflect import Inflections
    forms = Inflections()
    forms.add_verb("ابرم", "يبرم")
    forms.add_verb("افاد", "يفيد")
    assert any(a.form.pos == "past" and a.suffix == "ه" for a in forms.analyse("ابرمته"))
    assert not any(a.form.pos == "past" and a.suffix == "ه" for a in forms.analyse("افادته"))

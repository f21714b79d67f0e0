"""DocView and Sentence (rasd.clauses.view) on short articles written for these tests."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.clauses.view import Actor, DocView, Sentence, doc_view
from rasd.model import Document
from rasd.pipeline import Pipeline
from rasd.text.normalize import search_form

PIPELINE = Pipeline()
# The stages a view is built from: tokens and sentences, then entities.
VIEW_STAGES = [stage for name, stage in PIPELINE.stages if name in ("text", "entities")]


def view(text: str) -> DocView:
    """The view of `text` as the quotes and events stages see it."""
    doc = Document(id="t", text=text, published="2019-02-20")
    for stage in VIEW_STAGES:
        doc = stage(doc)
    return doc_view(doc)


def sentence(text: str, index: int = 0) -> Sentence:
    return view(text).sentences[index]


def printed(s: Sentence, actor: Actor) -> str:
    return s.doc_text[actor.start:actor.end]


def actor_named(s: Sentence, text: str) -> Actor:
    """The actor whose printed text is `text` (the longest when several start there)."""
    found = [a for a in s.actors if printed(s, a) == text]
    assert found, [printed(s, a) for a in s.actors]
    return found[0]


def index_of(s: Sentence, word: str) -> int:
    return s.words.index(search_form(word))


def test_sentences_carry_search_forms_and_offsets() -> None:
    v = view("وصل الوفد الأردني إلى بغداد. وبدأ محادثاته مع المسؤولين العراقيين.")
    assert len(v.sentences) == 2
    for s in v.sentences:
        assert s.doc_text[s.start:s.end].strip()
        assert len(s.words) == len(s.tokens)
        for token, word in zip(s.tokens, s.words, strict=True):
            assert s.doc_text[token.start:token.end] == token.text
            assert s.start <= token.start < token.end <= s.end
            if token.kind == "word":
                assert word == search_form(token.text)
    assert v.sentences[0].words[-1] == "."


def test_entity_mentions_become_actors_with_exact_offsets() -> None:
    s = sentence("استقبل الملك عبدالله الثاني وزير الخارجية الروسي سيرغي لافروف في عمان.")
    king = actor_named(s, "الملك عبدالله الثاني")
    lavrov = actor_named(s, "سيرغي لافروف")
    assert (king.entity, king.type, king.code) == ("abdullah-ii", "PER", "JORGOV")
    assert (lavrov.entity, lavrov.code) == ("lavrov-sergey", "RUSGOV")
    for actor in (king, lavrov):
        assert s.tokens[actor.first].start == actor.start and s.tokens[actor.last].end == actor.end
        assert s.actor_at(actor.first) == actor and s.actor_at(actor.last) == actor
    assert s.actor_at(0) is None  # the verb


def test_a_clitic_stays_outside_the_actor() -> None:
    s = sentence("وأكد الوزير أن الاتفاق بين الأردن وبغداد سيوقع قريبا.")
    baghdad = actor_named(s, "بغداد")
    assert s.tokens[baghdad.first].text == "وبغداد" and baghdad.start == s.tokens[baghdad.first].start + 1


def test_unnamed_official_is_coded_from_the_nisba_after_it() -> None:
    s = sentence("قال مسؤول أميركي إن المحادثات ستستأنف الأسبوع المقبل.")
    official = actor_named(s, "مسؤول أميركي")
    assert (official.entity, official.type, official.code) == (None, "UNNAMED", "USAGOV")
    assert official.agent == search_form("مسؤول")
    assert s.actor_at(index_of(s, "مسؤول")) == official


def test_unnamed_men_of_a_people_stand_for_that_people_a_states_for_no_entity() -> None:
    s = sentence("وتشهد المدينة اشتباكات بين الشرطة والمسلحين الأكراد منذ الأسبوع الماضي.")
    gunmen = actor_named(s, "المسلحين الأكراد")
    assert gunmen.type == "UNNAMED" and gunmen.entity == "kurds" and gunmen.code.startswith("KUR")
    official = actor_named(sentence("قال مسؤول أميركي إن المحادثات ستستأنف."), "مسؤول أميركي")
    assert official.entity is None


def test_unnamed_sources_take_sector_and_country_from_their_adjectives() -> None:
    s = sentence("وأكدت مصادر أمنية عراقية مقتل ثلاثة مسلحين في هجوم قرب الحدود.")
    sources = actor_named(s, "مصادر أمنية عراقية")
    assert sources.code == "IRQCOP" and sources.type == "UNNAMED"
    gunmen = actor_named(s, "مسلحين")
    assert gunmen.entity is None and gunmen.code == "UAF"  # one mention of Iraq is no focus country


def test_members_of_a_security_service_are_one_unnamed_actor() -> None:
    s = sentence("وتمكن رجال الأمن من توقيف المشتبه به، بينما طوقت قوات الأمن الحي.")
    assert actor_named(s, "رجال الأمن").code == "COP" and actor_named(s, "قوات الأمن").code == "COP"
    s = sentence("وشدد على أن حفظ الأمن واجب على الجميع.")
    assert not s.actors  # the service alone is a task, no actor


def test_a_responsible_source_is_one_government_source() -> None:
    s = sentence("ورفض مصدر مسؤول التعليق على الخبر.")
    assert [printed(s, a) for a in s.actors] == ["مصدر مسؤول"] and s.actors[0].code == "GOV"


def test_towns_count_for_the_state_they_lie_in() -> None:
    s = sentence("وأكدت مصادر أمنية عراقية مقتل ثلاثة مسلحين في هجوم قرب كركوك.")
    assert actor_named(s, "مسلحين").code == "IRQUAF"  # Iraq and Kirkuk: two mentions of Iraq


def test_unnamed_actors_without_a_focus_country_keep_their_agent_code() -> None:
    s = sentence("وقال مسلحون إنهم سيطروا على الطريق، فيما انسحب جنود من المنطقة.")
    assert actor_named(s, "مسلحون").code == "UAF" and actor_named(s, "جنود").code == "MIL"


def test_official_in_a_ministry_takes_the_ministry_code() -> None:
    s = sentence("وقال مسؤول في وزارة الخارجية الروسية إن الاجتماع سيعقد في جنيف.")
    official = actor_named(s, "مسؤول في وزارة الخارجية الروسية")
    assert official.code == "RUSGOV" and official.entity is None


def test_source_speaking_to_an_outlet_is_not_coded_from_the_outlet() -> None:
    s = sentence("وقالت مصادر لوكالة رويترز إن الوفد الإيراني غادر فيينا.")
    sources = next(a for a in s.actors if a.type == "UNNAMED")
    assert printed(s, sources) == "مصادر" and sources.code is None


def test_a_news_agency_does_not_make_the_article_about_its_country() -> None:
    v = view("وقالت مصادر لوكالة رويترز إن الوفد غادر. وأضافت المصادر لرويترز أن المحادثات ستستأنف.")
    assert v.country is None
    assert not (actor_named(v.sentences[0], "مصادر").code or "").startswith("GBR")


def test_aircraft_of_a_known_coalition_are_the_coalition() -> None:
    v = view("أعلن التحالف العربي بقيادة السعودية بدء عملية عسكرية جديدة. "
             "وقصفت طائرات التحالف مواقع الحوثيين شمال صنعاء.")
    s = v.sentences[1]
    planes = actor_named(s, "طائرات التحالف")
    assert planes.entity == "saudi-coalition" and planes.type == "ORG" and planes.code == "IGOARB"
    assert planes.agent == search_form("طائرات")
    assert s.actor_at(index_of(s, "طائرات")) == planes


def test_national_authorities_stay_unnamed() -> None:
    s = sentence("واعتقلت السلطات السودانية عشرات المحتجين في الخرطوم.")
    authorities = actor_named(s, "السلطات السودانية")
    assert authorities.entity is None and authorities.code == "SDNGOV"


YEMEN = ("أعلنت الحكومة اليمنية أن جماعة الحوثي قصفت مدينة مأرب بالصواريخ. "
         "وأكدت مصادر عسكرية أن المعارك مستمرة في محافظة الحديدة منذ أسبوع. "
         "وقال مسؤول أميركي إن بلاده تتابع الوضع في اليمن.")


def test_an_article_about_yemen_makes_its_unnamed_sources_yemeni() -> None:
    v = view(YEMEN)
    assert v.country == "YEM"
    assert actor_named(v.sentences[1], "مصادر عسكرية").code == "YEMMIL"
    assert actor_named(v.sentences[2], "مسؤول أميركي").code == "USAGOV"  # its own country stays
    assert actor_named(v.sentences[0], "جماعة الحوثي").code == "YEMREB"  # named actors keep theirs
    yemeni = view(YEMEN + " وقالت مصادر يمنية إن الهدنة انهارت.").sentences[3]
    assert actor_named(yemeni, "مصادر يمنية").code == "YEM"  # its country once, not YEMYEM


def test_no_focus_country_when_two_states_share_the_article() -> None:
    v = view("التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمان. "
             "وأكدت مصادر دبلوماسية أن الوزيرين بحثا الأوضاع في المنطقة.")
    assert v.country is None
    assert actor_named(v.sentences[1], "مصادر دبلوماسية").code == "GOV"


def test_doc_view_is_built_once_per_document() -> None:
    doc = Document(id="t", text="قال مسؤول أميركي إن الوفد وصل.", published=None)
    for stage in VIEW_STAGES:
        doc = stage(doc)
    assert doc_view(doc) is doc_view(doc)


def test_clause_ends_at_a_comma_and_a_clause_opening_word() -> None:
    s = sentence("قصفت الطائرات مواقع المسلحين، فيما قالت مصادر محلية إن الغارات أوقعت قتلى.")
    comma, fima = s.words.index("،"), index_of(s, "فيما")
    assert s.is_boundary(comma) and s.is_boundary(fima) and not s.is_boundary(0)
    assert s.clause_end(0) == comma
    assert s.clause_start(comma - 1) == 0
    assert s.clause_end(comma) == fima  # the comma's own clause is empty
    qalat = index_of(s, "قالت")
    assert s.clause_start(qalat) == fima + 1
    assert s.clause_end(qalat) == len(s.tokens)


def test_a_colon_and_bayna_ma_open_clauses() -> None:
    s = sentence("وقال الوزير: الوضع خطير بينما يواصل الطرفان القتال.")
    colon, baynama = s.words.index(":"), index_of(s, "بينما")
    assert s.clause_end(0) == colon
    assert s.clause_start(colon + 1) == colon + 1
    assert s.clause_end(colon + 1) == baynama
    assert s.clause_start(len(s.tokens) - 1) == baynama + 1


# Words of news sentences, actor words and punctuation, for the property below.
VOCABULARY = ("قال مسؤول أميركي مصادر أمنية عراقية عسكرية طائرات التحالف السعودية والأردن ومصر "
              "الحكومة اليمنية الحوثيين في من إلى على مع قصفت التقى وزير الخارجية الروسي سيرغي لافروف "
              "مسلحون فيما بينما إن أن عمان بغداد والمسؤول لوكالة رويترز").split() + \
             ["،", ".", ":", "«", "»", "؟", "\n", "2019", "ﻻ", "\u0640", "بـ", "(", ")"]
arabicish = st.one_of(
    st.lists(st.sampled_from(VOCABULARY), max_size=30).map(" ".join),
    st.text(alphabet=st.sampled_from("ابتجدرسقلمنهويءأإآىة،.: \n\u064e\u0651"), max_size=80),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabicish)
def test_any_text_gives_actors_inside_their_sentences(text: str) -> None:
    v = view(text)
    for s in v.sentences:
        assert len(s.words) == len(s.tokens)
        firsts = [a.first for a in s.actors]
        assert firsts == sorted(firsts)
        for actor in s.actors:
            assert s.start <= actor.start < actor.end <= s.end, (text, actor)
            assert 0 <= actor.first <= actor.last < len(s.tokens)
            assert s.tokens[actor.first].start <= actor.start and actor.end <= s.tokens[actor.last].end
        for i in range(len(s.tokens)):
            assert s.clause_start(i) <= i < s.clause_end(i) or s.is_boundary(i)


def test_unnamed_sources_inside_a_named_body_are_its_own() -> None:
    s = sentence("كشفت مصادر قيادية داخل حزب الله أن الحزب يواجه مشكلات كبيرة.")
    sources = actor_named(s, "مصادر قيادية داخل حزب الله")
    assert sources.type == "UNNAMED" and sources.code == "LBNREB"


def test_ministers_in_the_prime_ministers_title_are_no_actor_but_the_cabinet_is() -> None:
    s = sentence("وقال رئيس الوزراء إن مجلس الوزراء وافق على الخطة.")
    cabinet = [a for a in s.actors if a.type == "UNNAMED"]
    assert [printed(s, a) for a in cabinet] == ["الوزراء"] and cabinet[0].first == index_of(s, "وافق") - 1

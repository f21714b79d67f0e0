"""Near-duplicates and story clusters on small texts written for these tests, and on the
bundled examples (a wire copy re-posted by another site, and a follow-up article)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import rasd
from rasd.model import Document
from rasd.stories import DuplicateFinder, StoryClusterer, fingerprint, link_documents
from rasd.stories.fingerprint import content_term, restore, shingle_hashes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "text"

BASE = (
    "أعلنت وزارة الصحة في المحافظة عن افتتاح مستشفى جديد للأطفال يضم مئتي سرير في حي الشاطئ "
    "بحضور المحافظ وعدد من المسؤولين. وقال مدير المستشفى إن المبنى جهز بأحدث الأجهزة الطبية "
    "وإن العمل سيبدأ فيه مطلع الشهر المقبل بطاقم من ثلاثمئة طبيب وممرض. وأضاف أن المستشفى "
    "سيستقبل المرضى من المحافظات المجاورة أيضا وأن الخدمة فيه مجانية للأطفال دون الخامسة."
)
OTHER = (
    "فاز فريق النادي الأهلي على ضيفه فريق الاتحاد بثلاثة أهداف مقابل هدف في المباراة التي "
    "جمعتهما مساء الجمعة على الملعب البلدي ضمن الجولة الخامسة من الدوري. وسجل المهاجم الدولي "
    "هدفين في الشوط الأول قبل أن يضيف زميله الهدف الثالث من ركلة جزاء في الدقائق الأخيرة."
)


def doc(doc_id: str, text: str, title: str | None = None, published: str | None = "2024-05-01",
        entities: list[dict] | None = None) -> Document:
    return Document(id=doc_id, text=text, title=title, published=published, entities=entities or [])


def test_a_copy_with_a_changed_sentence_is_a_near_duplicate() -> None:
    finder = DuplicateFinder()
    first = fingerprint(doc("a" * 16, BASE))
    finder.remember(first)
    copy = BASE.replace("بحضور المحافظ وعدد من المسؤولين", "بحضور محافظ المدينة")
    assert finder.original_of(fingerprint(doc("b" * 16, copy))) == "a" * 16
    assert finder.original_of(fingerprint(doc("c" * 16, OTHER))) is None


def test_a_duplicate_points_to_the_canonical_copy_not_to_another_duplicate() -> None:
    docs = [doc("a" * 16, BASE), doc("b" * 16, BASE + " وختم حديثه بالشكر."), doc("c" * 16, BASE + " انتهى.")]
    link_documents(docs)
    assert [d.duplicate_of for d in docs] == [None, "a" * 16, "a" * 16]
    assert docs[0].story == docs[1].story == docs[2].story == "s-" + "a" * 16


def test_spelling_variants_and_diacritics_do_not_hide_a_copy() -> None:
    variant = BASE.replace("أعلنت", "اعلنت").replace("مستشفى", "مستشفي").replace("الأطفال", "الأطفَال")
    assert fingerprint(doc("a" * 16, BASE)).signature.jaccard(fingerprint(doc("b" * 16, variant)).signature) > 0.9


def test_a_short_text_has_no_signature_and_copies_nothing() -> None:
    finder = DuplicateFinder()
    finder.remember(fingerprint(doc("a" * 16, "خبر قصير جدا")))
    assert fingerprint(doc("b" * 16, "خبر قصير جدا")).signature is None
    assert finder.original_of(fingerprint(doc("b" * 16, "خبر قصير جدا"))) is None


def test_articles_on_the_same_happening_share_a_story_and_others_stand_alone() -> None:
    hospital = [{"id": "x-org-hospital", "mentions": [{"start": 0, "end": 1, "text": "م"}]}]
    first = doc("a" * 16, BASE, "افتتاح مستشفى الأطفال الجديد في حي الشاطئ", entities=hospital)
    second = doc("b" * 16, "افتتح محافظ المدينة اليوم مستشفى الأطفال الجديد في حي الشاطئ بطاقة مئتي سرير، "
                 "على أن يبدأ استقبال المرضى الشهر المقبل.", "المحافظ يفتتح مستشفى الأطفال في الشاطئ",
                 entities=hospital)
    match = doc("c" * 16, OTHER, "الأهلي يهزم الاتحاد بثلاثية في الدوري")
    link_documents([first, second, match])
    assert first.story == second.story == "s-" + "a" * 16
    assert match.story is None and match.duplicate_of is None
    assert second.duplicate_of is None


def test_a_story_does_not_reach_beyond_its_time_window() -> None:
    clusters = StoryClusterer(window_days=3)
    title = "افتتاح مستشفى الأطفال الجديد في حي الشاطئ"
    clusters.add(fingerprint(doc("a" * 16, BASE, title, published="2024-05-01")))
    late = fingerprint(doc("b" * 16, BASE + " تحديث.", title, published="2024-05-20"))
    assert clusters.add(late) is None


def test_copies_are_looked_for_in_the_last_days_only_so_a_long_run_keeps_little() -> None:
    from rasd.stories.duplicates import RETAIN_DAYS

    finder = DuplicateFinder()
    finder.remember(fingerprint(doc("a" * 16, BASE, published="2024-05-01")))
    copy = BASE + " انتهى."
    assert finder.original_of(fingerprint(doc("b" * 16, copy, published="2024-05-04"))) == "a" * 16
    for day in range(2, 2 + RETAIN_DAYS + 2):  # the run goes on: days later, other news
        finder.remember(fingerprint(doc(f"{day:016d}", OTHER + f" اليوم {day}", published=f"2024-05-{day:02d}")))
    assert "a" * 16 not in finder and len(finder._seen) < RETAIN_DAYS + 3
    assert finder.original_of(fingerprint(doc("c" * 16, copy, published="2024-05-30"))) is None


def test_a_closed_story_drops_its_centroid_and_a_late_copy_still_joins_it() -> None:
    title = "افتتاح مستشفى الأطفال الجديد في حي الشاطئ"
    docs = [doc("a" * 16, BASE, title, published="2024-05-01"),
            doc("b" * 16, OTHER, "الأهلي يهزم الاتحاد", published="2024-05-20"),
            doc("c" * 16, BASE + " انتهى.", title, published="2024-05-21")]
    clusters = StoryClusterer()
    for d in docs[:2]:
        clusters.add(fingerprint(d))
    closed = clusters._clusters["a" * 16]
    assert closed.closed and not closed.centroid and not closed.indexed
    assert clusters.add(fingerprint(docs[2]), join="a" * 16) == "s-" + "a" * 16
    assert not closed.centroid  # a closed story is not brought back into comparisons


def test_a_fingerprint_survives_the_round_trip_through_the_store_form() -> None:
    fp = fingerprint(doc("a" * 16, BASE, "عنوان الخبر"))
    back = restore(fp.doc_id, fp.published, fp.signature_bytes(), fp.features)
    assert back.signature is not None and back.signature.jaccard(fp.signature) == 1.0
    assert back.features == fp.features


def test_function_words_and_articles_are_not_story_terms() -> None:
    assert content_term("الذي") is None and content_term("في") is None
    assert content_term("والمستشفى") == content_term("المستشفى") == content_term("مستشفى")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["مستشفى", "جديد", "الأطفال", "في", "حي", "الشاطئ", "افتتاح", "سرير"]),
                min_size=0, max_size=40))
def test_shingle_hashes_are_distinct_32_bit_values_and_repeatable(words: list[str]) -> None:
    hashes = shingle_hashes(words)
    assert len(set(hashes.tolist())) == len(hashes) <= max(len(words) - 3, 0)
    assert all(0 <= h < 2**32 for h in hashes.tolist())
    assert shingle_hashes(list(words)).tolist() == hashes.tolist()


def test_the_bundled_repost_and_follow_up_are_linked() -> None:
    docs = [rasd.process(str(EXAMPLES / name)) for name in (
        "afp_credit_basra_protest.txt", "rafidain_style_basra_repost.txt",
        "iraq_follow_up_basra_committee.txt", "levant_style_yemen_envoy.txt")]
    link_documents(docs)
    original, repost, follow_up, other = docs
    assert repost.duplicate_of == original.id and follow_up.duplicate_of is None
    assert original.story == repost.story == follow_up.story == "s-" + original.id
    assert other.story is None

"""Pairing of quotation marks (rasd.quotes.extract.quote_marks): properties on arbitrary
text and examples written for these tests."""

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.quotes.extract import MAX_QUOTE, OPENERS, quote_marks

MARKS = "«»“”\"‹›„″"
ALPHABET = MARKS + ":،. \nابتجدرسقلمنهويءأة0123456789"
marked_text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=80)
# Runs of letters long enough to cross MAX_QUOTE, between marks and colons.
long_text = st.lists(
    st.one_of(st.sampled_from(list(MARKS) + [":", ": "]), st.integers(1, MAX_QUOTE + 50).map("ب".__mul__)),
    max_size=8,
).map("".join)
plain_text = st.text(alphabet=st.sampled_from(":،. \nابتجدرسقلمنهويءأة0123456789"), max_size=60)


def _reversed_guillemets(text: str, o: int, c: int) -> bool:
    """"قال:» ...«": a » right after a colon opens, closed by «."""
    return text[o] == "»" and text[c] == "«" and text[max(0, o - 2):o].strip().endswith(":")


def _check_pairs(text: str) -> None:
    pairs = quote_marks(text)
    assert pairs == sorted(pairs)
    for (_, c1), (o2, _) in pairwise(pairs):
        assert c1 < o2, pairs  # no overlap, no nesting
    for o, c in pairs:
        assert 0 <= o < c < len(text)
        assert c - o < MAX_QUOTE
        assert (text[o] in OPENERS and text[c] == OPENERS[text[o]]) or _reversed_guillemets(text, o, c), (o, c)


@settings(max_examples=300, deadline=None)
@given(marked_text)
def test_pairs_are_sorted_disjoint_and_matched(text: str) -> None:
    _check_pairs(text)


@settings(max_examples=60, deadline=None)
@given(long_text)
def test_no_pair_reaches_max_quote(text: str) -> None:
    _check_pairs(text)


@settings(max_examples=100, deadline=None)
@given(plain_text, plain_text, plain_text, st.sampled_from(["«»", "“”", "‹›", "„“", '""']))
def test_a_closed_quotation_without_other_marks_is_found(before: str, inside: str, after: str, pair: str) -> None:
    if pair == '""':
        inside = inside.replace("\n", " ")  # straight marks pair within a paragraph (next test)
    text = before + pair[0] + inside + pair[1] + after
    assert quote_marks(text) == [(len(before), len(before) + 1 + len(inside))]


def test_a_straight_mark_left_open_does_not_pair_with_the_next_paragraphs() -> None:
    text = 'وقال: "على الأمم المتحدة أن تعيد الملف.\nوقال في تصريحات إلى "الوطن" إن التطهير سيستمر.'
    (opening, closing), = quote_marks(text)
    assert text[opening + 1:closing] == "الوطن"


def test_text_without_marks_has_no_pairs() -> None:
    assert quote_marks("قال الوزير إن المحادثات مستمرة: لا جديد.") == []
    assert quote_marks("") == []


def test_nested_marks_of_another_kind_stay_inside_the_outer_pair() -> None:
    text = "وقال السفير: «نحن نرفض ما يسمى “صفقة القرن” ونتمسك بالحل العادل»."
    outer = (text.index("«"), text.index("»"))
    assert quote_marks(text) == [outer]


def test_an_unclosed_mark_is_ignored() -> None:
    text = "وأضاف الناطق: «سنواصل العمل حتى النهاية. وقال مصدر آخر: “الأمر محسوم”."
    assert quote_marks(text) == [(text.index("“"), text.index("”"))]


def test_an_opener_before_a_second_opener_of_its_kind_is_left_out() -> None:
    text = "«بداية مقطوعة ثم «اقتباس كامل» وانتهى."
    second = text.index("«", 1)
    assert quote_marks(text) == [(second, text.index("»"))]


def test_a_quotation_spans_two_sentences() -> None:
    text = "قال رئيس الوزراء: «لن نتراجع عن الإصلاحات. سنمضي فيها حتى النهاية». وانتهى المؤتمر."
    o, c = quote_marks(text)[0]
    assert text[o + 1:c] == "لن نتراجع عن الإصلاحات. سنمضي فيها حتى النهاية"


def test_guillemets_typed_the_wrong_way_round_after_a_colon() -> None:
    text = "وقال المتحدث:» الحوار هو الطريق الوحيد« ثم غادر."
    o, c = quote_marks(text)[0]
    assert text[o] == "»" and text[c] == "«" and text[o + 1:c].strip() == "الحوار هو الطريق الوحيد"


def test_a_closing_guillemet_without_a_colon_opens_nothing() -> None:
    assert quote_marks("انتهى الاجتماع» وبدأ «النقاش") == []


def test_straight_double_quotes_pair_in_order() -> None:
    text = 'وصف البيان الهجوم بأنه "عمل جبان" وطالب "بمحاسبة المسؤولين".'
    pairs = quote_marks(text)
    assert [text[o + 1:c] for o, c in pairs] == ["عمل جبان", "بمحاسبة المسؤولين"]


def test_a_quotation_longer_than_max_quote_is_no_quotation() -> None:
    assert quote_marks("«" + "ب" * MAX_QUOTE + "»") == []
    assert quote_marks("«" + "ب" * (MAX_QUOTE - 2) + "»") == [(0, MAX_QUOTE - 1)]


def test_a_straight_quoted_word_inside_a_straight_quotation_does_not_close_it() -> None:
    text = 'وقال الناقد: "الروايات الرديئة.. "الروايات" التي لا تقول شيئا لا يجب دعمها". وأضاف أن الأمر محسوم.'
    (opening, closing), = quote_marks(text)
    assert text[opening + 1:closing].endswith("لا يجب دعمها")


def test_a_straight_quotation_left_open_after_a_quoted_word_keeps_the_old_pairing() -> None:
    text = 'وأردف: "الوزير وجه بوضع لوحة "تشهير" على واجهة المطعم'
    pairs = quote_marks(text)
    assert pairs == [(text.index('"'), text.index('"تشهير'))]

from __future__ import annotations

from hypothesis import given
from tests.text.strategies import mixed_text

from rasd.text import split_sentences


def sentences(text: str, **options: bool) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, **options)]


def test_basic_marks_and_newlines() -> None:
    text = "هل انتهى الأمر؟ نعم! انتهى. وبدأ غيره\nفقرة جديدة"
    assert sentences(text) == ["هل انتهى الأمر؟", "نعم!", "انتهى.", "وبدأ غيره", "فقرة جديدة"]


def test_quotation_with_inner_period_stays_one_sentence() -> None:
    text = "قال الوزير: «انتهى الأمر. سنعود». ثم غادر القاعة."
    assert sentences(text) == ["قال الوزير: «انتهى الأمر. سنعود».", "ثم غادر القاعة."]
    assert sentences('وقال إنه "لن يعود. أبدا" وغادر.') == ['وقال إنه "لن يعود. أبدا" وغادر.']
    assert sentences("وتساءل “هل انتهى؟ ربما” ومضى.") == ["وتساءل “هل انتهى؟ ربما” ومضى."]


def test_quotation_ending_a_sentence() -> None:
    assert sentences("قال: «انتهى.» وأضاف أنه سيعود.") == ["قال: «انتهى.»", "وأضاف أنه سيعود."]


def test_numbers_abbreviations_and_domains() -> None:
    text = "بلغ النمو 3.5 في المئة. وقال د. محمد العلي إن أ.د. سامي وافق على موقع cnn.com أمس."
    assert sentences(text) == [
        "بلغ النمو 3.5 في المئة.",
        "وقال د. محمد العلي إن أ.د. سامي وافق على موقع cnn.com أمس.",
    ]
    assert sentences("التقى Dr. Smith م. أحمد.") == ["التقى Dr. Smith م. أحمد."]


def test_era_letter_after_a_year_can_end_a_sentence() -> None:
    assert sentences("وقع الحادث عام 2019م. ثم تكررت.") == ["وقع الحادث عام 2019م.", "ثم تكررت."]
    assert sentences("في عام 1440 هـ. ثم عادوا.") == ["في عام 1440 هـ.", "ثم عادوا."]


def test_missing_space_after_period() -> None:
    assert sentences("انتهى الاجتماع.وقال المتحدث") == ["انتهى الاجتماع.", "وقال المتحدث"]


def test_ellipsis_is_a_soft_break() -> None:
    assert sentences("انتهى...لكن ماذا بعد… لا أحد يعلم") == ["انتهى...لكن ماذا بعد… لا أحد يعلم"]


def test_list_numbers_and_semicolons() -> None:
    assert sentences("1. البند الأول\n2. البند الثاني") == ["1. البند الأول", "2. البند الثاني"]
    text = "ارتفع النفط؛ وانخفض الذهب."
    assert sentences(text) == [text]
    assert sentences(text, semicolon=True) == ["ارتفع النفط؛", "وانخفض الذهب."]


def test_whitespace_is_stripped_and_empty_text() -> None:
    assert split_sentences("  مرحبا  \n\n  عالم.  ") == [(2, 7), (13, 18)]
    assert split_sentences("") == []
    assert split_sentences(" \n\t ") == []


@given(mixed_text)
def test_spans_are_stripped_ordered_and_cover_all_visible_text(text: str) -> None:
    spans = split_sentences(text)
    end = 0
    for start, stop in spans:
        assert end <= start < stop <= len(text)
        piece = text[start:stop]
        assert piece == piece.strip()
        end = stop
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)

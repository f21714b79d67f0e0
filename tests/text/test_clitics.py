from __future__ import annotations

import pytest
from hypothesis import given
from tests.text.strategies import arabic_word, mixed_text

from rasd.text import segment, stem_candidates
from rasd.text.clitics import wordlist


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("والأمريكي", ["و", "ال", "أمريكي"]),
        ("للرئيس", ["لل", "رئيس"]),
        ("وللرئيس", ["و", "لل", "رئيس"]),
        ("بالرئيس", ["ب", "ال", "رئيس"]),
        ("فالمملكة", ["ف", "ال", "مملكة"]),
        ("وبالتالي", ["و", "ب", "ال", "تالي"]),
        ("كالتالي", ["ك", "ال", "تالي"]),
        ("بشكل", ["ب", "شكل"]),
        ("لمدة", ["ل", "مدة"]),
        ("وقال", ["و", "قال"]),
        ("سيكون", ["س", "يكون"]),
        ("وستكون", ["و", "س", "تكون"]),
        ("لهم", ["ل", "هم"]),
        ("به", ["ب", "ه"]),
        ("بلادهم", ["بلاد", "هم"]),
        ("كتابه", ["كتاب", "ه"]),
        ("حكومته", ["حكومت", "ه"]),
        ("رئيسهم", ["رئيس", "هم"]),
        ("منه", ["من", "ه"]),
        ("فيها", ["في", "ها"]),
        ("وفيها", ["و", "في", "ها"]),
        ("لديهم", ["لدي", "هم"]),
        ("بينهم", ["بين", "هم"]),
        ("إنها", ["إن", "ها"]),
        ("بالله", ["ب", "الله"]),
        ("ووزير", ["و", "وزير"]),
        ("وزارته", ["وزارت", "ه"]),
    ],
)
def test_segment(word: str, pieces: list[str]) -> None:
    assert segment(word) == pieces


@pytest.mark.parametrize(
    "word",
    [
        "وزير",
        "وزارة",
        "والي",
        "فرنسا",
        "بريطانيا",
        "كانت",
        "لبنان",
        "سوريا",
        "ليبيا",
        "الذي",
        "التي",
        "الله",
        "لله",
        "سياسة",
        "سنوات",
        "الى",
        "كذلك",
        "مشترك",
        "اتجاه",
        "أحيانا",
        "كورونا",
        "عربي",
        "ملك",
        "فهم",
        "وهم",
        "بعض",
        "لكن",
        "بالغ",
    ],
)
def test_words_kept_whole(word: str) -> None:
    assert segment(word) == [word]


def test_no_pronoun_after_the_article_and_no_nisba_split() -> None:
    assert segment("الأمريكي") == ["ال", "أمريكي"]
    assert segment("الكتابه") == ["ال", "كتابه"]
    assert segment("أمريكي") == ["أمريكي"]


def test_marks_and_tatweel_stay_with_their_letter() -> None:
    assert segment("وَالـرئيسُ") == ["وَ", "الـ", "رئيسُ"]
    assert segment("بـالرئيس") == ["بـ", "ال", "رئيس"]
    assert segment("كتابُهُ") == ["كتابُ", "هُ"]


def test_stem_candidates() -> None:
    assert stem_candidates("والأمريكي") == ["والأمريكي", "الأمريكي", "أمريكي"]
    assert stem_candidates("للرئيس") == ["للرئيس", "الرئيس", "رئيس"]
    assert stem_candidates("لبنان") == ["لبنان"]
    assert stem_candidates("رئيسهم") == ["رئيسهم"]
    assert stem_candidates("") == []


def test_word_lists_load_in_search_form() -> None:
    exceptions = wordlist("clitic_exceptions.txt")
    assert "وزير" in exceptions and "وزيره" in exceptions  # وزيرة, in search form
    assert all(not w.startswith("#") and w == w.strip() for w in exceptions)
    assert "علي" in wordlist("pronoun_hosts.txt")  # على


def test_empty_and_short() -> None:
    assert segment("") == []
    assert segment("و") == ["و"]
    assert segment("ول") == ["ول"]


@given(arabic_word)
def test_pieces_join_back_exactly(word: str) -> None:
    pieces = segment(word)
    assert "".join(pieces) == word
    assert all(pieces)


@given(mixed_text)
def test_pieces_join_back_for_any_string(word: str) -> None:
    assert "".join(segment(word)) == word


@given(arabic_word)
def test_stem_candidates_are_suffixes(word: str) -> None:
    candidates = stem_candidates(word)
    assert candidates[0] == word
    for candidate in candidates:
        assert word.endswith(candidate) or candidate.startswith("ال")

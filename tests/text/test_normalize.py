from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.text.strategies import mixed_text

from rasd.text import normalize, normalize_digits, search_form, strip_diacritics
from rasd.text.charmap import CHAR_MAP


def reference(text: str) -> tuple[str, list[int]]:
    """The rules applied one character at a time: slow, obviously right."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        rep = " " if ch.isspace() else CHAR_MAP.get(ch, ch)
        for c in rep:
            if c == " " and out and out[-1] == " ":
                continue
            out.append(c)
            offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    if out and out[0] == " ":
        del out[0], offsets[0]
    return "".join(out), [*offsets, len(text)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("الأمريكي", "الامريكي"),
        ("إسرائيل", "اسرائيل"),
        ("آل سعود", "ال سعود"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("کتاب", "كتاب"),
        ("کیف", "كيف"),
        ("مُحَمَّدٌ", "محمد"),
        ("الـــرئيس", "الرئيس"),
        ("سلا\u200bم", "سلام"),
        ("ﻻ", "لا"),
        ("ﺑﻴﺖ", "بيت"),
    ],
)
def test_variants_share_a_search_form(a: str, b: str) -> None:
    assert search_form(a) == search_form(b)


def test_spelling_variants_are_not_letter_variants() -> None:
    # سوريا/سورية and أميركي/أمريكي are knowledge-base aliases, not normalization.
    assert search_form("سوريا") != search_form("سورية")
    assert search_form("أميركي") != search_form("أمريكي")


def test_digits_whitespace_and_latin() -> None:
    assert search_form("٢٠١٩") == "2019"
    assert search_form("۲۰۲۴") == "2024"
    assert search_form("٣٫٥") == "3.5"
    assert search_form("  CNN \n\n\t قالت\u00a0 BBC  ") == "cnn قالت bbc"
    assert search_form("İstanbul") == "istanbul"
    assert search_form("") == ""
    assert search_form(" \u200b\n ") == ""


def test_ligatures_expand() -> None:
    assert search_form("ﷺ") == "صلي الله عليه وسلم"
    assert search_form("ﷲ") == "الله"
    assert search_form("ﹰ") == ""  # isolated tanween form: a mark, not a space


def test_helpers() -> None:
    assert strip_diacritics("مُحَمَّدٌ الـرئيس") == "محمد الرئيس"
    assert strip_diacritics("أإآ") == "أإآ"
    assert normalize_digits("عام ١٤٤٠ و۱۴۴۰") == "عام 1440 و1440"


def test_offsets_point_into_the_original() -> None:
    text = " الرئيسُ  \u200bقال ﻻ"
    norm = normalize(text)
    assert norm.text == "الرييس قال لا"
    assert norm.offsets == [1, 2, 3, 4, 5, 6, 8, 11, 12, 13, 14, 15, 15, 16]
    start = norm.text.index("قال")
    assert text[slice(*norm.to_original(start, start + 3))] == "قال"
    # A word keeps the mark that trailed it, but not the whitespace.
    assert text[slice(*norm.to_original(0, 6))] == "الرئيسُ"
    # Half of an expansion maps to the whole ligature.
    assert norm.to_original(len(norm.text) - 1, len(norm.text)) == (15, 16)
    assert norm.to_original(3, 3) == (4, 4)


def test_to_original_end_of_text_includes_trailing_marks_only() -> None:
    text = "كتبَ\u200f  "
    norm = normalize(text)
    assert norm.text == "كتب"
    assert norm.to_original(0, 3) == (0, 5)


def test_to_original_rejects_spans_outside() -> None:
    norm = normalize("abc")
    with pytest.raises(IndexError):
        norm.to_original(2, 4)
    with pytest.raises(IndexError):
        norm.offset(-1)


@given(mixed_text)
def test_matches_the_character_by_character_reference(text: str) -> None:
    norm = normalize(text)
    assert (norm.text, norm.offsets) == reference(text)


@given(mixed_text)
def test_search_form_equals_normalize_and_is_idempotent(text: str) -> None:
    form = search_form(text)
    assert form == normalize(text).text
    assert search_form(form) == form


@given(mixed_text)
def test_offsets_are_monotonic_and_in_bounds(text: str) -> None:
    norm = normalize(text)
    offsets = norm.offsets
    assert len(offsets) == len(norm.text) + 1
    assert offsets[-1] == len(text)
    assert all(0 <= o <= len(text) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    assert [norm.offset(i) for i in range(len(offsets))] == offsets


@given(mixed_text, st.data())
def test_every_span_maps_back_to_its_source(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    ostart, oend = norm.to_original(start, end)
    assert 0 <= ostart <= oend <= len(text)
    assert (oend > ostart) == (end > start)
    offsets = norm.offsets
    splits_expansion = (start > 0 and offsets[start - 1] == offsets[start]) or (
        end < n and offsets[end - 1] == offsets[end]
    )
    span = norm.text[start:end]
    if span and not splits_expansion and span == span.strip(" "):
        # The original slice is exactly the source: normalizing it gives the span back.
        assert search_form(text[ostart:oend]) == span

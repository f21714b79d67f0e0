from __future__ import annotations

from hypothesis import given
from tests.text.strategies import mixed_text

from rasd.text import Token, tokenize
from rasd.text.tokenize import _KINDS_RE

KINDS = {"word", "number", "punct", "latin", "symbol"}


def pairs(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


def test_arabic_sentence() -> None:
    text = "قال الرئيسُ الأمريكيّ «دونالد ترمب»، في ٢٠١٩: إن 3.5% من الـشعب؟"
    assert pairs(text) == [
        ("قال", "word"),
        ("الرئيسُ", "word"),
        ("الأمريكيّ", "word"),
        ("«", "punct"),
        ("دونالد", "word"),
        ("ترمب", "word"),
        ("»", "punct"),
        ("،", "punct"),
        ("في", "word"),
        ("٢٠١٩", "number"),
        (":", "punct"),
        ("إن", "word"),
        ("3.5", "number"),
        ("%", "punct"),
        ("من", "word"),
        ("الـشعب", "word"),
        ("؟", "punct"),
    ]


def test_offsets_are_into_the_original() -> None:
    text = "  عام ١٤٤٠هـ\u200f، 2216"
    tokens = tokenize(text)
    assert tokens[0] == Token(2, 5, "عام", "word")
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == ["عام", "١٤٤٠", "هـ", "،", "2216"]


def test_numbers_keep_their_separators() -> None:
    assert pairs("٣٫٥ 1,000,000 12.5 ١٢٬٠٠٠") == [
        ("٣٫٥", "number"),
        ("1,000,000", "number"),
        ("12.5", "number"),
        ("١٢٬٠٠٠", "number"),
    ]
    # A separator not followed by a digit is punctuation.
    assert pairs("2019، 2020.") == [("2019", "number"), ("،", "punct"), ("2020", "number"), (".", "punct")]


def test_latin_urls_and_emails() -> None:
    assert pairs("موقع https://www.spa.gov.sa/ar/123. راسلنا info@spa.gov.sa أو CNN don’t") == [
        ("موقع", "word"),
        ("https://www.spa.gov.sa/ar/123", "latin"),
        (".", "punct"),
        ("راسلنا", "word"),
        ("info@spa.gov.sa", "latin"),
        ("أو", "word"),
        ("CNN", "latin"),
        ("don’t", "latin"),
    ]


def test_ellipsis_symbols_and_invisible_controls() -> None:
    assert pairs("انتهى... $5 😀 \u200bكلمة") == [
        ("انتهى", "word"),
        ("...", "punct"),
        ("$", "symbol"),
        ("5", "number"),
        ("😀", "symbol"),
        ("كلمة", "word"),
    ]


def test_words_keep_zwnj_inside() -> None:
    assert pairs("می\u200cخواهم") == [("می\u200cخواهم", "word")]


@given(mixed_text)
def test_tokens_slice_the_text_in_order_without_overlap(text: str) -> None:
    tokens = tokenize(text)
    end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.start >= end and token.end > token.start
        assert token.kind in KINDS
        end = token.end


@given(mixed_text)
def test_only_whitespace_and_controls_are_skipped(text: str) -> None:
    covered = {i for t in tokenize(text) for i in range(t.start, t.end)}
    for i, ch in enumerate(text):
        if i not in covered:
            assert (
                ch.isspace()
                or ch
                in "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
            )


@given(mixed_text)
def test_kind_by_first_char_agrees_with_the_pattern(text: str) -> None:
    # tokenize classifies by first character; the named-group pattern must agree.
    for token in tokenize(text):
        match = _KINDS_RE.match(text, token.start)
        assert match is not None
        assert (match.end(), match.lastgroup) == (token.end, token.kind)

"""Cleaning and the text layer on hostile articles: clean_article returns a Document or
raises an InputError, never anything else; tokens and sentences of any text lie inside it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz import strategies as S
from tests.fuzz.invariants import check_annotated, check_clean

from rasd.clean import clean_text
from rasd.model import Document, RawArticle

any_text = st.text(alphabet=st.one_of(S.hostile_char, S.SURROGATES), max_size=200)


@S.budget(200)
@given(S.raw_article())
def test_clean_returns_a_document_or_an_input_error(raw: RawArticle) -> None:
    check_clean(raw)


@S.budget(150)
@given(S.raw_article())
def test_text_layer_on_every_cleaned_document(raw: RawArticle) -> None:
    doc = check_clean(raw)
    if doc is not None:
        check_annotated(doc)


@S.budget(150)
@given(st.one_of(S.article_text(surrogates=True), any_text), st.one_of(st.none(), S.hostile_text))
def test_clean_text_on_any_text(text: str, title: str | None) -> None:
    cleaned = clean_text(text, title)
    assert isinstance(cleaned.body, str)
    assert "\r" not in cleaned.body
    for part in cleaned.removed:
        assert part.kind and part.text


@S.budget(150)
@given(st.one_of(S.article_text(surrogates=True), any_text))
def test_text_layer_on_arbitrary_text(text: str) -> None:
    check_annotated(Document(id="fuzz", text=text))

"""The whole pipeline on hostile articles: `Pipeline.run` never raises and never reports an
internal error (E200: a stage crashed); every offset of a produced record lies in its text."""

from __future__ import annotations

import io
from functools import cache

import pytest
from hypothesis import given
from tests.fuzz import strategies as S
from tests.fuzz.invariants import check_read, check_run

from rasd.model import RawArticle
from rasd.pipeline import Pipeline
from rasd.read import read_stream

# feedparser warns about its own date-field fallback on every feed it reads
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:feedparser")


@cache
def pipeline() -> Pipeline:
    """One pipeline for the module: building it loads the knowledge base (about a second)."""
    return Pipeline()


@S.budget(200)
@given(S.raw_article())
def test_run_never_crashes_on_an_article(raw: RawArticle) -> None:
    check_run(pipeline(), raw)


@S.budget(100)
@given(S.any_input)
def test_run_never_crashes_on_what_a_reader_yields(data: bytes) -> None:
    for item in check_read(read_stream(io.BytesIO(data), "fuzz/input"), "fuzz/input"):
        check_run(pipeline(), item)

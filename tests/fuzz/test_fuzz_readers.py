"""No exception escapes a reader: whatever the bytes, every item is a RawArticle or a Reject
that names the input and says why (tests/fuzz/invariants.py).

Whole-file readers (JSON arrays, feeds) are called through `read_bytes`, which turns an
InputError about the whole input (undecodable, empty) into its Reject; the streamed readers
(JSONL, WARC) are called directly, since they reject record by record themselves."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.fuzz import strategies as S
from tests.fuzz.invariants import check_read

from rasd.errors import InputError
from rasd.read import decode, read_bytes, read_file, read_stream, sniff
from rasd.read.records import read_jsonl
from rasd.read.warc import read_warc
from rasd.settings import DEFAULT, Settings

NAME = "fuzz/input"
WHOLE_FILE_KINDS = (sniff.TEXT, sniff.HTML, sniff.JSON, sniff.FEED)
SMALL = Settings(max_article_bytes=2_000, max_container_bytes=4_000, keep_reject_bytes=100)
# feedparser warns about its own date-field fallback on every feed it reads
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:feedparser")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-files")


@S.budget(60)
@given(S.any_input)
def test_sniffing_names_a_known_kind(data: bytes) -> None:
    kind = sniff.kind_by_content(data[:4096])
    assert isinstance(kind, str) and kind
    for named in sorted(set(sniff.SUFFIXES.values())):
        assert sniff.refine(named, data[:4096])


@S.budget(150)
@given(S.any_input, st.sampled_from(WHOLE_FILE_KINDS))
def test_read_bytes_of_every_kind(data: bytes, kind: str) -> None:
    check_read(read_bytes(data, NAME, kind), NAME)


@S.budget(150)
@given(S.any_input, st.sampled_from((DEFAULT, SMALL)))
def test_read_stream_of_anything(data: bytes, limits: Settings) -> None:
    check_read(read_stream(io.BytesIO(data), NAME, limits), NAME)


@S.budget(60)
@given(S.any_input, st.sampled_from(sorted(sniff.SUFFIXES) + ["", ".gz", ".warc.gz", ".jsonl.gz", ".bin"]))
def test_read_file_whatever_its_name(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    check_read(read_file(path), str(path))


@S.budget(60)
@given(S.jsonl_bytes(), st.sampled_from((DEFAULT, SMALL)))
def test_jsonl_lines_with_wrong_types(data: bytes, limits: Settings) -> None:
    check_read(read_jsonl(io.BytesIO(data), NAME, limits), NAME)


@S.budget(60)
@given(S.json_array_bytes())
def test_json_arrays_with_wrong_types(data: bytes) -> None:
    check_read(read_bytes(data, NAME, sniff.JSON), NAME)


@S.budget(60)
@given(S.feed_bytes())
def test_feeds_with_random_items(data: bytes) -> None:
    check_read(read_bytes(data, NAME, sniff.FEED), NAME)


@S.budget(60)
@given(S.warc_bytes, st.sampled_from((DEFAULT, SMALL)))
def test_warc_with_lying_lengths_and_cut_gzip(data: bytes, limits: Settings) -> None:
    check_read(read_warc(io.BytesIO(data), NAME, limits), NAME)


@S.budget(60)
@given(st.one_of(S.raw_bytes, S.text_bytes), st.sampled_from((None, "cp1256", "utf-16", "idna", "bogus", "rot13")))
def test_decode_returns_text_or_an_input_error(data: bytes, declared: str | None) -> None:
    try:
        decoded = decode(data, declared=declared, path=NAME)
    except InputError as err:
        assert err.code.startswith("E1") and err.reason
        return
    assert isinstance(decoded.text, str) and decoded.encoding


# Crashes of the readers these tests found (fixed; fuzz/README.md has the reproducers).


@S.budget(5)
@given(st.integers(4301, 6000), st.booleans())
def test_int_over_the_digit_limit_is_a_reject(digits: int, as_array: bool) -> None:
    record = b'{"text": "x", "id": ' + b"7" * digits + b"}"
    data = b"[" + record + b"]" if as_array else record
    check_read(read_stream(io.BytesIO(data), NAME), NAME)


@S.budget(5)
@given(st.integers(1_000, 20_000), st.sampled_from((b"[", b'{"text": [', b'[{"a":')))
def test_deeply_nested_json_is_a_reject(depth: int, opener: bytes) -> None:
    check_read(read_stream(io.BytesIO(opener * depth), NAME), NAME)


@S.budget(5)
@given(S.SURROGATES, st.sampled_from(("title", "id", "text")))
def test_rejected_json_item_with_a_lone_surrogate(surrogate: str, field: str) -> None:
    escaped = f"\\u{ord(surrogate):04x}"
    value = f'[{{"{field}": "{escaped}", "text": 5}}]' if field != "text" else f'[{{"title": "{escaped}"}}]'
    check_read(read_bytes(value.encode(), NAME, sniff.JSON), NAME)


@S.budget(10)
@given(st.sampled_from(S.BAD_CHARREFS), st.sampled_from(("title", "description", "content:encoded")))
def test_feed_with_a_character_reference_to_no_character(charref: str, element: str) -> None:
    data = f"<rss><channel><item><{element}>{charref}</{element}></item></channel></rss>"
    check_read(read_bytes(data.encode(), NAME, sniff.FEED), NAME)

"""Coverage-guided fuzzing of the readers: one input is one file's bytes, read every way rasd
can read it (sniffed from a stream, gzipped, as each whole-file kind, as JSON lines, as a
WARC). A crash is what tests/fuzz treats as one: an exception escaping a reader, or an item
that is neither a RawArticle nor a well-formed Reject naming the input.

Run: .venv/bin/python fuzz/fuzz_readers.py -runs=20000 -max_len=65536 [CORPUS_DIR ...]
"""

from __future__ import annotations

import contextlib
import gzip
import io
import sys
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests.fuzz

with atheris.instrument_imports(include=["rasd.read", "warcio", "feedparser", "charset_normalizer"]):
    from rasd.read import read_bytes, read_stream, sniff
    from rasd.read.records import read_jsonl
    from rasd.read.warc import read_warc
    from rasd.settings import DEFAULT, Settings

from tests.fuzz.invariants import check_read  # noqa: E402

NAME = "fuzz/input"
WHOLE_FILE_KINDS = (sniff.TEXT, sniff.HTML, sniff.JSON, sniff.FEED)
SMALL = Settings(max_article_bytes=2_000, max_container_bytes=4_000, keep_reject_bytes=100)


def readings(data: bytes) -> Iterator[Iterable[object]]:
    """Every way to read `data`, each a reader's generator, which runs only when iterated."""
    yield read_stream(io.BytesIO(data), NAME)
    yield read_stream(io.BytesIO(data), NAME, SMALL)
    yield read_stream(io.BytesIO(gzip.compress(data, mtime=0)), NAME)
    for kind in WHOLE_FILE_KINDS:
        yield read_bytes(data, NAME, kind)
    yield read_jsonl(io.BytesIO(data), NAME, DEFAULT)
    yield read_warc(io.BytesIO(data), NAME, SMALL)


def read_all(data: bytes) -> None:
    """Every reading of `data` checked: any exception or broken item ends the run as a crash."""
    for reading in readings(data):
        check_read(reading, NAME)


def TestOneInput(data: bytes) -> None:  # libFuzzer's name for the entry point
    with contextlib.redirect_stderr(io.StringIO()):  # warcio prints a warning per odd record
        read_all(data)


def main() -> None:
    warnings.simplefilter("ignore")  # feedparser's DeprecationWarning on every feed
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

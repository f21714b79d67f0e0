"""Coverage-guided fuzzing of the readers: one input is one file's bytes, read every way rasd
can read it (sniffed from a stream, gzipped, as each whole-file kind, as JSON lines, as a
WARC). A crash is what tests/fuzz treats as one: an exception escaping a reader, or an item
that is neither a RawArticle nor a well-formed Reject naming the input.

Run: .venv/bin/python fuzz/fuzz_readers.py -runs=20000 -max_len=65536 [CORPUS_DIR ...]
Reader bugs already reported (KNOWN below) are counted and skipped, so a run can find new
ones; RASD_FUZZ_KNOWN=crash treats them as crashes again (to check a fix in src/rasd/read).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import sys
import traceback
import warnings
from collections import Counter
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
READERS = str(Path(sniff.__file__).parent)  # src/rasd/read
# Reader bugs found by the fuzz tests and reported, not yet fixed in src/rasd/read (someone
# else owns it): (exception type, words of its message, file of the last src/rasd/read frame).
# tests/fuzz/test_fuzz_readers.py holds each as an xfail property test.
KNOWN: tuple[tuple[type[BaseException], str, str], ...] = (
    (ValueError, "integer string conversion", "records.py"),
    (RecursionError, "", "records.py"),
    (UnicodeEncodeError, "surrogates not allowed", "records.py"),
    (ValueError, "chr() arg not in range", "feed.py"),
    (UnicodeEncodeError, "surrogates not allowed", "feed.py"),
)
STRICT = os.environ.get("RASD_FUZZ_KNOWN") == "crash"
seen_known: Counter[str] = Counter()


def readings(data: bytes) -> Iterator[Iterable[object]]:
    """Every way to read `data`, each a reader's generator, which runs only when iterated."""
    yield read_stream(io.BytesIO(data), NAME)
    yield read_stream(io.BytesIO(data), NAME, SMALL)
    yield read_stream(io.BytesIO(gzip.compress(data, mtime=0)), NAME)
    for kind in WHOLE_FILE_KINDS:
        yield read_bytes(data, NAME, kind)
    yield read_jsonl(io.BytesIO(data), NAME, DEFAULT)
    yield read_warc(io.BytesIO(data), NAME, SMALL)


def known_bug(err: BaseException) -> str | None:
    """The KNOWN entry `err` matches, as text, or None for a new crash."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename.startswith(READERS)]
    last = Path(frames[-1].filename).name if frames else ""
    for kind, words, where in KNOWN:
        if isinstance(err, kind) and words in str(err) and last == where:
            return f"{kind.__name__} in {where}: {words or type(err).__name__}"
    return None


def read_all(data: bytes) -> None:
    """Every reading of `data` checked; a known reader bug is counted (and named once) instead
    of ending the run, unless RASD_FUZZ_KNOWN=crash."""
    for reading in readings(data):
        try:
            check_read(reading, NAME)
        except AssertionError:
            raise
        except Exception as err:
            bug = known_bug(err)
            if bug is None or STRICT:
                raise
            seen_known[bug] += 1
            if seen_known[bug] == 1:
                print(f"known reader bug (skipped): {bug}", file=sys.__stderr__)


def TestOneInput(data: bytes) -> None:  # libFuzzer's name for the entry point
    with contextlib.redirect_stderr(io.StringIO()):  # warcio prints a warning per odd record
        read_all(data)


def main() -> None:
    warnings.simplefilter("ignore")  # feedparser's DeprecationWarning on every feed
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

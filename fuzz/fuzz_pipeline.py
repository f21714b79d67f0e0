"""Coverage-guided fuzzing of cleaning and every later stage: one input is an article's bytes,
decoded as UTF-8 (invalid bytes become lone surrogates, as a JSON "\\udcff" escape gives),
run through `Pipeline.run` as a text article and as an HTML one. A crash is what
tests/fuzz treats as one: `Pipeline.run` raising, a Reject with code E200 (a stage crashed),
or a record whose offsets do not cut its own spans out of its text.

Run: .venv/bin/python fuzz/fuzz_pipeline.py -runs=20000 -max_len=65536 [CORPUS_DIR ...]
"""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests.fuzz

with atheris.instrument_imports(include=["rasd"]):
    from rasd.model import RawArticle
    from rasd.pipeline import Pipeline

from tests.fuzz.invariants import KINDS, check_run  # noqa: E402

WARM_UP = "عنوان الخبر\nقال وزير الخارجية المصري سامح شكري في القاهرة أمس إن مصر ترفض التدخل في ليبيا."
pipeline = Pipeline()


def TestOneInput(data: bytes) -> None:  # libFuzzer's name for the entry point
    text = data.decode("utf-8", "surrogateescape")
    for kind in KINDS:
        check_run(pipeline, RawArticle(body=text, kind=kind, path="fuzz/input"))


def main() -> None:
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)  # trafilatura logs an error for every page it cannot parse
    TestOneInput(WARM_UP.encode())  # load the knowledge base and the tagger before the clock starts
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

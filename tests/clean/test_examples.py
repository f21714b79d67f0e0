"""The bundled examples against their hand-written expectations (tests/data/examples_expected.jsonl):
one test per article, so a regression names the outlet shape that broke."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.model import Document
from rasd.pipeline import Pipeline
from rasd.read import read_file
from rasd.text.normalize import search_form

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = [json.loads(line) for line in (ROOT / "tests/data/examples_expected.jsonl").read_text("utf-8").splitlines()
            if line.strip()]


def loose(text: str | None) -> str:
    return " ".join(search_form(text or "").replace("“", '"').replace("”", '"').split())


@pytest.fixture(scope="module")
def documents() -> dict[str, list[Document]]:
    pipeline = Pipeline(stages=[])
    out: dict[str, list[Document]] = {}
    for name in sorted({e["file"] for e in EXPECTED}):
        results = [pipeline.run(item) for item in read_file(ROOT / "examples" / name)]
        assert all(isinstance(r, Document) for r in results), [r for r in results if not isinstance(r, Document)]
        out[name] = [r for r in results if isinstance(r, Document)]
    return out


@pytest.mark.parametrize("expected", EXPECTED, ids=[f"{e['file']}#{e['item']}" for e in EXPECTED])
def test_example_is_cleaned_as_expected(expected: dict, documents: dict[str, list[Document]]) -> None:
    doc = documents[expected["file"]][expected["item"]]
    text = loose(doc.text)
    assert loose(doc.title) == loose(expected["title"])
    assert text.startswith(loose(expected["body_starts"])), doc.text[:120]
    assert text.endswith(loose(expected["body_ends"])), doc.text[-120:]
    for fragment in expected["must_remove"]:
        assert loose(fragment) not in text, fragment
    if expected["credit"]:
        assert loose(expected["credit"]) in loose(doc.source.credit)
    assert doc.source.dateline == expected["dateline"]
    assert doc.published == expected["published"]
    if expected["outlet"]:
        assert doc.source.outlet == expected["outlet"]
    kinds = {r.kind for r in doc.removed}
    assert set(expected["removed_kinds"]) - {"dateline", "credit"} <= kinds | {"title"}

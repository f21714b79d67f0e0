"""What counts as a crash, written once for the property tests (tests/fuzz) and the
coverage-guided harnesses (fuzz/): each check raises AssertionError on a broken promise and
lets any other exception escape, which is itself the crash.

The promises: a reader yields only RawArticles and Rejects, every Reject with a code and a
reason and the input's name; cleaning returns a Document or raises an InputError; every
span a stage adds lies inside the text it describes; `Pipeline.run` never raises and never
reports an internal error (code E200, a stage that crashed).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasd.clean import clean_article
from rasd.errors import InputError
from rasd.model import Document, RawArticle, Reject
from rasd.pipeline import Pipeline
from rasd.settings import DEFAULT, Settings
from rasd.text.annotate import TextAnnotator

KINDS = ("text", "html")


def check_read(items: Iterable[object], path: str) -> list[RawArticle | Reject]:
    """Drain a reader: only RawArticles and well-formed Rejects that name `path`."""
    out: list[RawArticle | Reject] = []
    for item in items:
        assert isinstance(item, RawArticle | Reject), f"reader yielded {type(item).__name__}"
        if isinstance(item, Reject):
            assert item.code and item.code.startswith("E1"), item
            assert item.reason and item.reason.strip(), item
            assert item.path == path, item
        else:
            assert isinstance(item.body, str) and item.kind in KINDS, item
            assert item.path == path, item
        out.append(item)
    return out


def check_clean(raw: RawArticle, settings: Settings = DEFAULT) -> Document | None:
    """The cleaned Document, or None when cleaning rejected the input with an InputError."""
    try:
        doc = clean_article(raw, settings)
    except InputError as err:
        assert err.code and err.reason, err
        return None
    assert isinstance(doc, Document) and isinstance(doc.text, str)
    assert len(doc.text) >= settings.min_body_chars
    return doc


def check_annotated(doc: Document) -> None:
    """Tokens and sentences are in order, inside `doc.text`, and cut exactly from it."""
    TextAnnotator()(doc)
    check_spans(doc.text, [(t.start, t.end) for t in doc.tokens])
    for token in doc.tokens:
        assert doc.text[token.start:token.end] == token.text, token
    check_spans(doc.text, [(s.start, s.end) for s in doc.sentences])
    for sentence in doc.sentences:
        assert doc.text[sentence.start:sentence.end].strip(), sentence


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    """Non-empty, inside `text`, in order and disjoint."""
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text), (start, end, len(text))
        last = end


def check_run(pipeline: Pipeline, raw: RawArticle | Reject) -> Document | Reject:
    """`Pipeline.run` returns a Document with a valid record, or a Reject that is not a crash."""
    result = pipeline.run(raw)
    if isinstance(result, Reject):
        assert result.code != "E200", f"stage crashed: {result.reason}"
        assert result.code and result.reason, result
        return result
    check_record(result.to_dict())
    result.to_json().encode("utf-8")  # a record every store and exporter can write
    return result


def check_record(record: dict[str, Any]) -> None:
    """Every offset pair of entities, quotes and events lies inside `text` and cuts its span text."""
    text = record["text"]
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            check_offsets(text, mention["start"], mention["end"], mention["text"])
    for quote in record["quotes"]:
        check_offsets(text, quote["start"], quote["end"], quote["text"])
    for event in record["events"]:
        check_offsets(text, event["start"], event["end"], event["evidence"])


def check_offsets(text: str, start: int, end: int, printed: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), (start, end)
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    assert text[start:end] == printed, (text[start:end], printed)

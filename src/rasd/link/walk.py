"""The sentences of a document as the pattern finders of the entity stage read them: tokens,
their search forms, and which tokens other names already cover."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from rasd.kb.matcher import Match
from rasd.model import Document, Span
from rasd.ner.features import word_form
from rasd.text.tokenize import Token, tokenize


@dataclass
class _Words:
    """A document's tokens, their search forms and each sentence's token range: made once per
    document for the finders that walk it (organisations, then places)."""

    text: str
    tokens: list[Token]
    words: list[str]
    starts: list[int]
    lasts: list[int]  # each token's last character
    ranges: list[tuple[int, int]]


_last: list[tuple[Document, _Words]] = []


def _words(doc: Document) -> _Words:
    if _last and _last[0][0] is doc and _last[0][1].text is doc.text:
        return _last[0][1]
    tokens = doc.tokens or tokenize(doc.text)
    starts = [t.start for t in tokens]
    words = [word_form(t.text) if t.kind == "word" else t.text for t in tokens]
    ranges = [(bisect_left(starts, s.start), bisect_left(starts, s.end))
              for s in doc.sentences or [Span(0, len(doc.text), "sentence")]]
    found = _Words(doc.text, tokens, words, starts, [t.end - 1 for t in tokens], ranges)
    _last[:] = [(doc, found)]
    return found


def covered_sentences(doc: Document, matches: list[Match]) -> Iterator[tuple[list[Token], list[str], list[int]]]:
    """(tokens, search-form words, covered) for each sentence; covered[i] is 1 where a match
    lies on the token's first or last character."""
    view = _words(doc)
    covered = bytearray(len(view.tokens))
    for m in matches:
        for edges in (view.starts, view.lasts):
            lo, hi = bisect_left(edges, m.start), bisect_left(edges, m.end)
            covered[lo:hi] = b"\x01" * (hi - lo)
    for lo, hi in view.ranges:
        yield view.tokens[lo:hi], view.words[lo:hi], list(covered[lo:hi])

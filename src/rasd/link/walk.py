"""The sentences of a document as the pattern finders of the entity stage read them: tokens,
their search forms, and which tokens other names already cover."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from rasd.kb.matcher import Match
from rasd.model import Document, Span
from rasd.ner.features import word_form
from rasd.text.tokenize import Token, tokenize


def covered_sentences(doc: Document, matches: list[Match]) -> Iterator[tuple[list[Token], list[str], list[int]]]:
    """(tokens, search-form words, covered) for each sentence; covered[i] is 1 where a match
    lies on the token's first or last character."""
    tokens_all = doc.tokens or tokenize(doc.text)
    starts = [t.start for t in tokens_all]
    covered = bytearray(len(doc.text) + 1)
    for m in matches:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    for sentence in doc.sentences or [Span(0, len(doc.text), "sentence")]:
        tokens = tokens_all[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        words = [word_form(t.text) if t.kind == "word" else t.text for t in tokens]
        yield tokens, words, [max(covered[t.start], covered[t.end - 1]) for t in tokens]

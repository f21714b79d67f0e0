"""The text stage: tokens and sentences over the cleaned body, as spans into `Document.text`."""

from __future__ import annotations

from rasd.model import Document, Span
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize


class TextAnnotator:
    """Adds `tokens` (rasd.text.tokenize.Token) and `sentences` to a Document; later stages
    read them instead of re-splitting. Offsets are into `Document.text`, end exclusive."""

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text)
        doc.sentences = [Span(start, end, "sentence") for start, end in split_sentences(doc.text)]
        return doc

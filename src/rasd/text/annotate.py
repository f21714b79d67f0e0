"""The text stage: tokens and sentences over the cleaned body, as spans into `Document.text`."""

from __future__ import annotations

from rasd.model import Document, Span


class TextAnnotator:
    """Adds `tokens` and `sentences` to a Document; later stages read them instead of re-splitting."""

    def __call__(self, doc: Document) -> Document:
        from rasd.text.sentences import split_sentences
        from rasd.text.tokenize import tokenize

        doc.tokens = [Span(t.start, t.end, t.kind) for t in tokenize(doc.text)]
        doc.sentences = [Span(s[0], s[1], "sentence") for s in split_sentences(doc.text)]
        return doc

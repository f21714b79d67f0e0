"""`rasd tag --conll`: pre-tokenized CoNLL in, `token<TAB>TAG` out, one line per input line.

Input: one token per line (a second column, e.g. a gold tag, is ignored), a blank line
between sentences. Output keeps every line, in order, with the same tokens. Sentences go to
the tagger in batches (the neural tagger runs a batch as one pass), the output still
streams batch by batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

BATCH = 256  # sentences tagged together


class SentenceTagger(Protocol):
    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


def tag_conll(lines: Iterable[str], tagger: SentenceTagger, batch: int = BATCH) -> Iterator[str]:
    pending: list[list[str]] = []  # sentences waiting, each followed by the blank line that ended it
    sentence: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        token = line.split()[0] if line.strip() else ""
        if token:
            sentence.append(token)
            continue
        pending.append(sentence)
        sentence = []
        if len(pending) >= batch:
            yield from _tagged(pending, tagger, closed=True)
            pending = []
    yield from _tagged(pending, tagger, closed=True)
    yield from _tagged([sentence], tagger, closed=False)


def _tagged(sentences: list[list[str]], tagger: SentenceTagger, closed: bool) -> Iterator[str]:
    """Each sentence's lines, then the blank line after it (none after an unclosed last one)."""
    for tokens, tags in zip(sentences, tagger.tag_sentences(sentences), strict=True):
        for token, tag in zip(tokens, tags, strict=True):
            yield f"{token}\t{tag}"
        if closed:
            yield ""

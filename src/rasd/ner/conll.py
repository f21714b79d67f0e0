"""`rasd tag --conll`: pre-tokenized CoNLL in, `token<TAB>TAG` out, one line per input line.

Input: one token per line (a second column, e.g. a gold tag, is ignored), a blank line
between sentences. Output keeps every line, in order, with the same tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rasd.ner.tagger import Tagger


def tag_conll(lines: Iterable[str], tagger: Tagger) -> Iterator[str]:
    sentence: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        token = line.split()[0] if line.strip() else ""
        if token:
            sentence.append(token)
            continue
        yield from _tagged(sentence, tagger)
        sentence = []
        yield ""
    yield from _tagged(sentence, tagger)


def _tagged(tokens: list[str], tagger: Tagger) -> Iterator[str]:
    for token, tag in zip(tokens, tagger.tag(tokens), strict=True):
        yield f"{token}\t{tag}"

"""Tokenization of Arabic news text by one compiled regex.

Tokens carry offsets into the text they were cut from (end exclusive), so
`text[t.start:t.end] == t.text` always holds. Whitespace and invisible controls
(zero-width, bidi marks) are never tokens; everything else is covered.

Kinds:
- "word": a run of Arabic-script letters, with any diacritics, tatweel and
  ZWNJ/ZWJ inside it kept (كتبَ، الـرئيس).
- "number": digits (ASCII, Arabic-Indic, Extended) with inner separators . , ٫ ٬
  (٢٠١٩، 3.5، 1,000).
- "latin": any other alphabetic run (mostly Latin script; don’t is one token), and URLs
  (http(s)://, www.) and e-mail addresses starting with a Latin letter as one token.
- "punct": one Unicode punctuation character (، ؛ ؟ « » % ٪ included); "..." is one token.
- "symbol": any other single visible character ($, +, emoji, a stray leading mark).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable
from itertools import accumulate, repeat
from typing import NamedTuple

from rasd.text.charmap import CONTROLS


class Token(NamedTuple):
    """`text[start:end]` of the source, with its kind (see module docstring)."""

    start: int
    end: int
    text: str
    kind: str


_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUM_SEP = ".,\u066b\u066c"
_ARABIC_LETTER = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u0870-\u0887\u0889-\u088e\u08a0-\u08c9\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufdc7"
    "\ufdf0-\ufdfb\ufe70-\ufefc"
)
_ARABIC_MARK = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08ca-\u08ff"
_JOINER = "\u200c\u200d"
# Invisible controls (charmap.CONTROLS) are skipped like whitespace, except ZWNJ/ZWJ
# inside a word, which the word pattern keeps.
_CONTROL = "".join(re.escape(ch) for ch in sorted(CONTROLS))


def _punctuation_class() -> str:
    """All Unicode punctuation (categories P*) in the BMP as one regex class."""
    chars = (chr(cp) for cp in range(0x10000))
    return "".join(re.escape(ch) for ch in chars if unicodedata.category(ch).startswith("P"))


_PUNCT = _punctuation_class()
# A letter (or digit-less alphanumeric) that is not Arabic script.
_LETTER = rf"(?:(?![{_ARABIC_LETTER}])[^\W\d_])"

# One alternative per kind; the group names are the kinds. Every alternative is decided by
# the token's first character (an e-mail must start with a Latin letter, a word with a
# letter: a stray leading mark is a symbol), which lets `tokenize` classify a token by a
# dict lookup on its first character instead of asking each match object.
_KINDS_PATTERN = (
    rf"(?P<word>[{_ARABIC_LETTER}][{_ARABIC_LETTER}{_ARABIC_MARK}]*"
    rf"(?:[{_JOINER}]+[{_ARABIC_LETTER}{_ARABIC_MARK}]+)*)"
    rf"|(?P<number>[{_DIGIT}]+(?:[{_NUM_SEP}][{_DIGIT}]+)*)"
    r"|(?P<latin>(?:https?://|www\.)[^\s<>\"'«»“”]*[^\s<>\"'«»“”.,;:!?،؛؟)\]}]"
    r"|[A-Za-z][\w.%+-]*@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}"
    rf"|{_LETTER}+(?:['’]{_LETTER}+)?)"
    rf"|(?P<punct>\.{{2,}}|[{_PUNCT}])"
    rf"|(?P<symbol>[^\s{_CONTROL}])"
)
_KINDS_RE = re.compile(_KINDS_PATTERN)
# The scanner: (skipped whitespace/controls, token). `findall` on it creates no match
# objects, and the concatenation of all pairs is a prefix of the text, so offsets are
# running sums of lengths.
_SCAN_RE = re.compile(rf"([\s{_CONTROL}]*)({re.sub(r'[(][?]P<[a-z]+>', '(?:', _KINDS_PATTERN)})")


class _KindByFirstChar(dict[str, str]):
    """First character -> token kind, filled on first sight of each character."""

    def __missing__(self, char: str) -> str:
        match = _KINDS_RE.match(char)
        kind = match.lastgroup if match and match.lastgroup else "symbol"
        self[char] = kind
        return kind


_KIND_OF = _KindByFirstChar()
_first = operator.itemgetter(0)
_second = operator.itemgetter(1)
_new_token: Callable[[type[Token], tuple[int, int, str, str]], Token] = tuple.__new__  # type: ignore[assignment]


def tokenize(text: str) -> list[Token]:
    """Split `text` into tokens in order; offsets are into `text`, tokens never overlap.

    This is the hot path of the pipeline, so it is written as C-level `map`s over the
    output of one `findall` (no Python code runs per token): about twice as fast as a
    loop over match objects.
    """
    pairs = _SCAN_RE.findall(text)
    tokens: list[str] = list(map(_second, pairs))
    lengths = list(map(len, tokens))
    ends = list(accumulate(map(operator.add, map(len, map(_first, pairs)), lengths)))
    starts = map(operator.sub, ends, lengths)
    kinds = map(_KIND_OF.__getitem__, map(_first, tokens))
    return list(map(_new_token, repeat(Token), zip(starts, ends, tokens, kinds, strict=False)))

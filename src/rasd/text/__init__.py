"""Arabic text layer: normalization with offsets, tokens, clitics, sentences.

Everything here reports offsets into the text it was given (end exclusive); the
normalized view is only for matching (docs/DESIGN.md, "Arabic text: offsets first").
"""

from rasd.text.clitics import segment, stem_candidates
from rasd.text.normalize import Normalized, normalize, normalize_digits, search_form, strip_diacritics
from rasd.text.sentences import split_sentences
from rasd.text.tokenize import Token, tokenize

__all__ = [
    "Normalized",
    "Token",
    "normalize",
    "normalize_digits",
    "search_form",
    "segment",
    "split_sentences",
    "stem_candidates",
    "strip_diacritics",
    "tokenize",
]

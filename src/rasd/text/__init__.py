"""Arabic text utilities: normalization with offsets, tokens, clitics, sentences.

Everything here reports offsets into the text it was given (end exclusive).
"""

from rasd.text.normalize import Normalized, normalize, normalize_digits, search_form, strip_diacritics

__all__ = [
    "Normalized",
    "normalize",
    "normalize_digits",
    "search_form",
    "strip_diacritics",
]

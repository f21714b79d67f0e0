"""The character tables behind normalization, built once at import.

Every rule of the search form is stated here as data about single code points:
what a character becomes (one character, several, or nothing). `normalize.py`
turns these tables into `str.translate` maps and regexes; nothing else decides
how a character is rewritten, so the fast path and the offset path cannot drift.
"""

from __future__ import annotations

import unicodedata

# Harakat, Quranic marks and the superscript alef: meaning-bearing for readers,
# noise for matching (news text is mostly unvowelled).
DIACRITIC_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
)
TATWEEL = 0x0640

# Zero-width and bidi controls (plus the Arabic letter mark, soft hyphen and word
# joiner, which web text scatters the same way): invisible, never part of a word.
CONTROL_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x061C, 0x061C),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2060),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
)

# Presentation forms: legacy encodings and PDF copy-paste produce them.
PRESENTATION_RANGES: tuple[tuple[int, int], ...] = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))

# Letter variants merged for matching. Hamza seats and alef variants collapse to
# bare letters; Persian/Urdu look-alikes (common in Arabic web text) to Arabic.
LETTER_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",  # U+06CC Farsi yeh
    "ې": "ي",  # U+06D0
    "ة": "ه",
    "ۀ": "ه",  # U+06C0
    "ہ": "ه",  # U+06C1 Urdu heh goal
    "ۃ": "ه",  # U+06C3
    "ؤ": "و",
    "ک": "ك",  # U+06A9 keheh
    "ڪ": "ك",  # U+06AA swash kaf
    "\u066b": ".",  # Arabic decimal separator, so "٣٫٥" and "3.5" match
    "\u066c": ",",  # Arabic thousands separator
}

DIGIT_MAP: dict[str, str] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}


def _expand(ranges: tuple[tuple[int, int], ...]) -> list[int]:
    return [cp for lo, hi in ranges for cp in range(lo, hi + 1)]


DIACRITICS: frozenset[str] = frozenset(chr(cp) for cp in _expand(DIACRITIC_RANGES))
CONTROLS: frozenset[str] = frozenset(chr(cp) for cp in _expand(CONTROL_RANGES))
DELETED: frozenset[str] = DIACRITICS | CONTROLS | {chr(TATWEEL)}


def _latin_lower() -> dict[str, str]:
    """Lowercase Latin letters one-for-one; `str.lower` would lengthen a few (İ)."""
    table: dict[str, str] = {}
    for lo, hi in ((0x0041, 0x024F), (0x1E00, 0x1EFF)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            low = ch.lower()
            if low != ch and len(low) == 1:
                table[ch] = low
    table["İ"] = "i"
    return table


def _whitespace() -> dict[str, str]:
    # Python's `\s` (str.isspace) is the definition the collapsing regex uses too.
    return {chr(cp): " " for cp in range(0x3001) if chr(cp).isspace() and cp != 0x20}


def _base_map() -> dict[str, str]:
    """Everything except presentation forms: a character maps to one char or ''."""
    table: dict[str, str] = {}
    table.update(_latin_lower())
    table.update(_whitespace())
    table.update(LETTER_MAP)
    table.update(DIGIT_MAP)
    for ch in DELETED:
        table[ch] = ""
    return table


def _apply_base(text: str, base: dict[str, str]) -> str:
    return "".join(base.get(ch, ch) for ch in text)


def _presentation_map(base: dict[str, str]) -> dict[str, str]:
    """NFKC each presentation form, then apply the base rules to what it became.

    The result is trimmed: isolated harakat forms (U+FE70..) decompose to a space
    plus a mark, which must vanish rather than leave a space behind. Ligatures
    such as ﻻ or ﷺ expand to several characters.
    """
    table: dict[str, str] = {}
    for cp in _expand(PRESENTATION_RANGES):
        ch = chr(cp)
        if ch in DELETED:
            continue
        nfkc = unicodedata.normalize("NFKC", ch)
        if nfkc == ch:
            continue
        table[ch] = " ".join(_apply_base(nfkc, base).split())
    return table


def build_char_map() -> dict[str, str]:
    """The complete rule table: char -> replacement ('' deletes, len > 1 expands).

    Characters absent from the table are kept as they are.
    """
    base = _base_map()
    table = dict(base)
    table.update(_presentation_map(base))
    return table


CHAR_MAP: dict[str, str] = build_char_map()

"""Offset-preserving normalization of Arabic text.

Later stages match on the *search form* but must report offsets into the original
text. `normalize` returns the normalized string together with a map back to the
original, so any span found in the normalized view can be reported with
`Normalized.to_original`.

The search form (rules in `charmap.py`): presentation forms unfolded (NFKC); diacritics,
tatweel and zero-width/bidi controls removed; hamza/alef variants and Persian look-alikes
merged (أ إ آ ٱ -> ا, ى ئ ی -> ي, ة ۀ -> ه, ؤ -> و, ک -> ك); Arabic-Indic digits and the
Arabic decimal/thousands separators to ASCII; Latin lowercased; every whitespace run one
space; no leading or trailing space. Spelling variants that are not letter variants
(أميركي/أمريكي, سوريا/سورية) are deliberately left alone: they are knowledge-base aliases.

Speed: `str.translate` with a dict costs a dict lookup per character, so the frequent
letters and digits are rewritten by a chain of `str.replace` (memchr-fast), and one regex
scan finds the rest (marks, controls, whitespace runs, Latin capitals, presentation
forms), which is rare in news text and handled stretch by stretch.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.text.charmap import CHAR_MAP, DIACRITICS, DIGIT_MAP, LETTER_MAP, TATWEEL


def _char_class(chars: set[str] | frozenset[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


_DELETED = frozenset(ch for ch, rep in CHAR_MAP.items() if rep == "")
_WHITESPACE = frozenset(ch for ch in CHAR_MAP if ch.isspace())
# Frequent one-for-one rewrites, done in bulk by str.replace. Everything else in CHAR_MAP
# (Latin capitals, presentation forms, ligature expansions) is "rare" and is rewritten
# while scanning for irregular stretches.
_REPLACE_PAIRS: tuple[tuple[str, str], ...] = tuple(LETTER_MAP.items()) + tuple(DIGIT_MAP.items())
_RARE = frozenset(CHAR_MAP) - _DELETED - _WHITESPACE - frozenset(LETTER_MAP) - frozenset(DIGIT_MAP)

_DEL = _char_class(_DELETED)
_RAR = _char_class(_RARE)
# One scan finds everything the bulk replace cannot do: a run of rare chars; a run of two
# or more whitespace/deleted chars (becomes one space, or nothing when it holds no
# whitespace); a lone deleted char; a lone whitespace char other than " ". Written with
# one leading class so the regex engine can skip ahead by charset.
_IRREGULAR_RE = re.compile(rf"[\s{_DEL}{_RAR}](?:(?<=[{_RAR}])[{_RAR}]*|[\s{_DEL}]+|(?<=[^\S ]|[{_DEL}]))")
_WS_RE = re.compile(r"\s")
_DELETED_RUN_RE = re.compile(f"[{_DEL}]*")

_DIACRITIC_TABLE: dict[int, None] = {ord(ch): None for ch in DIACRITICS | {chr(TATWEEL)}}
_DIGIT_TABLE: dict[int, str] = {ord(ch): rep for ch, rep in DIGIT_MAP.items()}
_RARE_TABLE: dict[int, str] = {ord(ch): CHAR_MAP[ch] for ch in _RARE}


@dataclass(slots=True)
class Normalized:
    """A normalized view of `original`, with the map back to it.

    The map is stored compactly as anchors: normalized index `nstarts[k]` comes from
    original index `ostarts[k]`, and the following characters up to the next anchor
    map one-for-one. The last anchor is the sentinel `(len(text), len(original))`.
    Use `offsets` for the full per-character list, `offset(i)` or `to_original` for lookups.
    """

    text: str
    original: str = field(repr=False)
    nstarts: list[int] = field(repr=False)
    ostarts: list[int] = field(repr=False)

    @property
    def offsets(self) -> list[int]:
        """`offsets[i]` is the index in `original` of the char that produced `text[i]`.

        Every char of an expansion (ﻻ -> لا) points at the same source char; the list
        ends with the sentinel `len(original)` and never decreases.
        """
        out: list[int] = []
        bounds = self.nstarts[1:]
        for nstart, ostart, nend in zip(self.nstarts, self.ostarts, bounds, strict=False):
            out.extend(range(ostart, ostart + nend - nstart))
        out.append(len(self.original))
        return out

    def offset(self, index: int) -> int:
        """Original index of normalized char `index` (`len(text)` gives the sentinel)."""
        if not 0 <= index <= len(self.text):
            raise IndexError(f"index {index} outside normalized text of length {len(self.text)}")
        k = bisect_right(self.nstarts, index) - 1
        return self.ostarts[k] + index - self.nstarts[k]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span `text[start:end]` to `(ostart, oend)` in `original`.

        `original[ostart:oend]` is exactly the source of the span: it includes marks and
        controls trailing its last character (they were deleted from it) but not the
        whitespace after it; a span touching part of an expansion covers the whole source
        character. An empty span maps to an empty span.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside normalized text of length {len(self.text)}")
        ostart = self.offset(start)
        if start == end:
            return ostart, ostart
        last = self.offset(end - 1) + 1
        if end < len(self.text):
            return ostart, max(self.offset(end), last)
        trailing = _DELETED_RUN_RE.match(self.original, last)
        return ostart, trailing.end() if trailing else last


def strip_diacritics(text: str) -> str:
    """Remove harakat, Quranic marks, superscript alef and tatweel; nothing else changes."""
    return text.translate(_DIACRITIC_TABLE)


def normalize_digits(text: str) -> str:
    """Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII; length-preserving."""
    return text.translate(_DIGIT_TABLE)


_PAIR_TABLE = str.maketrans(dict(_REPLACE_PAIRS))


def _replace_pairs(text: str) -> str:
    """The bulk one-for-one rewrites: `str.translate` for short strings (names, words), a
    `str.replace` pass per pair for long ones (it is 20 times faster on a whole article)."""
    if len(text) < 80:
        return text.translate(_PAIR_TABLE)
    for old, new in _REPLACE_PAIRS:
        text = text.replace(old, new)
    return text


def _irregular(piece: str) -> str:
    """Normalized form of one stretch found by `_IRREGULAR_RE`."""
    if piece in _DELETED:
        return ""
    if piece[0] in _RARE:
        return piece.translate(_RARE_TABLE)
    return " " if _WS_RE.search(piece) else ""


def _irregular_match(match: re.Match[str]) -> str:
    return _irregular(match.group())


def search_form(text: str) -> str:
    """The normalized form used for full-text search and document ids.

    Equal to `normalize(text).text`, computed without the offset map.
    """
    return _replace_pairs(_IRREGULAR_RE.sub(_irregular_match, text)).strip(" ")


def normalize(text: str) -> Normalized:
    """Normalize `text` to its search form and keep the map back to `text`.

    Only the stretches that need more than a bulk one-for-one replace (marks, controls,
    whitespace runs, Latin capitals, presentation forms) are visited one by one.
    """
    parts: list[str] = []
    nstarts: list[int] = []
    ostarts: list[int] = []
    pos = npos = 0
    for match in _IRREGULAR_RE.finditer(text):
        start, end = match.span()
        if start > pos:
            parts.append(text[pos:start])
            nstarts.append(npos)
            ostarts.append(pos)
            npos += start - pos
        piece = match.group()
        rep = _irregular(piece)
        parts.append(rep)
        if rep == " ":
            space = _WS_RE.search(piece)
            nstarts.append(npos)
            ostarts.append(start + (space.start() if space else 0))
            npos += 1
        elif rep:
            npos = _anchor_rare(piece, start, npos, nstarts, ostarts)
        pos = end
    if pos < len(text):
        parts.append(text[pos:] if pos else text)
        nstarts.append(npos)
        ostarts.append(pos)
    return _strip_spaces(Normalized(_replace_pairs("".join(parts)), text, nstarts, ostarts))


def _anchor_rare(piece: str, start: int, npos: int, nstarts: list[int], ostarts: list[int]) -> int:
    """Anchor every output char of a rare run (one source char may expand to several)."""
    for i, ch in enumerate(piece):
        width = len(_RARE_TABLE[ord(ch)])
        nstarts.extend(range(npos, npos + width))
        ostarts.extend([start + i] * width)
        npos += width
    return npos


def _strip_spaces(norm: Normalized) -> Normalized:
    """Drop the one leading and one trailing space (runs are collapsed already) and
    close the anchor list with the sentinel."""
    text, nstarts, ostarts = norm.text, norm.nstarts, norm.ostarts
    if text.endswith(" "):
        text = text[:-1]
        while nstarts and nstarts[-1] >= len(text):
            nstarts.pop()
            ostarts.pop()
    if text.startswith(" "):
        text = text[1:]
        if len(nstarts) > 1 and nstarts[1] == 1:
            del nstarts[0], ostarts[0]
        else:
            ostarts[0] += 1
        nstarts[:] = [n - 1 if n else 0 for n in nstarts]
    nstarts.append(len(text))
    ostarts.append(len(norm.original))
    return Normalized(text, norm.original, nstarts, ostarts)


@lru_cache(maxsize=4)
def normalized(text: str) -> Normalized:
    """`normalize(text)`, remembered for the last few texts: the stages of one document ask
    for the same view several times. The result is shared: treat it as read-only."""
    return normalize(text)

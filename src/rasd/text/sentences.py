"""Sentence splitting for Arabic news, with offsets into the original text.

Rules (kept simple on purpose; Arabic has no capital letters to confirm a break):
- A line break always ends a sentence (news bodies arrive one paragraph per line), and
  resets any quotation left open on that line.
- `.`, `!`, `?`, `؟` (or a run of them, ؟! included) end a sentence when followed by
  whitespace, the end of the text, a closing bracket, or directly by an Arabic letter
  (scraped text often drops the space). Closing brackets after the mark stay with it.
- Never inside a quotation: «…», “…” and "…" are tracked; a quotation that itself ends
  with a terminal mark (قال: «انتهى.») ends the sentence after its closing quote.
- Not after an abbreviation: a single letter (د. م. أ.د.) or a word listed in
  data/abbreviations.txt; but a single letter right after a number is an era marker
  (عام 2019م.), and the period may end the sentence there.
- Not inside numbers (3.5) or domains (cnn.com): the next character is not a break.
- Not after a list number at the start of a sentence ("1. البند").
- An ellipsis (".." "..." "…") is a soft break: it never ends a sentence by itself.
- `؛` (and `;`) end a sentence only with `semicolon=True`.

Each span is stripped of surrounding whitespace, non-empty, and in text order, so
`text[start:end]` is exactly the sentence.
"""

from __future__ import annotations

import re

from rasd.text.charmap import LETTER_MAP
from rasd.text.clitics import wordlist

_LINE_BREAKS = "\n\r\u2028\u2029\x85"
_TERMINAL_RUN = ".!?؟…"
_EVENT_KIND: dict[str, str] = {
    **dict.fromkeys(_LINE_BREAKS, "nl"),
    **dict.fromkeys("«“", "open"),
    **dict.fromkeys("»”", "close"),
    '"': "dq",
    **dict.fromkeys(_TERMINAL_RUN, "end"),
    **dict.fromkeys("؛;", "semi"),
}
# One leading character class (so the engine skips ahead by charset); a run of terminal
# marks (؟! ...) is one event.
_EVENT_RE = re.compile(f"[{re.escape(''.join(_EVENT_KIND))}](?:(?<=[{_TERMINAL_RUN}])[{_TERMINAL_RUN}]*)?")
_CLOSERS_RE = re.compile(r"[)\]}»”]*")
_TERMINAL = frozenset(".!?؟")
_ARABIC_LETTER_RE = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5]")
_OPENERS = '([{«“"'
_ELLIPSIS_CHARS = frozenset(".…")
_SINGLE_LETTER_RE = re.compile(r"[^\W\d_]\u0640?")
_DIGIT_END_RE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]\s*$")
_LIST_NUMBER_RE = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}")
_LOOKBACK = 40
# Abbreviations are letters and dots: the letter map and lowercasing give their search form.
_KEY_TABLE = {ord(ch): rep for ch, rep in LETTER_MAP.items()}


def _last_word(before: str) -> str:
    """The word touching the end of `before` (after any opening bracket or quote)."""
    if not before or before[-1].isspace():
        return ""
    word = before.rsplit(None, 1)[-1]
    for opener in _OPENERS:
        word = word.rsplit(opener, 1)[-1]
    return word


def _is_abbreviation(before: str) -> bool:
    """`before` is the text up to a period: does its last word make it an abbreviation?"""
    word = _last_word(before)
    if not word:
        return False
    if word.translate(_KEY_TABLE).lower() in wordlist("abbreviations.txt"):
        return True
    last = word.rsplit(".", 1)[-1]
    if not _SINGLE_LETTER_RE.fullmatch(last):
        return False
    # A lone letter after a number is an era marker (2019م، 1440 هـ), not an abbreviation.
    return len(word) != len(last) or not _DIGIT_END_RE.search(before[: len(before) - len(word)])


def _is_list_number(text: str, sentence_start: int, period: int) -> bool:
    return _LIST_NUMBER_RE.fullmatch(text[sentence_start:period].strip()) is not None


def _break_after_run(text: str, start: int, end: int, sentence_start: int) -> int | None:
    """Where the sentence ends for a terminal run `text[start:end]`, or None for no break."""
    run = text[start:end]
    if run != "." and (set(run) <= _ELLIPSIS_CHARS):
        return None  # an ellipsis is a soft break
    closers = _CLOSERS_RE.match(text, end)
    stop = closers.end() if closers else end
    following = text[stop : stop + 1]
    if following and not following.isspace() and not _ARABIC_LETTER_RE.match(following):
        return None  # 3.5, cnn.com, "؟»،"
    if run == ".":
        before = text[max(sentence_start, start - _LOOKBACK) : start]
        if _is_abbreviation(before) or _is_list_number(text, sentence_start, start):
            return None
    return stop


def _break_after_quote(text: str, end: int) -> int | None:
    """A quotation closing at `end` after a terminal mark ends the sentence (when followed
    by whitespace or the end of the text)."""
    if end >= 2 and text[end - 2] in _TERMINAL and (end == len(text) or text[end].isspace()):
        return end
    return None


def _breaks(text: str, semicolon: bool) -> list[int]:
    """Offsets where sentences end, in increasing order."""
    breaks: list[int] = []
    depth = 0
    straight = False
    sentence_start = 0
    for match in _EVENT_RE.finditer(text):
        start, end = match.span()
        kind = _EVENT_KIND[text[start]]
        cut: int | None = None
        if kind == "nl":
            depth, straight, cut = 0, False, start
        elif kind == "open":
            depth += 1
        elif kind == "close" and depth:
            depth -= 1
            cut = None if depth or straight else _break_after_quote(text, end)
        elif kind == "dq":
            straight = not straight
            cut = None if straight or depth else _break_after_quote(text, end)
        elif depth or straight:
            continue
        elif kind == "end":
            cut = _break_after_run(text, start, end, sentence_start)
        elif kind == "semi" and semicolon:
            cut = end
        if cut is not None and cut > sentence_start:
            breaks.append(cut)
            sentence_start = cut
    return breaks


def split_sentences(text: str, *, semicolon: bool = False) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` of `text`, end exclusive, stripped, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for stop in [*_breaks(text, semicolon), len(text)]:
        chunk = text[start:stop]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start = stop
    return spans

"""Conservative clitic segmentation of Arabic words.

`segment` cuts a word into proclitics, stem and one pronoun suffix; the pieces are
slices of the word, so `"".join(segment(w)) == w` always (marks and tatweel stay with
the letter they follow). The analysis is made on the word's letters (diacritics, tatweel
and controls ignored) and is deliberately cautious: a wrong split costs later stages
(gazetteer lookups, NER) more than a missed one.

What is recognised, in order:
- a conjunction و or ف, when at least 3 letters follow;
- then one of: لل (the preposition ل with the article, whose alif is elided: kept as
  one piece "لل"); ب ل ك before the article (بالـ لالـ كالـ); ب or ل directly
  before a pronoun (به، لهم، لي); ب or ل before a stem of 3+ letters; the future
  prefix س before an imperfect verb (سي ست سن سأ) with 4+ letters after it;
- then the article ال, when at least 2 letters follow;
- then, only if the word has no article, one pronoun suffix (ه ها هم هما هن ك كم كن نا)
  when the stem keeps 3 letters (4 for ك كم كن, which are rare in news), and not ه or نا
  right after ا (اتجاه، أحيانا). ي is not split: it collides with the nisba ending
  (عربي، أمريكي), which is far more frequent in news than "my".

Two word lists (data/, compared in search form) guard the rules: words never split
(وزير، لبنان، الذي) and function words that take a pronoun (منه، فيها، لديهم).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from rasd.text.charmap import DELETED, LETTER_MAP
from rasd.text.normalize import search_form

SUFFIXES: tuple[str, ...] = ("هما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك")
_PRONOUNS = frozenset(SUFFIXES) | {"ي"}
_MIN_STEM = {"ك": 4, "كم": 4, "كن": 4}
_NOT_AFTER_ALEF = frozenset({"ه", "نا"})
_KEY_TABLE = {ord(ch): rep for ch, rep in LETTER_MAP.items()}


@cache
def wordlist(name: str) -> frozenset[str]:
    """A word list from `rasd/text/data/<name>`, in search form; loaded once per process."""
    data = resources.files("rasd.text").joinpath("data", name).read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in data.splitlines())
    return frozenset(search_form(word) for word in words if word)


def _key(letters: str) -> str:
    # Letters only (marks already gone), so the letter map alone gives the search form.
    return letters.translate(_KEY_TABLE)


def _is_exception(letters: str) -> bool:
    return _key(letters) in wordlist("clitic_exceptions.txt")


def _is_host(letters: str) -> bool:
    return _key(letters) in wordlist("pronoun_hosts.txt")


def _bases(letters: str) -> list[str]:
    """`letters` and its forms with a pronoun suffix removed (ت restored to ة)."""
    out = [letters]
    for suffix in SUFFIXES:
        if letters.endswith(suffix) and len(letters) > len(suffix):
            base = letters[: -len(suffix)]
            out.append(base)
            if base.endswith("ت"):
                out.append(base[:-1] + "ة")
    return out


def _is_whole(letters: str) -> bool:
    """True when no proclitic may be taken off `letters`: it is a listed word, a listed
    word plus a pronoun, or a host plus a pronoun."""
    return any(_is_exception(base) or _is_host(base) for base in _bases(letters))


def _host_suffix(letters: str) -> int | None:
    """Cut before the pronoun when `letters` is host + pronoun (منه، لديهم)."""
    for suffix in SUFFIXES:
        if letters.endswith(suffix) and _is_host(letters[: -len(suffix)]):
            return len(letters) - len(suffix)
    return None


def _pronoun_suffix(letters: str) -> int | None:
    """Cut before a pronoun suffix of a stem that has no article, or None."""
    host_cut = _host_suffix(letters)
    if host_cut is not None:
        return host_cut
    if _is_exception(letters):
        return None
    for suffix in SUFFIXES:
        if not letters.endswith(suffix):
            continue
        stem = letters[: -len(suffix)]
        if len(stem) < _MIN_STEM.get(suffix, 3):
            continue
        if suffix in _NOT_AFTER_ALEF and stem.endswith("ا"):
            continue
        return len(stem)
    return None


def _second_proclitic(rest: str) -> tuple[int, str]:
    """Length and kind of a preposition, لل or future س at the start of `rest`.

    Kinds: "" (none), "lil" (لل), "pronoun" (what follows is a bare pronoun),
    "prep" (a preposition; the article may follow), "future".
    """
    if rest.startswith("لل") and len(rest) >= 4:
        return 2, "lil"
    head, tail = rest[:1], rest[1:]
    if head in ("ب", "ك", "ل") and tail.startswith("ال"):
        return (1, "prep") if len(tail) >= 4 else (0, "")
    if head in ("ب", "ل") and tail in _PRONOUNS:
        return 1, "pronoun"
    if head in ("ب", "ل") and len(tail) >= 3:
        return 1, "prep"
    if head == "س" and tail[:1] in ("ي", "ت", "ن", "أ") and len(tail) >= 4:
        return 1, "future"
    return 0, ""


def _cuts(letters: str) -> tuple[tuple[int, ...], int, bool]:
    """Cut points in `letters`, how many leading pieces are proclitics, and whether the
    last proclitic is لل (the article is inside that piece)."""
    cuts: list[int] = []
    pos = 0
    lil = False
    if len(letters) < 2 or _is_exception(letters):
        return (), 0, False
    if letters[0] in ("و", "ف") and len(letters) >= 4 and not _is_whole(letters):
        pos = 1
        cuts.append(pos)
    length, kind = (0, "") if _is_whole(letters[pos:]) else _second_proclitic(letters[pos:])
    if length:
        pos += length
        cuts.append(pos)
        lil = kind == "lil"
    article = lil
    rest = letters[pos:]
    if kind in ("", "prep") and rest.startswith("ال") and len(rest) >= 4 and not _is_whole(rest):
        pos += 2
        cuts.append(pos)
        article = True
    proclitics = len(cuts)
    if kind != "pronoun" and not article:
        cut = _pronoun_suffix(letters[pos:])
        if cut:
            cuts.append(pos + cut)
    return tuple(cuts), proclitics, lil


def _letters(word: str) -> tuple[str, list[int]]:
    """The word's letters (marks, tatweel and controls dropped) and their indices."""
    positions = [i for i, ch in enumerate(word) if ch not in DELETED]
    return "".join(word[i] for i in positions), positions


@lru_cache(maxsize=100_000)
def _analyse(word: str) -> tuple[tuple[int, ...], int, bool]:
    """Cut offsets into `word` (0 < cut < len(word)), how many leading pieces are
    proclitics, and whether the last proclitic is لل. Cached: words repeat a lot."""
    letters, positions = _letters(word)
    cuts, proclitics, lil = _cuts(letters)
    return tuple(positions[c] for c in cuts), proclitics, lil


def segment(word: str) -> list[str]:
    """Split `word` into clitic pieces that join back to it exactly.

    "والأمريكي" -> ["و", "ال", "أمريكي"]; "للرئيس" -> ["لل", "رئيس"];
    "بلادهم" -> ["بلاد", "هم"]; "وزير" -> ["وزير"]. An empty word gives [].
    """
    return list(_pieces(word)) if word else []


@lru_cache(maxsize=100_000)
def _pieces(word: str) -> tuple[str, ...]:
    bounds = (0, *_analyse(word)[0], len(word))
    return tuple(word[a:b] for a, b in zip(bounds, bounds[1:], strict=False))


def stem_candidates(word: str) -> list[str]:
    """`word` with 0, 1, ... of its proclitics removed, for dictionary lookups.

    "والأمريكي" -> ["والأمريكي", "الأمريكي", "أمريكي"]. After لل the article is
    restored as well: "للرئيس" -> ["للرئيس", "الرئيس", "رئيس"]. Suffixes are kept.
    """
    if not word:
        return []
    cuts, proclitics, lil = _analyse(word)
    out = [word]
    for k in range(proclitics):
        rest = word[cuts[k] :]
        if lil and k == proclitics - 1:
            out.append("ال" + rest)
        out.append(rest)
    return out

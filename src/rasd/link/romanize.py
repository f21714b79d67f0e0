"""English spelling of Arabic person names, the way the English Wikipedia tends to write them
("Mustafa", "Abdul Khaliq", "bin Salman", "al-Tirawi").

Each word is looked up in a table of the spellings Wikidata's English and Arabic labels pair
most often (data/name_tokens.tsv, built by kb/build/build_name_tokens.py); a word the table
lacks is spelled by a character model learned from the same pairs (data/name_chars.tsv: a
joint n-gram model over aligned letter/Latin-chunk units, as Phonetisaurus does).
Around the table: the article ال is "al-" except on a name's first word (الحبيب بورقيبة ->
"Habib ..."), unless the pairs spell the word with it (اليزابيث -> "Elizabeth") or an
unknown first word reads as a foreign given name (اليزابيت); عبد + an
ال-word is "Abdul X" (written together or apart); X الله is one word ("Nasrallah",
"Abdullah"); X الدين is "X al-Din"; بن/ابن -> "bin", بنت -> "bint", آل -> "Al"; leading honorifics and ranks
(data/person_cues.txt, [title]: الشيخ، اللواء) are dropped.

`romanize` is pure and cached; a name costs a few microseconds once the tables are loaded.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.text.normalize import search_form

DATA = Path(__file__).resolve().parent / "data"
ARTICLE = "ال"
PARTICLES = {"بن": "bin", "ابن": "bin", "بنت": "bint", "ال": "Al"}  # ال alone: آل in search form
ABD = "عبد"
ALLAH = "الله"
DIN = "دين"  # the second half of compounds: نور الدين، عز الدين، بدر الدين
ORDER = 4  # of the character model's n-grams
BEAM = 5
BACKOFF = math.log(0.4)  # "stupid back-off" to a shorter history
UNSEEN = -12.0
EXTRA_LETTERS = {"پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v", "ڨ": "g"}  # Persian/Maghrebi
WORD_RE = re.compile("[\u0621-\u064a" + "".join(EXTRA_LETTERS) + "]+|[A-Za-z0-9][\\w.'-]*")


class Romanizer:
    """The word table, the character model and the rules around them; `romanize` uses the
    packaged data. The model: `candidates[letter]`, the units ("حha": a letter and the Latin it
    writes) tried for a letter; `grams[history]`, log-probabilities of the next unit after up
    to three units ("." the empty history, "^" the start, "$" the end)."""

    def __init__(self, tokens: dict[str, str], candidates: dict[str, list[str]],
                 grams: dict[str, dict[str, float]], titles: frozenset[str] = frozenset()) -> None:
        self.tokens = tokens
        self.titles = titles
        self.candidates = candidates
        self.grams = grams
        self.abd = capitalized(tokens.get(ABD, "abdul"))
        self._spelled: dict[str, str] = {}  # spell() results, the costly step

    @classmethod
    def load(cls, folder: Path = DATA) -> Romanizer:
        tokens = {row[0]: row[1] for row in _rows(folder / "name_tokens.tsv")}
        lines = (folder / "name_chars.tsv").read_text("utf-8").splitlines()
        model = cls.parse_model(line for line in lines if line and not line.startswith("#"))
        return cls(tokens, *model, titles=_titles(folder / "person_cues.txt"))

    @staticmethod
    def parse_model(rows: Iterable[str]) -> tuple[dict[str, list[str]], dict[str, dict[str, float]]]:
        candidates: dict[str, list[str]] = {}
        grams: dict[str, dict[str, float]] = {}
        for row in rows:
            key, value = row.split("\t")
            if key.startswith("=") and len(key) == 2:
                candidates[key[1]] = value.split(" ")
            else:
                grams[key] = {unit: float(lp) for unit, lp in (item.rsplit(":", 1) for item in value.split(" "))}
        return candidates, grams

    def name(self, text: str) -> str:
        """The whole name: words in order, compounds joined; "" when there is nothing to spell."""
        words = WORD_RE.findall(search_form(self.untitled(text)))
        out: list[str] = []
        i = 0
        while i < len(words):
            word, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
            if word == ABD and nxt.startswith(ARTICLE):
                word, i = word + nxt, i + 1  # عبد الخالق = عبدالخالق
            if word == ALLAH and out:
                out[-1] += "allah"  # نصر الله -> Nasrallah
            elif word == ARTICLE + DIN and out:
                out.append("al-Din")  # صلاح الدين -> "Salah al-Din" (the pairs' دين is mostly "Dean")
            else:
                out.append(self.word(word, first=not out and len(words) > 1))
            i += 1
        return " ".join(w for w in out if w)

    def untitled(self, text: str) -> str:
        """The name without its leading titles (الشيخ عمر عبدالخالق -> عمر عبدالخالق)."""
        words = text.split()
        while len(words) > 1 and search_form(words[0]).rstrip(".") in self.titles:  # د. أحمد
            words = words[1:]
        return " ".join(words)

    def word(self, word: str, first: bool = False) -> str:
        """One word; `first`: the first word of a longer name, which drops an article."""
        if not ("\u0621" <= word[0] <= "\u064a" or word[0] in EXTRA_LETTERS):
            return capitalized(word)  # Latin, lowercased by the search form
        if word in PARTICLES:
            return PARTICLES[word].capitalize() if first else PARTICLES[word]
        if word in self.tokens:
            return capitalized(self.tokens[word])
        if word.startswith(ABD + ARTICLE) and len(word) > 5:
            tail = word[len(ABD) + 2:]
            return "Abdullah" if tail == "له" else f"{self.abd} {self.bare(tail)}"
        if word.startswith(ARTICLE) and len(word) > 3:
            return self._article_word(word, first)
        return self.bare(word)

    def _article_word(self, word: str, first: bool) -> str:
        """ال + a known word is the article; an unknown first word with ال is more often a foreign
        given name whose "al"/"el" belongs to it (اليزابيت, الكسندر) than an Arabic one."""
        stem = word[2:]
        if first and stem not in self.tokens and not stem.startswith(ABD):
            return capitalized(self.spell(word))
        head, *rest = self.word(stem).split(" ")
        spelled = head + "".join(part.lower() for part in rest)  # العبدالجبار -> al-Abduljabbar
        return spelled if first else "al-" + spelled

    def bare(self, word: str) -> str:
        """A word without article: the table's spelling, else the character model's."""
        known = self.tokens.get(word)
        if known is None:
            known = self._spelled.get(word)
        if known is None:
            if len(self._spelled) >= 65536:
                self._spelled.clear()
            known = self._spelled[word] = self.spell(word)
        return capitalized(known)

    def spell(self, word: str) -> str:
        """Letter by letter: the likeliest unit sequence under the model (a small beam search)."""
        beams: list[tuple[float, str, tuple[str, ...]]] = [(0.0, "", ("^",) * (ORDER - 1))]
        for letter in word:
            options = self.candidates.get(letter) or [letter + EXTRA_LETTERS.get(letter, "")]
            scored: dict[str, tuple[float, str, tuple[str, ...]]] = {}
            for score, text, history in beams:
                tables = self._histories(history)
                for unit in options:
                    new = (score + _logp(tables, unit), text + unit[1:], history[1:] + (unit,))
                    if new[1] not in scored or scored[new[1]][0] < new[0]:
                        scored[new[1]] = new
            beams = sorted(scored.values(), reverse=True)[:BEAM]
        text = max(beams, key=lambda b: b[0] + _logp(self._histories(b[2]), "$"))[1]
        if not text:  # a word of silent letters only: each letter's first audible unit
            text = "".join(next((u[1:] for u in self.candidates.get(ch, []) if len(u) > 1), "") for ch in word)
        return text or "'"

    def _histories(self, history: tuple[str, ...]) -> list[dict[str, float] | None]:
        """The model's tables for `history` and its shorter suffixes, longest first."""
        keys = [" ".join(history[k:]) for k in range(len(history))] + ["."]
        return [self.grams.get(key) for key in keys]


def _logp(tables: list[dict[str, float] | None], unit: str) -> float:
    """Log-probability of `unit` in the longest history that has seen it ("stupid back-off")."""
    penalty = 0.0
    for probs in tables:
        if probs is not None and unit in probs:
            return penalty + probs[unit]
        penalty += BACKOFF
    return penalty + UNSEEN


def capitalized(text: str) -> str:
    """First letter of each hyphen-joined part upper-case: "jean-yves" -> "Jean-Yves"."""
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


def _titles(path: Path) -> frozenset[str]:
    """The honorifics and ranks of the [title] section of person_cues.txt (الشيخ، اللواء ...),
    which open a name but are no part of it; none when the file is absent."""
    if not path.exists():
        return frozenset()
    words: set[str] = set()
    section = ""
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line
        elif section == "[title]":
            words.update(search_form(line).split())
    return frozenset(words)


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def default() -> Romanizer:
    """The packaged tables, loaded once per process."""
    return Romanizer.load()


@lru_cache(maxsize=65536)
def romanize(name: str) -> str:
    """Latin spelling of an Arabic person name: the English label of a person Wikidata knows by
    exactly this name (رائف بدوي -> "Raif Badawi"), else the tables' spelling word by word
    ("مصطفى سيد قادر" -> "Mustafa Sayed Kader"); the input stripped when it holds no word at all."""
    tables = default()
    spelled = tables.name(name)
    return known_name(tables.untitled(name), spelled) or spelled or name.strip()


LIKENESS = 0.6  # below it (word by word), an index label is another name or a work


def known_name(name: str, like: str = "") -> str | None:
    """A whole name of two words or more in arabic-name-romanizer's index of Wikidata labels
    (installed with rasd, read from its bundled SQLite file; no model, no download). Labels of
    equal weight (the index mixes languages: "Bachar el-Assad", "Bashar al-Assad") are decided
    by their likeness to `like`, the tables' own spelling."""
    index = _name_index()
    if index is None or len(name.split()) < 2:
        return None
    lookup, key = index
    try:
        variants = [v for v in lookup(key(name)) if "wikidata" in v.sources]
    except Exception:  # the index is a convenience: a broken one must not stop a batch
        return None
    if not variants:
        return None
    like = like.lower()
    best = str(max(variants, key=lambda v: (v.count, _likeness(v.latin, like))).latin)
    # the index also holds works and other people's labels ("Bravo Ya Faten" for يا فاتن,
    # "Hussein Sulimani" for حسين عبدالغني): a label must look like the name's own spelling
    if like and _word_likeness(best, like) < LIKENESS:
        return None
    return best


def _word_likeness(label: str, like: str) -> float:
    """The likeness of the least alike pair of words when both have as many words, else of
    the whole strings: "Hussein Sulimani" is not "Hussein Abdulghani" though they share much."""
    a, b = label.split(), like.split()
    if len(a) != len(b):
        return _likeness(label, like)
    return min(_likeness(x, y.lower()) for x, y in zip(a, b, strict=True))


def _likeness(label: str, like: str) -> float:
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", label.lower()) if not unicodedata.combining(ch))
    return difflib.SequenceMatcher(None, folded, like).ratio()


@lru_cache(maxsize=1)
def _name_index() -> tuple[Callable[[str], list[Any]], Callable[[str], str]] | None:
    try:
        from arabic_name_romanizer import Transliterator
        from arabic_name_romanizer.api import full_key, normalize_arabic

        index = Transliterator(auto_load_model=False, use_rules_fallback=True).index
    except Exception:
        return None
    if index is None:
        return None
    return (lambda key: list(index.lookup_full(key, None, "arabic")),
            lambda text: str(full_key(normalize_arabic(text))))

"""English spelling of Arabic person names, the way the English Wikipedia tends to write them
("Mustafa", "Abdul Khaliq", "bin Salman", "al-Tirawi").

Each word is looked up in a table of the spellings Wikidata's English and Arabic labels pair
most often (data/name_tokens.tsv, built by kb/build/build_name_tokens.py); a word the table
lacks is spelled letter by letter by a character model learned from the same pairs
(data/name_chars.tsv: the Latin chunk each letter writes in a window of its neighbours).
Around the table: the article ال is "al-" except on a name's first word (الحبيب بورقيبة ->
"Habib ..."), unless the pairs spell the word with it (اليزابيث -> "Elizabeth") or an
unknown first word reads as a foreign given name (اليزابيت); عبد + an
ال-word is "Abdul X" (written together or apart); X الله is one word ("Nasrallah",
"Abdullah"); بن/ابن -> "bin", بنت -> "bint", آل -> "Al".

`romanize` is pure and cached; a name costs a few microseconds once the tables are loaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rasd.text.normalize import search_form

DATA = Path(__file__).resolve().parent / "data"
ARTICLE = "ال"
PARTICLES = {"بن": "bin", "ابن": "bin", "بنت": "bint", "ال": "Al"}  # ال alone: آل in search form
ABD = "عبد"
ALLAH = "الله"
# (left, right) context windows of name_chars.tsv, largest first; each backs off to the next
WINDOWS = ((2, 2), (1, 2), (1, 1), (0, 1), (0, 0))
EXTRA_LETTERS = {"پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v", "ڨ": "g"}  # Persian/Maghrebi
WORD_RE = re.compile("[\u0621-\u064a" + "".join(EXTRA_LETTERS) + "]+|[A-Za-z0-9][\\w.'-]*")


class Romanizer:
    """The two tables and the rules around them; `romanize` uses the packaged data."""

    def __init__(self, tokens: dict[str, str], chars: dict[str, str]) -> None:
        self.tokens = tokens
        self.chars = chars
        self.abd = capitalized(tokens.get(ABD, "abdul"))

    @classmethod
    def load(cls, folder: Path = DATA) -> Romanizer:
        tokens = {ar: en for ar, en, *_ in _rows(folder / "name_tokens.tsv")}
        chars = {key: chunk for key, chunk, *_ in _rows(folder / "name_chars.tsv")}
        return cls(tokens, chars)

    def name(self, text: str) -> str:
        """The whole name: words in order, compounds joined; "" when there is nothing to spell."""
        words = WORD_RE.findall(search_form(text))
        out: list[str] = []
        i = 0
        while i < len(words):
            word, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
            if word == ABD and nxt.startswith(ARTICLE):
                word, i = word + nxt, i + 1  # عبد الخالق = عبدالخالق
            if word == ALLAH and out:
                out[-1] += "allah"  # نصر الله -> Nasrallah
            else:
                out.append(self.word(word, first=not out and len(words) > 1))
            i += 1
        return " ".join(w for w in out if w)

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
        return capitalized(known if known is not None else self.spell(word))

    def spell(self, word: str) -> str:
        """Letter by letter: each letter's chunk in the largest window the model has seen."""
        padded = "^^" + word + "$$"
        chunks = [self._chunk(padded, i) for i in range(2, len(padded) - 2)]
        text = "".join(chunks)
        if not text:
            text = "".join(self.chars.get(f"+[{ch}]", EXTRA_LETTERS.get(ch, "")) for ch in word)
        return text or "'"

    def _chunk(self, padded: str, i: int) -> str:
        for left, right in WINDOWS:
            chunk = self.chars.get(f"{padded[i - left:i]}[{padded[i]}]{padded[i + 1:i + 1 + right]}")
            if chunk is not None:
                return chunk
        return EXTRA_LETTERS.get(padded[i], "")


def capitalized(text: str) -> str:
    """First letter of each hyphen-joined part upper-case: "jean-yves" -> "Jean-Yves"."""
    return "-".join(part[:1].upper() + part[1:] for part in text.split("-"))


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def default() -> Romanizer:
    """The packaged tables, loaded once per process."""
    return Romanizer.load()


@lru_cache(maxsize=65536)
def romanize(name: str) -> str:
    """Latin spelling of an Arabic person name ("مصطفى سيد قادر" -> "Mustafa Sayed Qader");
    Latin words pass through; the input stripped when it holds no word at all."""
    return default().name(name) or name.strip()

"""Towns, districts and fronts the knowledge base lacks, named after a place word: "منطقة
كرش", "جبهة صرواح", "مديرية القفر", "بلدتي الوهط وصبر", "في مدينة تريبركا".

War and local news name villages and districts no gazetteer has in Arabic. After a place
word (data/place_words.tsv: the word, the type of what it names, an English suffix such as
"District"), one or two words that are no ordinary word, function word or name of the base
are the place's name; "بلدتي X وY" names two. The English name is a plain transliteration of the name
(`transliterate`: consonants as the common English scheme writes them, ق q, ج j, a short
"a" between the consonants the script leaves unvowelled) with the suffix: مجزر -> "Majzar",
مديرية القفر -> "al-Qafr District". Person names have their own romanizer, trained on
how people's names are spelled; place names follow no such usage, and a regular scheme
reads better than a guess ("Karsh", not "Krsch").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.lexicon import rows
from rasd.link.persons import FUNCTION_WORDS, TIME_WORDS
from rasd.link.unknown import unknown_id
from rasd.link.walk import covered_sentences
from rasd.model import Document
from rasd.ner.features import word_form
from rasd.text.normalize import search_form
from rasd.text.wordstats import ordinary

MAX_WORDS = 2
CLITICS = ("و", "ب", "ل", "ف", "ك", "وب", "ول")
NOT_PLACES = frozenset(word_form(w) for w in "اليورو الشنغن الشنجن".split())  # "منطقة اليورو": a currency union


@dataclass(frozen=True, slots=True)
class PlaceWord:
    type: str  # GPE or LOC
    suffix: str  # the English word after the name ("District"), or ""
    dual: bool  # "بلدتي X وY" names two places


@cache
def place_words() -> dict[str, PlaceWord]:
    table = {}
    for forms, kind, suffix, *dual in rows("place_words.tsv"):
        for form in forms.split("|"):
            table[word_form(form)] = PlaceWord(kind, "" if suffix == "-" else suffix, bool(dual and dual[0] == "dual"))
    return table


def _place_word(word: str) -> PlaceWord | None:
    return _place_forms().get(word)


@cache
def _place_forms() -> dict[str, PlaceWord]:
    """Every form of a place word with its clitics (وبمدينة، كمدينة) -> the place word."""
    forms: dict[str, PlaceWord] = {}
    for word, place in place_words().items():
        forms.setdefault(word, place)
        for clitic in CLITICS:
            forms.setdefault(clitic + word, place)
    return forms


def _name_word(word: str, printed: str) -> bool:
    """A word that may be a place's name: Arabic, no function or time word, no ordinary word
    (with or without ال), no word with a pronoun or tanween on it."""
    if len(word) < 3 or not word.isalpha() or not "\u0621" <= word[0] <= "\u064a" or word in FUNCTION_WORDS \
            or word in TIME_WORDS or word in NOT_PLACES:
        return False
    if word[:1] == "و" or word.startswith(("لل", "بال")):
        return False  # "المحلة والجلاجل", "الجورة وقرب": the next item; "مدينة للثانية": no name
    bare = word[2:] if word.startswith("ال") else word
    if ordinary(word) or ordinary(bare) or ordinary("ال" + bare) or _place_word(word) is not None:
        return False
    return not printed.endswith(("ً", "ٍ", "ٌ"))


def locality_spans(words: list[str], printed: list[str], blocked: list[int]) -> list[tuple[int, int, int, PlaceWord]]:
    """(first, end, characters of a clitic to skip, place word) of every unknown place named
    after a place word; a dual ("بلدتي الوهط وصبر") names two."""
    out: list[tuple[int, int, int, PlaceWord]] = []
    if _place_forms().keys().isdisjoint(words):
        return out
    for i, word in enumerate(words[:-1]):
        place = _place_word(word)
        if place is None or blocked[i + 1]:
            continue
        reach = 1 if place.dual else MAX_WORDS
        end = i + 1
        while end < len(words) and end - i <= reach and not blocked[end] and _name_word(words[end], printed[end]):
            end += 1
        if end == i + 1:
            continue
        out.append((i + 1, end, 0, place))
        if place.dual and end < len(words) and words[end][:1] == "و" and not blocked[end] \
                and _name_word(words[end][1:], printed[end][1:]):
            out.append((end, end + 1, 1, place))
    return out


def localities(doc: Document, matches: list[Match], known: Callable[[str], bool]) -> tuple[list[Match], list[Entry]]:
    """Matches for unknown places outside `matches`, and the entries to create."""
    out: list[Match] = []
    created: dict[str, Entry] = {}
    for tokens, words, blocked in covered_sentences(doc, matches):
        for first, end, clitic, place in locality_spans(words, [t.text for t in tokens], blocked):
            start = tokens[first].start + clitic
            stop = tokens[end - 1].end
            surface = doc.text[start:stop]
            entry_id = unknown_id(surface, "LOC")
            if not known(entry_id) and entry_id not in created:
                english = f"{transliterate(surface)} {place.suffix}".strip()
                created[entry_id] = Entry(entry_id, place.type, surface, english, source="pattern")
            out.append(Match(start, stop, entry_id, "locality", search_form(surface)))
    return out, list(created.values())


CONSONANTS = {"ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
              "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
              "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ؤ": "'",
              "ئ": "'", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v"}
VOWEL_LETTERS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "ة": "a"}
DIACRITICS = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")


def transliterate(name: str) -> str:
    """A place name in Latin letters, word by word ("بلدة الوهط" -> "al-Waht")."""
    return " ".join(_word(w) for w in name.translate(DIACRITICS).split() if w)


def _word(word: str) -> str:
    article = ""
    if word.startswith("ال") and len(word) > 3:
        article, word = "al-", word[2:]
    units: list[tuple[str, bool]] = []  # (Latin, is a vowel)
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch in VOWEL_LETTERS:
            units.append((VOWEL_LETTERS[ch], True))
        elif ch in "وي":
            after_consonant = bool(units) and not units[-1][1]
            if not after_consonant or nxt in VOWEL_LETTERS:
                units.append(("w" if ch == "و" else "y", False))  # a consonant: وادي, بيان
            elif ch == "و":
                units.append(("aw" if i == 1 and nxt else "u", True))
            else:
                units.append(("ay" if i == 1 and nxt else "i", True))  # حيس -> Hays, سيلوبي -> ...bi
        else:
            units.append((CONSONANTS.get(ch, ""), False))
    out, run = [], 0
    for k, (latin, vowel) in enumerate(units):
        out.append(latin)
        run = 0 if vowel else run + 1
        if not vowel and run % 2 == 1 and k + 1 < len(units) and not units[k + 1][1]:
            out.append("a")  # the script leaves short vowels out: مجزر -> m-a-jz-a-r
    return article + "".join(out).replace("''", "'").capitalize()

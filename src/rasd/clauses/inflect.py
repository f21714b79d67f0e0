"""Inflected forms of Arabic verbs and nouns, generated from their base forms.

The lexicons of rasd (reporting cues, event patterns) list a verb once, as its past and
present third-person masculine singular (`قال|يقول`, `التقى|يلتقي`), and a noun as its
singular and plural (`هجوم|هجمات`). This module derives what news prints: gender,
number and person endings, the jussive and subjunctive plurals, pronoun objects, and the
proclitics (و ف, the future س, ل). Everything is in search form (rasd.text.normalize):
ى is already ي and ة is ه.

`analyse(word)` goes the other way at run time: it strips what can be stripped and
returns the candidate base forms with what was stripped, so a lexicon is a dict lookup.
"""

from __future__ import annotations

from typing import NamedTuple

OBJECT_SUFFIXES = ("هما", "هم", "ها", "هن", "ه", "نا", "كم", "ك")
CONJUNCTIONS = ("و", "ف")


class Form(NamedTuple):
    """What a surface form says besides its base: tense, and whether it is a noun."""

    base: str  # the lexicon key: the past form for verbs, the singular for nouns
    pos: str  # "past" | "present" | "participle" | "noun"


class Analysis(NamedTuple):
    """One way to read a word: a base form, the proclitics stripped and the tense."""

    form: Form
    prefix: str  # the proclitics taken off (و، ف، س، ل, the article for nouns)
    suffix: str  # a pronoun object or possessive taken off


def past_forms(past: str) -> set[str]:
    """قال -> قال قالت قالوا قالتا; التقي -> التقت التقوا التقيا; دعا -> دعت دعوا."""
    forms = {past}
    if past.endswith("ي") and len(past) > 3:  # defective in ى (التقى، أبدى)
        stem = past[:-1]
        forms |= {stem + "ت", stem + "وا", stem + "يا", stem + "يتا", stem + "تا"}
    elif past.endswith("ا"):  # defective in ا (دعا، نجا)
        stem = past[:-1]
        forms |= {stem + "ت", stem + "وا", stem + "تا"}
    else:
        # no dual in ا: "طالبا" and "قائدا" are far more often nouns with tanween
        forms |= {past + "ت", past + "وا", past + "تا", past + "ن"}
    return forms


def present_forms(present: str) -> set[str]:
    """يقول -> يقول تقول يقولون يقولوا يقولان ...; يلتقي -> يلتقون يلتقوا يلتق; يدعو -> يدعون."""
    if not present.startswith("ي"):
        return {present}
    stem = present[1:]
    singular = {"ي" + stem, "ت" + stem, "ن" + stem, "ا" + stem}
    if stem.endswith(("ي", "و", "ا")):  # defective: يلتقي، يدعو، يرى
        short = stem[:-1]
        plural = {"ي" + short + "ون", "ي" + short + "وا", "ي" + stem + "ان", "ت" + stem + "ان",
                  "ي" + short, "ت" + short, "ت" + short + "ين"}
    else:
        plural = {"ي" + stem + "ون", "ي" + stem + "وا", "ي" + stem + "ان", "ت" + stem + "ان",
                  "ي" + stem + "ا", "ت" + stem + "ا", "ت" + stem + "ون", "ي" + stem + "ن"}
    return singular | plural


def participle_forms(past: str, present: str) -> set[str]:
    """Active participles of derived verbs, as news continues a sentence with them: يؤكد ->
    مؤكدا مؤكده مؤكدين; يستنكر -> مستنكرا. Form I (قال، دعا) is irregular and left to the
    lexicon (قائلا، داعيا)."""
    if not present.startswith("ي") or len(past) <= 3 or present.endswith(("ي", "و", "ا")):
        return set()
    if len(present) == 4 and present[2] in "اوي":  # hollow: يدين -> مدين(ة) is "city", يفيد "useful"
        return set()
    stem = "م" + present[1:]
    forms = {stem + "ا", stem + "ه", stem + "ين", stem + "تين", stem + "ون"}
    if len(past) == 4 and past[1] == "ا":  # form III: مُحارِبة is also the verbal noun مُحارَبة
        forms.discard(stem + "ه")
    return forms


def noun_forms(noun: str) -> set[str]:
    """هجوم -> هجوم هجوما هجومين; زياره -> زياره زيارت (before a pronoun: زيارته)."""
    forms = {noun, noun + "ا", noun + "ين", noun + "ان"}
    if noun.endswith("ه"):
        stem = noun[:-1]
        forms |= {stem + "ت", stem + "تين", stem + "تان"}
    return forms


class Inflections:
    """Surface form (search form, no clitics) -> the lexicon bases it can inflect."""

    CACHE = 100_000  # analyses kept: news repeats its words, and most are no lexicon form

    def __init__(self) -> None:
        # surface -> its forms, in the lexicon's order (a dict as an ordered set: the first pattern
        # of a tie must not depend on the process's string hashing)
        self._forms: dict[str, dict[Form, None]] = {}
        self._cache: dict[str, list[Analysis]] = {}

    def add_verb(self, past: str, present: str, *extra: str) -> None:
        for form in past_forms(past):
            self._add(form, Form(past, "past"))
        for form in present_forms(present) | set(extra):
            self._add(form, Form(past, "present"))
        for form in participle_forms(past, present):
            self._add(form, Form(past, "participle"))

    def add_noun(self, singular: str, *plurals: str) -> None:
        for form in noun_forms(singular):
            self._add(form, Form(singular, "noun"))
        for plural in plurals:
            self._add(plural, Form(singular, "noun"))

    def add_literal(self, word: str, base: str, pos: str = "noun") -> None:
        """A form used as printed (a participle such as مؤكدا, a preposition such as وفق)."""
        self._add(word, Form(base, pos))

    def _add(self, surface: str, form: Form) -> None:
        self._forms.setdefault(surface, {})[form] = None
        self._cache.clear()

    def analyse(self, word: str) -> list[Analysis]:
        """Every reading of the search-form `word` as a lexicon form (possibly none)."""
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= self.CACHE:
                self._cache.clear()
            cached = self._cache[word] = self._analyse(word)
        return cached

    def _analyse(self, word: str) -> list[Analysis]:
        found: list[Analysis] = []
        for prefix, rest in _prefixes(word):
            for suffix, core in _suffixes(rest):
                for form in self._forms.get(core, ()):
                    if _fits(form, prefix, suffix):
                        found.append(Analysis(form, prefix, suffix))
        return found


def _prefixes(word: str) -> list[tuple[str, str]]:
    out = [("", word)]
    for conj in CONJUNCTIONS:
        if word.startswith(conj) and len(word) >= 3:
            out.append((conj, word[1:]))
    for prefix, rest in list(out):
        for clitic in ("س", "ل", "ال", "بال", "لل", "ب", "ك", "كال"):
            if rest.startswith(clitic) and len(rest) - len(clitic) >= 2:
                out.append((prefix + clitic, rest[len(clitic):]))
    return out


def _suffixes(word: str) -> list[tuple[str, str]]:
    out = [("", word)]
    for suffix in OBJECT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            core = word[: -len(suffix)]
            out.append((suffix, core))
            if core.endswith("و") and len(core) > 3:  # قالوه -> قالوا + ه
                out.append((suffix, core + "ا"))
    return out


def _fits(form: Form, prefix: str, suffix: str) -> bool:
    """Verbs take و ف and, in the present, س and ل; nouns take the article and prepositions.
    A noun with the article takes no pronoun suffix."""
    core = prefix.lstrip("وف") if prefix[:1] in ("و", "ف") else prefix
    if form.pos == "past":  # أفاد+ه is also the noun إفادة, أشار+ه إشارة: not a verb with "him"
        return core == "" and not (suffix == "ه" and _hollow_causative(form.base))
    if form.pos == "present":
        return core in ("", "س", "ل")
    if form.pos == "participle":
        return core == "" and not suffix
    return core in ("", "ال", "بال", "لل", "ب", "ل", "ك", "كال") and not (suffix and "ال" in core or
                                                                        suffix and core == "لل")


def _hollow_causative(base: str) -> bool:
    """أفاد، أشار، أدار، أعاد: their masdar ends in ة (إفادة), so the masdar with "his" is
    written like the verb with "him" (إفادته / أفادته). Sound verbs (أبرم: إبرام) are not."""
    return base.startswith("ا") and len(base) == 4 and base[2] == "ا"

"""Knowledge-base names found in text: one Aho-Corasick pass over the search form, then
word-boundary and clitic checks, longest match first.

A name may carry proclitics (وبواشنطن، لسوريا، والأمريكية); "لل" contracts the article
(للأمم المتحدة = ل + الأمم المتحدة). Reported spans are offsets into the original text
and cover the name without its proclitics (but with its own ال).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from rasd.kb.base import KnowledgeBase, Surface
from rasd.text.normalize import normalized

PROCLITICS = frozenset({"", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "وبال", "فبال",
                        "وب", "فب", "ول", "فل", "وك", "فك", "لل", "ولل", "فلل"})
CONTRACTED_PREFIXES = frozenset({"ل", "ول", "فل"})  # before "لأمم" from "للأمم"
TRIGGERS = frozenset("مدينه بمدينه لمدينه ومدينه محافظه بمحافظه منطقه بمنطقه بلده ببلده قريه بقريه عاصمه "
                     "ولايه بولايه اقليم مدن ميناء بلدات دوله بدوله جمهوريه مديريه بمديريه محافظتي مديريتي "
                     "بلدتي مدينتي قريتي منطقتي قرى".split())


GOVERNMENT_WORDS = frozenset("الحكومه حكومه السلطات النظام القياده المسؤولين المسؤولون الحكومات".split())
PLACE_WORDS = frozenset("في الى من نحو داخل قرب خارج وفي ومن والى".split())


@dataclass(slots=True, frozen=True)
class Match:
    start: int  # offsets into the original text, name without proclitics
    end: int
    entry_id: str
    kind: str
    key: str


class Matcher:
    """Finds every knowledge-base surface form in a text."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.automaton = ahocorasick.Automaton()
        for key in kb.surfaces:
            self.automaton.add_word(key, (key, False))
        for key in kb.surfaces:
            if key.startswith("ال") and len(key) > 3:
                self.automaton.add_word(key[1:], (key, True))
        self.automaton.make_automaton()

    def find(self, text: str) -> list[Match]:
        norm = normalized(text)
        found = [c for c in self._candidates(norm.text) if c is not None]
        chosen = _longest_first(found)
        out = []
        for start, end, surface_key, kind, entry_id in chosen:
            start = _with_forces(norm.text, start, self.kb.entries[entry_id].type)
            ostart, oend = norm.to_original(start, end)
            if not kind.startswith("adjective") and TANWEEN.search(text, ostart, oend + 1):
                continue  # "وزارياً" is "ministerial", not و + Zaria: names take no tanween
            out.append(Match(ostart, oend, entry_id, kind, surface_key))
        return out

    def _candidates(self, t: str) -> list[tuple[int, int, str, str, str] | None]:
        out: list[tuple[int, int, str, str, str] | None] = []
        if not self.kb.surfaces:
            return out
        for last, (key, contracted) in self.automaton.iter(t):
            end = last + 1
            start = end - (len(key) - 1 if contracted else len(key))
            if end < len(t) and t[end].isalnum():
                continue
            prefix = _prefix(t, start)
            if prefix is None or (contracted and prefix not in CONTRACTED_PREFIXES):
                continue
            surface = self.kb.best(key)
            if surface is None or (surface.kind.startswith("ambiguous") and not _triggered(t, start - len(prefix))):
                continue
            if prefix.endswith("ال") and not surface.kind.startswith("adjective"):
                # ال makes a name without it another word: مشهد (Mashhad) / المشهد "the scene"
                surface = next((s for s in self.kb.surfaces[key] if s.kind.startswith("adjective")), None)
                if surface is None:
                    continue
            if self._other_reading(t, start, end, key, prefix, surface):
                continue
            if surface.kind.startswith("capital") and _place_context(t, start - len(prefix), prefix):
                surface = self.city(key) or surface
            if prefix.endswith("ال") and not key.startswith("ال"):
                start -= 2  # the article belongs to the name ("الأمريكية"), other clitics do not
            out.append((start, end, key, surface.kind, surface.entry_id))
        return out


    def _other_reading(self, t: str, start: int, end: int, key: str, prefix: str, surface: Surface) -> bool:
        """Readings that beat a match: a town after "ك" ("كورونا" is no ك + Verona), or a
        one-word name that begins with ا after a bare ك ("كاسيا" is no ك + Asia); a town
        that is و + a bigger name ("وجدة" after الرياض is و + جدة, not Oujda); a one-word
        organisation name followed by a nisba adjective with ال ("القاعدة الصناعية", "the
        industrial base", is no al-Qaeda)."""
        entry = self.kb.entries[surface.entry_id]
        town = entry.source == "geonames" and " " not in key
        if town and "ك" in prefix:
            return True
        if prefix.endswith("ك") and key.startswith("ا") and not key.startswith("ال") and " " not in key:
            return True  # "كاسيا" is a name of its own, not ك + Asia: كا opens many words
        if town and not prefix and key.startswith("و") and any(
                not s.kind.startswith("ambiguous") for s in self.kb.surfaces.get(key[1:], [])):
            return True
        if entry.type == "ORG" and " " not in key and key.startswith("ال"):
            following = NEXT_WORD.match(t, end)
            word = following.group(1) if following else ""
            if word.startswith("ال") and word.endswith(("يه", "ي")) and word[2:] not in self.kb.surfaces:
                return True  # a nisba adjective that names no country: the common noun
        return False

    def city(self, key: str) -> Surface | None:
        """The city a capital's name also is (واشنطن the city, not the United States)."""
        keys = (key, key[2:]) if key.startswith("ال") else (key, "ال" + key)
        return next((s for k in keys for s in self.kb.surfaces.get(k, []) if not s.kind.startswith("capital")),
                    None)


NEXT_WORD = re.compile(r" (\w+)")
TANWEEN = re.compile("[\u064b-\u064d]")
FORCES = ("قوات ", "وقوات ", "بقوات ", "لقوات ")


def _with_forces(t: str, start: int, entry_type: str) -> int:
    """"قوات الحرس الجمهوري" is the name of the force "الحرس الجمهوري" names: the span grows."""
    if entry_type != "ORG":
        return start
    for word in FORCES:
        if t.startswith(word, start - len(word)) and (start - len(word) == 0 or not t[start - len(word) - 1].isalnum()):
            return start - len("قوات ")
    return start


def _place_context(t: str, word_start: int, prefix: str) -> bool:
    """"في واشنطن", "بواشنطن", "العاصمة الأمريكية واشنطن": the city as a place; elsewhere a
    capital stands for its state ("واشنطن ستواصل دعمها")."""
    before = t[max(0, word_start - 60):word_start].split()
    if any(w in GOVERNMENT_WORDS for w in before[-4:-1]):
        return False  # "الحكومة الاتحادية في بغداد", "السلطات في دمشق": the state
    if "ب" in prefix:
        return True
    return bool(before) and (before[-1] in PLACE_WORDS or any(w in ("العاصمه", "عاصمه") for w in before[-2:]))


def _prefix(t: str, start: int) -> str | None:
    """The proclitics glued before `start`, or None when the match starts inside a word."""
    word_start = start
    while word_start > 0 and t[word_start - 1].isalnum():
        word_start -= 1
        if start - word_start > 4:
            return None
    prefix = t[word_start:start]
    return prefix if prefix in PROCLITICS else None


def _triggered(t: str, word_start: int) -> bool:
    """An ambiguous place name counts only after a word that announces a place."""
    before = t[max(0, word_start - 20):word_start].split()
    return bool(before) and before[-1] in TRIGGERS


def _longest_first(found: list[tuple[int, int, str, str, str]]) -> list[tuple[int, int, str, str, str]]:
    """Non-overlapping matches, longer ones winning, in text order."""
    if not found:
        return []
    occupied = bytearray(max(c[1] for c in found))
    taken = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[0])):
        if not any(occupied[cand[0]:cand[1]]):
            taken.append(cand)
            occupied[cand[0]:cand[1]] = b"\x01" * (cand[1] - cand[0])
    return sorted(taken)

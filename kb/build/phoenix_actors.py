"""Persons of the PETRARCH2 Phoenix English actor dictionaries (MIT, openeventdata/petrarch2),
given Arabic names token by token from the English->Arabic name-token pairs mined from
Wikidata (CC0, steveash/NETransliteration-COLING2018).

A person is kept only when every token of its name has a pair that reads like the English
token, and when the Arabic name it gets cannot be mistaken for ordinary text or for someone
else: no token under three letters, not every token a common given name or word (in any
spelling variant), not every token among the commonest Wikidata name words, no other person
with the same Arabic name, no form already taken by another entry, no match in annotated
text outside a whole gold person name, no name that begins and ends like a known person's.
Organisations are skipped: token pairs do not give reliable Arabic names for them.

The checks against ordinary text are in phoenix_filters.py.

    python kb/build/build_actors.py   # calls phoenix_rows()
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phoenix_filters import (
    annotated_sentences,
    common_words,
    known_name_ends,
    mistaken,
    name_ends,
    plain_name,
    shared_name,
    spelled_many_ways,
    word_frequency,
)

from rasd.kb.base import KnowledgeBase
from rasd.kb.entry import Entry
from rasd.kb.variants import name_variants
from rasd.text.normalize import search_form

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
PHOENIX_FILES = tuple(SHARED / "petrarch2_dicts" / name
                      for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"))
PAIR_FILES = tuple(SHARED / "wikidata_name_transliteration_ar" / name for name in ("wd_arabic_80", "wd_arabic_20"))

CODE = re.compile(r"\[\s*([A-Z]{3,15})\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*\]")
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


@dataclass(slots=True)
class Record:
    """One Phoenix record: the head phrase, its synonym phrases and its (dated) codes."""

    name: list[str]
    synonyms: list[list[str]] = field(default_factory=list)
    codes: list[dict[str, str]] = field(default_factory=list)


# ---------------------------------------------------------------- reading the Phoenix files

def read_records(lines: Iterable[str]) -> Iterator[Record]:
    """Records of a TABARI/PETRARCH .actors file: a head line (maybe with codes), `+` synonym
    lines, tab-indented `[CODE dates]` lines; `#` starts a comment."""
    record: Record | None = None
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line[0] in " \t":
            if record:
                record.codes += parse_codes(line)
        elif line.startswith("+"):
            if record:
                record.synonyms.append(phrase_tokens(line[1:]))
        else:
            if record:
                yield record
            record = Record(phrase_tokens(line), codes=parse_codes(line))
    if record:
        yield record


def phrase_tokens(text: str) -> list[str]:
    """The words of a phrase ("RECEP_TAYYIP_ERDOGAN_  [TURGOV]" -> ["RECEP", "TAYYIP", "ERDOGAN"])."""
    return [w for w in re.split(r"[_\s]+", text.split("[")[0]) if w]


def parse_codes(text: str) -> list[dict[str, str]]:
    """`[TURGOV 021118-030314]`, `[TURGOV >030314]`, `[TURELI <891109]`, `[TURELI]` as offices;
    six-digit dates are YYMMDD (years up to 30 are 20YY); malformed restrictions are dropped."""
    offices = []
    for code, side, single, start, end in CODE.findall(text):
        office = {"code": code}
        if side == ">":
            office["start"] = iso_date(single)
        elif side == "<":
            office["end"] = iso_date(single)
        elif start:
            office["start"], office["end"] = iso_date(start), iso_date(end)
        offices.append(office)
    return offices


def iso_date(value: str) -> str:
    if len(value) == 6:
        value = ("20" if int(value[:2]) <= 30 else "19") + value
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


# ---------------------------------------------------------------- token pairs

def fold(token: str) -> str:
    """Lowercase ASCII key of an English name token ("ERDOĞAN" -> "erdogan")."""
    decomposed = unicodedata.normalize("NFKD", token.lower())
    return "".join(c for c in decomposed if c.isascii() and (c.isalpha() or c in "'-"))


def read_pairs(lines: Iterable[str]) -> dict[str, tuple[str, int]]:
    """English token (folded) -> (Arabic token, count); of tokens folding alike, the most frequent."""
    pairs: dict[str, tuple[str, int]] = {}
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3 or not parts[2].isdigit():
            continue
        english, arabic, count = fold(parts[0]), parts[1].replace(" ", ""), int(parts[2])
        if english and ARABIC_WORD.match(arabic) and count > pairs.get(english, ("", 0))[1]:
            pairs[english] = (arabic, count)
    return pairs


# ---------------------------------------------------------------- does a pair read like its token?

# Coarse consonant classes shared by English spellings and Arabic letters; vowels, h, w, y,
# ع and hamza carry no class (they are written or dropped at will in both scripts). k, g and j
# share a class (جورج for George, يانكوفيتش for Jankovic is caught by the leniency below).
EN_DIGRAPHS = (("sch", "s"), ("tch", "s"), ("ch", "s"), ("sh", "s"), ("zh", "s"), ("kh", "k"), ("gh", "k"),
               ("ph", "f"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("qu", "k"), ("x", "ks"))
EN_CLASSES = {**dict.fromkeys("bp", "B"), **dict.fromkeys("td", "T"), **dict.fromkeys("sz", "S"),
              **dict.fromkeys("ckqgj", "K"), **dict.fromkeys("fv", "F"), "l": "L", "m": "M", "n": "N", "r": "R"}
AR_DIGRAPHS = (("تش", "ش"), ("تس", "س"), ("دج", "ج"))
AR_CLASSES = {**dict.fromkeys("بپ", "B"), **dict.fromkeys("تطثدضذة", "T"), **dict.fromkeys("سصشزظژ", "S"),
              **dict.fromkeys("كقخغگجچ", "K"), **dict.fromkeys("فڤ", "F"), "ل": "L", "م": "M", "ن": "N", "ر": "R"}
SOFT_C = re.compile(r"c(?=[eiy])")


def en_skeleton(token: str) -> str:
    text = SOFT_C.sub("s", token.lower())
    for digraph, letters in EN_DIGRAPHS:
        text = text.replace(digraph, letters)
    return _squeeze(EN_CLASSES.get(c, "") for c in text)


def ar_skeleton(token: str) -> str:
    for digraph, letter in AR_DIGRAPHS:
        token = token.replace(digraph, letter)
    return _squeeze(AR_CLASSES.get(c, "") for c in token)


def _squeeze(classes: Iterable[str]) -> str:
    out: list[str] = []
    for cls in classes:
        if cls and (not out or out[-1] != cls):
            out.append(cls)
    return "".join(out)


def reads_like(english: str, arabic: str) -> bool:
    """Whether an Arabic token can be a transcription of an English one: their consonant
    skeletons differ by about a third at most (Barack -> أوباما and Abdullah -> عبد fail)."""
    if arabic.startswith("ال") and not english.startswith(("al", "el")):
        arabic = arabic[2:]  # السجزي for Sijzi
    if len(arabic) < 0.45 * len(english):
        return False
    en, ar = en_skeleton(english), ar_skeleton(arabic)
    if not en or not ar:
        return en == ar
    return _distance(en, ar) <= len(max(en, ar, key=len)) // 3


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


# ---------------------------------------------------------------- names

TITLES = frozenset("sir dr mr mrs ms prof president premier minister prime general gen col colonel lt major "
                   "king queen prince princess sheikh shaikh sheik emir amir sultan ayatollah imam cardinal pope "
                   "acting samdech lord lady dame senator sen rep judge justice chairman secretary-general "
                   "secretary deputy vice former late saint st mullah mawlawi maulvi maulana alhaji haji hajji "
                   "hojatoleslam mufti bishop archbishop".split())
# Words of organisations, offices and places: a record naming one is not a person.
NOT_PERSON = frozenset("of the and for in on to de-facto inc corp corporation company co ltd limited group bank "
                       "party army front council ministry minister ministers government union league movement "
                       "organization organisation association foundation institute university college school "
                       "committee commission agency authority office department national international united "
                       "states republic kingdom federation society church mission fund trust center centre "
                       "brigade brigades battalion forces force police guard guards militia rebels rebel "
                       "revolutionary liberation islamic democratic socialist communist people peoples "
                       "news press times post radio tv television network club hospital court tribunal "
                       "holdings industries systems services technologies energy oil gas airlines airways "
                       "north south east west new city province region district island islands river".split())
PARTICLES = frozenset("de da do dos das del della di du van von der den la le bin ibn bint ben".split())
ARTICLES = frozenset({"al", "el"})
ABD = frozenset({"abdul", "abdel", "abdol", "abdoul", "abd", "abdal"})
SPLIT = re.compile(r"[-]")


def clean_tokens(tokens: list[str]) -> list[str] | None:
    """The name's words without leading titles, hyphenated parts split ("KI-MOON" -> KI, MOON;
    "AL-ASSAD" -> AL, ASSAD); None when it names an organisation or has an initial."""
    words = [fold(part) for token in tokens for part in SPLIT.split(token) if part]
    if any(w in NOT_PERSON or not w.replace("'", "").isalpha() for w in words):
        return None
    while words and words[0] in TITLES:
        words = words[1:]
    if any(len(w) < 2 or w in TITLES for w in words):
        return None
    return words


def english_name(words: list[str]) -> str:
    """Wikipedia-title case: "Recep Tayyip Erdogan", "Javier Perez de Cuellar", "Bashar al-Assad",
    "John McCain", "Martin O'Malley"."""
    out: list[str] = []
    for i, word in enumerate(words):
        if i and word in ARTICLES and i + 1 < len(words):
            out.append(word + "-")
            continue
        cased = word.lower() if i and word in PARTICLES else _capitalized(word)
        if out and out[-1].endswith("-"):
            out[-1] += cased
        else:
            out.append(cased)
    return " ".join(out)


def _capitalized(word: str) -> str:
    cased = word.capitalize()
    if cased.startswith("Mc") and len(cased) > 3:
        cased = "Mc" + cased[2:].capitalize()
    if "'" in cased[:3]:
        head, tail = cased.split("'", 1)
        cased = f"{head}'{tail.capitalize()}"
    return cased


def arabic_name(words: list[str], pairs: dict[str, tuple[str, int]]) -> list[str] | None:
    """The Arabic words of a name, each English word by its Wikidata pair; "al" joins the next
    word as ال, "abdul" gives عبد and the article on the next word (عبد العزيز). None when a word
    has no pair that reads like it."""
    out: list[str] = []
    article = False
    for word in words:
        if word in ARTICLES:
            article = True
            continue
        if word in ABD:
            out.append("عبد")
            article = True
            continue
        pair = pairs.get(word)
        if pair is None or not reads_like(word, pair[0]):
            return None
        arabic = pair[0]
        if article and not arabic.startswith("ال"):
            arabic = "ال" + arabic
        elif not out and not article and arabic.startswith("ال") and not word.startswith(("al", "el")):
            arabic = arabic[2:]  # a given name has no article: Latif is لطيف (اللطيف of عبد اللطيف)
        out.append(arabic)
        article = False
    return out if not article else None


# ---------------------------------------------------------------- persons

ROLES = {"GOV": "government", "ELI": "elite", "MIL": "military", "OPP": "opposition", "REB": "rebel",
         "LEG": "legislature", "JUD": "judiciary", "BUS": "business", "MED": "media", "EDU": "education",
         "CVL": "civilian", "COP": "police", "SPY": "intelligence", "HRI": "human rights", "REL": "religion",
         "LAB": "labour", "AGR": "agriculture", "HLH": "health", "DEV": "development", "ENV": "environment",
         "REF": "refugees", "MOD": "moderate", "RAD": "radical", "PTY": "party", "NGO": "ngo", "IGO": "igo",
         "UNO": "united nations", "INS": "insurgents", "SEP": "separatists", "CRM": "criminal"}


@dataclass(slots=True)
class Person:
    """A Phoenix person with its rendered Arabic name (words) and Arabic aliases (word lists)."""

    english: str
    arabic: list[str]
    aliases: list[list[str]]
    offices: list[dict[str, str]]
    code: str | None

    @property
    def name_ar(self) -> str:
        return " ".join(self.arabic)


def persons(records: Iterable[Record], pairs: dict[str, tuple[str, int]]) -> Iterator[Person]:
    """The records that name a person with a dated or role code (country + role, six letters
    or more) and whose name, or failing that a synonym, renders in Arabic word by word."""
    for record in records:
        codes = [c for c in record.codes if len(c["code"]) >= 6]
        if not codes or any(c["code"].startswith("MNC") for c in codes):  # multinational companies
            continue
        rendered = []
        for phrase in [record.name, *record.synonyms]:
            words = clean_tokens(phrase)
            arabic = arabic_name(words, pairs) if words and len(words) >= 2 else None
            if words and arabic and len(arabic) >= 2:
                rendered.append((words, arabic))
        if not rendered:
            continue
        words, arabic = rendered[0]
        aliases = _aliases(arabic, [a for _, a in rendered[1:]])
        yield Person(english_name(words), arabic, aliases, _offices(codes), _default_code(codes))


def _aliases(name: list[str], others: list[list[str]]) -> list[list[str]]:
    """Synonyms that are a shorter form of the name itself (رجب أردوغان for رجب طيب أردوغان):
    their words are the name's and include its last word. Other synonyms may be other people."""
    out: list[list[str]] = []
    for words in others:
        if words != name and set(words) <= set(name) and name[-1] in words and words not in out:
            out.append(words)
    return out


def _offices(codes: list[dict[str, str]]) -> list[dict[str, str]]:
    dated = [c for c in codes if "start" in c or "end" in c]
    undated = [c for c in codes if c not in dated]
    out = []
    for code in dated + undated[:1]:
        office = {"role": ROLES.get(code["code"][3:6], "office"), **code}
        if office not in out:
            out.append(office)
    return out


def _default_code(codes: list[dict[str, str]]) -> str | None:
    undated = [c["code"] for c in codes if "start" not in c and "end" not in c]
    return undated[0] if undated else None


def merged(people: Iterable[Person]) -> list[Person]:
    """One person per English name: Phoenix lists some twice (under an IGO and a country)."""
    by_name: dict[str, Person] = {}
    for person in people:
        known = by_name.get(person.english)
        if known is None:
            by_name[person.english] = person
        elif known.arabic == person.arabic:
            known.offices += [o for o in person.offices if o not in known.offices]
            known.aliases += [a for a in person.aliases if a not in known.aliases]
            known.code = known.code or person.code
    return list(by_name.values())


# ---------------------------------------------------------------- who is who

def variant_keys(words: list[str]) -> set[str]:
    return name_variants(search_form(" ".join(words)))


def unambiguous(people: list[Person], taken: set[str]) -> list[Person]:
    """Drop the persons whose Arabic name (or one of its spelling variants) another person of
    the list also gets, or that an existing entry already has; aliases likewise."""
    owners: defaultdict[str, set[int]] = defaultdict(set)
    for i, person in enumerate(people):
        for words in [person.arabic, *person.aliases]:
            for key in variant_keys(words):
                owners[key].add(i)
    shared = {key for key, ids in owners.items() if len(ids) > 1} | taken
    kept = []
    for person in people:
        if variant_keys(person.arabic) & shared:
            continue
        person.aliases = [a for a in person.aliases if not variant_keys(a) & shared]
        kept.append(person)
    return kept


# ---------------------------------------------------------------- rows

PRIORITY = frozenset("DZA BHR EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SSD SYR TUN ARE YEM ISR TUR IRN "
                     "AFG PAK USA RUS CHN GBR FRA DEU IGO".split())


def phoenix_rows(existing: list[dict[str, Any]], base: KnowledgeBase | None = None) -> list[dict[str, Any]]:
    """Rows for the Phoenix persons that pass every check, after the `existing` rows (whose
    Arabic forms and English names win) and the rest of the packaged base."""
    if not all(p.exists() for p in (*PHOENIX_FILES, *PAIR_FILES)):
        return []
    pairs = read_pairs(line for path in PAIR_FILES for line in path.read_text("utf-8").splitlines())
    records = [r for path in PHOENIX_FILES for r in read_records(path.read_text("utf-8").splitlines())]
    base = base or KnowledgeBase()
    for row in existing:
        base.add(Entry.from_dict(row))
    known_en = {_en_key(e.name_en) for e in base.entries.values()}
    known_ends = known_name_ends(base)
    sentences = annotated_sentences()
    common = common_words(sentences) | spelled_many_ways(pairs)
    frequency = word_frequency(pairs)
    people = [p for p in merged(persons(records, pairs)) if _en_key(p.english) not in known_en
              and not plain_name(p.arabic, common) and not shared_name(p.arabic, frequency)
              and name_ends(p.arabic) not in known_ends]
    for person in people:
        person.aliases = [a for a in person.aliases if not plain_name(a, common)]
    people = unambiguous(people, set(base.surfaces))
    rows = _rows(people, {e.actor_code for e in base.entries.values() if e.type == "GPE" and e.actor_code})
    wrong = mistaken([Entry.from_dict(r) for r in rows], base, sentences)
    return [r for r in rows if not wrong[r["id"]]]


def _en_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))


def _rows(people: list[Person], countries: set[str]) -> list[dict[str, Any]]:
    people = sorted(people, key=lambda p: not any(o["code"][:3] in PRIORITY for o in p.offices))
    rows, ids = [], set()
    for person in people:
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(fold(w) for w in person.english.split())).strip("-")
        country = next((o["code"][:3] for o in person.offices if o["code"][:3] in countries), None)
        row_id = f"ph-{slug}"
        if row_id in ids:
            row_id = f"ph-{slug}-{(country or 'x').lower()}"
        if row_id in ids:
            continue
        ids.add(row_id)
        row = {"id": row_id, "type": "PER", "name_ar": person.name_ar, "name_en": person.english,
               "aliases": [" ".join(a) for a in person.aliases], "actor_code": person.code, "country": country,
               "offices": person.offices, "source": "phoenix"}
        rows.append({k: v for k, v in row.items() if v not in (None, [])})
    return rows

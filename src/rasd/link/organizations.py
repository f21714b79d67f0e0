"""Organisations the knowledge base lacks, found by the shape of their names, with an English
name translated word by word.

Arabic names institutions by a head noun and the words that complete it: adjectives, a
genitive, a ل-phrase and words joined by و ("الجمعية المصرية للتنمية السياحية", "المعهد
القومي للبحوث الفلكية والجيوفيزيقية", "تيار الأمة الواحدة"). A span starts at a head of
the glossary (data/org_words.tsv) and runs over definite words the glossary knows, country
adjectives, ل+noun and و+word; it stops at the first other word. A name needs three words,
or a construct head and a noun ("نقابة الصحفيين"); armed and generic heads ("قوات الأمن")
need more, since they mostly describe rather than name. The English name puts adjectives
before their noun and a ل-phrase after "for", a genitive after "of": "Egyptian Association
for Tourism Development".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from rasd.kb.entry import Entry
from rasd.kb.matcher import Match
from rasd.link.federations import demonyms
from rasd.link.lexicon import rows
from rasd.link.unknown import unknown_id
from rasd.link.walk import covered_sentences
from rasd.model import Document
from rasd.ner.features import word_form

MAX_WORDS = 8
# A head and the next word that make no body: "حركة النقل" (traffic), "المؤتمر الصحفي" (a
# press conference), "نادي الدول النووية" (a figure of speech).
NOT_NAMES = {word_form(head): frozenset(word_form(w) for w in after.split()) for head, after in (
    ("حركة", "النقل الملاحة المرور السير التجارة الأسواق البيع الطيران الشحن الاستيراد التصدير"),
    ("الحركة", "النقل الملاحة المرور السير التجارية الاقتصادية"),
    ("مؤتمر", "الصحفي الصحافي"), ("المؤتمر", "الصحفي الصحافي"),
    ("نادي", "الدول"), ("سلطة", "الحكم القانون"), ("السلطة", "الحكم"))}
# Adjectives that describe any body ("القناة التلفزيونية الرسمية"): a name needs another word.
GENERIC = frozenset(word_form(w) for w in (
    "الرسمي الرسمية التلفزيونية التلفزيوني المختصة المختص المعنية المعني الجديد الجديدة المشترك "
    "المشتركة التابع التابعة المحلي المحلية الحكومي الحكومية السياسية السياسي".split()))
# Heads that more often describe a force or a body than name one: "قوات الأمن", "جيش النظام".
GENERIC_HEADS = frozenset(word_form(w) for w in (
    "قوات القوات جيش الجيش لواء اللواء كتائب الكتائب سرايا مكتب المكتب إدارة الإدارة دائرة الدائرة "
    "مجلس المجلس لجنة اللجنة".split()))


@dataclass(frozen=True, slots=True)
class Glossary:
    """Search form (with ال for definite words) -> English, by kind."""

    heads: dict[str, str] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)


@cache
def glossary() -> Glossary:
    tables: dict[str, dict[str, str]] = {"head": {}, "adj": {}, "noun": {}}
    for forms, kind, english in rows("org_words.tsv"):
        for form in forms.split("|"):
            tables[kind].setdefault(word_form(form.strip()), english)
    return Glossary(tables["head"], tables["adj"], tables["noun"])


@dataclass(slots=True)
class _Part:
    """One word of a name: its role ("head", "adj", "noun", "country") and English, and
    how it joins ("of": a genitive, "for": a ل-phrase, "and": و, "": an adjective)."""

    role: str
    english: str
    join: str
    arabic: str = ""  # the word with ال, as the glossary has it


CountryOf = Callable[[str], str | None]


def _definite(word: str) -> tuple[str, str]:
    """(how it joins, the word with ال) for a word of a name's body: لل/ل -> "for", و -> "and"."""
    if word.startswith("لل") and len(word) > 4:
        return "for", "ال" + word[2:]
    if word.startswith("وال") and len(word) > 5:
        return "and", word[1:]
    if word.startswith("ل") and not word.startswith("ال") and len(word) > 3:
        return "for", "ال" + word[1:]
    return "", word


TIME_NOUNS = frozenset(word_form(w) for w in "السنة العام الشهر اليوم الفترة المدة الموسم الدورة".split())


def _part(word: str, previous: _Part, country_of: CountryOf, country_name: Callable[[str], str]) -> _Part | None:
    """The word as the next part of a name after `previous`, or None: the name has ended."""
    terms = glossary()
    join, bare = _definite(word)
    if not bare.startswith("ال") or (join == "for" and bare in TIME_NOUNS):
        return None  # "قرار الجمعية العامة لسنة 2011": for the year, not for the Sunna
    if join == "" and bare in terms.adjectives:
        return _Part("adj", terms.adjectives[bare], "", bare)
    if join == "and" and bare in terms.adjectives and previous.role in ("adj", "country"):
        return _Part("adj", terms.adjectives[bare], "and", bare)  # "الفلكية والجيوفيزيقية"
    code = country_of(bare) if join == "" else None
    if code is not None:
        return _Part("country", country_name(code), "", bare)
    if bare in terms.nouns:
        return _Part("noun", terms.nouns[bare], join or "of", bare)
    return None


def organization_spans(words: Sequence[str], blocked: Sequence[int], country_of: CountryOf,
                       country_name: Callable[[str], str]) -> list[tuple[int, int, str]]:
    """(first, end, English name) of every organisation name among the search-form `words`;
    `blocked` marks words inside other names."""
    terms = glossary()
    out: list[tuple[int, int, str]] = []
    heads = _head_forms()
    if heads.keys().isdisjoint(words):
        return out  # most sentences name no body the glossary could head
    i = 0
    while i < len(words):
        head = _head(words[i])
        if head is None or blocked[i]:
            i += 1
            continue
        parts = [_Part("head", terms.heads[head], "")]
        k = i + 1
        while k < len(words) and k - i < MAX_WORDS and not (blocked[k] and country_of(words[k]) is None):
            part = _part(words[k], parts[-1], country_of, country_name)
            if part is None or part.join == "for" and any(p.join == "for" for p in parts):
                break  # one ل-phrase: a second one says what the body does ("... لنقل المساعدات")
            if part.role == "noun" and part.join == "and" and all(p.role != "noun" for p in parts):
                break  # "السلطة التنفيذية والصحافة": the head and another body, not one name
            parts.append(part)
            k += 1
        if _names(head, parts):
            out.append((i, k, english(parts)))
            i = k
        else:
            i += 1
    return out


def _head(word: str) -> str | None:
    """The glossary head a word is, with a conjunction or preposition glued on (وجمعية، بالمعهد)."""
    return _head_forms().get(word)


@cache
def _head_forms() -> dict[str, str]:
    """Every printed form of a head with its clitics -> the head (للهيئة -> الهيئة)."""
    forms: dict[str, str] = {}
    for head in glossary().heads:
        forms.setdefault(head, head)
        for clitic in ("و", "ف", "ب", "وب", "ل", "ول"):
            forms.setdefault(clitic + head, head)
        if head.startswith("ال"):
            forms.setdefault("لل" + head[2:], head)
            forms.setdefault("ولل" + head[2:], head)
    return forms


def _names(head: str, parts: list[_Part]) -> bool:
    """Whether the parts make a name rather than a description."""
    content = [p for p in parts[1:] if p.role in ("noun", "adj") and p.arabic not in GENERIC]
    if not content:
        return False  # "الجمعية المصرية": a kind of body and a country
    if parts[1].arabic in NOT_NAMES.get(head, ()):
        return False
    if head in GENERIC_HEADS:
        return len(parts) >= 4 and any(p.role == "noun" for p in parts)
    if len(parts) >= 3:
        return True
    return not head.startswith("ال") and parts[1].role == "noun"  # "نقابة الصحفيين"


def _country_to_head(parts: list[_Part]) -> list[_Part]:
    """A country adjective ending a name agrees with its head ("وكالة الغذاء والدواء
    الأمريكية" is the American agency): it moves to the head."""
    if len(parts) > 2 and parts[-1].role == "country" and parts[-2].role != "head":
        return [parts[0], parts[-1], *parts[1:-1]]
    return parts


def english(parts: list[_Part]) -> str:
    """The English name: a ل-phrase after "for"; in each phrase a genitive comes before the
    noun it completes, as English compounds do ("لحقوق الإنسان" -> "for Human Rights",
    "بطولة الخليج" -> "Gulf Championship"), and adjectives before their noun, the country
    first ("الجمعية المصرية" -> "Egyptian Association")."""
    segments: list[list[_Part]] = [[]]
    for part in _country_to_head(parts):
        if part.role == "noun" and part.join == "for":
            segments.append([])
        segments[-1].append(part)
    rendered = [_segment(segment) for segment in segments if segment]
    return " for ".join(rendered)


@dataclass(slots=True)
class _Noun:
    english: str
    countries: list[str] = field(default_factory=list)
    adjectives: list[list[str]] = field(default_factory=list)  # groups joined by "and", last first

    def render(self, countries: bool = True) -> str:
        described = [" and ".join(group) for group in self.adjectives]
        return " ".join([*(self.countries if countries else []), *described, self.english])


def _segment(parts: list[_Part]) -> str:
    """Nouns linked by genitives (and coordinated by و), each with its adjectives."""
    chain: list[list[_Noun]] = []  # genitive links, each a coordination of nouns
    for part in parts:
        if part.role in ("head", "noun"):
            if part.join == "and" and chain:
                chain[-1].append(_Noun(part.english))
            else:
                chain.append([_Noun(part.english)])
            continue
        noun = chain[-1][-1]
        if part.role == "country":
            noun.countries.append(part.english)
        elif part.join == "and" and noun.adjectives:
            noun.adjectives[0].append(part.english)  # "الفلكية والجيوفيزيقية": one group, in order
        else:
            noun.adjectives.insert(0, [part.english])  # the last Arabic adjective is said first
    text = " and ".join(n.render() for n in chain[-1])
    for k in range(len(chain) - 2, -1, -1):
        own = " and ".join(n.render() for n in chain[k])
        # a genitive of one noun comes before ("Gulf Championship"), of several after "of"
        # ("غرفة التجارة والصناعة" -> "Chamber of Commerce and Industry")
        if len(chain[k + 1]) > 1:
            text = f"{own} of {text}"
        else:  # the country leads the whole compound: "Bahraini News Agency", not "News Bahraini Agency"
            lead = [c for n in chain[k] for c in n.countries]
            bare = " and ".join(n.render(countries=False) for n in chain[k])
            text = " ".join([*lead, text, bare])
    return text


def organizations(doc: Document, matches: list[Match], country_of: CountryOf,
                  country_name: Callable[[str], str], known: Callable[[str], bool]) -> tuple[list[Match], list[Entry]]:
    """Matches for organisations outside `matches`, and the entries to create for them."""
    out: list[Match] = []
    created: dict[str, Entry] = {}
    for tokens, words, blocked in covered_sentences(doc, matches):
        for first, end, name in organization_spans(words, blocked, country_of, country_name):
            start = tokens[first].start + _clitic(tokens[first].text, words[first])
            stop = tokens[end - 1].end
            surface = doc.text[start:stop]
            entry_id = unknown_id(surface, "ORG")
            code = next((c for w in words[first:end] if (c := country_of(_definite(w)[1])) is not None), None)
            media = _media(name)  # "وكالة الأنباء البحرينية" reports; it is an outlet, coded MED
            if not known(entry_id) and entry_id not in created:
                created[entry_id] = Entry(entry_id, "MEDIA" if media else "ORG", surface, name,
                                          actor_code=code + "MED" if media and code else code, country=code,
                                          source="pattern")
            out.append(Match(start, stop, entry_id, "organization", word_form(surface)))
    return out, list(created.values())


MEDIA_HEADS = frozenset({"Channel", "Radio", "Television", "Newspaper", "Magazine"})


def _media(name: str) -> bool:
    """An outlet by its English name: a newspaper, channel or radio, or a news agency (not
    any agency: "وكالة الفضاء" is none)."""
    words = name.split()
    return any(w in MEDIA_HEADS for w in words) or "News Agency" in name


def _clitic(token: str, word: str) -> int:
    """Characters of a conjunction or preposition glued to the head (وجمعية، بالمعهد -> 1)."""
    head = _head(word)
    if head is None or head == word:
        return 0
    if word.startswith("لل"):
        return 1  # للهيئة = ل + الهيئة
    return 2 if word.startswith(("وب", "ول")) else 1


def demonym_or_name(code: str, name: Callable[[str], str | None]) -> str:
    """The English word for a country in a name: its demonym ("Egyptian") or its name."""
    return demonyms().get(code) or name(code) or code

"""A document seen as sentences of search-form words with the actors they name.

Quotes and events both ask the same questions of a sentence: which words are there (in
search form, for lexicon lookups), where are the clause boundaries, and which actors does
it name, as entity mentions of the entity stage or as unnamed actors ("مسؤول أميركي",
"مسلحون", "مصادر أمنية عراقية"). `DocView` answers them once per document.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from rasd.clauses.lexicon import Hit
from rasd.kb.base import broken_plural_demonyms, state_codes
from rasd.link.lexicon import rows
from rasd.link.persons import ABBREVIATED_TITLES
from rasd.model import Document
from rasd.ner.features import word_form
from rasd.text.tokenize import Token

WORD_KINDS = frozenset({"word", "latin", "number"})
# Words that open a new clause inside a sentence.
CLAUSE_OPENERS = frozenset(word_form(w) for w in (
    "فيما بينما وبينما حيث كما وكما لكن ولكن إلا أنه إذ وذلك".split()))
# Agent words whose genitive body is the actor itself: a coalition's aircraft are the coalition.
INSTRUMENTS = frozenset(word_form(w) for w in (
    "قوات طيران طائرات مروحيات مدفعية جيش عناصر مقاتلو مقاتلي مسلحو مسلحي متمردو متمردي انفصاليو انفصاليي جنود ميليشيات مليشيات فصائل "
    "سلطات حكومة أجهزة".split()))
CLAUSE_PUNCT = frozenset("،,؛;:()[]")


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor named in a sentence: words `first`..`last` (inclusive) of the sentence."""

    first: int
    last: int
    start: int  # character offsets into Document.text
    end: int
    entity: str | None
    code: str | None
    type: str  # the entity type, or "UNNAMED"
    agent: str | None = None  # for unnamed actors, the word that names them (مسؤول، مصادر)

    def ref(self, text: str) -> dict[str, Any]:
        """The actor reference of FORMAT.md (speaker, source, target)."""
        return {"entity": self.entity, "text": text[self.start:self.end], "actor_code": self.code}


@dataclass(slots=True)
class Sentence:
    """One sentence: its tokens (words and punctuation), their search forms, its actors."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    words: list[str]  # search form of each token (punctuation as printed)
    actors: list[Actor]
    doc_text: str = ""

    def text_of(self, start: int, end: int) -> str:
        """The document's text between two offsets inside this sentence."""
        return self.doc_text[start:end]

    def actor_at(self, i: int) -> Actor | None:
        for actor in self.actors:
            if actor.first <= i <= actor.last:
                return actor
        return None

    def is_boundary(self, i: int) -> bool:
        """Token `i` ends a clause: a comma, colon, semicolon or a clause-opening word."""
        token = self.tokens[i]
        return (token.kind == "punct" and token.text in CLAUSE_PUNCT) or self.words[i] in CLAUSE_OPENERS

    def clause_end(self, i: int) -> int:
        """The index after the last token of the clause that token `i` is in."""
        for k in range(i + 1, len(self.tokens)):
            if self.is_boundary(k):
                return k
        return len(self.tokens)

    def clause_start(self, i: int) -> int:
        for k in range(i - 1, -1, -1):
            if self.is_boundary(k):
                return k + 1
        return 0


@cache
def unnamed_agents() -> dict[str, str]:
    """Search form of a word naming unnamed actors (مسؤول، مسلحون) -> CAMEO agent ("" = from
    its adjective)."""
    table: dict[str, str] = {}
    for row in rows("unnamed.tsv", "rasd.clauses"):
        for form in row[0].split("|"):
            table[word_form(form.strip())] = row[1].strip() if len(row) > 1 else ""
    return table


@cache
def agent_adjectives() -> dict[str, str]:
    """Adjectives that give an unnamed actor its sector (عسكري -> MIL, أمنية -> COP)."""
    return {word_form(row[0]): row[1] for row in rows("agent_adjectives.tsv", "rasd.clauses")}


class DocView:
    """Sentences with words and actors, built once per document from its tokens and entities."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.sentences = list(self._sentences(doc))
        self.country = focus_country(doc)
        if self.country:
            for sentence in self.sentences:
                sentence.actors = [_localized(a, self.country) for a in sentence.actors]
        group = armed_group(doc)
        if group is not None:  # "المتمردين" in news of one insurgency: that group's men
            for sentence in self.sentences:
                sentence.actors = [_of_group(a, group) for a in sentence.actors]

    def _sentences(self, doc: Document) -> Iterator[Sentence]:
        mentions = sorted(_mentions(doc))
        countries = {e["actor_code"]: e["id"] for e in doc.entities
                     if e.get("type") == "GPE" and len(e.get("actor_code") or "") == 3}
        starts = [t.start for t in doc.tokens]
        spans = doc.sentences or []
        for index, span in enumerate(spans):
            lo, hi = bisect_right(starts, span.start - 1), bisect_right(starts, span.end - 1)
            tokens = _without_abbreviation_stops([t for t in doc.tokens[lo:hi] if t.kind in WORD_KINDS or t.kind == "punct"])
            words = [word_form(t.text) if t.kind == "word" else t.text for t in tokens]
            sentence = Sentence(index, span.start, span.end, tokens, words, [], doc.text)
            sentence.actors = _named(sentence, mentions)
            sentence.actors = sorted(sentence.actors + _unnamed(sentence), key=lambda a: a.first)
            own = _own_countries(sentence, countries)
            if own:
                sentence.actors = sorted(sentence.actors + own, key=lambda a: a.first)
            yield sentence


def _without_abbreviation_stops(tokens: list[Token]) -> list[Token]:
    """The tokens without the full stop of an abbreviated title ("قال د. خالد العتيبي"): it
    ends no clause, and the title before the name is then read like الدكتور."""
    return [t for k, t in enumerate(tokens)
            if not (t.text == "." and k > 0 and k + 1 < len(tokens) and tokens[k - 1].kind == "word"
                    and word_form(tokens[k - 1].text) in ABBREVIATED_TITLES and tokens[k + 1].kind == "word")]


_last_view: list[tuple[Document, DocView]] = []


def doc_view(doc: Document) -> DocView:
    """The view of `doc`, built once for the quotes and events stages that both need it."""
    if _last_view and _last_view[0][0] is doc:
        return _last_view[0][1]
    view = DocView(doc)
    _last_view[:] = [(doc, view)]
    return view


def ta_marbuta(token: Token) -> bool:
    """The printed word ends in ة: a noun (وزارة), never a verb with the pronoun ه (وزاره)."""
    return token.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640").endswith("ة")


def predicate_stands(s: Sentence, hit: Hit) -> bool:
    """A lexicon hit that is a predicate here: not the ة of a noun taken for the pronoun ه of
    a verb (وزارة -> و + زار + ه), not a word of a name ("تدمر" is Palmyra, not "she destroys")."""
    if hit.analysis.suffix == "ه" and hit.pattern.kind != "noun" and ta_marbuta(s.tokens[hit.first]):
        return False
    actor = s.actor_at(hit.first)
    return actor is None or actor.entity is None


def focus_country(doc: Document) -> str | None:
    """The state an article is about: the one its entities name most often (states, the
    bodies and persons coded for them, and its towns and regions), when it clearly leads."""
    counts: dict[str, int] = {}
    for entity in doc.entities:
        if entity.get("type") == "MEDIA":
            continue  # "مصادر لوكالة رويترز" are not British
        code = entity.get("actor_code") or place_country(entity) or ""
        if len(code) >= 3 and code[:3].isalpha() and code[:3] not in ("IGO", "NGO", "IMG", "MNC", "UAF"):
            counts[code[:3]] = counts.get(code[:3], 0) + len(entity.get("mentions") or [])
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return _dateline_country(doc)  # one passing mention, or two states as often: the dateline's
    return ranked[0][0]


def place_country(entity: dict[str, Any]) -> str | None:
    """The state a town or region of the base lies in: Istanbul and Şırnak count for Turkey."""
    if entity.get("type") not in ("GPE", "LOC", "FAC") or str(entity.get("id", "")).startswith("x-"):
        return None
    from rasd.kb.base import default

    entry = default().entries.get(entity["id"])
    return entry.country if entry is not None else None


def _dateline_country(doc: Document) -> str | None:
    """The country of the dateline city ("الرياض – واس" -> SAU), from the knowledge base."""
    city = doc.source.dateline
    if not city:
        return None
    from rasd.kb.base import default  # the base loads once; a view without a dateline never needs it

    return next((e.country for e in default().places_named(city) if e.lat is not None and e.country), None)


def _localized(actor: Actor, country: str) -> Actor:
    """"مصادر عسكرية" in an article about Yemen are Yemeni (YEMMIL): an unnamed actor whose
    text gives no country takes the article's."""
    if actor.type != "UNNAMED" or (actor.code and (len(actor.code) > 3 or actor.code not in _agent_codes())):
        return actor  # "مصادر أفغانية" is AFG already: not AFGAFG
    return replace(actor, code=country + (actor.code or ""))


@cache
def _agent_codes() -> frozenset[str]:
    """The CAMEO agent codes unnamed actors take from their words (GOV, MIL, CVL ...)."""
    return frozenset(v for v in (*unnamed_agents().values(), *agent_adjectives().values()) if v)


ARMED_SECTORS = ("REB", "INS")
# Words for fighters nobody names (search forms of unnamed.tsv's agents)
FIGHTER_WORDS = frozenset(word_form(w) for w in (
    "متمرد متمردون متمردين متمردو متمردي انفصالي انفصاليون انفصاليين انفصاليو انفصاليي "
    "مسلح مسلحون مسلحين مسلحو مسلحي").split())


def armed_group(doc: Document) -> dict[str, Any] | None:
    """The one armed group (a REB/INS code) the article names, if it names exactly one."""
    groups = [e for e in doc.entities if e.get("type") == "ORG" and (e.get("actor_code") or "").endswith(ARMED_SECTORS)]
    return groups[0] if len(groups) == 1 else None


def sector(code: str) -> str:
    """The agent part of an actor code: "MIL" of SYRMIL, and a bare agent code itself (MIL, UAF)."""
    return code[3:6] if len(code) >= 6 else code


def _of_group(actor: Actor, group: dict[str, Any]) -> Actor:
    """Unnamed rebels, separatists or gunmen whose words name no side of their own are the
    article's one armed group ("الضربات الجوية على معسكرات للمتمردين" in news of the PKK)."""
    if actor.type != "UNNAMED" or actor.entity or actor.agent not in FIGHTER_WORDS \
            or sector(actor.code or "") not in ("", "REB", "UAF"):
        return actor
    return replace(actor, entity=group["id"], code=group["actor_code"], type="ORG")


def _mentions(doc: Document) -> Iterator[tuple[int, int, str, str | None, str]]:
    for entity in doc.entities:
        for mention in entity.get("mentions") or []:
            yield mention["start"], mention["end"], entity["id"], entity.get("actor_code"), entity["type"]


def _named(sentence: Sentence, mentions: list[tuple[int, int, str, str | None, str]]) -> list[Actor]:
    actors: list[Actor] = []
    token_starts = [t.start for t in sentence.tokens]
    for start, end, entity_id, code, entity_type in mentions[bisect_left(mentions, (sentence.start,)):]:
        if start >= sentence.end:
            break  # sorted by start: the rest lie in later sentences
        if end > sentence.end:
            continue
        first = max(0, bisect_right(token_starts, start) - 1)
        last = max(first, bisect_right(token_starts, end - 1) - 1)
        if actors and actors[-1].last >= first:  # nested mentions: keep the longer one
            if actors[-1].end - actors[-1].start >= end - start:
                continue
            actors.pop()
        actors.append(Actor(first, last, start, end, entity_id, code, entity_type))
    return actors


# Words for the members of a force, in construct with it: "قوات الجيش", "عناصر الشرطة".
MEMBERS = frozenset(word_form(w) for w in "قوات قوى عناصر أفراد رجال جنود ضباط منتسبي وحدات دوريات".split())
# Services that are no actor on their own ("حفظ الأمن" is a task) but make one after a member
# word: "قوات الأمن", "رجال الأمن", "قوى الأمن الداخلي".
SERVICES = {word_form("أمن"): "COP"}


CABINET = word_form("الوزراء")
CABINET_HEADS = frozenset(word_form(w) for w in "رئيس رئاسة نائب رئيسة".split())
COUNCIL = word_form("مجلس")


def _in_title(sentence: Sentence, i: int) -> bool:
    """"الوزراء" after رئيس (or رئيس مجلس): the head of government's title; after مجلس alone
    it is the cabinet, which acts ("أعرب مجلس الوزراء عن شكره")."""
    words = [strip_proclitics(w, prepositions=True) for w in sentence.words[max(0, i - 2):i]]
    return bool(words) and (words[-1] in CABINET_HEADS or (len(words) == 2 and words[-1] == COUNCIL
                                                            and words[0] in CABINET_HEADS))
# Agent words that name actors only when indefinite.
INDEFINITE_ONLY = frozenset(word_form(w) for w in ("جماعة", "جماعات"))


def _unnamed(sentence: Sentence) -> list[Actor]:
    """Unnamed actors: an agent word not inside a mention, coded from the country or body
    named right after it ("مسؤول أميركي" USAGOV, "مسؤول في وزارة الخارجية الأميركية" USAGOV)."""
    agents, adjectives = unnamed_agents(), agent_adjectives()
    taken = {i for a in sentence.actors for i in range(a.first, a.last + 1)}
    found: list[Actor] = []
    reached = -1
    for i, word in enumerate(sentence.words):
        bare = strip_proclitics(word)
        if i in taken or i <= reached or (bare not in agents and not _countrymen(sentence, i, bare)
                                          and not _of_service(sentence, i, bare)):
            continue
        if bare in INDEFINITE_ONLY and "ال" in word[:4]:
            continue  # "شؤون الجماعات المسلحة" is a field; "جماعات مسلحة" act
        if word == CABINET and _in_title(sentence, i):
            continue  # "رئيس الوزراء", "نائب رئيس مجلس الوزراء": a title, not ministers acting
        agent, last, country, people = agents.get(bare, "CVL"), i, None, None
        named = False
        for k in range(i + 1, min(len(sentence.words), i + 5)):
            if sentence.tokens[k].kind == "punct":
                break
            if k == i + 1 and bare in MEMBERS and k not in taken and (service := _service(sentence.words[k])) is not None:
                agent, last = service or agent, k  # "قوات الجيش", "عناصر الشرطة", "رجال الأمن"
                continue
            actor = sentence.actor_at(k)
            if actor is not None and actor.type == "PER" and k == i + 1 and actor.first == k \
                    and bare not in INSTRUMENTS and bare not in MEMBERS:  # not "قوات صالح": his forces
                named = True  # "المتحدث محمد عبد السلام": the title of the person named, no one unnamed
                break
            if actor is not None:
                reporter = actor.type == "MEDIA" or sentence.tokens[k].text[:1] == "ل"  # "مصادر لوكالة ..."
                if not reporter and (k <= i + 2 or last == k - 1 or
                                     sentence.words[k - 1] in ("في", "ب", "من", "لدى", "باسم", "داخل")):
                    country, last = actor.code, actor.last
                    people = actor.entity if actor.type == "NORP" and k == i + 1 else None  # "المسلحين الأكراد"
                break
            if sentence.words[k] in ("في", "ب", "من", "لدى", "داخل", "باسم"):
                continue
            sector = adjectives.get(strip_proclitics(sentence.words[k]))
            if sector is None and sentence.words[k - 1] == "باسم" and sentence.tokens[k].kind == "word":
                last = k  # "المتحدث باسم النقابة الأردنية": the body it speaks for, not an actor we know
                continue
            if sector is None:
                break
            agent, last = agent or sector, k
        if named:
            continue
        code = _combine(country, agent)
        reached = last
        tokens = sentence.tokens
        start = tokens[i].start + _clitic(word, bare)
        owner = _belongs_to(sentence, last) if country is None else None
        if owner is not None:  # "مسلحين تابعين للمقاومة الشعبية": the group's own men
            found.append(Actor(i, owner.last, start, owner.end, owner.entity, owner.code, owner.type, bare))
            reached = owner.last
            continue
        body = sentence.actor_at(i + 1) if i + 1 < len(sentence.words) else None
        if bare in INSTRUMENTS and body is not None and body.first == i + 1 and body.entity and \
                body.type in ("ORG", "GPE", "NORP") and not (body.type != "ORG" and body.first == body.last
                                                             and nisba(sentence.words[body.last])):
            # "طائرات التحالف", "قوات النظام": the body acts ("السلطات السودانية" stays unnamed)
            found.append(Actor(i, body.last, start, body.end, body.entity, body.code if len(body.code or "") > 3
                               else code, body.type, bare))
            continue
        found.append(Actor(i, last, start, tokens[last].end, people, code, "UNNAMED", bare))
    return found


def _of_service(sentence: Sentence, i: int, bare: str) -> bool:
    """A member word the agent table lacks ("رجال", "قوى") in construct with a service or force
    ("رجال الأمن", "قوى الأمن"): together they act."""
    return bare in MEMBERS and i + 1 < len(sentence.words) and _service(sentence.words[i + 1]) is not None


def _service(word: str) -> str | None:
    """The agent code of a definite force or service word after a member word ("الجيش" MIL,
    "الأمن" COP; "" when its sector comes from an adjective), or None when it is none."""
    if not word.startswith("ال"):
        return None
    bare = word[2:]
    agents = unnamed_agents()
    return agents[bare] if bare in agents else SERVICES.get(bare)


def _countrymen(sentence: Sentence, i: int, bare: str) -> bool:
    """A sound plural the agent table lacks, right before a country's adjective, is a group of
    that country's people ("أثريون مصريون", "مشاهدون روس", "اللاجئين السوريين"): a plural in ‑ين
    before a name would have lost its ن in a genitive, so the country word is its adjective. The
    adjective is a masculine plural (people), not "قوانين أميركية" or "التلفزيون التركي"."""
    if len(bare) < 5 or not bare.endswith(("ون", "ين")) or i + 1 >= len(sentence.words):
        return False
    after, adjective = sentence.actor_at(i + 1), sentence.words[i + 1]
    broken = broken_plural_demonyms()  # "ألمان" is not "ال" + "مان": looked up whole and stripped
    plural = adjective.endswith(("يون", "يين")) or adjective in broken or strip_proclitics(adjective) in broken
    return plural and after is not None and after.first == i + 1 and after.type == "GPE" and len(after.code or "") == 3


PLACE_PREPOSITIONS = frozenset(word_form(w) for w in "في داخل خارج إلى الى من عبر".split())
OWN_COUNTRY = frozenset(word_form(w) for w in "بلاده بلادها بلادهم بلادنا".split())


def _own_countries(sentence: Sentence, countries: dict[str, str]) -> list[Actor]:
    """"بلاده" (his country) as the country of the official named before it in the sentence:
    "قال وزير الخارجية الأمريكي إن بلاده ستقدم الدعم" -> the United States (USA). Only a
    person or an official whose code starts with a country's; `countries`: the article's
    country entities by code, so the reference names the entity when the article does."""
    found: list[Actor] = []
    for i, word in enumerate(sentence.words):
        clitics = _own_country_clitics(word)
        if clitics is None or sentence.actor_at(i) is not None or word[:clitics].endswith("ب") \
                or (i > 0 and sentence.words[i - 1] in PLACE_PREPOSITIONS):
            continue  # "في بلاده", "ببلاده", "إلى بلاده": where, not who
        code = _speaker_country(sentence, i, state_codes())
        if code is None:
            continue
        token = sentence.tokens[i]
        entity = countries.get(code)
        found.append(Actor(i, i, token.start + clitics, token.end, entity, code,
                           "GPE" if entity else "UNNAMED", "بلاد"))
    return found


def _speaker_country(sentence: Sentence, i: int, known: frozenset[str]) -> str | None:
    """The country of the nearest actor before word `i` that can be the one speaking: a person
    or an official coded for a country (USAGOV), or the nisba of a title ("وزير الخارجية
    الأمريكي", "السفير السعودي"); actors after a preposition ("في واشنطن") are passed over."""
    for actor in reversed(sentence.actors):
        if actor.last >= i or any(o is not actor and o.first <= actor.first and actor.last <= o.last
                                  for o in sentence.actors):
            continue  # the country inside "مسؤول تركي": the official speaks
        word = sentence.tokens[actor.first].text
        if (actor.first > 0 and sentence.words[actor.first - 1] in PREPOSITIONS_BEFORE) or word[:1] in ("ب", "ل"):
            continue  # "السفير السعودي في واشنطن"، "لوكالة الأنباء"
        code = actor.code or ""
        if actor.type in ("PER", "UNNAMED") and len(code) >= 3 and code[:3] in known:
            return code[:3]
        if actor.type == "GPE" and code in known and actor.first == actor.last and nisba(sentence.words[actor.last]) \
                and actor.first > 0 and sentence.actor_at(actor.first - 1) is None:
            return code  # a title's country adjective
        return None
    return None


PREPOSITIONS_BEFORE = frozenset(word_form(w) for w in "في لدى إلى الى من على مع داخل".split())  # not عن: "نقلت عن المعلم"


def _own_country_clitics(word: str) -> int | None:
    """How many clitic letters stand before "بلاده"-like `word` (وبلاده: 1), or None if it is
    no such word."""
    for cut in (0, 1, 2):
        if word[cut:] in OWN_COUNTRY and (cut == 0 or word[:cut] in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")):
            return cut
    return None


BELONGING = frozenset(word_form(w) for w in "تابع تابعة تابعين تابعون التابع التابعة التابعين التابعون".split())


def _belongs_to(sentence: Sentence, last: int) -> Actor | None:
    """The named group an unnamed phrase ending at word `last` belongs to ("عناصر تابعة
    لتنظيم داعش"): membership, unlike loyalty ("الموالية للرئيس"), makes them the group."""
    k = last + 1
    if k + 1 >= len(sentence.words) or sentence.words[k] not in BELONGING:
        return None
    body = sentence.actor_at(k + 1)
    if body is None or body.first != k + 1 or body.type != "ORG" or not body.entity \
            or not sentence.tokens[k + 1].text.startswith("ل"):
        return None
    return body


def nisba(word: str) -> bool:
    """A country adjective's ending (العراقي، الأمريكية، السوريين), unlike a name or a capital."""
    return word.endswith(("ي", "يه", "يين", "يون"))


CONJUNCTION_ARTICLE = ("وال", "فال", "بال", "لل", "ال", "و", "ف")
WITH_PREPOSITIONS = (*CONJUNCTION_ARTICLE, "ب", "ل")


@lru_cache(maxsize=200_000)
def strip_proclitics(word: str, prepositions: bool = False) -> str:
    """A search-form word without its leading conjunction and article (and ب / ل when
    `prepositions`), when three letters stay: والمسؤول -> مسؤول, بالسيول -> سيول. Cached:
    the event and quote stages ask for the same words of every sentence."""
    for prefix in WITH_PREPOSITIONS if prepositions else CONJUNCTION_ARTICLE:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word



def _clitic(word: str, bare: str) -> int:
    """Characters of a proclitic before the agent word (وقال مسؤول: none; والمسؤول: و)."""
    cut = len(word) - len(bare)
    return 1 if cut in (1, 3) and word[:1] in "وف" else 0


def _combine(country: str | None, agent: str) -> str | None:
    if not country:
        return agent or None
    if len(country) > 3:  # a body's own code (USAGOV) says more than the agent word
        return country
    return country + agent if agent else country

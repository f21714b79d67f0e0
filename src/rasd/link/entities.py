"""The entity stage: knowledge-base names in the text become linked entities with mentions.

Each entity of the record (FORMAT.md) has its base id, type, Arabic and English names,
Wikidata id, CAMEO actor code (for office holders, the office held on the article's date)
and every mention as an exact span of `Document.text`. A person named in full is also
found by the last part of the name alone later on ("مايك بومبيو" ... "بومبيو").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from rasd.kb.base import STATE_SECTORS, KnowledgeBase, compound_first, default, state_codes
from rasd.kb.entry import Entry, Office
from rasd.kb.matcher import Match, Matcher
from rasd.link.actor_codes import title_code
from rasd.link.civic import civic_bodies
from rasd.link.federations import federations
from rasd.link.lexicon import rows
from rasd.link.localities import localities
from rasd.link.ministries import ministries
from rasd.link.missions import missions
from rasd.link.organizations import demonym_or_name, organizations
from rasd.link.outlets import drop_inside, outlet_matches, outlet_titles
from rasd.link.peoples import peoples
from rasd.link.persons import COMPOUND_HEADS, INSTITUTIONS, cue_kind, given_name, is_cue
from rasd.link.provinces import provinces
from rasd.link.roles import RoleResolver
from rasd.link.unknown import english_name, tagged_names
from rasd.model import Document
from rasd.ner import SentenceTagger, pipeline_tagger
from rasd.ner.features import word_form
from rasd.text.normalize import normalized, search_form
from rasd.text.tokenize import Token, tokenize
from rasd.text.wordstats import common_word


@cache
def _default_matcher() -> Matcher:
    return Matcher(default())


class EntityLinker:
    """Adds `entities` to a Document: knowledge-base names first, then names the tagger
    finds elsewhere (new entities with stable ids), then short references to both."""

    def __init__(self, kb: KnowledgeBase | None = None, tagger: SentenceTagger | None | bool = True):
        self._matcher = Matcher(kb) if kb is not None else None
        self._tagger = tagger
        self._outlets: dict[str, str] | None = None  # outlets' bare titles, built at the first article

    @property
    def matcher(self) -> Matcher:
        return self._matcher or _default_matcher()

    @property
    def tagger(self) -> SentenceTagger | None:
        if self._tagger is True:
            self._tagger = pipeline_tagger()
        return self._tagger or None

    def __call__(self, doc: Document) -> Document:
        kb = self.matcher.kb
        unknown: dict[str, Entry] = {}
        entries = _Entries(kb, unknown)
        matches = [m for m in self.matcher.find(doc.text)
                   if not _named_after(doc.text, m, entries) and not _another_bearer(doc.text, m, entries)]
        matches = _without_foreign_bodies(doc.text, matches, entries)
        matches = provinces(doc.text, matches, kb.lookup, entries.get)  # "محافظات حضرموت ومأرب"
        if self._outlets is None:
            self._outlets = outlet_titles(kb.entries.values())
        outlets = outlet_matches(doc.text, matches, self._outlets)  # "تصريحات إلى «الوطن»"
        matches = drop_inside(matches, outlets) + outlets
        bodies, created = ministries(doc.text, matches, kb.entries.get, entries.country_of, entries.state)
        posts, opened = missions(doc.text, matches, kb.entries.get, entries.country_of, entries.state,
                                 self._capital(entries))
        bodies, created = bodies + _outside(posts, bodies), created + opened
        teams, founded = federations(doc.text, matches + bodies, entries.country_of, entries.known_id)
        people, named = peoples(doc.text, matches + bodies + teams, entries.country_of, entries.known_id)
        civic, served = civic_bodies(doc, matches, self._place_of(entries), entries.known_id)
        civic = _outside(civic, bodies + teams + people)
        found = _outside(matches + bodies + teams + people, civic) + civic
        orgs, formed = organizations(doc, [m for m in found if not m.kind.startswith("adjective")],
                                     entries.country_of, self._country_word(entries), entries.known_id)
        places, settled = localities(doc, [m for m in found + orgs if not m.kind.startswith("adjective")],
                                     entries.known_id)
        unknown.update((entry.id, entry) for entry in created + founded + named + served + formed + settled)
        extra = bodies + teams + people + civic + orgs + places
        matches = _outside(matches, extra) + extra
        headline = {m.entry_id for m in self.matcher.find(doc.title)} if doc.title else set()
        shorts = _surname_mentions(doc.text, matches, entries, headline=headline)
        matches = [m for m in matches if not _inside_context_form(m, shorts)] + shorts
        if self.tagger is not None:
            matches = self._add_tagged(doc, matches, entries, unknown)
        matches += _nested_adjectives(doc.text, matches, entries)
        tokens = doc.tokens or tokenize(doc.text)
        matches += self._roles(entries, doc.published)(tokens, matches)
        _code_unknown_persons(tokens, matches, unknown, entries)
        doc.entities = _entities(doc, matches, entries)
        return doc

    def _capital(self, entries: _Entries) -> Callable[[str], Entry | None]:
        """The entry of a state's capital city (for an embassy's host city)."""
        def capital(state_id: str) -> Entry | None:
            for name in self.matcher.kb.capitals.get(state_id, []):
                city = self.matcher.city(search_form(name))
                if city is not None:
                    return entries.get(city.entry_id)
            return None
        return capital

    def _place_of(self, entries: _Entries) -> Callable[[Match], Entry | None]:
        """The town or province a match names (not a country); a capital standing for its
        state is the city here ("بلدية الرياض")."""
        def place(match: Match) -> Entry | None:
            if match.kind.startswith("adjective"):
                return None
            if match.kind.startswith("capital"):
                city = self.matcher.city(match.key)
                return entries.get(city.entry_id) if city is not None else None
            entry = entries.get(match.entry_id)
            return entry if entry.type in ("GPE", "LOC") and entries.state(entry.id.upper()) is not entry else None
        return place

    @staticmethod
    def _country_word(entries: _Entries) -> Callable[[str], str]:
        """The English word for a country inside a name: "Egyptian", else "Kuwait"."""
        def word(code: str) -> str:
            state = entries.state(code)
            return demonym_or_name(code, lambda c: state.name_en if state is not None else None)
        return word

    @staticmethod
    def _roles(entries: _Entries, when: str | None) -> RoleResolver:
        def offices_of(entry_id: str) -> list[tuple[str, str | None]]:
            return [(o.role, o.code[:3] if o.code else None) for o in entries.get(entry_id).offices
                    if _in_office(o, when)]

        return RoleResolver(lambda entry_id: entries.get(entry_id).type == "PER", entries.country_of, offices_of)

    def _add_tagged(self, doc: Document, matches: list[Match], entries: _Entries,
                    unknown: dict[str, Entry]) -> list[Match]:
        """Persons the tagger finds outside strong knowledge-base names. A one-word town from
        GeoNames or a surname reference gives way to a person's name over it ("وزير الثقافة
        فلاديمير ميدينسكي" is no town Vladimir); a tagged name holding the surname of a known
        person who has the same first name is that person ("عبدالله بن يحيى المعلمي")."""
        assert self.tagger is not None
        strong = [m for m in matches if not _weak(m, entries)]
        tagged = tagged_names(doc, self.tagger,
                              [(m.start, m.end, entries.get(m.entry_id).type == "PER") for m in strong])
        found: list[Match] = []
        for match, entity_type, surface in tagged:
            near = [m for m in matches if m.start <= match.end + 1 and match.start < m.end]
            known = next((m for m in near if _same_first_name(entries.get(m.entry_id), surface)), None)
            earlier = _longer_name(match.key, found)
            words = match.key.split()
            same_ends = entries.kb.person_by_ends(compound_first(words), words[-1]) if len(words) >= 3 else None
            if known:
                match = Match(match.start, max(match.end, known.end), known.entry_id, "tagged", match.key)
            elif earlier:
                match = Match(match.start, match.end, earlier, "short", match.key)
            elif same_ends:
                match = Match(match.start, match.end, same_ends, "tagged", match.key)
            else:
                unknown.setdefault(match.entry_id, Entry(match.entry_id, entity_type, surface,
                                                         english_name(surface), source="tagger"))
            found.append(match)
        kept = _outside(matches, found)
        avoid = [m for m in kept if not _weak(m, entries)] + found
        surnames = _surname_mentions(doc.text, found, entries, avoid=avoid, titles=False)
        return _outside(kept, surnames) + found + surnames


def _code_unknown_persons(tokens: list[Token], matches: list[Match], unknown: dict[str, Entry],
                          entries: _Entries) -> None:
    """An unknown person's actor code from the title they are first named with."""
    starts = [t.start for t in tokens]
    for match in sorted(matches, key=lambda m: -m.start):  # the first mention is seen last
        entry = unknown.get(match.entry_id)
        if entry is None or entry.type != "PER":
            continue
        index = bisect_left(starts, match.start)
        before: list[str] = []
        for token in reversed(tokens[max(0, index - 6):index]):
            if token.kind != "word":
                break
            before.insert(0, word_form(token.text))
        entry.actor_code = title_code(before, entries.country_of)


def _outside(matches: list[Match], spans: list[Match]) -> list[Match]:
    """The matches that overlap none of `spans`."""
    return [m for m in matches if all(m.end <= s.start or m.start >= s.end for s in spans)]


WORD = re.compile(r"\w+")


def _nested_adjectives(text: str, matches: list[Match], entries: _Entries) -> list[Match]:
    """A country is also mentioned by its adjective inside an organisation's name when the
    article names it ("جمعية الصداقة التركية" names Turkey too when تركيا is in the text), and
    always inside the name of one of its state bodies ("القوات الروسية": Russia acts; "السفارة
    الأميركية": the gold files list the United States for it even when nothing else names it)."""
    present = {m.entry_id for m in matches if _is_state(entries.get(m.entry_id))}
    out = []
    for match in matches:
        entry = entries.get(match.entry_id)
        if entry.type not in ("ORG", "MEDIA", "FAC", "NORP"):  # and peoples: "الشعب السوري" names Syria
            continue
        own = _own_state(entry)
        if not present and not own:
            continue
        for word in WORD.finditer(text, match.start, match.end):
            key = search_form(word.group())
            country = next((e for e in entries.kb.adjectives(key) if e in present or e == own), None)
            if country:
                out.append(Match(word.start(), word.end(), country, "nested", key))
    return out


def _own_state(entry: Entry) -> str:
    """The id of the state a state body belongs to ("السفارة الأميركية" in Khartoum: the United
    States, not the host), from its actor code; "" for anything else (a news agency such as
    "وكالة الأنباء الألمانية" does not name Germany)."""
    code = entry.actor_code or ""
    if entry.type in ("ORG", "FAC") and code[3:6] in STATE_SECTORS and code[:3] in state_codes():
        return code[:3].lower()
    return (entry.country or "").lower() if entry.source == "pattern" else ""


def _is_state(entry: Entry) -> bool:
    return entry.type == "GPE" and bool(entry.actor_code) and len(entry.actor_code or "") == 3


def _longer_name(key: str, found: list[Match]) -> str | None:
    """The person found earlier whose name ends with this one ("أيمن أبو زيد" ... "أبو زيد")."""
    for match in found:
        if match.key != key and match.key.endswith(" " + key):
            return match.entry_id
    return None


def _named_after(text: str, match: Match, entries: _Entries) -> bool:
    """A known person inside the name of an institution named after them ("جامعة الملك سعود",
    "مطار بيير إليوت ترودو") is not mentioned as an actor."""
    if entries.get(match.entry_id).type != "PER":
        return False
    before = [search_form(w) for w in text[max(0, match.start - 40):match.start].split()[-2:]]
    bare = [w[1:] if w[:1] in "وبلف" and w[1:] in INSTITUTIONS else w for w in before]
    return bool(bare) and (bare[-1] in INSTITUTIONS or (len(bare) == 2 and bare[0] in INSTITUTIONS
                                                          and cue_kind(bare[1]) == "title"))


def _another_bearer(text: str, match: Match, entries: _Entries) -> bool:
    """A known person's family name alone right after a given name that is not theirs ("توفيق
    الربيعة" is not Abdullah Al Rabeeah): someone else of that family, whom the tagger names."""
    entry = entries.get(match.entry_id)
    surface = text[match.start:match.end]
    if entry.type != "PER" or " " in surface.strip():
        return False
    before = text[max(0, match.start - 30):match.start].split()
    if not before or not text[match.start - 1:match.start].isspace():
        return False
    word = search_form(before[-1])
    own = {_skeleton(w) for form in (entry.name_ar, *entry.aliases) for w in search_form(form).split()}
    if any(_skeleton(search_form(w)) in own for w in before[-3:]):
        return False  # "خالد محفوظ بحاح", "سيرجي لافروف": his own names, a middle one or another spelling
    return given_name(word)


_SKELETON = str.maketrans({"ا": None, "و": None, "ي": None, "غ": "ج", "ك": "ج"})


def _skeleton(word: str) -> str:
    """A name word without long vowels, g-letters as one (فرنسوا = فرانسوا, سيرجي = سيرغي)."""
    return word.translate(_SKELETON)


def _without_foreign_bodies(text: str, matches: list[Match], entries: _Entries) -> list[Match]:
    """A state's body named with another state right after it is that other state's body
    ("مجلس الشورى العماني", "مجلس الشورى بسلطنة عمان" are not Saudi Arabia's): the match is
    dropped, and the pattern stages name the body with its own country."""
    kept = []
    for match in matches:
        entry = entries.get(match.entry_id)
        own = (entry.actor_code or "")[:3] if entry.type == "ORG" and len(entry.actor_code or "") > 3 else ""
        if own in state_codes() and _other_state_after(text, match, matches, entries, own):
            continue
        kept.append(match)
    return kept


def _other_state_after(text: str, match: Match, matches: list[Match], entries: _Entries, own: str) -> bool:
    """The word after `match` is another state's nisba, or في/ب/لدى + another state."""
    rest = text[match.end:match.end + 40].split()
    if not rest:
        return False
    first = search_form(rest[0].strip("،,.:؛()«»\""))
    adjective = entries.country_of(first)
    if adjective and adjective != own:
        return True
    after = [m for m in matches if match.end < m.start <= match.end + 12]
    for other in after[:1]:
        between = search_form(text[match.end:other.start]).strip()
        state = entries.get(other.entry_id)
        code = (state.actor_code or "")[:3] if state.type == "GPE" and len(state.actor_code or "") == 3 else ""
        if code and code != own and between in ("في", "ب", "لدى", ""):
            return True
    return False


def _weak(match: Match, entries: _Entries) -> bool:
    """A match a person's name found by the tagger may take over: a surname reference or a
    one-word GeoNames town (not a state title such as المملكة)."""
    entry = entries.get(match.entry_id)
    if match.kind in ("short", CONTEXT):
        return entry.type == "PER"
    return entry.source == "geonames" and " " not in match.key


def _same_first_name(entry: Entry, surface: str) -> bool:
    return entry.type == "PER" and search_form(entry.name_ar).split()[0] == search_form(surface).split()[0]


class _Entries:
    """The knowledge base's entries and this document's unknown ones, looked up alike."""

    def __init__(self, kb: KnowledgeBase, unknown: dict[str, Entry]):
        self.kb, self.unknown = kb, unknown

    def get(self, entry_id: str) -> Entry:
        return self.unknown.get(entry_id) or self.kb.entries[entry_id]

    def known_id(self, entry_id: str) -> bool:
        return entry_id in self.kb.entries or entry_id in self.unknown

    def state(self, code: str) -> Entry | None:
        """The state whose actor code is `code` ("SAU" -> Saudi Arabia), or None."""
        entry = self.kb.entries.get(code.lower())
        return entry if entry is not None and entry.type == "GPE" and entry.actor_code == code else None

    def country_of(self, word: str) -> str | None:
        """The country code a search-form adjective stands for (الأمريكي -> "USA"), or None."""
        ids = self.kb.adjectives(word)
        code = self.get(ids[0]).actor_code if ids else None
        return code[:3] if code else None

    def only_towns(self, key: str) -> bool:
        """Every entry of this form is a GeoNames town: a surname may be one (الأحمدي)."""
        return all(self.kb.entries[s.entry_id].source == "geonames" for s in self.kb.surfaces.get(key, []))

    def known_form(self, key: str) -> bool:
        return key in self.kb.surfaces


def _entities(doc: Document, matches: list[Match], entries: _Entries) -> list[dict[str, Any]]:
    by_id: dict[str, list[Match]] = {}
    for match in sorted(matches, key=lambda m: m.start):
        by_id.setdefault(match.entry_id, []).append(match)
    out = []
    for entry_id, found in by_id.items():
        entry = entries.get(entry_id)
        out.append({
            "id": entry.id, "type": entry.type, "name_ar": entry.name_ar, "name_en": entry.name_en,
            "wikidata": entry.wikidata, "actor_code": actor_code(entry, doc.published),
            "mentions": [{"start": m.start, "end": m.end, "text": doc.text[m.start:m.end]} for m in found],
        })
    return out


def _in_office(office: Office, when: str | None) -> bool:
    """Whether `office` was held on `when` (an undated article: the office is still held)."""
    if when is None:
        return office.end is None
    return (office.start or "") <= when and (office.end is None or when <= office.end)


def actor_code(entry: Entry, when: str | None) -> str | None:
    """The entry's code; for an office holder, the office held on `when` (else the latest)."""
    if not entry.offices:
        return entry.actor_code
    dated = [o for o in entry.offices if o.code]
    if when:
        for office in dated:
            if (office.start or "") <= when and (office.end is None or when <= office.end):
                return office.code
    latest = max(dated, key=lambda o: o.start or "", default=None)
    return latest.code if latest else entry.actor_code


SHORT_PROCLITICS = "وب|ول|فب|فل|و|ف|ب|ل"
_CLITICS_IN_ORDER = (*SHORT_PROCLITICS.split("|"), "")  # the order the expression tries them, none last


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _short_form_hits(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, form) of each whole-word occurrence of `forms` in `text`, a proclitic
    allowed before it (ل before ال writes لل: "للحركة"), leftmost first and not overlapping, as
    the regular expression
    `(?<!\\w)(?:PROCLITICS)?(FORM|...)(?!\\w)` with the longest form first would find them.
    Searched with str.find: compiling that expression for each article's own forms cost more
    than the search."""
    candidates = []
    for form in forms:
        printed = [form] + (["ل" + form[1:]] if form.startswith("ال") else [])  # ل + الحركة = للحركة
        for written in printed:
            at = text.find(written)
            while at >= 0:
                end = at + len(written)
                if end == len(text) or not _is_word_char(text[end]):
                    clitics = _CLITICS_IN_ORDER if written == form else ("و", "ف", "")
                    for order, clitic in enumerate(clitics):
                        begin = at - len(clitic)
                        if begin >= 0 and text.startswith(clitic, begin) and (begin == 0 or not _is_word_char(text[begin - 1])):
                            # the mention starts after the ل that swallowed the article's alif
                            candidates.append((begin, order, -len(form), at + (written != form), end, form))
                at = text.find(written, at + 1)
    hits = []
    reached = 0
    for begin, _order, _length, at, end, form in sorted(candidates):
        if begin >= reached:
            hits.append((at, end, form))
            reached = end
    return hits


def _surname_mentions(text: str, matches: list[Match], entries: _Entries,
                      avoid: list[Match] | None = None, titles: bool = True,
                      headline: set[str] | None = None) -> list[Match]:
    """Short references to an entity named in full earlier in the article: a person's last
    name ("مايك بومبيو" ... "بومبيو"), an organisation's head noun ("التحالف الدولي" ...
    "التحالف", "مجلس التعاون الخليجي" ... "مجلس التعاون"). An entity the `headline` names
    (ids) counts as named from the body's start: "... قلق الرياض" over "أن المملكة حريصة"."""
    owners: dict[str, set[str]] = {}
    for match in matches:
        entry = entries.get(match.entry_id)
        own = [search_form(a) for a in entry.aliases if " " not in a.strip()] if entry.type == "PER" else []
        for form in _short_forms(entry.type, search_form(text[match.start:match.end]).split()) + own:
            if not entries.known_form(form) or (entry.type == "PER" and entries.only_towns(form)) or form in own:
                owners.setdefault(form, set()).add(entry.id)
        for form, (head, tail) in SECTOR_FORMS.items():  # "القيادة العسكرية": the military body named last
            code = entry.actor_code or ""
            if entry.type == "ORG" and code.startswith(head) and code.endswith(tail):
                owners.setdefault(form, set()).add(entry.id)
    # a short form two organisations share ("الوزارة" after two ministries) is the one named
    # last before it; persons sharing a surname make it nobody's
    shared = {form: ids for form, ids in owners.items()
              if len(ids) > 1 and all(entries.get(i).type != "PER" for i in ids)}
    short = {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1}
    short.update((form, "") for form in shared)
    first_seen = {m.entry_id: m.start for m in sorted(matches, key=lambda m: -m.start)}
    first_seen.update((entry_id, 0) for entry_id in headline or () if entry_id in first_seen)
    held: dict[str, str] = {}
    if titles:
        held = _state_titles(matches, entries)
        held.update((form, entry_id) for form, entry_id in _context_forms(matches, entries).items()
                    if form not in short)
        short.update(held)
        first_seen.update((entry_id, 0) for entry_id in held.values() if entry_id not in first_seen)
    if not short:
        return []
    kept = avoid if avoid is not None else matches
    taken = [(m.start, m.end) for m in kept]
    adjectives = {(m.start, m.end) for m in kept if m.kind.startswith("adjective")}
    norm = normalized(text)  # once per text; one regex pass finds every short form
    out = []
    for form_start, form_end, form in _short_form_hits(norm.text, short):
        start, end = norm.to_original(form_start, form_end)
        entry_id = short[form] or _last_named(shared[form], matches, start)
        if not entry_id or _qualified(norm.text, form_end, entries.get(entry_id)):
            continue
        seen = start >= first_seen.get(entry_id, len(text)) or (entry_id in first_seen and _heading(text, start, end))
        context = form in held and " " in form  # "الحركة الانفصالية الكردية" over its "الكردية"
        if seen and all(end <= s or start >= e or context and (s, e) in adjectives and start <= s and e <= end
                        for s, e in taken):
            out.append(Match(start, end, entry_id, CONTEXT if context else "short", form))
            taken.append((start, end))
    return out


CONTEXT = "short-context"  # a short form the article's country decides, of several words


NOT_NISBA = frozenset(search_form(w) for w in (
    "إلى الى التي الذي اللتي اللذي الأولى الثاني الأخرى الاخرى "
    # epithets that describe the same body: "التنظيم الإرهابي", "التنظيم الجهادي" are ISIS still
    "الإرهابي الإرهابية الجهادي الجهادية الإجرامي الإجرامية الانفصالي الانفصالية الدموي").split())


def _qualified(norm_text: str, end: int, entry: Entry) -> bool:
    """A body's short form followed by an adjective its own name lacks ("التحالف الوطني" after
    "التحالف الدولي"): another body of that kind, not a reference back."""
    if entry.type == "PER":
        return False
    found = WORD.search(norm_text, end, end + 40)
    nxt = found.group() if found is not None and not norm_text[end:found.start()].strip() else ""
    if not nxt.startswith("ال") or not nxt.endswith(("ي", "يه", "يين", "يون")) or nxt in NOT_NISBA \
            or nxt.startswith("الم"):  # a participle: "المقاومة الموالية للشرعية" is the resistance still
        return False  # a nisba: الوطني، الشيعية (not إلى، التي)
    own = {_masculine(w) for form in (entry.name_ar, *entry.aliases) for w in search_form(form).split()}
    return _masculine(nxt) not in own  # "وزير الخارجية التركي" is of وزارة الخارجية التركية


def _masculine(word: str) -> str:
    return word[:-1] if word.endswith("يه") else word


def _inside_context_form(match: Match, shorts: list[Match]) -> bool:
    """An adjective match inside a context form of several words, which stands for the whole."""
    return match.kind.startswith("adjective") and any(
        s.kind == CONTEXT and s.start <= match.start and match.end <= s.end for s in shorts)


# Words for a body by its sector ("وقالت القيادة العسكرية", "المنظمة الدولية"), after the article
# has named one of that sector in full (its code starting and ending so): that one, or of
# several the one named last before it.
SECTOR_FORMS = {search_form(form): (head, tail) for form, head, tail in (
    ("القيادة العسكرية", "", "MIL"), ("المؤسسة العسكرية", "", "MIL"), ("القيادة العامة للجيش", "", "MIL"),
    ("المنظمة الدولية", "IGOUNO", ""), ("المنظمة الأممية", "IGOUNO", ""))}  # the UN, or its agency named


def _last_named(ids: set[str], matches: list[Match], before: int) -> str:
    """Of `ids`, the one whose last mention before `before` is the latest ("" if none)."""
    last = {m.entry_id: m.start for m in sorted(matches, key=lambda m: m.start) if m.entry_id in ids and m.start < before}
    return max(last, key=lambda i: last[i]) if last else ""


def _heading(text: str, start: int, end: int) -> bool:
    """A subheading that quotes someone by surname before the text names them in full
    ("الأحمدي: طول القامة مشكلة")."""
    return (start == 0 or text[start - 1] == "\n") and text[end:end + 1] == ":"


@cache
def context_forms() -> dict[str, dict[str, str]]:
    """Search form -> {country code: entry id} (data/context_forms.tsv)."""
    table: dict[str, dict[str, str]] = {}
    for form, country, entry_id in rows("context_forms.tsv"):
        table.setdefault(search_form(form), {})[country] = entry_id
    return table


def _context_forms(matches: list[Match], entries: _Entries) -> dict[str, str]:
    """The bare forms the article's country decides ("التحالف" in news about Yemen): the
    state named most among the matches (its towns counting for it) picks the entry."""
    counts: Counter[str] = Counter()
    for m in matches:
        entry = entries.get(m.entry_id)
        if entry.type == "GPE" and len(entry.actor_code or "") == 3:
            counts[entry.actor_code or ""] += 1
        elif entry.type in ("GPE", "LOC") and entry.country and entry.lat is not None:
            counts[entry.country] += 1  # a town names its state: مأرب، الحديدة are Yemen's
    if not counts:
        return {}
    country = counts.most_common(1)[0][0]
    return {form: by_country[country] for form, by_country in context_forms().items()
            if country in by_country and entries.known_id(by_country[country])}


STATE_TITLES = ("المملكه", "السلطنه", "الاماره", "الجمهوريه")
# A title no state of the article bears: in Arabic news "المملكة" alone is Saudi Arabia unless
# another kingdom is named; Oman is the one sultanate of the region.
DEFAULT_TITLE_HOLDERS = {"المملكه": "sau", "السلطنه": "omn"}


def _state_titles(matches: list[Match], entries: _Entries) -> dict[str, str]:
    """"المملكة" alone is the one kingdom the article names (السعودية → المملكة), "السلطنة"
    the one sultanate: a title refers back when a single state of the article bears it, or one
    is named more than twice as often as any other, and to the default holder when none does."""
    bearers: dict[str, set[str]] = {}
    for entry_id in {m.entry_id for m in matches}:
        entry = entries.get(entry_id)
        if entry.type != "GPE" or not entry.actor_code or len(entry.actor_code) != 3:
            continue
        for form in (entry.name_ar, *entry.aliases):
            first = search_form(form).split()[0]
            title = first if first in STATE_TITLES else "ال" + first if "ال" + first in STATE_TITLES else None
            if title:
                bearers.setdefault(title, set()).add(entry_id)
    counts = Counter(m.entry_id for m in matches)
    out = {}
    for title, ids in bearers.items():
        ranked = sorted(ids, key=lambda i: -counts[i])
        if len(ranked) == 1 or counts[ranked[0]] > 2 * counts[ranked[1]]:
            out[title] = ranked[0]  # one bearer, or one named far more often than the others
    for title, holder in DEFAULT_TITLE_HOLDERS.items():
        if title not in bearers and entries.known_id(holder):
            out[title] = holder
    return out


FATHER_LINKS = frozenset({"بن", "بنت", "ابن"})  # "محمد بن سلمان": سلمان is the father, "بن سلمان" the son
KIN_LINKS = frozenset({"ابو", "عبد", "ال", "ام"})  # "أبو زيد", "عبد الله" are whole; "آل سعود" is a family


def _short_forms(entry_type: str, words: list[str]) -> list[str]:
    if entry_type == "PER" and len(words) >= 3 and words[-2] in FATHER_LINKS:
        # "بن سلمان" for محمد بن سلمان; a longer name's father ("الملك سلمان بن عبدالعزيز")
        # is shared by all his brothers
        return [" ".join(words[-2:])] if len(words) == 3 and not is_cue(words[0]) else []
    if entry_type == "PER" and len(words) >= 2 and words[-2] in KIN_LINKS:
        return [" ".join(words[-2:])] if words[-2] == "ابو" and len(words) >= 3 else []
    if entry_type == "PER" and len(words) >= 2:
        # the family name after the given name, which may be two words ("مصطفى سيد قادر" ...
        # "سيد قادر"), and the last word when it is no ordinary word (not "الدين" of صلاح الدين)
        family = [" ".join(words[1:])] if len(words) == 3 and words[0] not in COMPOUND_HEADS \
            and words[1] not in KIN_LINKS and len(words[1]) >= 3 else []
        last = [words[-1]] if len(words[-1]) >= 3 and not common_word(words[-1]) else []
        return family + last
    if entry_type in ("ORG", "MEDIA") and len(words) >= 2:
        head = words[0] if words[0].startswith("ال") else "ال" + words[0]  # مركز الملك سلمان ... المركز
        forms = [head] if len(head) >= 6 else []
        return forms + ([" ".join(words[:2])] if len(words) >= 3 else [])
    return []

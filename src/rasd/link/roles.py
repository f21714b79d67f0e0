"""Role references: a title alone later in the article ("الوزير"، "وزير الخارجية الأمريكي"،
"الرئيس") refers back to the one person the article named with that title.

A person's role is read off the words before their first mention ("وزير الخارجية الأميركي
مايك بومبيو" gives وزير, and the country of الأميركي); a reference counts only after that
mention, only when a single person of the article bears the role (and the country, when
the reference names one), and never when a name follows it (then it introduces someone).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from importlib.resources import files

from rasd.kb.matcher import Match
from rasd.ner.features import word_form
from rasd.text.normalize import search_form
from rasd.text.tokenize import Token

CLITICS = ("", "و", "ف", "ب", "ل")
LOOKBACK = 9  # tokens before a first mention searched for its title
# Words that end the search for a title: a title never reaches over a clause's start.
TITLE_BREAKS = frozenset(search_form(w) for w in (
    "أن إن ان بأن وأن أنه إنه أنها الذي التي الذين و ثم أو او بعد قبل منذ مع عن على".split()))
# The title an office of the knowledge base is referred to by: head and complement.
_OFFICE_TITLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "president": ("رئيس", ()), "king": ("ملك", ()), "emir": ("امير", ()), "sultan": ("سلطان", ()),
    "prime minister": ("رئيس", ("الوزراء",)), "crown prince": ("ولي", ("العهد",)),
    "foreign minister": ("وزير", ("الخارجيه",)), "secretary of state": ("وزير", ("الخارجيه",)),
    "foreign secretary": ("وزير", ("الخارجيه",)), "defence minister": ("وزير", ("الدفاع",)),
    "secretary of defense": ("وزير", ("الدفاع",)), "UN secretary-general": ("امين", ("العام",)),
}
OFFICE_TITLES = {role: (search_form(head), tuple(search_form(w) for w in complement))
                 for role, (head, complement) in _OFFICE_TITLES.items()}
Holder = tuple[str, str | None, tuple[str, ...]]  # (entry id, country code, title's complement)


@cache
def role_heads() -> frozenset[str]:
    text = files("rasd.link").joinpath("data/role_heads.txt").read_text("utf-8")
    return frozenset(search_form(w) for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def _head_forms() -> dict[str, str]:
    """Every printed form of a role head (with ال and clitics) -> the head."""
    forms = {clitic + article + head: head for head in role_heads() for clitic in CLITICS for article in ("", "ال")}
    return forms | {"لل" + head: head for head in role_heads()}  # للرئيس = ل + الرئيس


def role_head(word: str) -> str | None:
    """The role head of a search-form word with or without ال and clitics (والرئيس -> رئيس)."""
    return _head_forms().get(word)


class RoleResolver:
    """Finds role references among a document's tokens. `is_person(entry_id)` tells persons
    apart; `country_of(word)` gives the country code a search-form adjective stands for
    (الأمريكي -> "USA") or None."""

    def __init__(self, is_person: Callable[[str], bool], country_of: Callable[[str], str | None],
                 offices_of: Callable[[str], list[tuple[str, str | None]]] | None = None):
        self.is_person, self.country_of = is_person, country_of
        self.offices_of = offices_of or (lambda entry_id: [])

    def __call__(self, tokens: Sequence[Token], matches: list[Match]) -> list[Match]:
        if not any(self.is_person(m.entry_id) for m in matches):
            return []
        forms = [word_form(t.text) for t in tokens]
        starts = [t.start for t in tokens]
        holders, first = self._holders(forms, starts, matches)
        if not holders:
            return []
        taken, persons = bytearray(tokens[-1].end + 1), bytearray(tokens[-1].end + 1)
        for m in matches:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
            if self.is_person(m.entry_id):
                persons[m.start:m.end] = b"\x01" * (m.end - m.start)
        out = []
        for i, form in enumerate(forms):
            head = role_head(form)
            if head not in holders or taken[tokens[i].start] or _named_next(i, tokens, persons):
                continue
            definite = form.endswith("ال" + head) or form.endswith("لل" + head)
            if i > 0 and _deputy(forms[i - 1]):
                continue  # "نائب الأمين العام", "مستشار الرئيس": another office, of the holder's
            if not definite and _construct(forms, i):
                continue  # "رئيس مجلس الوزراء", "أمير منطقة عسير": the title of another office
            tail = []
            for j in range(i + 1, min(i + 3, len(forms))):
                if not forms[j].startswith("ال"):
                    break
                tail.append(j)
            country = next((c for j in tail if (c := self.country_of(forms[j]))), None)
            complement = tuple(forms[j] for j in tail if not self.country_of(forms[j]))
            candidates = {e for e, c, of in holders[head] if (country is None or c == country)
                          and (not complement or complement == of) and first[e] < i}
            if len(candidates) > 1 and country is None:
                # a bare title is the home office: "وزير الخارجية" beside "وزير الخارجية الألماني"
                bare = {e for e, c, of in holders[head] if c is None and e in candidates
                        and (not complement or complement == of)}
                candidates = bare if len(bare) == 1 else candidates
            if len(candidates) == 1:
                last = max([i] + [j for j in tail if not self.country_of(forms[j]) and not taken[tokens[j].start]])
                start = tokens[i].start + _clitic_length(tokens[i].text, form)
                out.append(Match(start, tokens[last].end, candidates.pop(), "role", form))
        return out

    def _holders(self, forms: list[str], starts: list[int],
                 matches: list[Match]) -> tuple[dict[str, set[Holder]], dict[str, int]]:
        holders: dict[str, set[Holder]] = {}
        first: dict[str, int] = {}
        for match in sorted(matches, key=lambda m: m.start):
            if match.entry_id in first or not self.is_person(match.entry_id):
                continue
            index = bisect_left(starts, match.start)
            first[match.entry_id] = index
            for j in range(index - 1, max(-1, index - 1 - LOOKBACK), -1):
                if forms[j] in TITLE_BREAKS or (not forms[j].isalpha() and forms[j] not in ("،", ",")):
                    break  # "وزير البيشمركة في حكومة إقليم كردستان، مصطفى": the title may run long
                head = role_head(forms[j])
                if head:
                    between = forms[j + 1:index]
                    country = next((c for w in between if (c := self.country_of(w))), None)
                    complement = _complement(between, self.country_of)
                    holders.setdefault(head, set()).add((match.entry_id, country, complement))
                    break
            after = _title_after(forms, bisect_left(starts, match.end))
            if after is not None:  # "عادل الجبير وزير الخارجية": the title in apposition after the name
                head, between = after
                holders.setdefault(head, set()).add((match.entry_id, next(
                    (c for w in between if (c := self.country_of(w))), None), _complement(between, self.country_of)))
            for role, country in self.offices_of(match.entry_id):  # the office the base knows
                if role in OFFICE_TITLES:
                    head, complement = OFFICE_TITLES[role]
                    holders.setdefault(head, set()).add((match.entry_id, country, complement))
        return holders, first


def _title_after(forms: list[str], j: int) -> tuple[str, list[str]] | None:
    """A title right after a name (a comma between allowed): its head and the definite words
    that complete it ("الجبير وزير الخارجية"، "شتاينماير وزير الخارجية الألماني")."""
    if j < len(forms) and forms[j] in ("،", ","):
        j += 1
    head = role_head(forms[j]) if j < len(forms) else None
    if head is None or forms[j][:2] == "ال":
        return None  # "الوزير" after a name begins another clause more often than it names him
    words = []
    for k in range(j + 1, min(len(forms), j + 4)):
        if not forms[k].startswith("ال"):
            break
        words.append(forms[k])
    return head, words


def _complement(words: Sequence[str], country_of: Callable[[str], str | None]) -> tuple[str, ...]:
    """The definite words right after a title head that say which office it is ("العام" of
    الأمين العام للأمم المتحدة, "الخارجيه" of وزير الخارجية): up to the first word without ال;
    country adjectives are left out."""
    out = []
    for word in words:
        if not word.startswith("ال"):
            break
        if not country_of(word):
            out.append(word)
    return tuple(out)


def _construct(forms: list[str], i: int) -> bool:
    """An indefinite title before a word without ال is in construct with another noun."""
    following = forms[i + 1] if i + 1 < len(forms) else ""
    return following.isalpha() and not following.startswith("ال")


def _deputy(previous: str) -> bool:
    """An indefinite title before a definite one is in construct with it: its deputy, its
    adviser (نائب الرئيس، مستشار الوزير، مساعد المدير)."""
    head = role_head(previous)
    return head is not None and previous.lstrip("وفبل")[:2] != "ال"


def _named_next(i: int, tokens: Sequence[Token], persons: bytearray) -> bool:
    """A person's name stands within the next three words: the title introduces someone."""
    return any(persons[t.start] for t in tokens[i + 1:i + 4])


def _clitic_length(token: str, form: str) -> int:
    """A و/ف/ب/ل before the title is not part of the reference (والرئيس -> الرئيس)."""
    return 1 if form[:1] in "وفبل" and form not in role_heads() and role_head(form[1:]) else 0

"""Predicate lexicons: verbs and nouns (one or more words) with a code and options.

The reporting cues of quotes and the event patterns share one file format:

    code<TAB>kind<TAB>forms<TAB>options

`kind` is `verb` (forms `PAST|PRESENT[|extra forms]`), `noun` (`SINGULAR[|PLURAL...]`),
`literal` (forms used as printed: prepositions, nouns) or `participle` (as printed, but
without the article or a pronoun: مؤكداً). A multi-word pattern inflects
its first word; the other words follow it literally, the first of them up to `GAP` words
later for verbs (VSO: "شن الجيش هجوما"), the rest right after. Options are `;`-separated
`name=v1,v2` pairs (see `Options`). Longer patterns win over shorter ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from rasd.clauses.inflect import Analysis, Inflections
from rasd.text.normalize import search_form

GAP = 9  # tokens allowed between a verb and the rest of its pattern (its subject: VSO)


@dataclass(frozen=True, slots=True)
class Options:
    """`target`: where the pattern's target is: `obj` (the direct object) and/or
    prepositions; `veto`: words anywhere in the sentence that cancel it; `next!`: words right
    after it that cancel it; `near!`: words within NEAR_REACH words after it that cancel it (a
    verb's other sense: "لن يثني المملكة عن" deters, "داعياً الله" prays); `prev!`: words right
    before it that cancel it (a title it completes: "مسؤول الدعوة" is a post); `needs`: words one of
    which must be in the sentence; any other option is kept in `extra` for the lexicon's user."""

    target: frozenset[str] = frozenset()
    veto: frozenset[str] = frozenset()
    next_not: frozenset[str] = frozenset()
    near_not: frozenset[str] = frozenset()
    prev_not: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> Options:
        values: dict[str, tuple[str, ...]] = {}
        for part in text.split(";"):
            if "=" in part:
                name, _, value = part.partition("=")
                words = tuple(search_form(w.strip()) for w in value.split(",") if w.strip())
                values[name.strip()] = values.get(name.strip(), ()) + words
        target = frozenset("obj" if w == search_form("obj") else w for w in values.pop("target", ()))
        return cls(target=target, veto=_with_and_without_article(values.pop("veto", ())),
                   next_not=frozenset(values.pop("next!", ())), near_not=frozenset(values.pop("near!", ())),
                   prev_not=_with_and_without_article(values.pop("prev!", ())),
                   needs=_with_and_without_article(values.pop("needs", ())), extra=values)


def _with_and_without_article(words: Iterable[str]) -> frozenset[str]:
    """Context words match with or without ال (vetoes are compared to the sentence's words and
    their forms without clitics: "السيول" must also catch "بالسيول")."""
    return frozenset(w for word in words for w in (word, word[2:] if word.startswith("ال") else word))


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    kind: str  # verb | noun | literal
    head: str  # the base form of the first word (search form)
    rest: tuple[str, ...]  # the literal words after it (search form)
    options: Options
    printed: tuple[frozenset[str], ...] = ()  # every printed form of each word of `rest`

    @property
    def size(self) -> int:
        return 1 + len(self.rest)


class Hit(NamedTuple):
    """A pattern found at tokens `first`..`last` (inclusive) of a word sequence."""

    pattern: Pattern
    first: int
    last: int
    analysis: Analysis


class PatternLexicon:
    """Finds patterns at a position of a sentence's search-form words."""

    def __init__(self, rows: Iterable[Sequence[str]]):
        self._inflections = Inflections()
        self._by_head: dict[tuple[str, str], list[Pattern]] = {}
        for row in rows:
            self._add(row)
        for patterns in self._by_head.values():
            patterns.sort(key=lambda p: -p.size)

    def _add(self, row: Sequence[str]) -> None:
        code, kind, forms = row[0].strip(), row[1].strip(), row[2].strip()
        options = Options.parse(row[3] if len(row) > 3 else "")
        variants = [search_form(f.strip()).split() for f in forms.split("|") if f.strip()]
        head_kind = "verb" if kind == "verb" else kind
        base = variants[0][0]
        rest = tuple(variants[0][1:])
        if kind == "verb":
            present = variants[1][0] if len(variants) > 1 else variants[0][0]
            extra = [v[0] for v in variants[2:]]
            self._inflections.add_verb(base, present, *extra)
        elif kind == "noun":
            self._inflections.add_noun(base, *(v[0] for v in variants[1:]))
        else:  # literal: prepositions and nouns as printed; participle: no article, no pronoun
            pos = "participle" if kind == "participle" else "noun"
            for v in variants:
                self._inflections.add_literal(v[0], base, pos)
            kind = "literal"
        pattern = Pattern(code, head_kind, base, rest, options, tuple(printed_forms(w) for w in rest))
        self._by_head.setdefault((base, kind), []).append(pattern)
        if kind == "verb":  # "أبدى استعداده|أبدوا استعدادهم": each form its own words after the verb
            for v in variants[1:]:
                if len(v) > 1 and tuple(v[1:]) != rest:
                    self._by_head[(base, kind)].append(
                        Pattern(code, head_kind, base, tuple(v[1:]), options, tuple(printed_forms(w) for w in v[1:])))
        # plural multi-word noun forms ("عمليات عسكرية") are separate heads with their own rest
        if kind == "noun":
            for v in variants[1:]:
                if len(v) > 1:
                    self._by_head.setdefault((base, kind), []).append(
                        Pattern(code, head_kind, base, tuple(v[1:]), options,
                                tuple(printed_forms(w) for w in v[1:])))

    def could_start(self, word: str) -> bool:
        """Whether a pattern may begin at `word` (most words of a sentence begin none)."""
        return bool(self._inflections.analyse(word))

    def find(self, words: Sequence[str], i: int, end: int | None = None,
             gap_ok: Callable[[int, int], bool] | None = None) -> list[Hit]:
        """Patterns whose first word is `words[i]`, longest first, the rest found before `end`.
        `gap_ok(i, k)` says whether the words between `i` and `k` may stand inside a
        pattern (a subject may: "شن الجيش هجوماً"; a clause may not)."""
        end = len(words) if end is None else end
        hits: list[Hit] = []
        for analysis in self._inflections.analyse(words[i]):
            kind = "noun" if analysis.form.pos == "noun" else "verb"
            for key in ((analysis.form.base, kind), (analysis.form.base, "literal")):
                for pattern in self._by_head.get(key, ()):
                    last = _rest_at(words, i, end, pattern, gap_ok)
                    if last is not None and not _cancelled(words, last, end, pattern) \
                            and not (i > 0 and _bare(words[i - 1]) in pattern.options.prev_not):
                        hits.append(Hit(pattern, i, last, analysis))
        hits.sort(key=lambda h: -(h.last - h.first + h.pattern.size))
        return hits


POSSESSIVES = ("ه", "ها", "هم", "هما", "نا")
THIRD_PERSON = POSSESSIVES[:4]  # his, her/its, their: the pronouns that point back to an actor


def printed_forms(wanted: str) -> frozenset[str]:
    """A pattern's literal word as news prints it: with or without ال, with tanween alif, with
    a possessive (أعرب عن ارتياح-ه, زيارت-ها) or with the article after ب (طالب بـ-الانسحاب)."""
    def bases(word: str) -> set[str]:
        return {word, word + "ا"}

    want = wanted[2:] if wanted.startswith("ال") else wanted
    forms = bases(want) | {"ال" + f for f in bases(want)} | {wanted}
    stem = want[:-1] + "ت" if want.endswith("ه") else want
    forms |= {stem + p for p in POSSESSIVES}
    if wanted.startswith("ب"):
        inner = wanted[1:][2:] if wanted[1:].startswith("ال") else wanted[1:]
        forms |= {"بال" + f for f in bases(inner)}
    return frozenset(forms)


def _rest_at(words: Sequence[str], i: int, end: int, pattern: Pattern,
             gap_ok: Callable[[int, int], bool] | None) -> int | None:
    """The index of the pattern's last word when its literal words follow `words[i]`."""
    j = i
    for n, printed in enumerate(pattern.printed):
        gap = GAP if n == 0 and pattern.kind == "verb" else 0
        for k in range(j + 1, min(end, j + 2 + gap)):
            if words[k] in printed and (k == j + 1 or gap_ok is None or gap_ok(j, k)):
                j = k
                break
        else:
            return None
    return j


def _bare(word: str) -> str:
    """A word before a pattern without its و / ف: "ومسؤول" is "مسؤول"."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


NEAR_REACH = 3  # words after a pattern in which a `near!` word tells its other sense


def _cancelled(words: Sequence[str], last: int, end: int, pattern: Pattern) -> bool:
    near = pattern.options.near_not
    if near and any(words[k] in near for k in range(last + 1, min(end, last + 1 + NEAR_REACH))):
        return True
    nxt = pattern.options.next_not
    if nxt and last + 1 < end:
        word = words[last + 1]
        return word in nxt or (word.startswith("ال") and word[2:] in nxt) or ("ال" + word) in nxt
    return False


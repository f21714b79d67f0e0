"""Accusations made in reported speech: "تدخلها في اليمن بشكل سافر", "دعمها للإرهاب",
"الانتهاكات الإسرائيلية", "جرائم داعش".

A speaker who names another side's interference, violations, aggression or crimes criticises
that side (CAMEO 112, accuse): the quote's speaker is the source, the side whose conduct the
noun names the target. The side is the noun's owner: its nisba adjective (التدخلات الإيرانية),
its genitive (تدخل إيران، جرائم داعش) or, for a possessive pronoun (تدخلها), the last state,
body or group named before it in the sentence. Found in the content of the article's quotes,
so the speaker is already resolved; a speaker's own side is never its target.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasd.clauses.lexicon import THIRD_PERSON
from rasd.clauses.view import Actor, Sentence, nisba
from rasd.events.demands import speaker_at
from rasd.ner.features import word_form

ACCUSE = "112"
# Nouns of blameworthy conduct, bare (search form, without ال); the plural where news uses it.
CONDUCT = frozenset(word_form(w) for w in (
    "تدخل تدخلات انتهاك انتهاكات خروقات اعتداء اعتداءات عدوان جرائم مجازر ممارسات "
    "أطماع مؤامرات".split()))
SUPPORT = word_form("دعم")
TERROR = frozenset(word_form(w) for w in "للإرهاب الإرهاب للارهاب الارهاب".split())
# "قوات التدخل السريع", "التدخل الجراحي": no one's conduct.
NOT_CONDUCT_AFTER = frozenset(word_form(w) for w in "السريع الجراحي الطبي العاجل الإنساني".split())
NOT_CONDUCT_BEFORE = frozenset(word_form(w) for w in "قوات قوة وحدات لتعرض تعرض تعرضت تعرضه".split())
ACTING = ("GPE", "ORG", "NORP", "PER")
# "الأخطاء التي ترتكبها الأمم المتحدة": what one commits is blameworthy (the doer follows).
COMMITS = frozenset(word_form(v + e) for v in "ارتكب ارتكبت يرتكب ترتكب ارتكبوا يرتكبون".split()
                    for e in ("", "ه", "ها", "هم"))


def accusations(s: Sentence, quotes: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Actor, int]]:
    """(speaker reference, the side accused, index of the conduct noun) for each accusation the
    sentence reports inside a quote's content."""
    start, end = (s.tokens[0].start, s.tokens[-1].end) if s.tokens else (0, 0)
    if not any(q["start"] < end and start < q["end"] for q in quotes):
        return  # most sentences hold no quote: no word of theirs is looked at
    for i, word in enumerate(s.words):
        accused = _committer(s, i) if word.lstrip("و") in COMMITS else _conduct_owner(s, i)
        speaker = speaker_at(quotes, s.tokens[i].start) if accused is not None else None
        if accused is not None and speaker is not None:
            yield speaker, accused, i


def _committer(s: Sentence, i: int) -> Actor | None:
    """The doer right after a form of ارتكب: "التي ترتكبها الأمم المتحدة عبر مبعوثيها"."""
    doer = s.actor_at(i + 1) if i + 1 < len(s.words) else None
    return doer if doer is not None and doer.first == i + 1 and doer.type in ACTING else None


def _conduct_owner(s: Sentence, i: int) -> Actor | None:
    """The side whose conduct word `i` names, or None when it names none."""
    head, suffix = _conduct(s.words[i])
    if head is None or s.actor_at(i) is not None:
        return None
    if head == SUPPORT and not (i + 1 < len(s.words) and s.words[i + 1] in TERROR):
        return None  # support is conduct only for terrorism
    if (i + 1 < len(s.words) and s.words[i + 1] in NOT_CONDUCT_AFTER) or \
            (i > 0 and s.words[i - 1] in NOT_CONDUCT_BEFORE):
        return None
    return _owner(s, i, suffix)


def _conduct(word: str) -> tuple[str | None, str]:
    """(the conduct noun, its possessive suffix or "") of a search-form word, or (None, "")."""
    bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
    bare = bare[2:] if bare.startswith("ال") else bare
    if bare in CONDUCT or bare == SUPPORT:
        return bare, ""
    for ending in THIRD_PERSON:
        stem = bare[:-len(ending)]
        if bare.endswith(ending) and (stem in CONDUCT or stem == SUPPORT) and not word.lstrip("وف").startswith("ال"):
            return stem, ending
    return None, ""


def _owner(s: Sentence, i: int, suffix: str) -> Actor | None:
    """Whose conduct: the nisba or genitive right after the noun, else, for a possessive
    pronoun, the last acting side named before it in the sentence."""
    nxt = s.actor_at(i + 1) if i + 1 < len(s.words) else None
    if nxt is not None and nxt.first == i + 1 and nxt.type in ACTING and not suffix and (
            nxt.type != "GPE" or nisba(s.words[nxt.last]) or s.tokens[i + 1].text[:1] != "ل"):
        return nxt  # "التدخلات الإيرانية", "جرائم داعش", "تدخل إيران"
    if not suffix:
        return None
    for actor in reversed(s.actors):
        if actor.last < i and actor.type in ("GPE", "ORG", "NORP"):
            return actor  # "امتناع إيران ... وتدخلها في اليمن"
    return None

"""Demands made in reported speech: "على إيران أن تغير سياستها", "يجب على الحكومة ...".

A speaker who says that an actor must do something demands it of them (CAMEO 10): the
quote's speaker is the source, the actor under the obligation the target. Found in the
content of the article's quotes, so the speaker is already resolved.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasd.clauses.arguments import THAT
from rasd.clauses.view import Actor, Sentence
from rasd.ner.features import word_form

OBLIGATION = frozenset(word_form(w) for w in "يجب ينبغي يتعين يتوجب لابد بد وعلى فعلى".split())
DEMAND = "100"


def demands(s: Sentence, quotes: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Actor, int]]:
    """(speaker reference, the actor obliged, index of the obligation word) for each demand
    the sentence reports inside a quote's content."""
    for i, word in enumerate(s.words):
        if word not in ("علي", "وعلي", "فعلي") and word not in OBLIGATION:
            continue
        k = i + 1 if word not in OBLIGATION or word in ("وعلي", "فعلي") else _after_ala(s, i)
        if k is None or k >= len(s.words):
            continue
        actor = s.actor_at(k)
        if actor is None or actor.first != k or not _then_that(s, actor.last + 1) or not _acts(actor):
            continue
        bare = word in ("علي", "وعلي", "فعلي")
        if bare and s.words[actor.last + 1] not in THAT and not _opens(s, i):
            continue  # "على غرب إفريقيا": a place, not an obligation
        speaker = speaker_at(quotes, s.tokens[i].start)
        if speaker is not None:
            yield speaker, actor, i


def speaker_at(quotes: list[dict[str, Any]], at: int) -> dict[str, Any] | None:
    """The speaker of the innermost quote whose content holds offset `at`, or None: in "قال
    قادر إن الولايات المتحدة أكدت أنها ستواصل" the nested report speaks."""
    around = [q for q in quotes if q["start"] <= at < q["end"]]
    return min(around, key=lambda q: q["end"] - q["start"])["speaker"] if around else None


def _after_ala(s: Sentence, i: int) -> int | None:
    """"يجب على X", "لا بد لـ X": the word after على (or the actor glued to ل)."""
    for k in range(i + 1, min(len(s.words), i + 3)):
        if s.words[k] in ("علي", "من"):
            return k + 1
    return None


def _then_that(s: Sentence, k: int) -> bool:
    """The obligation goes on with أن or a verbal noun ("على إيران أن ...", "على إيران توجيه")."""
    return k < len(s.words) and s.tokens[k].kind == "word" and (s.words[k] in THAT or s.words[k][:1] != "ب")


OPENING = frozenset(word_form(w) for w in "أنه إنه بأنه كذلك وكذلك بل لذلك ولذلك".split()) | {":", "«", "“", '"'}


def _opens(s: Sentence, i: int) -> bool:
    """على starts the reported clause: "أنه على إيران ...", "وكذلك على الحكومة ..."."""
    return i == 0 or s.words[i - 1] in OPENING


def _acts(actor: Actor) -> bool:
    return actor.type in ("PER", "ORG", "NORP") or bool(actor.code and actor.type in ("GPE", "UNNAMED"))

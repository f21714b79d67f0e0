"""Token features for the CRF tagger, as "name=value" strings (what crfsuite reads fastest).

For Arabic: the normalized word and its stem without proclitics, affixes, the definite
article, shape, the neighbouring words, trigger words before the token (الرئيس، مدينة،
حركة ...) and knowledge-base membership of the word, its stem and the bigram it starts
or ends (the gazetteer), and the word clusters (data/clusters.tsv, built by
`rasd.ner.build_clusters` from word2vec vectors) of the word, its stem and its neighbours,
which carry what was learnt about words seen in unannotated text to the names of the same
kind. Everything works on the search form, so spelling variants share features.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple

from rasd.text.normalize import search_form

Gazetteer = Callable[[str], str | None]  # search-form key -> entity type, or None
word_form = lru_cache(maxsize=200_000)(search_form)  # tokens repeat: normalize each once
PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")


@cache
def triggers() -> dict[str, str]:
    text = files("rasd.ner").joinpath("data/triggers.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {search_form(word): kind for word, kind in rows}


@cache
def clusters() -> dict[str, tuple[str, ...]]:
    """search form -> its cluster ids, coarse to fine (empty when there is no cluster file)."""
    path = files("rasd.ner").joinpath("data/clusters.tsv")
    if not path.is_file():
        return {}
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines() if not line.startswith("#"))
    return {row[0]: tuple(row[1:]) for row in rows if len(row) > 1}


def stem(word: str) -> tuple[str, str]:
    """(proclitics, rest) of a search-form word, keeping at least three letters."""
    for prefix in PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return prefix, word[len(prefix):]
    return "", word


def _shape(token: str) -> str:
    if token.isdigit():
        return "digit"
    if token.isascii() and token.isalpha():
        return "latin"
    if not any(ch.isalnum() for ch in token):
        return "punct"
    return "arabic" if token.isalpha() else "mixed"


class _Token(NamedTuple):
    word: str  # search form
    rest: str  # stem without proclitics
    own: tuple[str, ...]  # the token's own features
    before2: tuple[str, ...]  # the features it gives the token two after it
    before1: tuple[str, ...]  # ... the token right after it
    after1: tuple[str, ...]  # ... the token right before it
    after2: tuple[str, ...]  # ... the token two before it
    trigger: str | None  # the kind of name the word announces
    trigger_or_stem: str | None  # the same for the word or its stem


@lru_cache(maxsize=200_000)
def _token(token: str) -> _Token:
    """Everything one token contributes to a sentence's features: computed once per token."""
    word = word_form(token) or token
    prefix, rest = stem(word)
    own = ["b", "w=" + word, "s=" + rest, "p=" + prefix, "sh=" + _shape(token), "s2=" + rest[-2:],
           "s3=" + rest[-3:], "r2=" + rest[:2], "r3=" + rest[:3], "len=" + str(min(len(rest), 8))]
    table = clusters()
    ids = table.get(word) or table.get(rest) or ()
    own += [f"c{level}=" + cid for level, cid in enumerate(ids)]
    if prefix and rest in table:
        own += [f"sc{level}=" + cid for level, cid in enumerate(table[rest])]
    trig = triggers()
    return _Token(word, rest, tuple(own),
                  ("w-2=" + word, "s-2=" + rest),
                  ("w-1=" + word, "s-1=" + rest, *(f"c-1.{level}=" + cid for level, cid in enumerate(ids[:2]))),
                  ("w1=" + word, "s1=" + rest, *(f"c1.{level}=" + cid for level, cid in enumerate(ids[:2]))),
                  ("w2=" + word, "s2=" + rest),
                  trig.get(word), trig.get(word) or trig.get(rest))


@lru_cache(maxsize=200_000)
def _known_token(token: str, known: frozenset[str]) -> _Token:
    """`_token` without the features a model never weighs (its hash is cached: a cheap key)."""
    tok = _token(token)
    keep = known.__contains__
    return tok._replace(own=tuple(filter(keep, tok.own)), before2=tuple(filter(keep, tok.before2)),
                        before1=tuple(filter(keep, tok.before1)), after1=tuple(filter(keep, tok.after1)),
                        after2=tuple(filter(keep, tok.after2)))


def sentence_features(tokens: Sequence[str], gazetteer: Gazetteer | None = None,
                      known: frozenset[str] | None = None) -> list[list[str]]:
    """Features of every token of one sentence; with `known` (the attributes a trained model
    weighs) only those, which tags the same and spares the tagger a quarter of its lookups."""
    info = [_token(t) if known is None else _known_token(t, known) for t in tokens]
    words = [t.word for t in info]
    gaz = _gazetteer_features(words, [t.rest for t in info], gazetteer) if gazetteer else None
    out = []
    n = len(info)
    for i, tok in enumerate(info):
        feats = list(tok.own)
        if i == 0:
            feats.append("BOS")
        if i > 1:
            back2 = info[i - 2]
            feats += back2.before2
            if back2.trigger:
                feats.append("trig-2=" + back2.trigger)
        if i > 0:
            prev = info[i - 1]
            feats += prev.before1
            bigram = "bg=" + prev.word + "|" + tok.word
            if known is None or bigram in known:
                feats.append(bigram)
            if prev.trigger_or_stem:
                feats.append("trig-1=" + prev.trigger_or_stem)
        if i + 1 < n:
            feats += info[i + 1].after1
        if i + 2 < n:
            feats += info[i + 2].after2
        if tok.trigger:
            feats.append("trig=" + tok.trigger)
        out.append(feats + gaz[i] if gaz else feats)
    return out


def _gazetteer_features(words: list[str], stems: list[str], gazetteer: Gazetteer) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in words]
    for i, word in enumerate(words):
        kind = gazetteer(word) or gazetteer(stems[i])
        if kind:
            out[i].append("gz=" + kind)
        if i + 1 < len(words):
            pair = gazetteer(stems[i] + " " + words[i + 1])
            if pair:
                out[i].append("gzB=" + pair)
                out[i + 1].append("gzI=" + pair)
    return out

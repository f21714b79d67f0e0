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


@lru_cache(maxsize=200_000)
def _word(token: str) -> tuple[str, str, str, tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]]:
    """(search form, proclitics, stem, the token's own features, the features it gives the
    token after it and the token before it): computed once per token."""
    word = word_form(token) or token
    prefix, rest = stem(word)
    own = ["b", "w=" + word, "s=" + rest, "p=" + prefix, "sh=" + _shape(token), "s2=" + rest[-2:],
           "s3=" + rest[-3:], "r2=" + rest[:2], "r3=" + rest[:3], "len=" + str(min(len(rest), 8))]
    table = clusters()
    ids = table.get(word) or table.get(rest) or ()
    own += [f"c{level}=" + cid for level, cid in enumerate(ids)]
    if prefix and rest in table:
        own += [f"sc{level}=" + cid for level, cid in enumerate(table[rest])]
    near = (tuple(f"c-1.{level}=" + cid for level, cid in enumerate(ids[:2])),
            tuple(f"c1.{level}=" + cid for level, cid in enumerate(ids[:2])))
    return word, prefix, rest, tuple(own), near


def sentence_features(tokens: Sequence[str], gazetteer: Gazetteer | None = None) -> list[list[str]]:
    """Features of every token of one sentence."""
    info = [_word(t) for t in tokens]
    words = [w for w, _, _, _, _ in info]
    stems = [(p, r) for _, p, r, _, _ in info]
    gaz = _gazetteer_features(words, stems, gazetteer) if gazetteer else [[] for _ in words]
    trig = triggers()
    out = []
    n = len(words)
    for i, word in enumerate(words):
        feats = list(info[i][3])
        if i == 0:
            feats.append("BOS")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                feats.append(f"w{offset}=" + words[j])
                feats.append(f"s{offset}=" + stems[j][1])
                if offset in (-1, 1):
                    feats += info[j][4][offset > 0]
        if i > 0:
            feats.append("bg=" + words[i - 1] + "|" + word)
            kind = trig.get(words[i - 1]) or trig.get(stems[i - 1][1])
            if kind:
                feats.append("trig-1=" + kind)
        if i > 1 and (kind := trig.get(words[i - 2])):
            feats.append("trig-2=" + kind)
        if word in trig:
            feats.append("trig=" + trig[word])
        out.append(feats + gaz[i])
    return out


def _gazetteer_features(words: list[str], stems: list[tuple[str, str]], gazetteer: Gazetteer) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in words]
    for i, word in enumerate(words):
        kind = gazetteer(word) or gazetteer(stems[i][1])
        if kind:
            out[i].append("gz=" + kind)
        if i + 1 < len(words):
            pair = gazetteer(stems[i][1] + " " + words[i + 1])
            if pair:
                out[i].append("gzB=" + pair)
                out[i + 1].append("gzI=" + pair)
    return out

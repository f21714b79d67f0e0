"""The neural tagger's inputs: each token as a few ids, computed the same way when training
(with torch, `rasd.ner.train_neural`) and when tagging (plain numpy, `rasd.ner.neural`).

Per token: the search form's id, its stem's id (the word without و/ب/ل/ال...), the ids of
its first letters' and last letters' pieces, its word cluster (data/clusters.tsv, trained on
the CC BY-SA corpora), its shape, the trigger class it is (الرئيس, مدينة, حركة ...), and
what the knowledge base says it is (a person's, a place's, an organisation's name, alone
or as the first or second word of a two-word name). The vocabularies are fixed at
training time and shipped with the weights; a word outside them is id 1 (0 pads).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rasd.ner.features import Gazetteer, clusters, stem, triggers, word_form

PAD, UNK = 0, 1
SHAPES = ("arabic", "latin", "digit", "punct", "mixed")
GAZ = ("", "PERS", "LOC", "ORG", "MISC")
GAZ_IDS = 1 + len(GAZ) * 3  # none, or (type x single / first of two / second of two)
TRIGGER_CLASSES = 16
FIELDS = ("word", "stem", "prefix", "suffix", "cluster", "shape", "trigger", "gazetteer")
SEEN = 200_000  # tokens whose ids are kept
CHARS = 16  # letters of a word's search form the letter convolution reads (ids after FIELDS)


def shape(token: str) -> int:
    if token.isdigit():
        return 3
    if token.isascii() and token.isalpha():
        return 2
    if not any(ch.isalnum() for ch in token):
        return 4
    return 1 if token.isalpha() else 5


class Vocabulary:
    """String -> id tables for the fields that need one, built from the training words."""

    def __init__(self, tables: dict[str, dict[str, int]]):
        self.tables = tables
        self._seen: dict[str, tuple[tuple[int, ...], tuple[str, str]]] = {}

    @classmethod
    def build(cls, sentences: Sequence[Sequence[str]], min_count: int = 2) -> Vocabulary:
        counts: dict[str, dict[str, int]] = {f: {} for f in ("word", "stem", "prefix", "suffix", "cluster", "trigger")}
        table = clusters()
        kinds = triggers()
        letters: set[str] = set()
        for tokens in sentences:
            for token in tokens:
                strings = _strings(token, table, kinds)
                letters.update(strings["word"][:CHARS])
                for field, value in strings.items():
                    counts[field][value] = counts[field].get(value, 0) + 1
        tables = {}
        for field, seen in counts.items():
            keep = sorted(v for v, n in seen.items() if n >= (min_count if field in ("word", "stem") else 1))
            tables[field] = {v: i + 2 for i, v in enumerate(keep)}
        tables["char"] = {c: i + 2 for i, c in enumerate(sorted(letters))}
        return cls(tables)

    def size(self, field: str) -> int:
        if field == "shape":
            return len(SHAPES) + 1
        if field == "gazetteer":
            return GAZ_IDS + 1
        return len(self.tables[field]) + 2

    def _token(self, token: str) -> tuple[tuple[int, ...], tuple[str, str]]:
        """A token's ids but the gazetteer's (which looks at its neighbour), and its search
        form and stem: a pure function of the token, kept for the tokens seen."""
        found = self._seen.get(token)
        if found is not None:
            return found
        strings = _strings(token, clusters(), triggers())
        ids = [PAD] * (len(FIELDS) + CHARS)
        for field in ("word", "stem", "prefix", "suffix", "cluster", "trigger"):
            value = strings.get(field)
            ids[FIELDS.index(field)] = self.tables[field].get(value, UNK) if value is not None else PAD
        ids[FIELDS.index("shape")] = shape(token)
        letters = self.tables.get("char", {})
        for j, letter in enumerate(strings["word"][:CHARS]):
            ids[len(FIELDS) + j] = letters.get(letter, UNK)
        found = (tuple(ids), (strings["word"], strings["stem"]))
        if len(self._seen) >= SEEN:
            self._seen.clear()
        self._seen[token] = found
        return found

    def encode(self, tokens: Sequence[str], gazetteer: Gazetteer | None) -> np.ndarray:
        """(len(tokens), len(FIELDS) + CHARS) int32 ids: the fields, then the word's letters."""
        rows = [self._token(token) for token in tokens]
        out = np.array([ids for ids, _ in rows], dtype=np.int32).reshape(len(tokens), len(FIELDS) + CHARS)
        words = [pair for _, pair in rows]
        if gazetteer is not None:
            out[:, FIELDS.index("gazetteer")] = _gazetteer_ids(words, gazetteer)
        return out


def _strings(token: str, table: dict[str, tuple[str, ...]], kinds: dict[str, str]) -> dict[str, str]:
    word = word_form(token) or token
    _, rest = stem(word)
    ids = table.get(word) or table.get(rest) or ()
    out = {"word": word, "stem": rest, "prefix": rest[:2], "suffix": rest[-3:]}
    if ids:
        out["cluster"] = ids[-1]
    kind = kinds.get(word) or kinds.get(rest)
    if kind:
        out["trigger"] = kind
    return out


def _gazetteer_ids(words: list[tuple[str, str]], gazetteer: Gazetteer) -> list[int]:
    ids = [1] * len(words)
    for i, (word, rest) in enumerate(words):
        kind = gazetteer(word) or gazetteer(rest)
        if kind in GAZ:
            ids[i] = 2 + GAZ.index(kind) * 3
        if i + 1 < len(words):
            pair = gazetteer(rest + " " + words[i + 1][0])
            if pair in GAZ:
                ids[i] = 3 + GAZ.index(pair) * 3
                ids[i + 1] = 4 + GAZ.index(pair) * 3
    return ids

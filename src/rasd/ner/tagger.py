"""The CRF named-entity tagger: BIO tags PERS / LOC / ORG / MISC for tokens.

The model file is packaged (`model/ner.crfsuite`, trained by `make train-ner`); it is
loaded once per process. Knowledge-base membership is one of its features. Beside it,
`model/ner.attributes` lists the attributes the model weighs (written by the training): only
those are passed to crfsuite, which ignores the rest anyway; reading the list from the model
itself (`Tagger.info()`) would cost a fifth of a second at every start.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

import pycrfsuite

from rasd.ner.features import Gazetteer, sentence_features

MODEL = "model/ner.crfsuite"


def attributes_path(model: Path) -> Path:
    return model.with_suffix(".attributes")


def model_attributes(tagger: pycrfsuite.Tagger) -> frozenset[str]:
    """The attributes with a state feature in an opened model."""
    return frozenset(attribute for attribute, _label in tagger.info().state_features)


def write_attributes(model: Path) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    attributes_path(model).write_text("".join(a + "\n" for a in sorted(model_attributes(tagger))), "utf-8")


def kb_gazetteer() -> Gazetteer:
    """The type of the knowledge-base entry a search-form key names (ANERcorp classes)."""
    from rasd.kb import default

    kb = default()
    coarse = {"PER": "PERS", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "MEDIA": "ORG",
              "NORP": "MISC"}

    @lru_cache(maxsize=200_000)
    def lookup(key: str) -> str | None:
        surface = kb.best(key)
        if surface is None or surface.kind.startswith("ambiguous"):
            return None
        return coarse.get(kb.entries[surface.entry_id].type)

    return lookup


class Tagger:
    def __init__(self, model: Path | None = None, gazetteer: Gazetteer | None = None):
        path = model or Path(str(files("rasd.ner").joinpath(MODEL)))
        if not path.exists():
            raise FileNotFoundError(f"{path}: no NER model; train one with `make train-ner`")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._gazetteer = gazetteer if gazetteer is not None else kb_gazetteer()
        listed = attributes_path(path)
        self._known = frozenset(listed.read_text("utf-8").split("\n")) - {""} if listed.exists() \
            else model_attributes(self._tagger)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return list(self._tagger.tag(sentence_features(tokens, self._gazetteer, self._known)))

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]


@cache
def default() -> Tagger:
    return Tagger()

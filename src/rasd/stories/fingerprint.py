"""What story linking compares of an article: a MinHash signature of its text and its story features.

Both are computed once per document from its cleaned text in search form, so that spelling
variants (الأمريكي/الأميركي, hamza forms, diacritics) and different boilerplate around the
same wire copy do not make two copies look different. A fingerprint is small (1 KB
plus a few dozen weighted features) and is what the store keeps to compare articles
arriving later with the ones it holds.

- The signature: MinHash (datasketch) over overlapping word 4-grams of the whole body. Two
  copies of a wire story share most 4-grams even when an outlet trims a paragraph.
- The features: what the article is about, as raw weights: title words (counted three
  times: a headline names the happening), the words of the first paragraphs, the entities it
  mentions (`e:` + id) and its events (`v:` + CAMEO root + source). The clusterer turns these
  into tf-idf weights with the document frequencies it has seen.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
from datasketch import LeanMinHash, MinHash

from rasd.model import Document
from rasd.text.normalize import normalize_digits, search_form

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch 2: named, so stored signatures stay comparable across versions
SHINGLE = 4  # words per shingle
MIN_SHINGLES = 12  # shorter texts are too small to call anything their copy
LEAD_WORDS = 120  # body words that count as what the article is about
TITLE_WEIGHT = 3.0
ENTITY_WEIGHT = 2.0
MAX_ENTITY_COUNT = 3  # an entity named ten times is not ten times the story

_MULTIPLIER = np.uint64(1_000_003)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
LEAD_CHARS = 800  # where the numbers of the lead are looked for
NUMBER_WEIGHT = 1.5  # "3042 killed", "505 thousand tonnes": the same figures, the same happening
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")


@dataclass(slots=True)
class Fingerprint:
    """A document's signature (None when its text is too short) and raw feature weights."""

    doc_id: str
    published: str | None
    signature: LeanMinHash | None
    features: dict[str, float] = field(default_factory=dict)

    def signature_bytes(self) -> bytes:
        """The MinHash values as little-endian uint64, or b"" without a signature."""
        if self.signature is None:
            return b""
        return np.asarray(self.signature.hashvalues, dtype="<u8").tobytes()


def fingerprint(doc: Document) -> Fingerprint:
    """The fingerprint of `doc` from its title, text, entities and events."""
    words = _WORD.findall(search_form(doc.text))
    return Fingerprint(
        doc_id=doc.id,
        published=doc.published,
        signature=signature(words),
        features=features(doc, words),
    )


class StoryFeatures:
    """The pipeline stage that fingerprints each document where it is processed (a worker),
    so that story linking, which sees every article in one process, only compares."""

    def __call__(self, doc: Document) -> Document:
        doc.fingerprint = fingerprint(doc)
        return doc


def restore(doc_id: str, published: str | None, signature_bytes: bytes,
            weights: dict[str, float]) -> Fingerprint:
    """A fingerprint as the store keeps it (`Fingerprint.signature_bytes`, the features)."""
    sig = None
    if signature_bytes:
        values = np.frombuffer(signature_bytes, dtype="<u8").astype(np.uint64)
        sig = LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)
    return Fingerprint(doc_id, published, sig, dict(weights))


def signature(words: list[str]) -> LeanMinHash | None:
    """MinHash of the word 4-grams of `words`; None when there are too few to compare."""
    shingles = shingle_hashes(words)
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME,
                      hashfunc=_as_is)
    minhash.update_batch(shingles.tolist())
    return LeanMinHash(minhash)


def shingle_hashes(words: list[str]) -> np.ndarray:
    """The distinct 32-bit hashes of the word 4-grams of `words`.

    Each word is hashed once (CRC-32, stable across processes and machines, unlike `hash`),
    and a 4-gram's hash is a polynomial of its words' hashes, computed for all of them at
    once: hashing every 4-gram's text with SHA-1 took most of the time of story linking.
    """
    if len(words) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    codes: dict[str, int] = {}
    hashes = np.fromiter((codes.get(w) or codes.setdefault(w, zlib.crc32(w.encode("utf-8"))) for w in words),
                         dtype=np.uint64, count=len(words))
    combined = np.zeros(len(words) - SHINGLE + 1, dtype=np.uint64)
    for offset in range(SHINGLE):
        combined = (combined * _MULTIPLIER + hashes[offset : len(hashes) - SHINGLE + 1 + offset]) & _MASK32
    return np.unique(combined)


def _as_is(value: int) -> int:
    """The MinHash "hash function" for values that are hashes already."""
    return value


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The random permutations MinHash would draw for every document; drawn once."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations  # type: ignore[no-any-return]


def features(doc: Document, words: list[str]) -> dict[str, float]:
    """Raw weights of the words, entities and events that say what `doc` is about."""
    counts: defaultdict[str, float] = defaultdict(float)
    for word in _WORD.findall(search_form(doc.title or "")):
        if (term := content_term(word)) is not None:
            counts[term] += TITLE_WEIGHT
    for word in words[:LEAD_WORDS]:
        if (term := content_term(word)) is not None:
            counts[term] += 1.0
    for number in _numbers(doc.title or "", TITLE_WEIGHT) + _numbers(doc.text[:LEAD_CHARS], 1.0):
        counts["n:" + number[0]] += number[1] * NUMBER_WEIGHT
    for entity in doc.entities:
        if entity.get("id"):
            mentions = len(entity.get("mentions") or ()) or 1
            counts["e:" + entity["id"]] += ENTITY_WEIGHT * min(mentions, MAX_ENTITY_COUNT)
    for event in doc.events:
        source = (event.get("source") or {}).get("entity") or (event.get("source") or {}).get("actor_code")
        counts[f"v:{event.get('root')}:{source}"] += 1.0
    return dict(counts)


def _numbers(text: str, weight: float) -> list[tuple[str, float]]:
    """Figures of two digits or more (a lone digit is too common to tell stories apart)."""
    found = _NUMBER.findall(normalize_digits(text))
    return [(number.replace(",", "."), weight) for number in found if len(number) >= 2]


@lru_cache(maxsize=200_000)
def content_term(word: str) -> str | None:
    """`word` (in search form) without its article or conjunction, or None for a function word."""
    if len(word) < 3 or word in _stopwords():
        return None
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    else:
        if word[0] == "و" and len(word) >= 5:
            word = word[1:]
    return None if word in _stopwords() else word


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    text = resources.files("rasd.stories").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(search_form(line) for line in lines if line and not line.startswith("#"))

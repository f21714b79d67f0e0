"""Entities the knowledge base does not know: names the tagger found, given a stable id and
an English name, so the same unknown name gets the same entity in every article.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from rasd.text.normalize import search_form

TAG_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE"}
PROCLITIC_LETTERS = ("و", "ف", "ب", "ل", "ك")


def unknown_id(name: str, entity_type: str) -> str:
    """Stable id from the normalized name: "x-per-" + 10 hex digits."""
    digest = hashlib.sha1(search_form(name).encode("utf-8")).hexdigest()[:10]
    return f"x-{entity_type.lower()}-{digest}"


@lru_cache(maxsize=65536)
def english_name(name: str) -> str:
    """A Latin rendering of an Arabic name (arabic-name-romanizer: a dictionary first,
    a small bundled model otherwise; no download). Falls back to the Arabic when it fails."""
    try:
        import arabic_name_romanizer
    except ImportError:  # pragma: no cover - a declared dependency; kept usable without it
        return name
    try:
        result = arabic_name_romanizer.transliterate(name)
    except Exception:
        return name
    text = result if isinstance(result, str) else getattr(result, "text", "")
    return text or name

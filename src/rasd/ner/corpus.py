"""Training corpora in CoNLL-like form, mapped to ANERcorp's classes (PERS LOC ORG MISC).

ANERcorp: "token TAG", blank line between sentences. NewsFANE (Alotaibi & Lee 2014):
"token<TAB>B-FineClass", no sentence breaks (sentences end at . ! ؟), U+200E marks to strip;
its 50 ACE-style classes are mapped to the four coarse ones the way ANERcorp annotates
the same kinds of names (countries and cities are LOC, facilities too; vehicles, weapons,
works and products are MISC; groups of people are not names).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

Sentence = tuple[list[str], list[str]]

FANE_TO_COARSE = {
    **dict.fromkeys("Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer "
                    "Engineer Police_PER".split(), "PERS"),
    **dict.fromkeys("Nation Population-Center State-or-Province GPE-Cluster County-or-District Continent "
                    "Water-Body Land-Region-Natural Celestial Address Boundary Airport Building-Grounds Path "
                    "Plant Subarea-Facility Region-General Region-International Special".split(), "LOC"),
    **dict.fromkeys("Non-Governmental Sports Government Media Commercial Educational Police "
                    "Medical-Science Entertainment Religious_ORG".split(), "ORG"),
    **dict.fromkeys("Book Movie Software Hardware Projectile Shooting Food Drug Land Air Water "
                    "Sound Chemical Exploding Nuclear Sharp Blunt Biological Subarea-Vehicle".split(), "MISC"),
}
SENTENCE_END = frozenset({".", "!", "؟", "?"})


def read_anercorp(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if tokens:
                yield tokens, tags
                tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        yield tokens, tags


def read_fane(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text("utf-8-sig").splitlines():
        parts = line.replace("\u200e", "").replace("\ufeff", "").split("\t")
        if len(parts) < 2 or not parts[0].strip():
            continue
        tokens.append(parts[0].strip())
        tags.append(coarse(parts[1].strip()))
        if parts[0].strip() in SENTENCE_END:
            yield tokens, _repaired(tags)
            tokens, tags = [], []
    if tokens:
        yield tokens, _repaired(tags)


def coarse(tag: str) -> str:
    if tag in ("O", "") or "-" not in tag:
        return "O"
    position, fine = tag.split("-", 1)
    kind = FANE_TO_COARSE.get(fine)
    return f"{position}-{kind}" if kind else "O"


def _repaired(tags: list[str]) -> list[str]:
    """An I- tag after O (a dropped class before it) starts a name: make it B-."""
    out: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out

"""Training corpora in CoNLL-like form, mapped to ANERcorp's classes (PERS LOC ORG MISC).

ANERcorp: "token TAG", blank line between sentences. NewsFANE (Alotaibi & Lee 2014):
"token<TAB>B-FineClass", no sentence breaks (sentences end at . ! ؟), U+200E marks to strip;
its 50 ACE-style classes are mapped to the four coarse ones the way ANERcorp annotates
the same kinds of names (countries and cities are LOC, facilities too; vehicles, weapons,
works and products are MISC; groups of people are not names). WikiFANE has the same form.
Wojood (Jarrar et al. 2022): "token TAG [NESTED-TAG ...]", blank line between sentences,
"$#$" markers to drop; nested names are flattened to the outermost one of a kept type.

NewsFANE re-annotates much of ANERcorp's own text: `without_overlap` drops the sentences
that share a run of tokens with held-out sentences, so a dev split stays unseen.
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
# Wojood's 21 types as ANERcorp annotates them: nationalities (NORP), occupations, dates,
# numbers, laws, languages and websites are not names there; events, products and currencies
# (بطولة كأس العالم، الدولار) are MISC.
WOJOOD_TO_COARSE = {"PERS": "PERS", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG",
                    "EVENT": "MISC", "PRODUCT": "MISC", "CURR": "MISC"}


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


def read_wojood(path: Path) -> Iterator[Sentence]:
    rows: list[list[str]] = []
    for line in [*path.read_text("utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) >= 2 and parts[0] != "$#$":
            rows.append(parts)
        elif not parts and rows:
            yield [row[0] for row in rows], _flattened([row[1:] for row in rows])
            rows = []


def _flattened(columns: list[list[str]]) -> list[str]:
    """BIO tags of the outermost mapped names among nested ones (longest first, no overlap)."""
    found: list[tuple[int, int, str]] = []
    open_at: dict[str, int] = {}
    for i, tags in enumerate([*columns, []]):
        inside = {tag[2:] for tag in tags if tag.startswith("I-")}
        for kind in [k for k in open_at if k not in inside]:
            found.append((open_at.pop(kind), i, kind))
        for tag in tags:
            if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] not in open_at):
                if tag[2:] in open_at:
                    found.append((open_at.pop(tag[2:]), i, tag[2:]))
                open_at[tag[2:]] = i
    out = ["O"] * len(columns)
    for start, end, kind in sorted(found, key=lambda span: span[0] - span[1]):
        coarse_kind = WOJOOD_TO_COARSE.get(kind)
        if coarse_kind and all(tag == "O" for tag in out[start:end]):
            out[start:end] = ["B-" + coarse_kind] + ["I-" + coarse_kind] * (end - start - 1)
    return out


def without_overlap(sentences: list[Sentence], held_out: list[Sentence], n: int = 6) -> list[Sentence]:
    """The sentences that share no run of `n` tokens with any held-out sentence."""
    runs = {tuple(tokens[i:i + n]) for tokens, _ in held_out for i in range(len(tokens) - n + 1)}
    return [(tokens, tags) for tokens, tags in sentences
            if not any(tuple(tokens[i:i + n]) in runs for i in range(len(tokens) - n + 1))]


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

"""The article text as HTML with its entity mentions, quotes and event evidence marked.

Spans overlap freely (a mention inside a quote inside an event's sentence, two events on one
sentence), so the text is cut at every span boundary and at every line break into pieces
that each lie inside a fixed set of spans. Each piece becomes one closed element that names
its spans in data attributes (`data-q="0"`, `data-ev="1 2"`, `data-ent="trump-donald"`),
which is why overlapping spans can never produce badly nested HTML, and why a paragraph
can close between any two pieces. The side panel and `article.js` find a span's pieces by
those attributes.

Every piece of article text goes through `markupsafe.escape` (by `Markup.format`); nothing
from the article is ever marked safe as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from rasd.model import Document

_BREAK = re.compile(r"\n+")


@dataclass(frozen=True, slots=True)
class Mark:
    """One span to show: `kind` is "ent" (a mention), "q" (a quote's content), "cue" (its
    reporting cue) or "ev" (an event's evidence); `key` is the entity id or the item's index."""

    kind: str
    key: str
    start: int
    end: int


def marks(doc: Document) -> list[Mark]:
    """The spans of a document that lie inside its text; a bad offset is dropped, not shown."""
    found: list[Mark] = []
    for entity in doc.entities:
        for mention in entity.get("mentions") or []:
            found.append(Mark("ent", str(entity.get("id") or ""), *_bounds(mention)))
    for i, quote in enumerate(doc.quotes):
        found.append(Mark("q", str(i), *_bounds(quote)))
        found.append(Mark("cue", str(i), *_bounds(quote, "cue_start", "cue_end")))
    for i, event in enumerate(doc.events):
        found.append(Mark("ev", str(i), *_bounds(event)))
    size = len(doc.text)
    return [m for m in found if 0 <= m.start < m.end <= size]


def _bounds(item: dict[str, Any], start: str = "start", end: str = "end") -> tuple[int, int]:
    lo, hi = item.get(start), item.get(end)
    return (lo, hi) if isinstance(lo, int) and isinstance(hi, int) else (-1, -1)


def article_html(text: str, spans: Iterable[Mark], actor_url: Callable[[str], str]) -> Markup:
    """Paragraphs (`<p>`) of pieces; a piece inside a mention of a known entity links to its page."""
    spans = list(spans)
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans), *_breaks(text)})
    paragraphs: list[list[Markup]] = [[]]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        piece = text[lo:hi]
        if _BREAK.fullmatch(piece):
            paragraphs.append([])
            continue
        inside = [m for m in spans if m.start <= lo and hi <= m.end]
        paragraphs[-1].extend(_anchors(m for m in inside if m.start == lo))
        paragraphs[-1].append(_piece(piece, inside, actor_url))
    return Markup("\n").join(
        Markup("<p>{}</p>").format(Markup("").join(parts)) for parts in paragraphs if parts
    )


def _anchors(starting: Iterable[Mark]) -> list[Markup]:
    """Empty targets where a quote or an event's evidence begins, for `#q-0` / `#ev-1` links."""
    return [
        Markup('<span class="anchor" id="{}-{}"></span>').format(m.kind, m.key)
        for m in starting
        if m.kind in ("q", "ev")
    ]


def _breaks(text: str) -> list[int]:
    return [i for m in _BREAK.finditer(text) for i in (m.start(), m.end())]


def _piece(piece: str, inside: list[Mark], actor_url: Callable[[str], str]) -> Markup:
    if not inside:
        return Markup("{}").format(piece)
    attrs = {
        kind: " ".join(sorted({m.key for m in inside if m.kind == kind}))
        for kind in ("ent", "q", "cue", "ev")
    }
    classes = " ".join(f"hl-{kind}" for kind, keys in attrs.items() if keys)
    data = Markup("").join(Markup(' data-{}="{}"').format(kind, keys) for kind, keys in attrs.items() if keys)
    entity = attrs["ent"].split(" ")[0] if attrs["ent"] else ""
    if entity:
        return Markup('<a class="{}"{} href="{}">{}</a>').format(classes, data, actor_url(entity), piece)
    return Markup('<span class="{}"{}>{}</span>').format(classes, data, piece)

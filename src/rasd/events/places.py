"""Where an event happened: a place the clause names after في / بـ / قرب ..., else the
article's dateline, geocoded from the knowledge base.

Cities, regions and facilities carry their own coordinates; a country stands at its
capital's (the base has no country outlines), marked `"precision": "country"` so a map can
tell a strike in Aleppo from a statement about Syria. A town or district the base does not
know (an entity the linker named from the text, "مديرية مجزر") is the place too, with
`"lat": null`: it still says where, and two strikes on two fronts stay two events.
"""

from __future__ import annotations

from typing import Any

from rasd.clauses.view import Actor, Sentence
from rasd.kb.base import KnowledgeBase, default
from rasd.model import Document
from rasd.ner.features import word_form

PLACE_TYPES = frozenset({"LOC", "GPE", "FAC"})
LOCATIVE = frozenset(word_form(w) for w in (
    "في داخل قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط أطراف ضواحي محيط ريف "
    "مدينة بمدينة محافظة بمحافظة منطقة بمنطقة بلدة ببلدة قرية بقرية حي بحي من إلى الى "
    "مديرية بمديرية جبهة بجبهة ناحية بناحية قضاء بقضاء".split()))
UNPLACED_PENALTY = 3  # words of distance a place without coordinates yields to one with them


class PlaceFinder:
    def __init__(self, kb: KnowledgeBase | None = None):
        self._kb = kb
        self._capitals: dict[str, tuple[float, float] | None] = {}  # state id -> its capital

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = default()
        return self._kb

    def place(self, s: Sentence, at: int, exclude: list[Actor | None],
              unknown: dict[str, dict[str, Any]] | None = None) -> dict[str, Any] | None:
        """The place of the clause nearest to the predicate at word `at`, not one of its actors;
        `unknown`: the document's entities by id, for the places the base does not know."""
        skip = {(a.first, a.last) for a in exclude if a is not None}
        best: tuple[int, dict[str, Any]] | None = None
        for actor in s.actors:
            if actor.entity is None or actor.type not in PLACE_TYPES or (actor.first, actor.last) in skip:
                continue
            if not _locative(s, actor):
                continue
            geo = self.geocode(actor.entity)
            distance = abs(actor.first - at) + (0 if actor.first > at else 2)
            if geo is None and unknown and actor.entity not in self.kb.entries \
                    and (entity := unknown.get(actor.entity)) is not None and entity.get("type") in PLACE_TYPES:
                geo = {"entity": actor.entity, "name_en": entity.get("name_en"), "lat": None, "lon": None}
                distance += UNPLACED_PENALTY
            if geo is not None and (best is None or distance < best[0]):
                best = (distance, geo)
        return best[1] if best else None

    def dateline(self, doc: Document) -> dict[str, Any] | None:
        """The dateline city ("الرياض – واس"), when the base knows where it is."""
        city = doc.source.dateline
        if not city:
            return None
        for entry in self.kb.places_named(city):
            geo = self.geocode(entry.id)
            if geo is not None:
                return geo
        return None

    def geocode(self, entry_id: str) -> dict[str, Any] | None:
        entry = self.kb.entries.get(entry_id)
        if entry is None:
            return None
        if entry.lat is not None and entry.lon is not None:
            return {"entity": entry.id, "name_en": entry.name_en, "lat": entry.lat, "lon": entry.lon}
        if entry.id not in self._capitals:
            self._capitals[entry.id] = _capital(self.kb, entry.id)
        capital = self._capitals[entry.id]
        if capital is not None:
            return {"entity": entry.id, "name_en": entry.name_en, "lat": capital[0], "lon": capital[1],
                    "precision": "country"}
        return None


def _locative(s: Sentence, actor: Actor) -> bool:
    """The actor is governed by a locative word or a ب/في clitic: "في حلب", "بريف إدلب"."""
    token = s.tokens[actor.first]
    lead = token.text[: max(0, actor.start - token.start)].lstrip("وف")
    before = s.words[actor.first - 1] if actor.first else ""
    return lead[:1] == "ب" or before in LOCATIVE or _bare_locative(before)


def _bare_locative(word: str) -> bool:
    return word[:1] in "وف" and word[1:] in LOCATIVE


def _capital(kb: KnowledgeBase, entry_id: str) -> tuple[float, float] | None:
    """Where a state's capital is: the first of its capitals' names that the base places in
    that state (a module cache would outlive a knowledge base built for a test)."""
    entry = kb.entries[entry_id]
    for name in kb.capitals.get(entry_id, []):
        for place in kb.places_named(name):
            if place.lat is not None and place.lon is not None and place.country == entry.country:
                return place.lat, place.lon
    return None

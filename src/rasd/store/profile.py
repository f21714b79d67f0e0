"""The parts of an entity's profile that are aggregates: names it is printed with, its events per
day, the actors it appears with and what it does to whom (rasd.store.queries.Reader.entity).

Relations are read from the CAMEO root of the events that join two actors: the source acts on
its targets, so for the entity as source the relation points `out` to each target, and as a
target it points `in` from the source. Targets of the same event are not related to each other.
Events and relations leave near-duplicate documents out, as the listings do.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.kb import Entry
from rasd.store.schema import documents, entities, event_actors, events, mentions

# CAMEO roots by what an analyst calls the act (a network of who meets, criticises, attacks whom).
RELATIONS = {
    "01": "comment", "02": "appeal", "03": "cooperate", "04": "meet", "05": "cooperate", "06": "cooperate",
    "07": "aid", "08": "yield", "09": "investigate", "10": "demand", "11": "criticise", "12": "reject",
    "13": "threaten", "14": "protest", "15": "threaten", "16": "sanction", "17": "coerce", "18": "attack",
    "19": "attack", "20": "attack",
}
ALIASES = 30
CO_OCCURRING = 20
RELATED = 50

_ORIGINAL = documents.c.duplicate_of.is_(None)
_DAY = sa.func.substr(sa.func.coalesce(events.c.date, documents.c.published), 1, 10)
# The statements are built once, with the entity as a parameter: building the joins and aliases
# anew for every profile cost more than running them.
_ENTITY: sa.BindParameter[str] = sa.bindparam("entity_id", type_=sa.String)
_COUNTS = sa.select(sa.func.count(), sa.func.count(mentions.c.doc_id.distinct())).where(mentions.c.entity_id == _ENTITY)
_N = sa.func.count().label("n")
_ALIASES = (sa.select(mentions.c.text, _N).where(mentions.c.entity_id == _ENTITY, mentions.c.text.is_not(None))
            .group_by(mentions.c.text).order_by(_N.desc(), mentions.c.text).limit(ALIASES))
_INVOLVED = sa.tuple_(events.c.doc_id, events.c.position).in_(  # by its index, not a probe per event
    sa.select(event_actors.c.doc_id, event_actors.c.position).where(event_actors.c.entity_id == _ENTITY))
_DAY_LABEL = _DAY.label("day")
_TIMELINE = (sa.select(_DAY_LABEL, events.c.root, sa.func.count())
             .select_from(events.join(documents, documents.c.id == events.c.doc_id))
             .where(_INVOLVED, _ORIGINAL, _DAY.is_not(None))
             .group_by(_DAY_LABEL, events.c.root).order_by(_DAY_LABEL, events.c.root))
_ME, _OTHER = event_actors.alias("me"), event_actors.alias("other")
_RELATIONS = (
    sa.select(_OTHER.c.entity_id, _ME.c.role, events.c.root, sa.func.count())
    .select_from(_ME.join(_OTHER, sa.and_(_OTHER.c.doc_id == _ME.c.doc_id, _OTHER.c.position == _ME.c.position,
                                          _OTHER.c.slot != _ME.c.slot))
                 .join(events, sa.and_(events.c.doc_id == _ME.c.doc_id, events.c.position == _ME.c.position))
                 .join(documents, documents.c.id == _ME.c.doc_id))
    .where(_ME.c.entity_id == _ENTITY, _OTHER.c.entity_id.is_not(None), _OTHER.c.entity_id != _ENTITY,
           sa.or_(_ME.c.role == "source", _OTHER.c.role == "source"), _ORIGINAL)
    .group_by(_OTHER.c.entity_id, _ME.c.role, events.c.root))
_NAMES = (sa.select(entities.c.id, entities.c.name_en, entities.c.name_ar)
          .where(entities.c.id.in_(sa.bindparam("ids", expanding=True))))


def counts(conn: Connection, entity_id: str) -> dict[str, int]:
    n_mentions, n_documents = conn.execute(_COUNTS, {"entity_id": entity_id}).one()
    return {"n_mentions": n_mentions, "n_documents": n_documents}


def aliases(conn: Connection, entity_id: str, entry: Entry | None) -> list[dict[str, Any]]:
    """The words the articles name it with, most used first, then the knowledge base's other
    printed forms (n = 0: no stored article used them)."""
    found = [{"text": text, "n": count, "source": "text"}
             for text, count in conn.execute(_ALIASES, {"entity_id": entity_id})]
    seen = {item["text"] for item in found}
    for form in [entry.name_ar, *entry.aliases] if entry is not None else []:
        if form not in seen:
            seen.add(form)
            found.append({"text": form, "n": 0, "source": "kb"})
    return found


def kb_fields(entry: Entry | None) -> dict[str, Any]:
    """What the knowledge base adds to a stored entity: country, coordinates, dated offices."""
    if entry is None:
        return {"in_kb": False, "country": None, "lat": None, "lon": None, "offices": []}
    offices = [{"role": o.role, "code": o.code, "start": o.start, "end": o.end} for o in entry.offices]
    return {"in_kb": True, "country": entry.country, "lat": entry.lat, "lon": entry.lon, "offices": offices}


def timeline(conn: Connection, entity_id: str) -> list[dict[str, Any]]:
    """Its events (as source or target) per day and CAMEO root, in date order."""
    return [{"date": d, "root": root, "n": n} for d, root, n in conn.execute(_TIMELINE, {"entity_id": entity_id})]


class Pairs:
    """Which entities each document mentions and which documents mention each entity, read once
    (one row per pair; 10,000 articles have about 100,000): co-occurrence is then counted in
    memory, where a self-join of the mentions took 10 ms an entity, 100 ms for the most named."""

    def __init__(self, conn: Connection):
        self.by_doc: dict[str, list[str]] = {}
        self.by_entity: dict[str, list[str]] = {}
        query = sa.select(mentions.c.doc_id, mentions.c.entity_id).where(mentions.c.entity_id.is_not(None)).distinct()
        for doc_id, entity_id in conn.execute(query):
            self.by_doc.setdefault(doc_id, []).append(entity_id)
            self.by_entity.setdefault(entity_id, []).append(doc_id)


def co_occurring(conn: Connection, entity_id: str, pairs: Pairs) -> list[dict[str, Any]]:
    """The entities mentioned in most of the same documents."""
    counts: Counter[str] = Counter()
    for doc_id in pairs.by_entity.get(entity_id, []):
        counts.update(pairs.by_doc[doc_id])
    del counts[entity_id]
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:CO_OCCURRING]
    names = _names(conn, [other for other, _ in top])
    return [{"entity": other, **names.get(other, _NO_NAMES), "n_documents": n} for other, n in top]


def relations(conn: Connection, entity_id: str) -> list[dict[str, Any]]:
    """Who it acts on (`out`) and who acts on it (`in`), by relation, most events first."""
    totals: Counter[tuple[str, str, str]] = Counter()
    for other_id, role, root, n in conn.execute(_RELATIONS, {"entity_id": entity_id}):
        relation = RELATIONS.get(root or "", "other")
        totals[(other_id, relation, "out" if role == "source" else "in")] += n
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:RELATED]
    names = _names(conn, [key[0] for key, _ in ranked])
    return [{"entity": other_id, **names.get(other_id, _NO_NAMES), "relation": relation, "direction": direction,
             "n": n} for (other_id, relation, direction), n in ranked]


def story_actors(conn: Connection, story_ids: list[str], top: int) -> dict[str, list[dict[str, Any]]]:
    """The `top` entities of each story by the number of its documents that mention them."""
    if not story_ids:
        return {}
    n = sa.func.count(mentions.c.doc_id.distinct()).label("n")
    query = (sa.select(documents.c.story, mentions.c.entity_id, n)
             .select_from(mentions.join(documents, documents.c.id == mentions.c.doc_id))
             .where(documents.c.story.in_(story_ids), mentions.c.entity_id.is_not(None))
             .group_by(documents.c.story, mentions.c.entity_id))
    per_story: dict[str, list[tuple[int, str]]] = {}
    for story, entity_id, count in conn.execute(query):
        per_story.setdefault(story, []).append((count, entity_id))
    chosen = {story: sorted(pairs, key=lambda p: (-p[0], p[1]))[:top] for story, pairs in per_story.items()}
    names = _names(conn, [entity_id for pairs in chosen.values() for _, entity_id in pairs])
    return {story: [{"entity": e, **names.get(e, _NO_NAMES), "n_documents": c} for c, e in pairs]
            for story, pairs in chosen.items()}


_NO_NAMES = {"name_en": None, "name_ar": None}


def _names(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    return {row.id: {"name_en": row.name_en, "name_ar": row.name_ar} for row in conn.execute(_NAMES, {"ids": ids})}

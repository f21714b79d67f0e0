"""Arabic and English names of entities by id, for what the listings give only an id or an
English name for: event places on the map and in the events table.

One query per page over the store's `entities` table (through `Reader.store`); a place the
articles never name as an entity keeps the English name its event record carries.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from rasd.store.schema import entities


def entity_names(reader: Any, ids: Iterable[str | None]) -> dict[str, dict[str, str | None]]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    query = sa.select(entities.c.id, entities.c.name_ar, entities.c.name_en).where(entities.c.id.in_(wanted))
    with reader.store.engine.connect() as conn:
        return {row.id: {"name_ar": row.name_ar, "name_en": row.name_en} for row in conn.execute(query)}

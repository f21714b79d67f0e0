"""The column sets of the four export tables, with the type each column holds.

The order here is the order of the columns in every format. Types matter where a format keeps
them (parquet, JSONL): offsets and counts are integers, coordinates floats, `direct` a boolean;
every other column is text. A missing value is None (an empty field in CSV/TSV, null elsewhere).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Kind = Literal["str", "int", "float", "bool", "bytes"]


class Column(NamedTuple):
    name: str
    kind: Kind = "str"


Columns = tuple[Column, ...]

_DOCUMENT_KEYS: Columns = (Column("doc_id"), Column("url"), Column("outlet"), Column("published"))
# Which article an event or quote was copied from, and its story: a wire copy's events are the
# original's, so counts leave out rows whose `duplicate_of` is set (and exports do by default).
_LINKS: Columns = (Column("duplicate_of"), Column("story"))

# GDELT-like: one row per (event, target); an event without a target is one row with empty target columns.
EVENT_COLUMNS: Columns = (
    *_DOCUMENT_KEYS,
    *_LINKS,
    Column("event_index", "int"),
    Column("date"),
    Column("date_text"),
    Column("cameo"),
    Column("root"),
    Column("plover"),
    Column("source_entity"),
    Column("source_name"),
    Column("source_name_ar"),
    Column("source_text"),
    Column("source_code"),
    Column("targets_count", "int"),
    Column("target_entity"),
    Column("target_name"),
    Column("target_name_ar"),
    Column("target_text"),
    Column("target_code"),
    Column("modality"),
    Column("place_entity"),
    Column("place_name"),
    Column("lat", "float"),
    Column("lon", "float"),
    Column("evidence"),
    Column("start", "int"),
    Column("end", "int"),
)

QUOTE_COLUMNS: Columns = (
    *_DOCUMENT_KEYS,
    *_LINKS,
    Column("quote_index", "int"),
    Column("speaker_entity"),
    Column("speaker_name"),
    Column("speaker_name_ar"),
    Column("speaker_text"),
    Column("speaker_code"),
    Column("cue"),
    Column("direct", "bool"),
    Column("text"),
    Column("start", "int"),
    Column("end", "int"),
)

ENTITY_COLUMNS: Columns = (
    *_DOCUMENT_KEYS,
    Column("entity_id"),
    Column("type"),
    Column("name_ar"),
    Column("name_en"),
    Column("wikidata"),
    Column("actor_code"),
    Column("mentions_count", "int"),
    Column("first_mention"),
    Column("first_start", "int"),
)

MENTION_COLUMNS: Columns = (
    Column("doc_id"),
    Column("entity_id"),
    Column("type"),
    Column("name_en"),
    Column("text"),
    Column("start", "int"),
    Column("end", "int"),
)

DOCUMENT_COLUMNS: Columns = (
    Column("doc_id"),
    Column("source_id"),
    Column("path"),
    Column("url"),
    Column("outlet"),
    Column("credit"),
    Column("title"),
    Column("published"),
    Column("language"),
    Column("duplicate_of"),
    Column("story"),
    Column("text_chars", "int"),
    Column("removed_count", "int"),
    Column("entities_count", "int"),
    Column("mentions_count", "int"),
    Column("quotes_count", "int"),
    Column("events_count", "int"),
)


def names(columns: Columns) -> list[str]:
    return [column.name for column in columns]

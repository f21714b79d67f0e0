"""Checks that a record follows FORMAT.md: every field present, every offset pair exact."""

from __future__ import annotations

from typing import Any

TOP_FIELDS = ("id", "source", "title", "published", "language", "duplicate_of", "story", "text",
              "removed", "entities", "quotes", "events")
SOURCE_FIELDS = ("id", "path", "url", "outlet", "credit")


def assert_valid_record(record: dict[str, Any]) -> None:
    for name in TOP_FIELDS:
        assert name in record, f"record lacks {name!r}"
    for name in SOURCE_FIELDS:
        assert name in record["source"], f"record.source lacks {name!r}"
    assert len(record["id"]) == 16 and int(record["id"], 16) >= 0
    text = record["text"]
    for part in record["removed"]:
        assert part["kind"] and part["text"]
    for entity in record["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for quote in record["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    for event in record["events"]:
        assert text[event["start"]:event["end"]] == event["evidence"]

"""Rows from a hand-made record: one per event and target, actors named, types as declared."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from rasd.errors import UsageError
from rasd.export import (
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    RowFilter,
    cameo_roots,
    document_rows,
    entity_rows,
    event_rows,
    iso_day,
    mention_rows,
    quote_rows,
)
from rasd.export.columns import names


def test_an_event_gives_one_row_per_target_and_a_source_only_event_one_row(record: dict[str, Any]) -> None:
    rows = event_rows(record)
    assert len(rows) == 3
    assert all(list(row) == names(EVENT_COLUMNS) for row in rows)
    uk, france, attack = rows
    assert (uk["event_index"], france["event_index"], attack["event_index"]) == (0, 0, 1)
    assert uk["targets_count"] == france["targets_count"] == 2
    assert (uk["target_name"], uk["target_name_ar"], uk["target_text"], uk["target_code"]) == (
        "United Kingdom", "المملكة المتحدة", "البريطاني", "GBRGOV")
    assert france["target_entity"] == "fra" and france["target_name"] == "France"
    assert uk["source_name"] == "Mike Pompeo" and uk["source_name_ar"] == "مايك بومبيو"
    assert (uk["place_name"], uk["lat"], uk["lon"]) == ("Washington", 38.9, -77.04)
    assert (uk["doc_id"], uk["url"], uk["outlet"], uk["published"]) == (
        "9f2c41aa00bb11cc", "https://example.org/a", "ليفانت", "2019-02-20")
    assert attack["targets_count"] == 0
    assert all(attack[key] is None for key in names(EVENT_COLUMNS) if key.startswith("target_"))
    assert attack["source_entity"] is None and attack["source_name"] == "مسؤول أميركي"
    assert attack["source_code"] == "USAGOV" and attack["lat"] is None and attack["place_name"] is None
    text = record["text"]
    assert all(text[row["start"]:row["end"]] == row["evidence"] for row in rows)


def test_quote_rows(record: dict[str, Any]) -> None:
    (row,) = quote_rows(record)
    assert list(row) == names(QUOTE_COLUMNS)
    assert (row["speaker_entity"], row["speaker_name"], row["speaker_text"], row["speaker_code"]) == (
        "pompeo-mike", "Mike Pompeo", "بومبيو", "USAGOV")
    assert row["direct"] is True and row["cue"] == "أشار" and row["quote_index"] == 0
    assert record["text"][row["start"]:row["end"]] == row["text"] == "تنامي المخاوف من خطر داعش"


def test_entity_rows_count_mentions_and_find_the_first(record: dict[str, Any]) -> None:
    rows = entity_rows(record)
    assert [row["entity_id"] for row in rows] == ["pompeo-mike", "gbr", "fra", "washington"]
    assert all(list(row) == names(ENTITY_COLUMNS) for row in rows)
    pompeo = rows[0]
    assert pompeo["mentions_count"] == 2 and pompeo["first_mention"] == "مايك بومبيو"
    assert pompeo["first_start"] == record["text"].index("مايك بومبيو")
    assert pompeo["type"] == "PER" and pompeo["actor_code"] == "USAGOV" and pompeo["wikidata"] is None


def test_mention_rows_give_every_mention_with_its_offsets(record: dict[str, Any]) -> None:
    rows = mention_rows(record)
    assert all(list(row) == names(MENTION_COLUMNS) for row in rows)
    assert len(rows) == sum(len(e["mentions"]) for e in record["entities"])
    assert all(record["text"][row["start"]:row["end"]] == row["text"] for row in rows)
    assert [row["name_en"] for row in rows if row["entity_id"] == "pompeo-mike"] == ["Mike Pompeo"] * 2


def test_document_rows(record: dict[str, Any]) -> None:
    (row,) = document_rows(record)
    assert list(row) == names(DOCUMENT_COLUMNS)
    assert (row["doc_id"], row["path"], row["credit"], row["source_id"]) == (
        "9f2c41aa00bb11cc", "seeds/a.txt", "ليفانت-وكالات", None)
    assert row["text_chars"] == len(record["text"])
    assert (row["removed_count"], row["entities_count"], row["mentions_count"]) == (1, 4, 5)
    assert (row["quotes_count"], row["events_count"]) == (1, 2)


def test_rows_only_read_the_record(record: dict[str, Any]) -> None:
    before = copy.deepcopy(record)
    for make in (event_rows, quote_rows, entity_rows, document_rows):
        make(record)
    assert record == before


def test_values_of_the_wrong_type_are_missing_and_odd_parts_are_skipped(record: dict[str, Any]) -> None:
    record["events"][0]["place"]["lat"] = "38.9"
    record["events"][0]["start"] = True
    record["events"].append("not an event")
    record["events"][0]["targets"].append(None)
    rows = event_rows(record)
    assert len(rows) == 3 and rows[0]["lat"] is None and rows[0]["start"] is None
    assert rows[0]["lon"] == -77.04 and rows[0]["targets_count"] == 2


def test_a_minimal_record_still_gives_rows() -> None:
    record = {"id": "abcd", "events": [{"cameo": "010"}]}
    (row,) = event_rows(record)
    assert row["doc_id"] == "abcd" and row["targets_count"] == 0 and row["source_name"] is None
    assert document_rows(record)[0]["text_chars"] == 0 and entity_rows(record) == quote_rows(record) == []


def test_filter_by_root_and_by_date_falling_back_to_published(record: dict[str, Any]) -> None:
    rows = event_rows(record)
    assert [r["root"] for r in rows if RowFilter(roots=cameo_roots(["19"]))(r)] == ["19"]
    assert len([r for r in rows if RowFilter(roots=cameo_roots(["4"]))(r)]) == 2
    # the attack has no date of its own: it is dated by the article (2019-02-20)
    assert [r["event_index"] for r in rows if RowFilter(since="2019-02-20")(r)] == [1]
    assert [r["event_index"] for r in rows if RowFilter(until="2019-02-19")(r)] == [0, 0]
    assert len([r for r in rows if RowFilter(since="2019-02-19", until="2019-02-20")(r)]) == 3
    undated = {**rows[1], "date": None, "published": None}
    assert RowFilter()(undated) and not RowFilter(since="2000-01-01")(undated)
    assert not RowFilter(duplicates=True).active and RowFilter(until="2019-01-01", duplicates=True).active
    copied = {**rows[1], "duplicate_of": "0123456789abcdef"}
    assert RowFilter().active and not RowFilter()(copied) and RowFilter(duplicates=True)(copied)


@pytest.mark.parametrize("value", ["0", "21", "190", "x", ""])
def test_bad_roots_are_refused(value: str) -> None:
    with pytest.raises(UsageError):
        cameo_roots([value])


def test_iso_day() -> None:
    assert iso_day(" 2019-11-14 ") == "2019-11-14"
    for bad in ("14/11/2019", "2019-13-01", "yesterday"):
        with pytest.raises(UsageError, match="ISO date"):
            iso_day(bad)

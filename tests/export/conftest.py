"""A hand-made record for the export tests: one event with two targets, one source-only event
whose evidence crosses a line break, a quote, and a title with a tab in it."""

from __future__ import annotations

from typing import Any

import pytest

TEXT = (
    "أجرى وزير الخارجية الأمريكي مايك بومبيو أمس الثلاثاء في واشنطن محادثات مع نظيريه البريطاني والفرنسي.\n"
    "وقال مسؤول أميركي إن الهجوم وقع قرب الحدود.\n"
    "وأشار بومبيو إلى \"تنامي المخاوف من خطر داعش\"."
)


def _span(part: str, after: int = 0) -> dict[str, Any]:
    start = TEXT.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def _entity(entity_id: str, kind: str, ar: str, en: str, code: str | None,
            *mentions: dict[str, Any]) -> dict[str, Any]:
    return {"id": entity_id, "type": kind, "name_ar": ar, "name_en": en, "wikidata": None, "actor_code": code,
            "mentions": sorted(mentions, key=lambda m: -m["start"])}  # listed last-first on purpose


def make_record() -> dict[str, Any]:
    pompeo = TEXT.index("مايك بومبيو")
    first = TEXT[: TEXT.index("\n") + 1].rstrip("\n")
    second_start = TEXT.index("وقال")
    second = TEXT[second_start : TEXT.index("\n", second_start) + 1]  # ends with the line break
    quote = _span("تنامي المخاوف من خطر داعش")
    return {
        "id": "9f2c41aa00bb11cc",
        "source": {"id": None, "path": "seeds/a.txt", "url": "https://example.org/a", "outlet": "ليفانت",
                   "credit": "ليفانت-وكالات"},
        "title": "محادثات\tأمريكية بريطانية فرنسية",
        "published": "2019-02-20",
        "language": "ar",
        "duplicate_of": None,
        "story": None,
        "text": TEXT,
        "removed": [{"kind": "breadcrumb", "text": "الرئيسية » الأخبار"}],
        "entities": [
            _entity("pompeo-mike", "PER", "مايك بومبيو", "Mike Pompeo", "USAGOV", _span("مايك بومبيو"),
                    _span("بومبيو", TEXT.index("وأشار"))),
            _entity("gbr", "GPE", "المملكة المتحدة", "United Kingdom", "GBR", _span("البريطاني")),
            _entity("fra", "GPE", "فرنسا", "France", "FRA", _span("الفرنسي")),
            _entity("washington", "GPE", "واشنطن", "Washington", "USA", _span("واشنطن")),
        ],
        "quotes": [{
            "speaker": {"entity": "pompeo-mike", "text": "بومبيو", "actor_code": "USAGOV"},
            "cue": "أشار", "direct": True, **quote,
        }],
        "events": [
            {
                "cameo": "040", "root": "04", "plover": "CONSULT",
                "source": {"entity": "pompeo-mike", "text": TEXT[pompeo : pompeo + 11], "actor_code": "USAGOV"},
                "targets": [{"entity": "gbr", "text": "البريطاني", "actor_code": "GBRGOV"},
                            {"entity": "fra", "text": "الفرنسي", "actor_code": "FRAGOV"}],
                "modality": "asserted", "date": "2019-02-19", "date_text": "أمس الثلاثاء",
                "place": {"entity": "washington", "name_en": "Washington", "lat": 38.9, "lon": -77.04},
                "start": 0, "end": len(first), "evidence": first,
            },
            {
                "cameo": "190", "root": "19", "plover": "ASSAULT",
                "source": {"entity": None, "text": "مسؤول أميركي", "actor_code": "USAGOV"},
                "targets": [],
                "modality": "reported", "date": None, "date_text": None, "place": None,
                "start": second_start, "end": second_start + len(second), "evidence": second,
            },
        ],
    }


@pytest.fixture()
def record() -> dict[str, Any]:
    return make_record()

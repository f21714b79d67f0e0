"""One knowledge-base entry, as stored one per line in `src/rasd/kb/data/*.jsonl`.

The data files are written by the build scripts under `kb/build/` (never by hand) and are
read by `rasd.kb.load`. Only surface forms as printed in news are stored; spelling variants
(ي/ى, hamza forms, long-vowel insertion, ك/ج/غ for g, clitics) are generated at load time.

Fields of a line (JSON object):
  id          stable, lowercase ASCII slug: "syr", "pompeo-mike", "hezbollah", "city-aleppo"
  type        PER | ORG | GPE | LOC | FAC | NORP | MEDIA
  name_ar     canonical Arabic name ("مايك بومبيو")
  name_en     canonical English name, as the English Wikipedia title has it ("Mike Pompeo")
  aliases     other Arabic surface forms, without clitics or ال added by us (["بومبيو"]);
              a form with its own ال is listed with it ("الأمم المتحدة")
  adjectives  nisba bases for countries and groups, masculine singular without ال ("أمريكي",
              "أميركي"); the loader derives ال-, feminine and plural forms (الأمريكية، الأمريكيين)
  wikidata    "Q473239" or null
  actor_code  CAMEO-style code: country + role ("USAGOV", "SYRREB", "IGOUNO"), or null
  country     ISO 3166 alpha-3 of the country the entry belongs to, or null
  lat, lon    coordinates for places, else null
  offices     for office holders: [{"role": "foreign minister", "code": "USAGOV",
              "start": "2018-04-26", "end": "2021-01-20" or null}]
  source      where the entry came from ("cldr", "geonames", "petrarch", "curated", ...)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MEDIA")


@dataclass(slots=True)
class Office:
    role: str
    code: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(slots=True)
class Entry:
    id: str
    type: str
    name_ar: str
    name_en: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    wikidata: str | None = None
    actor_code: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    offices: list[Office] = field(default_factory=list)
    source: str | None = None

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Entry:
        offices = [Office(**o) for o in row.get("offices") or []]
        known = {k: v for k, v in row.items() if k in cls.__dataclass_fields__ and k != "offices"}
        return cls(**known, offices=offices)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type, "name_ar": self.name_ar, "name_en": self.name_en}
        for name in ("aliases", "adjectives", "wikidata", "actor_code", "country", "lat", "lon", "source"):
            value = getattr(self, name)
            if value not in (None, []):
                out[name] = value
        if self.offices:
            out["offices"] = [{k: v for k, v in asdict(o).items() if v is not None} for o in self.offices]
        return out

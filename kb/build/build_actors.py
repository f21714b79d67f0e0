"""Build src/rasd/kb/data/actors.jsonl: the hand-curated actors (curated/actors.yaml) and, for
every country with a nisba adjective in curated/countries.yaml, its government bodies named
by the patterns Arabic news uses ("وزارة الخارجية الأمريكية", "الخارجية الأمريكية",
"الحكومة الفرنسية", "الجيش التركي"), the persons of the UniversalPetrarch Arabic dictionary, and
the persons of the PETRARCH2 Phoenix English dictionaries with Arabic names from Wikidata name
pairs (phoenix_actors.py). Curated entries win over generated ones, earlier sources over later.

    pip install pyyaml && python kb/build/build_actors.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import yaml
from phoenix_actors import phoenix_rows

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "src" / "rasd" / "kb" / "data" / "actors.jsonl"

# (id suffix, English pattern, role code, Arabic patterns with {f}: feminine adjective, {m}: masculine)
BODIES = [
    ("mofa", "Ministry of Foreign Affairs ({country})", "GOV", ["وزارة الخارجية {f}", "الخارجية {f}"]),
    ("mod", "Ministry of Defence ({country})", "MIL", ["وزارة الدفاع {f}", "الدفاع {f}"]),
    ("moi", "Ministry of Interior ({country})", "COP", ["وزارة الداخلية {f}", "الداخلية {f}"]),
    ("gov", "Government of {country}", "GOV", ["الحكومة {f}"]),
    ("army", "Armed Forces of {country}", "MIL", ["الجيش {m}", "القوات المسلحة {f}"]),  # "القوات الروسية": Russia
    ("parliament", "Parliament of {country}", "LEG", ["البرلمان {m}"]),
]


def curated_rows() -> list[dict[str, Any]]:
    rows = []
    for item in yaml.safe_load((HERE / "curated" / "actors.yaml").read_text("utf-8")):
        row = {"id": item["id"], "type": item["type"], "name_ar": item["ar"], "name_en": item["en"],
               "aliases": item.get("aka", []), "adjectives": item.get("adj", []), "wikidata": item.get("wd"),
               "actor_code": item.get("code"), "offices": [_office(o) for o in item.get("offices", [])],
               "source": "curated"}
        rows.append({k: v for k, v in row.items() if v not in (None, [])})
    return rows


def _office(office: dict[str, Any]) -> dict[str, Any]:
    return {k: str(v) if k in ("start", "end") else v for k, v in office.items() if v is not None}


def body_rows(taken_forms: set[str]) -> list[dict[str, Any]]:
    countries = yaml.safe_load((HERE / "curated" / "countries.yaml").read_text("utf-8"))
    rows = []
    for alpha3, info in countries.items():
        for adjective in info.get("adj", [])[:1]:
            if " " in adjective:
                continue
            for suffix, english, role, patterns in BODIES:
                forms = [p.format(f="ال" + adjective + "ة", m="ال" + adjective) for p in patterns]
                forms = [f for f in forms if f not in taken_forms]
                if not forms:
                    continue
                code = alpha3 if alpha3 != "XKX" else "KSV"
                rows.append({"id": f"{alpha3.lower()}-{suffix}", "type": "ORG", "name_ar": forms[0],
                             "name_en": english.format(country=info["en"]), "aliases": forms[1:],
                             "actor_code": code + role, "country": alpha3, "source": "pattern"})
    return rows


UP_DICT = HERE.parents[2] / "shared" / "data" / "universalpetrarch" / "arabic_dict" / "actor_dict_ar_v4.txt"
UP_LINE = re.compile(r"^\s+\[([A-Z]{3,9})\s+(\d{8})-(\d{8})\]")
NAME_WORD = re.compile(r"^[\u0621-\u064a]{2,}$")
NOT_NAME = frozenset("في من على إلى عن هو هي ل ب و ال مع حكومة وزارة جيش قوة قوات مجلس رئيس وزير حزب حركة "
                     "منظمة جماعة شرطة نظام أمير عاهل ملك شيخ ديوان الديوان سفير نائب أمين قائد زعيم ولي عهد "
                     "مفتي إمام ملكي".split())


def _adjectives() -> frozenset[str]:
    """Country adjectives: a lemmatized phrase ("عاهل أردني") is not a person's name."""
    countries = yaml.safe_load((HERE / "curated" / "countries.yaml").read_text("utf-8"))
    return frozenset(a for info in countries.values() for a in info.get("adj", []))


def petrarch_persons(path: Path = UP_DICT) -> list[dict[str, Any]]:
    """Named persons of the UniversalPetrarch Arabic actor dictionary (MIT), with the CAMEO
    codes and dates of their roles ("[IRQGOV 20101221-20140908]"; 18000101 = open end)."""
    if not path.exists():
        return []
    from arabic_name_romanizer import Transliterator

    romanize = Transliterator(auto_load_model=False, use_rules_fallback=True)
    not_name = NOT_NAME | _adjectives()
    rows: list[dict[str, Any]] = []
    name, offices = None, []
    for line in path.read_text("utf-8").splitlines() + [""]:
        role = UP_LINE.match(line)
        if role and name:
            offices.append(_up_office(*role.groups()))
            continue
        if name and offices and all(len(o["code"]) >= 6 for o in offices):  # [PSE] alone is a place
            rows.append(_up_row(name, offices, romanize))
        head = line.split("[")[0].strip().strip("_")
        words = head.split("_")
        name = " ".join(words) if 2 <= len(words) <= 4 and all(
            NAME_WORD.match(w) and w not in not_name for w in words) and not line.startswith(" ") else None
        offices = []
    return rows


def _up_office(code: str, start: str, end: str) -> dict[str, Any]:
    iso = lambda d: f"{d[:4]}-{d[4:6]}-{d[6:]}"  # noqa: E731
    office = {"role": "office", "code": code, "start": iso(start)}
    if end != "18000101":
        office["end"] = iso(end)
    return office


def _up_row(name: str, offices: list[dict[str, Any]], romanize: Any) -> dict[str, Any]:
    result = romanize.transliterate(name)
    english = result if isinstance(result, str) else getattr(result, "text", "") or name
    slug = re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-") or "person"
    return {"id": f"up-{slug}", "type": "PER", "name_ar": name, "name_en": english, "offices": offices,
            "source": "petrarch-ar"}


def _places_and_countries() -> Any:
    """The packaged countries and places: a Phoenix person must not take one of their forms."""
    from rasd.kb.base import load

    return load([OUT.parent / "countries.jsonl", OUT.parent / "places.jsonl"], user_file=Path(os.devnull))


def main() -> None:
    rows = curated_rows()
    taken = {f for r in rows for f in [r["name_ar"], *r.get("aliases", [])]}
    rows += body_rows(taken)
    seen_ids = {r["id"] for r in rows}
    for row in petrarch_persons():
        if row["name_ar"] not in taken and row["id"] not in seen_ids:
            rows.append(row)
            taken.add(row["name_ar"])
            seen_ids.add(row["id"])
    rows += phoenix_rows(rows, _places_and_countries())
    ids = [r["id"] for r in rows]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise SystemExit(f"duplicate ids: {sorted(duplicates)}")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} actors -> {OUT}")


if __name__ == "__main__":
    main()

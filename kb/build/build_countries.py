"""Build src/rasd/kb/data/countries.jsonl: every ISO 3166 country (pycountry codes, CLDR Arabic
names via babel) plus Kosovo, merged with the hand-curated variants in curated/countries.yaml.

    pip install babel pycountry pyyaml && python kb/build/build_countries.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import yaml
from babel import Locale

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "src" / "rasd" / "kb" / "data" / "countries.jsonl"
EXTRA = [("XK", "XKX", "Kosovo")]  # not in ISO 3166-1 proper
CLDR_AR_OVERRIDES = {"PS": "فلسطين"}  # CLDR says "الأراضي الفلسطينية"


def main() -> None:
    curated = yaml.safe_load((HERE / "curated" / "countries.yaml").read_text("utf-8"))
    arabic = Locale("ar").territories
    rows = []
    codes = [(c.alpha_2, c.alpha_3, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    for alpha2, alpha3, english in sorted(codes + EXTRA, key=lambda c: c[1]):
        extra = curated.get(alpha3, {})
        name_ar = CLDR_AR_OVERRIDES.get(alpha2) or arabic.get(alpha2)
        if not name_ar:
            continue
        aliases = [a for a in extra.get("aliases", []) if a != name_ar]
        # "الدولة المصرية" is Egypt: the state named by its adjective
        aliases += [f"الدولة ال{adj}ة" for adj in extra.get("adj", [])[:1] if " " not in adj]
        row = {"id": alpha3.lower(), "type": "GPE", "name_ar": name_ar, "name_en": extra.get("en", english),
               "aliases": aliases, "adjectives": extra.get("adj", []), "capitals": extra.get("capitals", []),
               "wikidata": extra.get("wd"), "actor_code": extra.get("code", alpha3), "country": alpha3,
               "ambiguous": extra.get("ambiguous"), "source": "cldr+curated" if extra else "cldr"}
        rows.append({k: v for k, v in row.items() if v not in (None, [])})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main()

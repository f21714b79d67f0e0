"""Score records with ../shared/eval/score.py, but with actors matched through their Arabic
mentions as well as their English names: a diagnostic of how much of the entity, quote and
event score is lost to transliteration alone (a person found, quoted and coded right whose
English spelling differs from the annotator's: "Mokhtar al-Yafai" for "Mukhtar al-Yafei").

A gold entity and a predicted one are the same actor here when a predicted mention contains
one of the gold mentions (three letters or more), as score.py's mention test has it. Not
the project's target figure, which is score.py's own.

    python benchmarks/eval_by_mentions.py GOLD.jsonl RECORDS.jsonl [--verbose]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def main(argv: list[str]) -> int:
    if len([a for a in argv if not a.startswith("-")]) != 2:
        sys.exit(__doc__)
    if not SCORE.exists():
        print(f"score.py not found at {SCORE}, skipped")
        return 0
    spec = importlib.util.spec_from_file_location("score", SCORE)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    files = [a for a in argv if not a.startswith("-")]
    gold = [json.loads(line) for line in Path(files[0]).read_text("utf-8").splitlines() if line.strip()]
    records = {score.stem(r): r for r in map(json.loads, Path(files[1]).read_text("utf-8").splitlines())}
    pairs = set()
    for g in gold:
        record = records.get(g["doc"])
        if record is None:
            continue
        for wanted in g["entities"]:
            for found in record["entities"]:
                if any(score.mention_found(m, found, record["text"]) for m in wanted["mentions"] if len(m) >= 3):
                    pairs.add((score.norm_en(wanted["name_en"]), score.norm_en(found.get("name_en") or "")))
    same_name = score.same_name
    score.same_name = lambda a, b: same_name(a, b) or (score.norm_en(a), score.norm_en(b)) in pairs
    return score.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

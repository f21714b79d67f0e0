"""How close rasd.link.romanize comes to the English spellings, against arabic-name-romanizer.

Tokens: the held-out Wikidata pairs wd_arabic_20 (build the tables from wd_arabic_80 only with
`python kb/build/build_name_tokens.py --train-only --out DIR` and pass `--data DIR`): exact match
and share with difflib ratio >= 0.88, on distinct pairs, split by whether the table knows the word.
Full names: the hand-curated persons of the knowledge base (leading titles such as الأمير dropped),
scored with ../shared/eval/score.py's same_name. Coverage: the words of the GATE Arabic name
lists the table knows. Speed: two-word names per second, without romanize's cache.

    python benchmarks/eval_romanize.py [--data DIR]
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rasd.link.romanize import DATA, Romanizer, known_name
from rasd.text.normalize import search_form

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAIRS = SHARED / "data" / "wikidata_name_transliteration_ar"
GATE = SHARED / "data" / "gate_arabic_gazetteers" / "gazetteer"
ACTORS = ROOT / "src" / "rasd" / "kb" / "data" / "actors.jsonl"
TITLES = ("الأمير", "الشيخ", "الملك", "السلطان", "الرئيس")


def _module(path: Path, name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build = _module(ROOT / "kb" / "build" / "build_name_tokens.py", "build_name_tokens")
score = _module(SHARED / "eval" / "score.py", "score")


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def baseline() -> Callable[[str], str]:
    from arabic_name_romanizer import Transliterator

    romanizer = Transliterator(auto_load_model=False, use_rules_fallback=True)

    def run(name: str) -> str:
        try:
            result = romanizer.transliterate(name)
        except Exception:
            return name
        return result if isinstance(result, str) else getattr(result, "text", "")
    return run


def token_scores(systems: dict[str, Callable[[str], str]], tables: Romanizer) -> None:
    held = build.read_pairs([PAIRS / "wd_arabic_20"])
    groups: dict[str, list[tuple[str, str]]] = {"all": [], "in table": [], "not in table": []}
    for ar, en in held:
        word = ar[2:] if ar.startswith("ال") and not build.KEEPS_ARTICLE.match(en) else ar
        groups["all"].append((word, en))
        groups["in table" if word in tables.tokens else "not in table"].append((word, en))
    print(f"held-out tokens (wd_arabic_20, distinct pairs after filtering: {len(held)})")
    for label, items in groups.items():
        for system, run in systems.items():
            out = [build.fold(run(ar)).replace(" ", "").replace("-", "") for ar, _ in items]
            exact = sum(o == en for o, (_, en) in zip(out, items, strict=True)) / len(items)
            close = sum(ratio(o, en) >= 0.88 for o, (_, en) in zip(out, items, strict=True)) / len(items)
            print(f"  {label:13} n={len(items):6}  {system:22} exact {exact:.3f}  ratio>=0.88 {close:.3f}")


def curated_persons() -> list[tuple[str, str]]:
    out = []
    for line in ACTORS.read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["type"] == "PER" and row.get("source") == "curated":
            words = row["name_ar"].split()
            if words[0] in TITLES:
                words = words[1:]
            out.append((" ".join(words), row["name_en"]))
    return out


def name_scores(systems: dict[str, Callable[[str], str]], show: bool) -> None:
    persons = curated_persons()
    print(f"curated persons of actors.jsonl: {len(persons)}")
    for system, run in systems.items():
        hits = 0
        for ar, en in persons:
            got = run(ar)
            hits += score.same_name(got, en)
            if show:
                print(f"    {system[:8]:8} {'+' if score.same_name(got, en) else '-'} {ar} | {got} | {en}")
        print(f"  {system:22} same_name {hits}/{len(persons)} = {hits / len(persons):.3f}")


def gate_coverage(tables: Romanizer) -> None:
    """Share of the words of GATE's Arabic name lists (LGPL, read here only) the table knows."""
    words = set()
    for name in ("male_names", "female_names", "surnames"):
        path = GATE / f"{name}.lst"
        if path.exists():
            words |= {w for line in path.read_text("utf-8-sig").splitlines() for w in search_form(line).split()}
    if words:
        known = sum(w in tables.tokens or (w.startswith("ال") and w[2:] in tables.tokens) for w in words)
        print(f"GATE male/female/surname list words in the table: {known}/{len(words)} = {known / len(words):.3f}")


def speed(tables: Romanizer) -> None:
    names = [f"{a} {b}" for a, b in zip(*[[ar for ar, _ in build.read_pairs([PAIRS / "wd_arabic_20"])]] * 2,
                                       strict=False)][:5000]
    started = time.perf_counter()
    for name in names:
        tables.name(name)
    elapsed = time.perf_counter() - started
    print(f"speed: {len(names) / elapsed:,.0f} two-word names/s uncached (one core)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA, help="folder with name_tokens.tsv, name_chars.tsv")
    parser.add_argument("--show", action="store_true", help="print every curated person")
    args = parser.parse_args()
    tables = Romanizer.load(args.data)
    systems = {"rasd.link.romanize": tables.name, "arabic-name-romanizer": baseline()}
    token_scores({**systems, "romanize char model": tables.spell}, tables)
    name_scores({"romanize (Wikidata whole names first)": lambda n: known_name(tables.untitled(n), tables.name(n)) or tables.name(n), **systems},
                args.show)
    gate_coverage(tables)
    speed(tables)


if __name__ == "__main__":
    main()

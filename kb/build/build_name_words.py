"""Build src/rasd/text/data/name_words.tsv: how often each word is a person's given name, a
later part of a person's name, part of another name, or an ordinary word, in the CC BY-SA
gold corpora NewsFANE / WikiFANE (Alotaibi & Lee 2014) and ANERcorp train (Benajiba et al.),
and how often it is a token of a person's name in the Wikidata name pairs (CC0).

The person-name chunker (rasd.link.persons) reads it to tell where a name starts and ends:
"سعود" mostly opens a name of two words or more, "المرزوقي" is unseen (a surname), "الأثرية" is an
ordinary word.
Only words seen at least twice are kept; counts, not text, are stored.

    python kb/build/build_name_words.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from rasd.ner.corpus import read_anercorp, read_fane  # noqa: E402
from rasd.text.normalize import search_form  # noqa: E402

DATA = HERE.parents[2] / "shared" / "data"
OUT = HERE.parents[1] / "src" / "rasd" / "text" / "data" / "name_words.tsv"
COLUMNS = ("first", "inner", "other", "plain", "wikidata")
WIKIDATA = ("wd_arabic_80", "wd_arabic_20")  # English<TAB>Arabic letters spaced<TAB>count (CC0)


def count(data: Path) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {c: Counter() for c in COLUMNS}
    sources = [(data / "anercorp" / "train.txt", read_anercorp),
               (data / "fane_gold_alotaibi" / "NewsFANE_Gold_2014_170K.txt", read_fane),
               (data / "fane_gold_alotaibi" / "WikiFANE_Gold_2014_500K.txt", read_fane)]
    for path, reader in sources:
        if not path.exists():
            raise SystemExit(f"{path}: missing (needs ../shared/data)")
        for tokens, tags in reader(path):
            for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
                word = search_form(token)
                if not word or not any(ch.isalpha() for ch in word):
                    continue
                opens = tag == "B-PERS" and i + 1 < len(tags) and tags[i + 1] == "I-PERS"
                # a one-word name ("بوتين") is a surname used alone, not a given name
                column = ("first" if opens else "inner" if tag in ("B-PERS", "I-PERS")
                          else "plain" if tag == "O" else "other")
                counts[column][word] += 1
    for name in WIKIDATA:
        for line in (data / "wikidata_name_transliteration_ar" / name).read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2].isdigit():
                counts["wikidata"][search_form(parts[1].replace(" ", ""))] += int(parts[2])
    return counts


def main() -> None:
    counts = count(DATA)
    words = sorted({w for c in counts.values() for w in c})
    rows = []
    for word in words:
        values = [counts[c][word] for c in COLUMNS]
        if sum(values) >= 2 and "\t" not in word:
            rows.append(word + "\t" + "\t".join(map(str, values)))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = "# word\t" + "\t".join(COLUMNS) + "\n"
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main()

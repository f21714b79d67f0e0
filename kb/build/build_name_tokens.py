"""Build src/rasd/link/data/name_tokens.tsv and name_chars.tsv, the data of rasd.link.romanize,
from the English->Arabic person-name token pairs mined from Wikidata by Merhav & Ash
(steveash/NETransliteration-COLING2018, CC0): wd_arabic_80 + wd_arabic_20 = the full set.

name_tokens.tsv: for each Arabic name token (search form) the English spelling the pairs agree
on (see `central`) and how many pairs back the word. The pairs often drop the article (الطاهر -> "tahar"): such pairs count for the bare
word (طاهر), and a word keeps its ال only when its pairs spell it
with it (اليزابيث -> "elizabeth", العلوي -> "alaoui", إلهام -> "ilham"); romanize() adds "al-" to
the rest.

name_chars.tsv: a character model for words the table lacks. Every pair is aligned by EM
(each Arabic letter writes 0-4 Latin letters: Arabic leaves short vowels out), and for each
letter in a window of its neighbours the most frequent Latin chunk is kept, only where it
differs from what the smaller window already says.

    python kb/build/build_name_tokens.py                     # full set -> src/rasd/link/data
    python kb/build/build_name_tokens.py --train-only --out /tmp/rom   # wd_arabic_80 only
"""

from __future__ import annotations

import argparse
import difflib
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
from rasd.link.romanize import Romanizer  # noqa: E402
from rasd.text.normalize import search_form  # noqa: E402

PAIRS = HERE.parents[2] / "shared" / "data" / "wikidata_name_transliteration_ar"
OUT = HERE.parents[1] / "src" / "rasd" / "link" / "data"
MAX_CHUNK = 4
EM_ROUNDS = 6
MIN_SCORE = -4.0  # mean log-probability per Arabic letter below which a pair is misaligned noise
# (left, right) context sizes, smallest first; each backs off to the one before it
WINDOWS = ((0, 0), (0, 1), (1, 1), (1, 2), (2, 2))
MIN_CONTEXT = 3  # pairs a context needs before its chunk is kept

ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")
LATIN_WORD = re.compile(r"^[a-z][a-z']*$")
FOLD = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th",
                      "œ": "oe", "’": "'", "ʻ": "'", "ʿ": "'", "ʼ": "'", "`": "'"})
KEEPS_ARTICLE = re.compile(r"^[aeiouy]?l")  # "alaoui", "elizabeth", "ilham", "larbi": the ال is spelled

Pair = tuple[str, str]


def fold(english: str) -> str:
    """Lowercase ASCII (accents dropped), the spelling norm of ../shared/eval/score.py."""
    text = unicodedata.normalize("NFKD", english.lower().translate(FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def read_pairs(paths: list[Path]) -> Counter[Pair]:
    """(arabic search form, english) -> count; pairs that are not one word on each side are dropped."""
    pairs: Counter[Pair] = Counter()
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            english, arabic, count = line.split("\t")
            ar, en = search_form(arabic.replace(" ", "")), fold(english)
            if ARABIC_WORD.match(ar) and LATIN_WORD.match(en):
                pairs[ar, en] += int(count)
    return pairs


def bare(pairs: Counter[Pair]) -> Counter[Pair]:
    """The pairs with an article the English drops (الطاهر/tahar) counted for the bare word."""
    out: Counter[Pair] = Counter()
    for (ar, en), n in pairs.items():
        if ar.startswith("ال") and len(ar) > 3 and not KEEPS_ARTICLE.match(en):
            out[ar[2:], en] += n
        else:
            out[ar, en] += n
    return out


# ---- EM alignment: P(latin chunk | arabic letter), monotone, 0..MAX_CHUNK letters each ----

def align_model(pairs: Counter[Pair]) -> dict[str, dict[str, float]]:
    prob: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(lambda: 1e-3))
    for _ in range(EM_ROUNDS):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for (ar, en), n in pairs.items():
            _expect(ar, en, prob, counts, n)
        prob = defaultdict(lambda: defaultdict(lambda: 1e-6))
        for ch, chunks in counts.items():
            total = sum(chunks.values())
            prob[ch] = defaultdict(lambda: 1e-6, {c: v / total for c, v in chunks.items()})
    return prob


def _expect(ar: str, en: str, prob: dict, counts: dict, weight: float) -> None:
    """Forward-backward over one pair; adds the expected chunk counts."""
    n, m = len(ar), len(en)
    if m > MAX_CHUNK * n:
        return
    fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
    fwd[0][0] = 1.0
    for i in range(1, n + 1):
        p = prob[ar[i - 1]]
        row, prev = fwd[i], fwd[i - 1]
        for j in range(m + 1):
            row[j] = sum(prev[j - k] * p[en[j - k:j]] for k in range(min(MAX_CHUNK, j) + 1) if prev[j - k])
    total = fwd[n][m]
    if total <= 0:
        return
    bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
    bwd[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        p = prob[ar[i]]
        row, nxt, frow, c = bwd[i], bwd[i + 1], fwd[i], counts[ar[i]]
        for j in range(m + 1):
            acc = 0.0
            for k in range(min(MAX_CHUNK, m - j) + 1):
                if nxt[j + k]:
                    chunk = en[j:j + k]
                    term = p[chunk] * nxt[j + k]
                    acc += term
                    if frow[j]:
                        c[chunk] += weight * frow[j] * term / total
            row[j] = acc


def viterbi(ar: str, en: str, prob: dict) -> tuple[float, list[str]]:
    """Best chunk per Arabic letter and the mean log-probability per letter (-inf: no alignment)."""
    n, m = len(ar), len(en)
    best = [[(-math.inf, -1)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for i in range(1, n + 1):
        p = prob[ar[i - 1]]
        for j in range(m + 1):
            options = [(best[i - 1][j - k][0] + math.log(p[en[j - k:j]]), k)
                       for k in range(min(MAX_CHUNK, j) + 1) if best[i - 1][j - k][0] > -math.inf]
            if options:
                best[i][j] = max(options)
    score = best[n][m][0]
    if score == -math.inf:
        return score, []
    chunks, j = [], m
    for i in range(n, 0, -1):
        k = best[i][j][1]
        chunks.append(en[j - k:j])
        j -= k
    return score / n, chunks[::-1]


# ---- the two tables ----

def token_table(pairs: Counter[Pair], plausible: set[Pair], speller: Romanizer) -> dict[str, tuple[str, int]]:
    """Arabic word -> (English spelling, pairs of the word). An ال-word keeps its own entry only when
    its pairs spell the al/el at least as often as they drop it; otherwise it is article + word."""
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for (ar, en), n in bare(pairs).items():
        if (ar, en) in plausible:
            by_word[ar][en] += n
    dropped: Counter[str] = Counter()
    for (ar, en), n in pairs.items():
        if ar.startswith("ال") and not KEEPS_ARTICLE.match(en):
            dropped[ar] += n
    table = {}
    for ar, spellings in by_word.items():
        if ar.startswith("ال") and dropped[ar] > sum(spellings.values()):
            continue
        table[ar] = (central(spellings, speller.spell(ar)), sum(spellings.values()))
    return table


def central(spellings: Counter[str], guess: str) -> str:
    """The spelling closest on average to all the pairs' spellings of a word, the character model's
    guess counting as one more pair: one rare odd spelling does not win a word seen once or twice,
    and of "qader" 4, "kader" 6, "qadir" 3, "kadir" 2 the middle one wins."""
    pool = Counter(spellings)
    pool[guess] += 1
    if len(pool) == 1:
        return guess
    return max(pool, key=lambda c: (sum(n * _ratio(c, o) for o, n in pool.items()), pool[c], c))


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def char_table(alignments: list[tuple[str, list[str], int]]) -> dict[str, str]:
    """Context key -> chunk, kept only where it differs from what the smaller windows give.
    "+[x]": the most frequent non-empty chunk of x, for a word that would otherwise come out empty."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for ar, chunks, n in alignments:
        padded = "^^" + ar + "$$"
        for i, chunk in enumerate(chunks):
            for left, right in WINDOWS:
                counts[context_key(padded, i + 2, left, right)][chunk] += n
    table: dict[str, str] = {}
    effective: dict[str, str] = {}
    for key, chunks in sorted(counts.items(), key=lambda kv: len(kv[0])):
        smaller = effective.get(smaller_key(key), "") if len(key) > 3 else None
        if smaller is not None and sum(chunks.values()) < MIN_CONTEXT:
            effective[key] = smaller
            continue
        chunk = chunks.most_common(1)[0][0]
        effective[key] = chunk
        if chunk != smaller:
            table[key] = chunk
        if len(key) == 3:
            table["+" + key] = next((c for c, _ in chunks.most_common() if c), "")
    return table


def context_key(padded: str, i: int, left: int, right: int) -> str:
    """"<left>[<letter>]<right>", e.g. "^م[ح]م"; rasd.link.romanize builds the same keys."""
    return f"{padded[i - left:i]}[{padded[i]}]{padded[i + 1:i + 1 + right]}"


def smaller_key(key: str) -> str:
    """The next smaller window of WINDOWS: drop a left letter when the left is as long as the right."""
    left, rest = key.split("[", 1)
    letter, right = rest.split("]", 1)
    if left and len(left) >= len(right):
        left = left[1:]
    else:
        right = right[:-1]
    return f"{left}[{letter}]{right}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train-only", action="store_true", help="wd_arabic_80 only (to measure on _20)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    files = ["wd_arabic_80"] if args.train_only else ["wd_arabic_80", "wd_arabic_20"]
    pairs = read_pairs([PAIRS / f for f in files])
    stripped = bare(pairs)
    prob = align_model(stripped)
    plausible: set[Pair] = set()
    alignments = []
    for (ar, en), n in stripped.items():
        score, chunks = viterbi(ar, en, prob)
        if score >= MIN_SCORE:
            plausible.add((ar, en))
            alignments.append((ar, chunks, n))
    chars = char_table(alignments)
    tokens = token_table(pairs, plausible, Romanizer({}, chars))
    args.out.mkdir(parents=True, exist_ok=True)
    header = "# from the Wikidata name pairs of steveash/NETransliteration-COLING2018 (CC0)\n"
    rows = "".join(f"{ar}\t{en}\t{n}\n" for ar, (en, n) in sorted(tokens.items()))
    (args.out / "name_tokens.tsv").write_text(header + "# arabic\tenglish\tpairs\n" + rows, encoding="utf-8")
    crows = "".join(f"{key}\t{chunk}\n" for key, chunk in sorted(chars.items()))
    (args.out / "name_chars.tsv").write_text(header + "# context\tlatin\n" + crows, encoding="utf-8")
    print(f"{len(pairs)} pairs, {len(plausible)} aligned; {len(tokens)} tokens, {len(chars)} contexts -> {args.out}")


if __name__ == "__main__":
    main()

"""Build src/rasd/link/data/name_tokens.tsv and name_chars.tsv, the data of rasd.link.romanize,
from the English->Arabic person-name token pairs mined from Wikidata by Merhav & Ash
(steveash/NETransliteration-COLING2018, CC0): wd_arabic_80 + wd_arabic_20 = the full set.

name_tokens.tsv: for each Arabic name token (search form) the English spelling the pairs agree
on (see `central`) and how many pairs back the word. The pairs often drop the article (الطاهر -> "tahar"): such pairs count for the bare
word (طاهر), and a word keeps its ال only when its pairs spell it
with it (اليزابيث -> "elizabeth", العلوي -> "alaoui", إلهام -> "ilham"); romanize() adds "al-" to
the rest.

name_chars.tsv: a character model for words the table lacks. Every pair is aligned by EM
(each Arabic letter writes 0-4 Latin letters: Arabic leaves short vowels out), and the aligned
(letter, chunk) units make a joint 4-gram model, the approach of Phonetisaurus, the WFST
baseline of the paper the pairs come from: romanize() searches the likeliest unit sequence.

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
ORDER = 4  # units of the joint n-gram model (see char_model)
MIN_GRAM = 3
CANDIDATES = 6  # units tried per letter
GUESS_WEIGHT = 0.5  # the character model's spelling among a word's attested spellings (see central)

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
    its pairs spell the al/el at least as often as they drop it, and at least three times when the
    bare word is known too; otherwise it is article + word."""
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
        spelled_al = sum(spellings.values())
        if ar.startswith("ال") and (dropped[ar] > spelled_al or (ar[2:] in by_word and spelled_al < 3)):
            continue  # one "elwalid" does not make الوليد a word of its own: وليد is "walid"
        table[ar] = (central(spellings, speller.spell(ar)), sum(spellings.values()))
    return table


def central(spellings: Counter[str], guess: str) -> str:
    """The spelling closest on average to all the pairs' spellings of a word, the character model's
    guess counting as half a pair (it breaks ties, it never outvotes a spelling the pairs attest
    alone): of "qader" 4, "kader" 6, "qadir" 3, "kadir" 2 the middle one wins."""
    pool: Counter[str] = Counter(spellings)
    pool[guess] += GUESS_WEIGHT
    if len(pool) == 1:
        return guess
    return max(pool, key=lambda c: (sum(n * _ratio(c, o) for o, n in pool.items()), pool[c], c))


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def char_model(alignments: list[tuple[str, list[str], int]]) -> tuple[dict[str, list[str]], dict[str, Counter[str]]]:
    """The joint n-gram model: candidate units per letter, most frequent first, and for each history
    of up to ORDER - 1 units the counts of the next unit ("$": the end). A unit is a letter and the
    Latin chunk it writes ("حha"); an n-gram seen fewer than MIN_GRAM times beyond bigrams is left
    to the back-off, which measured better than keeping it."""
    units: dict[str, Counter[str]] = defaultdict(Counter)
    grams: dict[str, Counter[str]] = defaultdict(Counter)
    for ar, chunks, _pairs in alignments:  # distinct pairs: one person's name is one spelling
        seq = ["^"] * (ORDER - 1) + [a + c for a, c in zip(ar, chunks, strict=True)] + ["$"]
        for unit in seq[ORDER - 1:-1]:
            units[unit[0]][unit] += 1
        for i in range(ORDER - 1, len(seq)):
            for k in range(ORDER):
                grams[" ".join(seq[i - k:i]) or "."][seq[i]] += 1
    candidates = {letter: [u for u, _ in counts.most_common(CANDIDATES)] for letter, counts in units.items()}
    return candidates, grams


def model_rows(candidates: dict[str, list[str]], grams: dict[str, Counter[str]]) -> list[str]:
    """"=<letter>\t<units>" rows, then "<history>\t<unit>:<log p> ..." rows (p from all counts)."""
    rows = [f"={letter}\t{' '.join(units)}" for letter, units in sorted(candidates.items())]
    for history, counts in sorted(grams.items()):
        total = sum(counts.values())
        keep = [(u, n) for u, n in counts.most_common() if n >= MIN_GRAM or history.count(" ") < 1]
        if keep:
            rows.append(history + "\t" + " ".join(f"{u}:{math.log(n / total):.2f}" for u, n in keep))
    return rows


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
    candidates, grams = char_model(alignments)
    rows = model_rows(candidates, grams)
    speller = Romanizer({}, *Romanizer.parse_model(rows))
    tokens = token_table(pairs, plausible, speller)
    args.out.mkdir(parents=True, exist_ok=True)
    header = "# from the Wikidata name pairs of steveash/NETransliteration-COLING2018 (CC0)\n"
    table = "".join(f"{ar}\t{en}\n" for ar, (en, _) in sorted(tokens.items()))
    (args.out / "name_tokens.tsv").write_text(header + "# arabic\tenglish\n" + table, encoding="utf-8")
    model = "".join(row + "\n" for row in rows)
    (args.out / "name_chars.tsv").write_text(header + "# joint n-gram model, see kb/build/build_name_tokens.py\n"
                                             + model, encoding="utf-8")
    print(f"{len(pairs)} pairs, {len(plausible)} aligned; {len(tokens)} tokens, {len(rows)} model rows -> {args.out}")


if __name__ == "__main__":
    main()

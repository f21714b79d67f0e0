"""Train the CRF tagger: `python -m rasd.ner.train` (or `make train-ner`).

Corpora (CC BY-SA / research data in ../shared/data, never SaudiNewsNet): ANERcorp train,
NewsFANE (mapped to ANERcorp classes) and optionally WikiFANE and the Wojood sample. The
last 10 % of ANERcorp's sentences are held out as the dev split, and every other corpus
loses the sentences that share a 6-token run with it (NewsFANE re-annotates ANERcorp's
text). The figures printed are on the dev split and on the Wojood sample's test file.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pycrfsuite

from rasd.ner.corpus import Sentence, read_anercorp, read_fane, read_wojood, without_overlap
from rasd.ner.evaluate import score
from rasd.ner.features import sentence_features
from rasd.ner.tagger import Tagger, kb_gazetteer, write_attributes

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
OUT = Path(__file__).resolve().parent / "model" / "ner.crfsuite"
EXTRA = {"newsfane": ("fane_gold_alotaibi/NewsFANE_Gold_2014_170K.txt", read_fane),
         "wikifane": ("fane_gold_alotaibi/WikiFANE_Gold_2014_500K.txt", read_fane),
         "wojood": ("wojood_sample/train.txt", read_wojood)}
DEFAULT_EXTRA = ("newsfane",)


def split_anercorp(data: Path) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): the dev split is the last 10 % of ANERcorp train's sentences."""
    aner = list(read_anercorp(data / "anercorp" / "train.txt"))
    cut = int(len(aner) * 0.9)
    return aner[:cut], aner[cut:]


def load(data: Path, extra: tuple[str, ...] = DEFAULT_EXTRA,
         duplicates: bool = True) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev); `duplicates=False` also drops the extra sentences that repeat ANERcorp train."""
    aner, dev = split_anercorp(data)
    train = list(aner)
    for name in extra:
        relative, reader = EXTRA[name]
        if (data / relative).exists():
            train += without_overlap(list(reader(data / relative)), dev if duplicates else dev + aner)
    return train, dev


def train(sentences: list[Sentence], out: Path, params: dict[str, object]) -> None:
    gazetteer = kb_gazetteer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(sentence_features(tokens, gazetteer), tags)
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    write_attributes(out)


def evaluate(tagger: Tagger, sentences: list[Sentence]) -> dict[str, dict[str, float]]:
    return score([tags for _, tags in sentences], [tagger.tag(tokens) for tokens, _ in sentences])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--extra", nargs="*", choices=sorted(EXTRA), default=list(DEFAULT_EXTRA))
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--minfreq", type=int, default=2)
    parser.add_argument("--no-duplicates", action="store_true",
                        help="leave out the extra sentences that re-annotate ANERcorp train's")
    args = parser.parse_args()
    train_set, dev = load(args.data, tuple(args.extra), not args.no_duplicates)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
              "feature.minfreq": args.minfreq, "feature.possible_transitions": True}
    started = time.perf_counter()
    train(train_set, args.out, params)
    seconds = time.perf_counter() - started
    tagger = Tagger(args.out)
    print(f"trained on {len(train_set):,} sentences in {seconds:.0f} s; model {args.out.stat().st_size / 1e6:.1f} MB")
    print(f"dev ({len(dev):,} ANERcorp sentences):")
    print(json.dumps(evaluate(tagger, dev), indent=1))
    wojood = args.data / "wojood_sample" / "test.txt"
    if wojood.exists():
        print("Wojood sample test (types mapped):")
        print(json.dumps(evaluate(tagger, list(read_wojood(wojood))), indent=1))


if __name__ == "__main__":
    main()

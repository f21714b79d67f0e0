"""Train the CRF tagger: `python -m rasd.ner.train` (or `make train-ner`).

Corpora (CC BY-SA / research data in ../shared/data, never SaudiNewsNet): ANERcorp train,
NewsFANE (mapped to ANERcorp classes) and optionally the Wojood sample. The last 10 % of
ANERcorp's sentences are held out as the dev split; the figures printed are on it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pycrfsuite

from rasd.ner.corpus import Sentence, read_anercorp, read_fane
from rasd.ner.evaluate import score
from rasd.ner.features import sentence_features
from rasd.ner.tagger import Tagger, kb_gazetteer

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"
OUT = Path(__file__).resolve().parent / "model" / "ner.crfsuite"


def load(data: Path) -> tuple[list[Sentence], list[Sentence]]:
    aner = list(read_anercorp(data / "anercorp" / "train.txt"))
    cut = int(len(aner) * 0.9)
    train, dev = aner[:cut], aner[cut:]
    fane = data / "fane_gold_alotaibi" / "NewsFANE_Gold_2014_170K.txt"
    if fane.exists():
        train += list(read_fane(fane))
    return train, dev


def train(sentences: list[Sentence], out: Path, c1: float, c2: float, iterations: int) -> None:
    gazetteer = kb_gazetteer()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(sentence_features(tokens, gazetteer), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": 2,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args()
    train_set, dev = load(args.data)
    started = time.perf_counter()
    train(train_set, args.out, args.c1, args.c2, args.iterations)
    seconds = time.perf_counter() - started
    tagger = Tagger(args.out)
    result = score([tags for _, tags in dev], [tagger.tag(tokens) for tokens, _ in dev])
    print(f"trained on {len(train_set):,} sentences in {seconds:.0f} s; model {args.out.stat().st_size / 1e6:.1f} MB")
    print(f"dev ({len(dev):,} ANERcorp sentences):")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

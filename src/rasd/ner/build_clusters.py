"""Build the word clusters the tagger uses: `python -m rasd.ner.build_clusters` (`make ner-clusters`).

word2vec (gensim, the `ner-train` extra; never needed at run time) is trained on the search
forms of the tokens of the CC BY-SA / MIT corpora in ../shared/data: ANERcorp train without
its dev split, NewsFANE without the sentences that overlap the dev split, WikiFANE and the
Wojood sample's train file (never SaudiNewsNet, never ANERcorp's dev split). The word
vectors are then grouped by spherical k-means at a few sizes, coarse to fine, and written
as `word<TAB>cluster at each size` to data/clusters.tsv. Both steps are seeded.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from rasd.ner.corpus import read_fane, read_wojood, without_overlap
from rasd.ner.features import word_form
from rasd.ner.train import DATA, split_anercorp

OUT = Path(__file__).resolve().parent / "data" / "clusters.tsv"
SIZES = (64, 256, 1024)


def texts(data: Path) -> Iterator[list[str]]:
    """Search-form token lists of every sentence of the cluster corpora."""
    train, dev = split_anercorp(data)
    corpora = [train]
    for name in ("NewsFANE_Gold_2014_170K.txt", "WikiFANE_Gold_2014_500K.txt"):
        corpora.append(without_overlap(list(read_fane(data / "fane_gold_alotaibi" / name)), dev))
    corpora.append(without_overlap(list(read_wojood(data / "wojood_sample" / "train.txt")), dev))
    for sentences in corpora:
        for tokens, _ in sentences:
            yield [word_form(token) or token for token in tokens]


def vectors(sentences: list[list[str]], dim: int, window: int, min_count: int, epochs: int) -> tuple[list[str], np.ndarray]:
    from gensim.models import Word2Vec

    model = Word2Vec(sentences, vector_size=dim, window=window, min_count=min_count, sg=1, negative=10,
                     epochs=epochs, workers=1, seed=1)
    words = list(model.wv.index_to_key)
    matrix = np.asarray(model.wv.vectors, dtype=np.float64)
    return words, matrix / np.linalg.norm(matrix, axis=1, keepdims=True).clip(1e-9)


def kmeans(unit: np.ndarray, k: int, iterations: int = 25, seed: int = 1) -> np.ndarray:
    """Cluster index of every row of `unit` (rows of length 1): spherical k-means."""
    rng = np.random.default_rng(seed)
    centres = unit[rng.choice(len(unit), size=k, replace=False)]
    labels = np.zeros(len(unit), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(unit @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, unit)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[empty] = unit[rng.choice(len(unit), size=int(empty.sum()), replace=False)]
        centres = sums / np.where(empty[:, None], 1.0, norms)
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--window", type=int, default=2)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    words, unit = vectors(list(texts(args.data)), args.dim, args.window, args.min_count, args.epochs)
    labels = [kmeans(unit, k) for k in args.sizes]
    rows = (word + "\t" + "\t".join(str(column[i]) for column in labels) for i, word in enumerate(words))
    header = "# word\tcluster among " + ", ".join(map(str, args.sizes)) + " (rasd.ner.build_clusters)\n"
    args.out.write_text(header + "\n".join(sorted(rows)) + "\n", "utf-8")
    print(f"{len(words):,} words in {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()

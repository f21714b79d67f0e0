"""Train the neural tagger: `python -m rasd.ner.train_neural` (or `make train-ner-neural`).

Needs torch (`pip install 'rasd[train]'`, or `pip install torch==2.13.0` from the file this
machine keeps); tagging with the result needs only numpy (`rasd.ner.neural`). The corpora
and the dev split are the CRF's (`rasd.ner.train.load`: ANERcorp train less its last 10 %,
NewsFANE without the sentences that repeat the dev split). The model: embeddings of the
token ids of `rasd.ner.inputs`, a convolution over the word's letters, one bidirectional
LSTM layer, a linear layer to BIO tags, trained with cross-entropy and decoded with the
BIO constraint. The epoch with the best dev F1 is kept and written as
model/ner-neural.npz (weights) and model/ner-neural.json (vocabularies).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from rasd.ner.evaluate import score
from rasd.ner.inputs import CHARS, FIELDS, Vocabulary
from rasd.ner.neural import TAGS, VOCABULARY, WEIGHTS, NeuralTagger
from rasd.ner.tagger import kb_gazetteer
from rasd.ner.train import DATA, load

DIMS = {"word": 100, "stem": 64, "prefix": 16, "suffix": 32, "cluster": 32, "shape": 4, "trigger": 8, "gazetteer": 16}
LETTER_DIM, LETTER_FILTERS = 24, 50
DILATIONS = (1, 2, 4)
OUT = Path(__file__).resolve().parent


def build_model(vocab: Vocabulary, hidden: int, arch: str = "lstm") -> Any:
    """`cnn`: three convolutions over the words (dilations 1, 2, 4: fifteen words of
    context), each position masked outside its sentence so a batch's padding never leaks
    in; `lstm`: one bidirectional LSTM layer."""
    import torch
    from torch import nn

    class Model(nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.ModuleList([nn.Embedding(vocab.size(f), DIMS[f], padding_idx=0) for f in FIELDS])
            self.cemb = nn.Embedding(len(vocab.tables["char"]) + 2, LETTER_DIM, padding_idx=0)
            self.conv = nn.Conv1d(LETTER_DIM, LETTER_FILTERS, 3, padding=1)
            self.drop = nn.Dropout(0.5)
            width = sum(DIMS.values()) + LETTER_FILTERS
            if arch == "lstm":
                self.lstm = nn.LSTM(width, hidden, batch_first=True, bidirectional=True)
                self.out = nn.Linear(2 * hidden, len(TAGS))
            else:
                self.words = nn.ModuleList([nn.Conv1d(width if n == 0 else hidden, hidden, 3, padding=d, dilation=d)
                                            for n, d in enumerate(DILATIONS)])
                self.out = nn.Linear(hidden, len(TAGS))

        def forward(self, x: Any) -> Any:
            batch, words, _ = x.shape
            letters = self.cemb(x[..., len(FIELDS):].reshape(batch * words, CHARS)).transpose(1, 2)
            shapes = torch.relu(self.conv(letters)).max(-1).values.reshape(batch, words, LETTER_FILTERS)
            e = torch.cat([emb(x[..., i]) for i, emb in enumerate(self.emb)] + [shapes], -1)
            if arch == "lstm":
                h, _ = self.lstm(self.drop(e))
                return self.out(self.drop(h))
            mask = (x[..., 0] != 0).unsqueeze(1).float()  # (batch, 1, words)
            h = self.drop(e).transpose(1, 2) * mask
            for layer in self.words:
                h = self.drop(torch.relu(layer(h))) * mask
            return self.out(h.transpose(1, 2))

    return Model()


def arrays(model: Any) -> dict[str, np.ndarray]:
    """The model's weights under the names `NeuralTagger` reads."""
    state = {k: v.detach().numpy().copy() for k, v in model.state_dict().items()}
    arrays = {f"emb.{j}": state[f"emb.{j}.weight"] for j in range(len(FIELDS))}
    arrays.update({"cemb.weight": state["cemb.weight"], "conv.weight": state["conv.weight"],
                   "conv.bias": state["conv.bias"], "out.weight": state["out.weight"], "out.bias": state["out.bias"]})
    if "lstm.weight_ih_l0" in state:
        for direction, suffix in (("f", ""), ("b", "_reverse")):
            for name in ("w_ih", "w_hh", "b_ih", "b_hh"):
                arrays[f"lstm.{direction}.{name}"] = state[f"lstm.{name.replace('w_', 'weight_').replace('b_', 'bias_')}_l0{suffix}"]
    for n, dilation in enumerate(DILATIONS):
        if f"words.{n}.weight" in state:
            arrays[f"words.{n}.weight"], arrays[f"words.{n}.bias"] = state[f"words.{n}.weight"], state[f"words.{n}.bias"]
            arrays[f"words.{n}.dilation"] = np.array(dilation)
    return arrays


def export(weights: dict[str, np.ndarray], vocab: Vocabulary, folder: Path) -> None:
    """The weights (as float16) and the vocabularies, where `NeuralTagger.load` reads them."""
    (folder / WEIGHTS).parent.mkdir(parents=True, exist_ok=True)
    half: dict[str, Any] = {k: v.astype(np.float16) for k, v in weights.items()}
    np.savez_compressed(folder / WEIGHTS, **half)
    (folder / VOCABULARY).write_text(json.dumps(vocab.tables, ensure_ascii=False, sort_keys=True), "utf-8")


def main() -> None:
    import torch
    from torch import nn

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=24)
    parser.add_argument("--hidden", type=int, default=160)
    parser.add_argument("--arch", choices=("lstm", "cnn"), default="lstm")
    parser.add_argument("--out", type=Path, default=OUT, help="package folder that receives model/")
    args = parser.parse_args()
    torch.manual_seed(1)
    random.seed(1)
    torch.set_num_threads(2)
    train, dev = load(DATA)
    vocab = Vocabulary.build([tokens for tokens, _ in train])
    gazetteer = kb_gazetteer()
    data = [(torch.tensor(vocab.encode(t, gazetteer), dtype=torch.long), torch.tensor([TAGS.index(x) for x in y]))
            for t, y in train]
    model = build_model(vocab, args.hidden, args.arch)
    optimiser = torch.optim.Adam(model.parameters(), lr=2e-3)
    best = -1.0
    for epoch in range(args.epochs):
        started, total = time.time(), 0.0
        order = list(range(len(data)))
        random.shuffle(order)
        for k in range(0, len(order), 32):
            batch = [data[i] for i in order[k:k + 32]]
            longest = max(len(x) for x, _ in batch)
            x = torch.zeros(len(batch), longest, len(FIELDS) + CHARS, dtype=torch.long)
            y = torch.full((len(batch), longest), -100)
            for j, (xi, yi) in enumerate(batch):
                x[j, :len(xi)], y[j, :len(yi)] = xi, yi
            optimiser.zero_grad()
            loss = nn.functional.cross_entropy(model(x).reshape(-1, len(TAGS)), y.reshape(-1), ignore_index=-100)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5)
            optimiser.step()
            total += loss.item()
        weights = arrays(model)  # evaluated in numpy, as it will run, through float16 as it will ship
        tagger = NeuralTagger({k: v.astype(np.float16) for k, v in weights.items()}, vocab, gazetteer)
        found = score([tags for _, tags in dev], tagger.tag_sentences([tokens for tokens, _ in dev]))
        f1 = found["overall"]["f1"]
        print(f"epoch {epoch}: loss {total:.1f}, {time.time() - started:.0f} s, dev F1 {f1:.3f} "
              + " ".join(f"{k} {v['f1']:.3f}" for k, v in found.items() if k != "overall"), flush=True)
        if f1 > best:
            best, kept = f1, weights
    export(kept, vocab, args.out)
    print(f"best dev F1 {best:.3f} -> {args.out / WEIGHTS}")


if __name__ == "__main__":
    main()

"""The neural tagger at run time, in plain numpy: embeddings of each token's ids
(`rasd.ner.inputs`), one bidirectional LSTM layer, a linear layer to BIO tags, and Viterbi
decoding that allows no I- tag after anything but its own B- or I-.

Trained with torch by `rasd.ner.train_neural` (the `train` extra); the weights ship as
model/ner-neural.npz with the vocabularies in model/ner-neural.json, so tagging needs no
torch. All sentences given together run as one batch through the LSTM: a time step is a
matrix product over every sentence at once, which is what makes numpy fast enough.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from rasd.ner.features import Gazetteer
from rasd.ner.inputs import CHARS, FIELDS, Vocabulary

WEIGHTS = "model/ner-neural.npz"
VOCABULARY = "model/ner-neural.json"
CHUNK = 16  # sentences per pass through the network
TAGS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


def allowed_transitions() -> np.ndarray:
    """(previous, next) -> 0 or -inf: an I- tag only continues its own type."""
    out = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for i, previous in enumerate(TAGS):
                if previous[2:] != tag[2:]:
                    out[i, j] = -np.inf
    return out


def start_allowed() -> np.ndarray:
    return np.array([-np.inf if t.startswith("I-") else 0.0 for t in TAGS], dtype=np.float32)


class NeuralTagger:
    def __init__(self, weights: dict[str, np.ndarray], vocab: Vocabulary, gazetteer: Gazetteer | None = None):
        """A tagger over weights in memory (as `rasd.ner.train_neural` evaluates each epoch);
        `load` reads the packaged ones."""
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.vocab = vocab
        if gazetteer is None:
            from rasd.ner.tagger import kb_gazetteer

            gazetteer = kb_gazetteer()
        self._gazetteer = gazetteer
        self._transitions = allowed_transitions()
        self._start = start_allowed()

    @classmethod
    def load(cls, folder: Path | None = None, gazetteer: Gazetteer | None = None) -> NeuralTagger:
        base = folder or Path(str(files("rasd.ner")))
        weights, vocabulary = base / WEIGHTS, base / VOCABULARY
        if not weights.exists():
            raise FileNotFoundError(f"{weights}: no neural NER model; train one with `make train-ner-neural`")
        with np.load(weights) as arrays:
            loaded = {k: arrays[k] for k in arrays.files}
        return cls(loaded, Vocabulary(json.loads(vocabulary.read_text("utf-8"))), gazetteer)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence, all sentences in one batch."""
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((k for k, s in enumerate(sentences) if s), key=lambda k: len(sentences[k]))
        for n in range(0, len(order), CHUNK):  # sentences of like length together: little padding
            chunk = order[n:n + CHUNK]
            scores = self.scores([self.vocab.encode(sentences[k], self._gazetteer) for k in chunk])
            for row, k in enumerate(chunk):
                out[k] = self._viterbi(scores[row, :len(sentences[k])])
        return out

    def scores(self, encoded: list[np.ndarray]) -> np.ndarray:
        """(sentences, longest, tags) tag scores."""
        longest = max(len(e) for e in encoded)
        ids = np.zeros((len(encoded), longest, encoded[0].shape[1]), dtype=np.int32)
        lengths = np.array([len(e) for e in encoded])
        for k, e in enumerate(encoded):
            ids[k, :len(e)] = e
        parts = [self.w[f"emb.{j}"][ids[..., j]] for j in range(len(FIELDS))]
        if "conv.weight" in self.w:
            parts.append(self._char_features(encoded, longest))
        x = np.concatenate(parts, axis=-1)
        if "words.0.weight" in self.w:
            hidden = self._convolved(x, ids[..., 0] != 0)
        else:
            forward = self._lstm(x, lengths, "f", reverse=False)
            backward = self._lstm(x, lengths, "b", reverse=True)
            hidden = np.concatenate([forward, backward], axis=-1)
        return hidden @ self.w["out.weight"].T + self.w["out.bias"]  # type: ignore[no-any-return]

    def _convolved(self, x: np.ndarray, inside: np.ndarray) -> np.ndarray:
        """The dilated convolutions over the words (torch Conv1d, kernel 3, padding = dilation),
        positions outside a sentence zeroed after each layer as in training."""
        mask = inside[..., None].astype(np.float32)
        h = x * mask
        n = 0
        while f"words.{n}.weight" in self.w:
            kernel, d = self.w[f"words.{n}.weight"], int(self.w[f"words.{n}.dilation"])
            steps = h.shape[1]
            padded = np.pad(h, ((0, 0), (d, d), (0, 0)))
            windows = np.concatenate([padded[:, j * d:j * d + steps, :, None] for j in range(3)], axis=-1)
            flat = windows.reshape(*windows.shape[:2], -1) @ kernel.reshape(kernel.shape[0], -1).T
            h = np.maximum(flat + self.w[f"words.{n}.bias"], 0) * mask
            n += 1
        return h

    def _char_features(self, encoded: list[np.ndarray], longest: int) -> np.ndarray:
        """A convolution over each word's letters, max-pooled (torch Conv1d, kernel 3, padding 1),
        computed once for each distinct word of the batch."""
        letters = np.zeros((len(encoded), longest, CHARS), dtype=np.int32)
        for k, e in enumerate(encoded):
            letters[k, :len(e)] = e[:, len(FIELDS):]
        distinct, inverse = np.unique(letters.reshape(-1, CHARS), axis=0, return_inverse=True)
        x = self.w["cemb.weight"][distinct]  # (words, CHARS, dim)
        padded = np.pad(x, ((0, 0), (1, 1), (0, 0)))
        windows = np.concatenate([padded[:, j:j + CHARS, :, None] for j in range(3)], axis=-1)
        kernel = self.w["conv.weight"]  # (out, dim, 3)
        flat = windows.reshape(*windows.shape[:2], -1) @ kernel.reshape(kernel.shape[0], -1).T
        pooled = np.maximum(flat + self.w["conv.bias"], 0).max(axis=1)
        return pooled[inverse.reshape(-1)].reshape(len(encoded), longest, -1)  # type: ignore[no-any-return]

    def _lstm(self, x: np.ndarray, lengths: np.ndarray, direction: str, reverse: bool) -> np.ndarray:
        """One LSTM direction over the padded batch (torch's gate order: input, forget, cell,
        output). Backwards, each sentence starts at its own last token."""
        w_ih, w_hh = self.w[f"lstm.{direction}.w_ih"], self.w[f"lstm.{direction}.w_hh"]
        bias = self.w[f"lstm.{direction}.b_ih"] + self.w[f"lstm.{direction}.b_hh"]
        batch, steps, _ = x.shape
        size = w_hh.shape[1]
        projected = x @ w_ih.T + bias  # every step's input part at once
        h = np.zeros((batch, size), dtype=np.float32)
        c = np.zeros((batch, size), dtype=np.float32)
        out = np.zeros((batch, steps, size), dtype=np.float32)
        rows = np.arange(batch)
        for t in range(steps):
            if reverse:
                position = lengths - 1 - t
                live = position >= 0
                position = np.where(live, position, 0)
            else:
                position = np.full(batch, t)
                live = t < lengths
            gates = projected[rows, position] + h @ w_hh.T
            i, f, g, o = np.split(gates, 4, axis=1)
            c_new = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
            h_new = _sigmoid(o) * np.tanh(c_new)
            c = np.where(live[:, None], c_new, c)
            h = np.where(live[:, None], h_new, h)
            out[rows[live], position[live]] = h_new[live]
        return out

    def _viterbi(self, scores: np.ndarray) -> list[str]:
        best = self._start + scores[0]
        back = np.zeros(scores.shape, dtype=np.int32)
        for t in range(1, len(scores)):
            total = best[:, None] + self._transitions
            back[t] = total.argmax(axis=0)
            best = total.max(axis=0) + scores[t]
        path = [int(best.argmax())]
        for t in range(len(scores) - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return [TAGS[i] for i in reversed(path)]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)  # type: ignore[no-any-return]


@cache
def default() -> NeuralTagger:
    return NeuralTagger.load()

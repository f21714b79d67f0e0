"""The neural tagger in numpy: its LSTM against a plain one-sentence-at-a-time reference,
BIO-constrained decoding, the packaged model on names and on the dev split."""

import numpy as np
import pytest

from rasd.ner.conll import tag_conll
from rasd.ner.evaluate import score, spans
from rasd.ner.neural import TAGS, NeuralTagger, allowed_transitions, default
from rasd.ner.train import DATA, split_anercorp


def reference_lstm(x: np.ndarray, w_ih: np.ndarray, w_hh: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """The LSTM equations over one sentence, step by step (torch's gate order i, f, g, o)."""
    h = np.zeros(w_hh.shape[1], dtype=np.float32)
    c = np.zeros_like(h)
    out = []
    for step in x:
        i, f, g, o = np.split(w_ih @ step + w_hh @ h + bias, 4)
        sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
        c = sig(f) * c + sig(i) * np.tanh(g)
        h = sig(o) * np.tanh(c)
        out.append(h)
    return np.array(out)


def test_batched_lstm_matches_one_sentence_at_a_time_in_both_directions() -> None:
    rng = np.random.default_rng(3)
    size, dim = 5, 7
    tagger = NeuralTagger.__new__(NeuralTagger)
    tagger.w = {f"lstm.b.{k}": rng.normal(size=s).astype(np.float32) for k, s in
                (("w_ih", (4 * size, dim)), ("w_hh", (4 * size, size)), ("b_ih", 4 * size), ("b_hh", 4 * size))}
    lengths = np.array([4, 2, 6])
    x = rng.normal(size=(3, 6, dim)).astype(np.float32)
    got = tagger._lstm(x, lengths, "b", reverse=True)
    w = tagger.w
    for k, n in enumerate(lengths):
        want = reference_lstm(x[k, :n][::-1], w["lstm.b.w_ih"], w["lstm.b.w_hh"], w["lstm.b.b_ih"] + w["lstm.b.b_hh"])[::-1]
        np.testing.assert_allclose(got[k, :n], want, rtol=1e-4, atol=1e-5)
        assert not got[k, n:].any()  # padding stays zero


def test_decoding_never_opens_a_name_with_i() -> None:
    tagger = NeuralTagger.__new__(NeuralTagger)
    tagger._transitions, tagger._start = allowed_transitions(), np.array(
        [-np.inf if t.startswith("I-") else 0.0 for t in TAGS], dtype=np.float32)
    scores = np.full((3, len(TAGS)), -5.0, dtype=np.float32)
    scores[:, TAGS.index("I-LOC")] = 1.0  # I-LOC is the best tag at every step alone
    scores[0, TAGS.index("B-PERS")] = 0.5
    tags = tagger._viterbi(scores)
    assert not tags[0].startswith("I-")
    assert all(t != "I-LOC" or prev in ("B-LOC", "I-LOC") for prev, t in zip(tags, tags[1:], strict=False))


def test_packaged_model_tags_obvious_names_in_a_batch() -> None:
    first = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة ستدعم حلفاءها".split()
    second = "وأكد وزير الخارجية السعودي عادل الجبير أن الرياض ترحب بالقرار".split()
    tagged = default().tag_sentences([first, [], second])
    assert tagged[1] == []
    found = {(" ".join(t[s:e]), kind) for t, tags in ((first, tagged[0]), (second, tagged[2]))
             for s, e, kind in spans(tags)}
    assert ("دونالد ترامب", "PERS") in found and ("عادل الجبير", "PERS") in found
    assert ("واشنطن", "LOC") in found


def test_conll_with_the_neural_tagger_keeps_every_line() -> None:
    lines = ["قال\n", "ترامب\n", "\n", "\n", "في\tO\n", "واشنطن\tB-LOC\n"]
    out = list(tag_conll(lines, default(), batch=1))
    assert [line.split("\t")[0] for line in out] == ["قال", "ترامب", "", "", "في", "واشنطن"]


def test_packaged_model_quality_floor_on_the_dev_split() -> None:
    """Exact-span F1 on the held-out last 10 % of ANERcorp train (as the CRF's floor test)."""
    if not (DATA / "anercorp" / "train.txt").exists():
        pytest.skip("needs ../shared/data/anercorp")
    _, dev = split_anercorp(DATA)
    found = score([tags for _, tags in dev], default().tag_sentences([tokens for tokens, _ in dev]))
    assert found["overall"]["f1"] >= 0.69


def test_dilated_convolutions_match_a_direct_sum_and_ignore_padding() -> None:
    rng = np.random.default_rng(5)
    tagger = NeuralTagger.__new__(NeuralTagger)
    tagger.w = {"words.0.weight": rng.normal(size=(4, 3, 3)).astype(np.float32),
                "words.0.bias": rng.normal(size=4).astype(np.float32), "words.0.dilation": np.array(2)}
    x = rng.normal(size=(2, 6, 3)).astype(np.float32)
    inside = np.array([[True] * 6, [True] * 3 + [False] * 3])
    got = tagger._convolved(x, inside)
    w, b = tagger.w["words.0.weight"], tagger.w["words.0.bias"]
    for k in range(2):
        n = int(inside[k].sum())
        for t in range(n):
            total = b + sum(w[:, :, j] @ x[k, t + (j - 1) * 2] for j in range(3) if 0 <= t + (j - 1) * 2 < n)
            np.testing.assert_allclose(got[k, t], np.maximum(total, 0), rtol=1e-5, atol=1e-5)
        assert not got[k, n:].any()

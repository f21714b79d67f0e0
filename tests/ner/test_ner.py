"""The CRF tagger, its features, the BIO scorer and CoNLL in/out, on sentences written here."""

from __future__ import annotations

import pytest

from rasd.ner.conll import tag_conll
from rasd.ner.corpus import _flattened, coarse, without_overlap
from rasd.ner.evaluate import score, spans
from rasd.ner.features import clusters, sentence_features, stem
from rasd.ner.tagger import Tagger, default, model_attributes
from rasd.ner.train import DATA, evaluate, split_anercorp


def test_features_use_stems_triggers_and_gazetteer() -> None:
    feats = sentence_features(["قال", "الرئيس", "دونالد", "ترامب", "في", "واشنطن"],
                              lambda key: "LOC" if key == "واشنطن" else None)
    assert "trig-1=PERS" in feats[2] and "w=دونالد" in feats[2]
    assert "gz=LOC" in feats[5]
    assert stem("والامس") == ("وال", "امس")
    assert stem("بلد") == ("", "بلد")  # never leaves fewer than three letters


def test_packaged_model_tags_obvious_names() -> None:
    tagger = default()
    tokens = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن الولايات المتحدة ستدعم الأمم المتحدة".split()
    tags = tagger.tag(tokens)
    found = {(" ".join(tokens[s:e]), kind) for s, e, kind in spans(tags)}
    assert ("دونالد ترامب", "PERS") in found
    assert ("واشنطن", "LOC") in found
    assert tagger.tag([]) == []


def test_bio_scorer() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    assert score(gold, gold)["overall"]["f1"] == 1.0
    half = score(gold, [["B-PERS", "O", "O", "B-LOC"]])
    assert half["overall"]["precision"] == 0.5 and half["LOC"]["f1"] == 1.0
    assert spans(["I-ORG", "I-ORG", "O"]) == {(0, 2, "ORG")}


def test_fine_classes_map_to_anercorp_ones() -> None:
    assert coarse("B-Politician") == "B-PERS"
    assert coarse("I-Population-Center") == "I-LOC"
    assert coarse("B-Government") == "B-ORG"
    assert coarse("B-Book") == "B-MISC"
    assert coarse("O") == "O"


def test_conll_round_trip_keeps_lines_and_tokens() -> None:
    lines = ["قال\tO", "بوتين", "", "", "زار الرئيس", "موسكو"]
    out = list(tag_conll(lines, Tagger(gazetteer=lambda key: None)))
    assert len(out) == len(lines)
    assert [o.split("\t")[0] if o else "" for o in out] == ["قال", "بوتين", "", "", "زار", "موسكو"]
    assert all(o == "" or o.split("\t")[1][:2] in ("O", "B-", "I-") for o in out)


def test_wojood_nested_names_flatten_to_the_outermost_kept_type() -> None:
    # سكرتير اللجنة القومية في نابلس: an occupation (not a name) holding an ORG and a GPE.
    columns = [["B-OCC"], ["I-OCC", "B-ORG"], ["I-OCC", "I-ORG"], ["I-OCC"], ["I-OCC", "B-GPE"], ["O"]]
    assert _flattened(columns) == ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]
    assert _flattened([["B-ORG"], ["I-ORG", "B-PERS"], ["B-NORP"]]) == ["B-ORG", "I-ORG", "O"]


def test_overlapping_sentences_are_left_out() -> None:
    held_out = [("a b c d e f g".split(), ["O"] * 7)]
    kept = without_overlap([("x a b c d e f".split(), ["O"] * 7), ("a b c d e x f".split(), ["O"] * 7)], held_out)
    assert [tokens[0] for tokens, _ in kept] == ["a"]


def test_cluster_features_for_the_word_and_its_neighbours() -> None:
    table = clusters()
    assert table and all(len(ids) == 3 for ids in table.values())
    feats = sentence_features(["في", "واشنطن"])
    assert "c0=" + table["واشنطن"][0] in feats[1]
    assert "c-1.0=" + table["في"][0] in feats[1] and "c1.1=" + table["واشنطن"][1] in feats[0]


def test_packaged_model_quality_floor_on_the_dev_split() -> None:
    """Exact-span F1 on the held-out last 10 % of ANERcorp train (no corpus trained on overlaps it)."""
    if not (DATA / "anercorp" / "train.txt").exists():
        pytest.skip("needs ../shared/data/anercorp")
    _, dev = split_anercorp(DATA)
    assert evaluate(default(), dev)["overall"]["f1"] >= 0.65


def test_attribute_list_is_the_models_and_filtering_tags_the_same() -> None:
    """The packaged list beside the model must be the model's (retraining rewrites both), and
    passing only the listed attributes changes no tag."""
    tagger = default()
    assert tagger._known == model_attributes(tagger._tagger)
    words = "قال وزير الخارجية البريطاني جيريمي هنت في لندن إن حركة حماس رفضت العرض".split()
    full = list(tagger._tagger.tag(sentence_features(words, tagger._gazetteer)))
    assert tagger.tag(words) == full
    features = sentence_features(words, tagger._gazetteer, tagger._known)
    assert all(f in tagger._known or f.startswith(("trig", "gz", "BOS")) for row in features for f in row)
    assert sum(map(len, features)) < sum(map(len, sentence_features(words, tagger._gazetteer)))

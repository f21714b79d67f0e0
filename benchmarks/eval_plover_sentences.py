"""Sentence-level detection of the PLOVER types PROTEST and ASSAULT, against hand-labelled sentences.

Each TSV row is `label<TAB>sentence[<TAB>source]`, label one of PROTEST, ASSAULT, FIGHT, OTHER
(`#` lines are comments; see the header of benchmarks/data/plover_sentences.tsv for the conventions).
Every sentence is processed on its own as a one-sentence article; it is predicted PROTEST when any
of the returned events has plover "PROTEST", likewise ASSAULT. Events whose modality is negated or
hypothetical do not count, since the labels call such sentences OTHER (--all-modalities counts them).
Events without a source actor count (the pipeline runs with Settings.happenings).
FIGHT is conventional combat (CAMEO 19); the 2021 CAMEO->PLOVER table folds it into ASSAULT, so
--fight-as-assault scores FIGHT sentences as ASSAULT instead of as negatives.

    python benchmarks/eval_plover_sentences.py [TSV ...] [--verbose] [--fight-as-assault]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rasd.clean import document_id
from rasd.errors import InputError
from rasd.model import Document, RawArticle
from rasd.pipeline import Pipeline
from rasd.settings import Settings

DEFAULT = Path(__file__).resolve().parent / "data" / "plover_sentences.tsv"
LABELS = ("PROTEST", "ASSAULT", "FIGHT", "OTHER")
SCORED = ("PROTEST", "ASSAULT")
NOT_COUNTED = {"negated", "hypothetical"}
# A title of its own, so the cleaner does not take the only line for the title and leave no body.
TITLE = "جملة للتقييم"


@dataclass(slots=True)
class Row:
    label: str
    sentence: str
    where: str  # file:line, or the source column when there is one


@dataclass(slots=True)
class Outcome:
    """What the coder said about one sentence."""

    row: Row
    predicted: set[str]
    dropped: bool = False  # the cleaner left nothing of the sentence: the stages ran on it directly


@dataclass(slots=True)
class Counts:
    tp: list[Outcome] = field(default_factory=list)
    fp: list[Outcome] = field(default_factory=list)
    fn: list[Outcome] = field(default_factory=list)
    tn: int = 0


def read_rows(path: Path) -> list[Row]:
    """Rows of a label file; a bad label stops the run with its line, since it would skew every score."""
    rows = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "label":
            continue
        if len(fields) < 2 or fields[0] not in LABELS:
            sys.exit(f"{path}:{number}: expected one of {', '.join(LABELS)}, a tab and a sentence")
        where = fields[2] if len(fields) > 2 else f"{path.name}:{number}"
        rows.append(Row(fields[0], fields[1].strip(), where))
    return rows


def process(pipeline: Pipeline, sentence: str) -> tuple[Document, bool]:
    """The sentence as a one-sentence article. The cleaner judges lines by their shape and may take a
    lone short sentence for furniture; then the later stages run on the sentence itself, so the
    score measures the coder (the second value says the cleaner dropped it)."""
    try:
        return pipeline(RawArticle(body=sentence, kind="text", title=TITLE)), False
    except InputError:
        doc = Document(id=document_id(sentence), text=sentence, title=TITLE)
        for _name, stage in pipeline.stages:
            doc = stage(doc)
        return doc, True


def predict(pipeline: Pipeline, row: Row, all_modalities: bool) -> Outcome:
    """The PLOVER types the coder finds in one sentence."""
    doc, dropped = process(pipeline, row.sentence)
    types = {str(event.get("plover")) for event in doc.events
             if all_modalities or event.get("modality") not in NOT_COUNTED}
    return Outcome(row, types, dropped)


def gold(row: Row, fight_as_assault: bool) -> str:
    return "ASSAULT" if fight_as_assault and row.label == "FIGHT" else row.label


def tally(outcomes: list[Outcome], kind: str, fight_as_assault: bool) -> Counts:
    counts = Counts()
    for outcome in outcomes:
        expected, found = gold(outcome.row, fight_as_assault) == kind, kind in outcome.predicted
        if expected and found:
            counts.tp.append(outcome)
        elif found:
            counts.fp.append(outcome)
        elif expected:
            counts.fn.append(outcome)
        else:
            counts.tn += 1
    return counts


def report(kind: str, counts: Counts, verbose: bool) -> None:
    tp, fp, fn = len(counts.tp), len(counts.fp), len(counts.fn)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"  {kind:8} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}   "
          f"gold {tp + fn:4}  predicted {tp + fp:4}  tp {tp:4}  fp {fp:4}  fn {fn:4}  tn {counts.tn:4}")
    if verbose:
        for name, items in (("false positive", counts.fp), ("false negative", counts.fn)):
            for outcome in items:
                got = ",".join(sorted(outcome.predicted)) or "-"
                print(f"    {name} [{outcome.row.label} -> {got}] {outcome.row.where}: {outcome.row.sentence}")


def evaluate(path: Path, pipeline: Pipeline, args: argparse.Namespace) -> None:
    rows = read_rows(path)
    started = time.perf_counter()
    outcomes = [predict(pipeline, row, args.all_modalities) for row in rows]
    seconds = time.perf_counter() - started
    labels = {label: sum(row.label == label for row in rows) for label in LABELS}
    print(f"{path}: {len(rows)} sentences ({', '.join(f'{k} {v}' for k, v in labels.items())}); "
          f"{len(rows) / seconds:,.0f} sentences/s")
    dropped = [o for o in outcomes if o.dropped]
    if dropped:
        print(f"  {len(dropped)} sentences left no text after cleaning; the later stages ran on them directly")
        if args.verbose:
            for outcome in dropped:
                print(f"    dropped by the cleaner {outcome.row.where}: {outcome.row.sentence}")
    for kind in SCORED:
        report(kind, tally(outcomes, kind, args.fight_as_assault), args.verbose)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT], help="label files (TSV)")
    parser.add_argument("--verbose", action="store_true", help="list false positives and false negatives")
    parser.add_argument("--fight-as-assault", action="store_true",
                        help="gold FIGHT counts as ASSAULT (the 2021 CAMEO->PLOVER table: CAMEO 19 is ASSAULT)")
    parser.add_argument("--all-modalities", action="store_true",
                        help="also count events coded as negated or hypothetical")
    args = parser.parse_args()
    pipeline = Pipeline(Settings(min_body_chars=1, happenings=True))  # a blast nobody did is still ASSAULT
    pipeline(RawArticle(body="قال مسؤول إن الاجتماع انتهى.", kind="text", title=TITLE))  # load resources once
    for path in args.files:
        evaluate(path, pipeline, args)


if __name__ == "__main__":
    main()

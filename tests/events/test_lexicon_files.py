"""The lexicon data files parse and agree with each other and with the engine that reads them:
event patterns, vetoes, the CAMEO/PLOVER table, reporting cues and the unnamed-actor tables."""

import re

import pytest
from tests.events.test_events import events

from rasd.clauses.lexicon import Options, PatternLexicon
from rasd.events.coder import pattern_lexicon
from rasd.link.lexicon import rows
from rasd.quotes.extract import cue_lexicon
from rasd.text.normalize import search_form

PATTERNS = list(rows("patterns.tsv", "rasd.events"))
CUES = list(rows("cues.tsv", "rasd.quotes"))
VETOES = list(rows("vetoes.tsv", "rasd.events"))
PLOVER = list(rows("cameo_plover.tsv", "rasd.events"))
UNNAMED = list(rows("unnamed.tsv", "rasd.clauses"))
ADJECTIVES = list(rows("agent_adjectives.tsv", "rasd.clauses"))

KINDS = {"verb", "noun", "literal", "participle"}
CUE_CODES = {"say", "cont", "part", "noun", "attr"}
# Options the engine reads: Options itself (target, veto, next!, near!, needs) and the quotes stage (content).
KNOWN_OPTIONS = {"target", "veto", "next!", "near!", "prev!", "needs", "content", "requires"}
# The prepositions patterns.tsv's header lists for target=, and obj.
TARGET_WORDS = {search_form(w) for w in "obj مع ب على ضد إلى ل عن من في بين لدى أمام بحق حول فوق باتجاه نحو".split()}
PLOVER_TYPES = {"-", "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}
AGENT = re.compile(r"[A-Z]{3}")


def cameo_codes() -> set[str]:
    return {row[0] for row in PLOVER}


def option_names(text: str) -> list[str]:
    return [part.partition("=")[0].strip() for part in text.split(";") if part.strip()]


def forms(row: list[str]) -> list[str]:
    return [f.strip() for f in row[2].split("|") if f.strip()]


def test_the_files_are_not_empty() -> None:
    assert len(PATTERNS) > 900 and len(CUES) > 50 and len(VETOES) > 100 and len(PLOVER) > 300
    assert UNNAMED and ADJECTIVES


@pytest.mark.parametrize(("name", "rows"), [("patterns.tsv", PATTERNS), ("cues.tsv", CUES)])
def test_lexicon_rows_have_four_columns_a_known_kind_and_forms(name: str, rows: list[list[str]]) -> None:
    for row in rows:
        assert len(row) == 4, (name, row)
        assert row[1].strip() in KINDS, (name, row)
        assert forms(row), (name, row)
        assert all(part.count("=") == 1 for part in row[3].split(";") if part.strip()), (name, row)
        assert set(option_names(row[3])) <= KNOWN_OPTIONS, (name, row)


def test_pattern_codes_are_cameo_codes_of_the_plover_table() -> None:
    known = cameo_codes()
    for row in PATTERNS:
        assert re.fullmatch(r"\d{3,4}", row[0]), row
        assert row[0] in known, row
        assert row[1] in ("verb", "noun", "participle"), row  # the header's kinds for events


def test_no_statement_patterns_and_every_other_root_is_covered() -> None:
    roots = {row[0][:2] for row in PATTERNS}
    assert "01" not in roots  # statements are quotes, not events
    assert roots == {f"{n:02d}" for n in range(2, 21)}


def test_a_verb_row_gives_past_and_present() -> None:
    for row in PATTERNS + CUES:
        if row[1] == "verb":
            assert len(forms(row)) >= 2, row


def test_target_options_name_obj_or_a_known_preposition() -> None:
    for row in PATTERNS:
        assert Options.parse(row[3]).target <= TARGET_WORDS, row


def test_option_values_are_not_empty() -> None:
    for row in PATTERNS + CUES:
        for part in row[3].split(";"):
            if part.strip():
                assert [w for w in part.partition("=")[2].split(",") if w.strip()], row


def test_cue_codes() -> None:
    for row in CUES:
        assert row[0] in CUE_CODES, row
    assert {row[0] for row in CUES} == CUE_CODES


def test_vetoes_name_force_speech_or_meeting_roots_and_one_word() -> None:
    for row in VETOES:
        assert len(row) == 2, row
        roots = row[0].replace(",", " ").split()
        allowed = {"02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
        assert roots and all(r in allowed for r in roots), row
        word = row[1].strip()
        assert word and " " not in word, row


def test_the_plover_table() -> None:
    codes = [row[0] for row in PLOVER]
    assert len(codes) == len(set(codes))
    for row in PLOVER:
        assert len(row) == 5, row
        assert re.fullmatch(r"\d{2,4}", row[0]), row
        assert row[1] in PLOVER_TYPES, row
        assert row[4].strip(), row  # a description
    for code in codes:  # every code's root and 3-digit parent are in the table too
        assert code[:2] in codes and (len(code) < 4 or code[:3] in codes), code
    assert {row[1] for row in PLOVER if row[0].startswith("01")} == {"-"}


def test_unnamed_agents_and_adjectives() -> None:
    for row in UNNAMED:
        assert len(row) == 2 and all(f.strip() for f in row[0].split("|")), row
        assert row[1] == "" or AGENT.fullmatch(row[1]), row
    for row in ADJECTIVES:
        assert len(row) == 2 and row[0].strip() and " " not in row[0].strip(), row
        assert row[1] == "" or AGENT.fullmatch(row[1]), row
    words = [search_form(f) for row in UNNAMED for f in row[0].split("|")]
    assert len(words) == len(set(words)), "a word in two rows of unnamed.tsv"


def _not_found(lexicon: PatternLexicon, rows: list[list[str]], single: bool) -> list[tuple[str, str]]:
    """(code, form) of the single-word (or multi-word) forms of `rows` that `lexicon` does not
    find, with that row's code, as the file prints them."""
    missing = []
    for row in rows:
        for form in forms(row):
            words = search_form(form).split()
            if (len(words) == 1) != single:
                continue
            hits = lexicon.find(words, 0)
            if not any(h.pattern.code == row[0] and h.last == len(words) - 1 for h in hits):
                missing.append((row[0], form))
    return missing


def test_every_single_word_form_is_found_by_the_engine() -> None:
    assert _not_found(pattern_lexicon(), PATTERNS, single=True) == []
    assert _not_found(cue_lexicon(), CUES, single=True) == []


def test_every_multi_word_cue_is_found_by_the_engine() -> None:
    assert _not_found(cue_lexicon(), CUES, single=False) == []


def test_every_multi_word_pattern_form_is_found_by_the_engine() -> None:
    assert _not_found(pattern_lexicon(), PATTERNS, single=False) == []


def test_a_veto_word_with_a_proclitic_still_vetoes() -> None:
    assert not [e for e in events("وقتل ثلاثة أشخاص بالسيول في جنوب الأردن أمس.") if e["root"] in ("18", "19", "20")]

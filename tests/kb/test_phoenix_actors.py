"""The Phoenix person builder (kb/build/phoenix_actors.py, phoenix_filters.py) on a tiny
dictionary written here."""

from __future__ import annotations

import sys
from pathlib import Path

from rasd.kb.base import KnowledgeBase
from rasd.kb.entry import Entry

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "kb" / "build"))
import phoenix_actors as ph  # noqa: E402
import phoenix_filters as pf  # noqa: E402

DICTIONARY = """\
# comment line
TURKEY_  [TUR]
+ANKARA_
RECEP_TAYYIP_ERDOGAN_  # CountryInfo.txt
+RECEP_ERDOGAN_
+ERDOGAN_
+PRIME_MINISTER_RECEP_ERDOGAN
\t[TURELI 720101-021118]
\t[TURGOV >20030314]
\t[TURELI]
BARACK_OBAMA_
\t[USAGOV 20090120-20170120]
SIR_JOHN_KERRY_  [USAGOV]
ACME_CORPORATION_  [USABUS]
MOHAMMED_ALI_
\t[EGYELI <19990101]
"""
PAIRS = "\n".join(["recep\tر ج ب\t3", "tayyip\tط ي ب\t1", "erdogan\tأ ر د و غ ا ن\t9",
                   "barack\tأ و ب ا م ا\t1", "obama\tأ و ب ا م ا\t5", "john\tج و ن\t900",
                   "kerry\tك ي ر ي\t4", "mohammed\tم ح م د\t297", "ali\tع ل ي\t579",
                   "acme\tأ ك م ي\t1", "bad line"])


def _people() -> list:
    records = list(ph.read_records(DICTIONARY.splitlines()))
    return list(ph.persons(records, ph.read_pairs(PAIRS.splitlines())))


def test_records_and_dated_codes() -> None:
    records = list(ph.read_records(DICTIONARY.splitlines()))
    assert [r.name for r in records][:2] == [["TURKEY"], ["RECEP", "TAYYIP", "ERDOGAN"]]
    erdogan = records[1]
    assert erdogan.synonyms[0] == ["RECEP", "ERDOGAN"]
    assert erdogan.codes == [{"code": "TURELI", "start": "1972-01-01", "end": "2002-11-18"},
                             {"code": "TURGOV", "start": "2003-03-14"}, {"code": "TURELI"}]
    assert records[-1].codes == [{"code": "EGYELI", "end": "1999-01-01"}]


def test_token_rendering() -> None:
    pairs = ph.read_pairs(PAIRS.splitlines())
    assert pairs["erdogan"] == ("أردوغان", 9)
    assert ph.arabic_name(["recep", "tayyip", "erdogan"], pairs) == ["رجب", "طيب", "أردوغان"]
    assert ph.arabic_name(["barack", "obama"], pairs) is None  # the pair for Barack reads Obama
    assert ph.arabic_name(["recep", "smith"], pairs) is None  # every word needs a pair
    assert ph.arabic_name(["abdul", "aziz"], {"aziz": ("عزيز", 5)}) == ["عبد", "العزيز"]
    latif = {"latif": ("اللطيف", 4), "rashid": ("رشيد", 50)}
    assert ph.arabic_name(["latif", "rashid"], latif) == ["لطيف", "رشيد"]
    assert ph.arabic_name(["rashid", "latif"], latif) == ["رشيد", "اللطيف"]
    assert ph.reads_like("vladimir", "فلاديمير") and not ph.reads_like("abdullah", "عبد")


def test_english_names() -> None:
    assert ph.english_name(["recep", "tayyip", "erdogan"]) == "Recep Tayyip Erdogan"
    assert ph.english_name(["javier", "perez", "de", "cuellar"]) == "Javier Perez de Cuellar"
    assert ph.english_name(["bashar", "al", "assad"]) == "Bashar al-Assad"
    assert ph.english_name(["john", "mccain"]) == "John McCain"
    assert ph.clean_tokens(["SIR", "JOHN", "KERRY"]) == ["john", "kerry"]
    assert ph.clean_tokens(["ACME", "CORPORATION"]) is None


def test_persons_keep_offices_and_short_aliases() -> None:
    people = {p.english: p for p in _people()}
    assert set(people) == {"Recep Tayyip Erdogan", "John Kerry", "Mohammed Ali"}
    erdogan = people["Recep Tayyip Erdogan"]
    assert erdogan.name_ar == "رجب طيب أردوغان"
    assert erdogan.aliases == [["رجب", "أردوغان"]]  # ERDOGAN alone is one word: not an alias
    assert erdogan.code == "TURELI"
    assert erdogan.offices[1] == {"role": "government", "code": "TURGOV", "start": "2003-03-14"}
    assert erdogan.offices[-1] == {"role": "elite", "code": "TURELI"}


def test_plain_names_are_filtered() -> None:
    common = frozenset({"محمد", "علي", "حسن", "نصر", "عبد الله"})
    assert pf.plain_name(["محمد", "علي"], common)  # every word a given name
    assert pf.plain_name(["حسن", "نصر"], common)
    assert pf.plain_name(["عبد", "الله"], common)  # one given name
    assert pf.plain_name(["لي", "جيانغ"], common)  # a word under three letters
    assert not pf.plain_name(["رجب", "طيب", "أردوغان"], common)
    assert not pf.plain_name(["علي", "باباجان"], common)
    assert pf.plain_name(["علي", "الجراح"], common)  # also "على الجرح"
    assert pf.plain_name(["سالم", "الجراح"], common | {"سالم", "الجرح"})  # a spelling variant is plain


def test_given_names_by_their_many_spellings() -> None:
    spellings = ["mohammed", "muhammad", "mohamed", "mohammad"]
    pairs = ph.read_pairs([f"{e}\tم ح م د\t9" for e in spellings] + ["erdogan\tأ ر د و غ ا ن\t9"])
    assert pf.spelled_many_ways(pairs, minimum=4) == {"محمد"}


def test_names_many_people_share_are_filtered() -> None:
    frequency = pf.word_frequency(ph.read_pairs(PAIRS.splitlines()))
    assert frequency["أوباما"] == 6  # Barack and Obama
    assert pf.shared_name(["جون", "محمد"], frequency, threshold=100)
    assert not pf.shared_name(["جون", "كيري"], frequency, threshold=100)


def test_common_words_from_annotated_text() -> None:
    sentences = [(["قال", "محمد", "علي", "إن"], ["O", "B-PERS", "I-PERS", "O"]),
                 (["قال", "محمد", "حسن"], ["O", "B-PERS", "I-PERS"]),
                 (["قال", "عبد", "الله"], ["O", "B-PERS", "I-PERS"])]
    common = pf.common_words(sentences, given_min=2, word_min=3)
    assert "محمد" in common and "قال" in common
    assert "علي" not in common and "عبد الله" not in common


def test_ambiguous_and_taken_names_are_dropped() -> None:
    people = _people()
    twin = ph.Person("Mohamed Aly", ["محمد", "علي"], [], [], None)
    kept = ph.unambiguous([*people, twin], taken={"جون كيري"})
    assert [p.english for p in kept] == ["Recep Tayyip Erdogan"]


def test_mistaken_counts_matches_outside_whole_person_names() -> None:
    entry = Entry(id="ph-hassan-nasr", type="PER", name_ar="حسن نصر", name_en="Hassan Nasr")
    sentences = [(["قال", "حسن", "نصر", "الله"], ["O", "B-PERS", "I-PERS", "I-PERS"]),
                 (["التقى", "حسن", "نصر"], ["O", "B-PERS", "I-PERS"])]
    wrong = pf.mistaken([entry], KnowledgeBase(), sentences)
    assert wrong["ph-hassan-nasr"] == 1


def test_longer_forms_of_known_persons_are_known() -> None:
    base = KnowledgeBase()
    base.add(Entry(id="bahah-khaled", type="PER", name_ar="خالد بحاح", name_en="Khaled Bahah"))
    ends = pf.known_name_ends(base)
    assert pf.name_ends(["خالد", "محفوظ", "بحاح"]) in ends
    assert pf.name_ends(["خالد", "مشعل"]) not in ends

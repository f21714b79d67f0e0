"""Knowledge base, variant generation and matching, on a small base written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasd.kb import KBError, KnowledgeBase, Matcher, load
from rasd.kb.variants import name_variants, nisba_forms
from rasd.link import EntityLinker
from rasd.model import Document
from rasd.text.normalize import search_form

ROWS = [
    {"id": "usa", "type": "GPE", "name_ar": "الولايات المتحدة", "name_en": "United States",
     "aliases": ["أمريكا", "أميركا"], "adjectives": ["أمريكي", "أميركي"], "capitals": ["واشنطن"],
     "actor_code": "USA", "wikidata": "Q30"},
    {"id": "syr", "type": "GPE", "name_ar": "سوريا", "name_en": "Syria", "adjectives": ["سوري"],
     "actor_code": "SYR"},
    {"id": "kwt", "type": "GPE", "name_ar": "الكويت", "name_en": "Kuwait", "actor_code": "KWT"},
    {"id": "usa-state", "type": "ORG", "name_ar": "وزارة الخارجية الأمريكية",
     "name_en": "United States Department of State", "aliases": ["الخارجية الأمريكية"], "actor_code": "USAGOV"},
    {"id": "un", "type": "ORG", "name_ar": "الأمم المتحدة", "name_en": "United Nations", "actor_code": "IGOUNO"},
    {"id": "trump-donald", "type": "PER", "name_ar": "دونالد ترامب", "name_en": "Donald Trump",
     "offices": [{"role": "president", "code": "USAGOV", "start": "2017-01-20", "end": "2021-01-20"},
                 {"role": "president", "code": "USAGOV", "start": "2025-01-20"}]},
    {"id": "pompeo-mike", "type": "PER", "name_ar": "مايك بومبيو", "name_en": "Mike Pompeo",
     "offices": [{"role": "secretary of state", "code": "USAGOV", "start": "2018-04-26", "end": "2021-01-20"},
                 {"role": "CIA director", "code": "USASPY", "start": "2017-01-23", "end": "2018-04-26"}]},
    {"id": "congress", "type": "ORG", "name_ar": "الكونغرس", "name_en": "United States Congress"},
    {"id": "city-kuwait", "type": "GPE", "name_ar": "الكويت", "name_en": "Kuwait City", "lat": 29.37, "lon": 47.98},
    {"id": "city-tyre", "type": "GPE", "name_ar": "صور", "name_en": "Tyre", "ambiguous": True},
]


@pytest.fixture()
def kb(tmp_path: Path):
    countries = tmp_path / "countries.jsonl"
    places = tmp_path / "places.jsonl"
    actors = tmp_path / "actors.jsonl"
    countries.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[:3]), encoding="utf-8")
    actors.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[3:8]), encoding="utf-8")
    places.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS[8:]), encoding="utf-8")
    return load([countries, places, actors], user_file=tmp_path / "none.yaml")


def kb_of(tmp_path: Path, rows: list[dict[str, Any]], name: str = "actors.jsonl") -> KnowledgeBase:
    """A knowledge base of `rows` alone, written as one JSONL data file."""
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return load([path], user_file=tmp_path / "none.yaml")


def names(doc_text: str, kb) -> list[tuple[str, str]]:
    return [(doc_text[m.start:m.end], m.entry_id) for m in Matcher(kb).find(doc_text)]


def test_variants_of_foreign_names_and_adjectives() -> None:
    assert "ترمب" in name_variants(search_form("ترامب"))
    assert "بومبيوه" in name_variants(search_form("بومبيو"))
    assert "كونجرس" in name_variants(search_form("كونغرس"))
    assert "كولومبيه" in name_variants("كولومبيا")
    assert "زاريه" not in name_variants("زاريا")  # short words keep their spelling: وزارية
    assert "اجري" not in name_variants("اغري")  # أجرى
    assert nisba_forms("امريكي") >= {"امريكيه", "امريكيين", "امريكيون", "امريكيات", "امريكيا"}


def test_lookup_by_any_spelling(kb) -> None:
    assert [e.id for e in kb.lookup("سورية")] == ["syr"]
    assert [e.id for e in kb.lookup("الامريكية")] == ["usa"]
    assert kb.lookup("الكويت")[0].id == "kwt"  # the state before the city
    assert [e.id for e in kb.lookup("ترمب")] == []  # surname alone is not an alias here


def test_matches_with_clitics_and_spelling_variants(kb) -> None:
    text = ("وقالت الخارجية الأميركية إن واشنطن وبالتنسيق مع الأمم المتحدة تدعم سورية، "
            "وأكد الرئيس الأمريكي دونالد ترمب للأمم المتحدة ولسوريا أن الكونجرس والأمريكيين معه.")
    found = names(text, kb)
    assert ("الخارجية الأميركية", "usa-state") in found
    assert ("واشنطن", "usa") in found
    assert ("الأمم المتحدة", "un") in found
    assert ("سورية", "syr") in found and ("سوريا", "syr") in found
    assert ("الأمريكي", "usa") in found and ("الأمريكيين", "usa") in found
    assert ("دونالد ترمب", "trump-donald") in found
    assert ("لأمم المتحدة", "un") in found  # للأمم: the name after the contracted lam
    assert ("الكونجرس", "congress") in found


def test_no_match_inside_a_word(kb) -> None:
    assert names("السوريالية مدرسة فنية", kb) == []
    assert names("زار الأمريكيتين", kb) == []


def test_longest_match_wins(kb) -> None:
    found = names("أعلنت وزارة الخارجية الأمريكية", kb)
    assert found == [("وزارة الخارجية الأمريكية", "usa-state")]


def test_ambiguous_place_needs_a_trigger(kb) -> None:
    assert names("نشر صور الاجتماع", kb) == []
    assert names("قصف في مدينة صور", kb) == [("صور", "city-tyre")]


def test_entity_stage_links_and_codes_by_date(kb) -> None:
    text = "التقى مايك بومبيو نظيره السوري، وقال بومبيو إن واشنطن ستواصل دعمها."
    doc = EntityLinker(kb)(Document(id="x", text=text, published="2019-02-19"))
    by_id = {e["id"]: e for e in doc.entities}
    pompeo = by_id["pompeo-mike"]
    assert [m["text"] for m in pompeo["mentions"]] == ["مايك بومبيو", "بومبيو"]
    assert pompeo["actor_code"] == "USAGOV" and pompeo["name_en"] == "Mike Pompeo"
    early = EntityLinker(kb)(Document(id="y", text=text, published="2017-06-01"))
    assert {e["id"]: e for e in early.entities}["pompeo-mike"]["actor_code"] == "USASPY"
    for entity in doc.entities:
        for mention in entity["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_user_file_extends_the_base(tmp_path: Path, kb) -> None:
    user = tmp_path / "kb.yaml"
    user.write_text("- id: ilham-ahmed\n  type: PER\n  name_ar: إلهام أحمد\n  name_en: Ilham Ahmed\n",
                    encoding="utf-8")
    extended = load([], user_file=user)
    assert extended.lookup("الهام احمد")[0].name_en == "Ilham Ahmed"
    user.write_text("- id: broken\n  type: PER\n", encoding="utf-8")
    with pytest.raises(KBError, match="name_ar"):
        load([], user_file=user)


def test_cli_add_then_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from rasd.cli import main
    from rasd.kb import base

    monkeypatch.setenv("RASD_KB_USER", str(tmp_path / "kb.yaml"))
    base.default.cache_clear()
    runner = CliRunner()
    added = runner.invoke(main, ["kb", "add", "--id", "ilham-ahmed", "--type", "PER", "--ar", "إلهام أحمد",
                                 "--en", "Ilham Ahmed", "--code", "SYRREB"])
    assert added.exit_code == 0, added.output
    base.default.cache_clear()
    found = runner.invoke(main, ["kb", "lookup", "الهام احمد"])
    assert found.exit_code == 0 and "Ilham Ahmed" in found.output and "SYRREB" in found.output
    assert runner.invoke(main, ["kb", "lookup", "لا أحد بهذا الاسم"]).exit_code == 1
    base.default.cache_clear()


def test_organisation_head_noun_refers_back(tmp_path: Path) -> None:
    rows = [{"id": "coalition", "type": "ORG", "name_ar": "التحالف الدولي", "name_en": "Global Coalition"},
            {"id": "gcc", "type": "ORG", "name_ar": "مجلس التعاون الخليجي", "name_en": "Gulf Cooperation Council"}]
    kb = kb_of(tmp_path, rows, "actors.jsonl")
    text = "دعا التحالف الدولي ومجلس التعاون الخليجي إلى الحوار، وقال التحالف إن مجلس التعاون يدعم ذلك."
    doc = EntityLinker(kb)(Document(id="z", text=text))
    mentions = {e["id"]: [m["text"] for m in e["mentions"]] for e in doc.entities}
    assert mentions == {"coalition": ["التحالف الدولي", "التحالف"],
                        "gcc": ["مجلس التعاون الخليجي", "مجلس التعاون"]}
    before = EntityLinker(kb)(Document(id="w", text="قال التحالف إن التحالف الدولي يدعم ذلك."))
    assert [m["text"] for m in before.entities[0]["mentions"]] == ["التحالف الدولي"]


def test_capital_is_the_state_as_actor_and_the_city_as_place(tmp_path: Path) -> None:
    rows = [ROWS[0], {"id": "city-washington", "type": "GPE", "name_ar": "واشنطن", "name_en": "Washington",
                      "lat": 38.9, "lon": -77.0}]
    countries, places = tmp_path / "countries.jsonl", tmp_path / "places.jsonl"
    countries.write_text(json.dumps(rows[0], ensure_ascii=False), encoding="utf-8")
    places.write_text(json.dumps(rows[1], ensure_ascii=False), encoding="utf-8")
    kb = load([countries, places], user_file=tmp_path / "none.yaml")
    found = names("قالت واشنطن إنها سترد، وعقد الاجتماع في واشنطن ثم بواشنطن وفي العاصمة الأمريكية واشنطن", kb)
    assert [entry for _, entry in found] == ["usa", "city-washington", "city-washington", "usa", "city-washington"]
    state = names("وناقشت الحكومة الاتحادية في واشنطن الخطة", kb)  # the government in the capital: the state
    assert [entry for _, entry in state] == ["usa"]


def test_the_kingdom_is_the_one_kingdom_named(tmp_path: Path) -> None:
    rows = [{"id": "sau", "type": "GPE", "name_ar": "السعودية", "name_en": "Saudi Arabia", "actor_code": "SAU",
             "aliases": ["المملكة العربية السعودية"]},
            {"id": "jor", "type": "GPE", "name_ar": "الأردن", "name_en": "Jordan", "actor_code": "JOR",
             "aliases": ["المملكة الأردنية الهاشمية"]}]
    kb = kb_of(tmp_path, rows, "countries.jsonl")
    one = EntityLinker(kb, tagger=False)(Document(id="a", text="زار الوفد السعودية، وأكدت المملكة دعمها."))
    assert [m["text"] for m in one.entities[0]["mentions"]] == ["السعودية", "المملكة"]
    both = EntityLinker(kb, tagger=False)(Document(id="b", text="زار الوفد السعودية والأردن، وأكدت المملكة ذلك."))
    assert all(m["text"] != "المملكة" for e in both.entities for m in e["mentions"])


def test_name_parts_written_together_or_apart() -> None:
    assert "ابوبكر البغدادي" in name_variants("ابو بكر البغدادي")
    assert "عبد الله المعلمي" in name_variants("عبدالله المعلمي")
    assert "عبدالرحمن" in name_variants("عبد الرحمن")


def test_no_spelling_variant_that_is_an_ordinary_word(tmp_path: Path) -> None:
    path = tmp_path / "actors.jsonl"
    row = {"id": "bashir", "type": "PER", "name_ar": "عمر البشير", "name_en": "Omar al-Bashir", "aliases": ["البشير"]}
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    kb = load([path], user_file=tmp_path / "none.yaml")
    assert kb.lookup("عمر البشير") and not kb.lookup("عمر البشر")  # "humans"


def test_a_surname_that_is_a_word_only_refers_back(tmp_path: Path) -> None:
    path = tmp_path / "actors.jsonl"
    rows = [{"id": "assad", "type": "PER", "name_ar": "بشار الأسد", "name_en": "Bashar al-Assad", "aliases": ["الأسد"]},
            {"id": "putin", "type": "PER", "name_ar": "فلاديمير بوتين", "name_en": "Vladimir Putin", "aliases": ["بوتين"]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    kb = load([path], user_file=tmp_path / "none.yaml")
    assert not kb.lookup("الأسد") and kb.lookup("بوتين")
    doc = EntityLinker(kb, tagger=False)(Document(id="a", text="قال بشار الأسد إن الحوار مستمر، وأضاف الأسد أن الوضع صعب."))
    assert [m["text"] for m in doc.entities[0]["mentions"]] == ["بشار الأسد", "الأسد"]


def test_a_foreign_leaders_surname_stands_alone_an_arab_ministers_does_not(tmp_path: Path) -> None:
    path = tmp_path / "actors.jsonl"
    office = {"role": "president", "start": "2009-01-20", "end": "2017-01-20"}
    rows = [{"id": "obama", "type": "PER", "name_ar": "باراك أوباما", "name_en": "Barack Obama", "aliases": ["أوباما"],
             "offices": [{**office, "code": "USAGOV"}]},
            {"id": "shoukry", "type": "PER", "name_ar": "سامح شكري", "name_en": "Sameh Shoukry", "aliases": ["شكري"],
             "offices": [{**office, "code": "EGYGOV"}]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    kb = load([path], user_file=tmp_path / "none.yaml")
    assert [e.id for e in kb.lookup("أوباما")] == ["obama"] and not kb.lookup("شكري")


def test_the_article_makes_a_name_another_word_but_not_an_adjective(tmp_path: Path) -> None:
    rows = [{"id": "mashhad", "type": "GPE", "name_ar": "مشهد", "name_en": "Mashhad"},
            {"id": "tur", "type": "GPE", "name_ar": "تركيا", "name_en": "Turkey", "aliases": ["تركية"],
             "adjectives": ["تركي"], "actor_code": "TUR"}]
    kb = kb_of(tmp_path, rows, "countries.jsonl")
    found = names("وصل الوفد إلى مشهد، وتغير المشهد بعد بيان الحكومة التركية وتركية.", kb)
    assert found == [("مشهد", "mashhad"), ("التركية", "tur"), ("تركية", "tur")]


def test_forces_of_an_armed_body_are_its_name(tmp_path: Path) -> None:
    path = tmp_path / "actors.jsonl"
    row = {"id": "guard", "type": "ORG", "name_ar": "الحرس الجمهوري", "name_en": "Republican Guard"}
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    kb = load([path], user_file=tmp_path / "none.yaml")
    assert names("تقدمت وقوات الحرس الجمهوري نحو المدينة", kb) == [("قوات الحرس الجمهوري", "guard")]


def test_no_spelling_variant_that_is_another_given_name(tmp_path: Path) -> None:
    path = tmp_path / "actors.jsonl"
    row = {"id": "arafat", "type": "PER", "name_ar": "ياسر عرفات", "name_en": "Yasser Arafat", "aliases": ["أبو عمار"]}
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    kb = load([path], user_file=tmp_path / "none.yaml")
    assert kb.lookup("أبو عمار") and not kb.lookup("أبو عمر")


def test_a_word_with_tanween_is_no_name(tmp_path: Path) -> None:
    path = tmp_path / "places.jsonl"
    row = {"id": "zaria", "type": "GPE", "name_ar": "زاريا", "name_en": "Zaria"}
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    kb = load([path], user_file=tmp_path / "none.yaml")
    assert names("عقد اجتماعاً وزارياً مصغراً", kb) == []
    assert names("وصل الوفد إلى زاريا", kb) == [("زاريا", "zaria")]


def test_other_readings_beat_a_town_or_a_one_word_organisation(tmp_path: Path) -> None:
    rows = [{"id": "verona", "type": "GPE", "name_ar": "ورونا", "name_en": "Verona", "source": "geonames"},
            {"id": "oujda", "type": "GPE", "name_ar": "وجدة", "name_en": "Oujda", "source": "geonames"},
            {"id": "jeddah", "type": "GPE", "name_ar": "جدة", "name_en": "Jeddah", "source": "geonames"},
            {"id": "qaeda", "type": "ORG", "name_ar": "تنظيم القاعدة", "name_en": "Al-Qaeda", "aliases": ["القاعدة"]}]
    kb = kb_of(tmp_path, rows, "places.jsonl")
    assert names("انتشر فيروس كورونا في الرياض وجدة", kb) == [("جدة", "jeddah")]
    assert names("تطوير القاعدة الصناعية، وهاجمت القاعدة المدينة", kb) == [("القاعدة", "qaeda")]


def test_a_bare_kaf_before_an_alif_name_is_another_word(tmp_path: Path) -> None:
    rows = [{"id": "asia", "type": "LOC", "name_ar": "آسيا", "name_en": "Asia"},
            {"id": "azhar", "type": "ORG", "name_ar": "الأزهر", "name_en": "Al-Azhar"}]
    kb = kb_of(tmp_path, rows, "regions.jsonl")
    assert names("وقع النادي مع الحارس خوان كاسيا", kb) == []  # a surname, not ك + Asia
    assert names("مؤسسات دينية كالأزهر وجامعات في آسيا", kb) == [("الأزهر", "azhar"), ("آسيا", "asia")]

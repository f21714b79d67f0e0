"""From a raw scraped article to a stored, searchable record, through the public API."""

from __future__ import annotations

import json
from pathlib import Path

import rasd
from rasd.pipeline import process_many
from rasd.store import open as open_store
from tests.record_checks import assert_valid_record

SCRAPED = """الرئيسية » الأخبار » الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة في الفاشر
الامم المتحدة تدعو الى هدنة انسانية عاجلة في الفاشر

الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة في الفاشر

دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، أمس الثلاثاء، إلى هدنة إنسانية عاجلة في مدينة الفاشر السودانية، محذراً من أن "المدنيين يدفعون ثمناً لا يحتمل".

وقال المتحدث باسم الأمم المتحدة إن قوافل الإغاثة تنتظر على الحدود التشادية منذ أسبوعين.

وأكد المسؤول الأممي أن الوكالات الإنسانية مستعدة لإيصال المساعدات فور توقف القتال.

نيويورك-وكالات

شاهد أيضاً

مجلس الأمن يعقد جلسة طارئة بشأن السودان

عقد مجلس الأمن الدولي جلسة طارئة لبحث …

أترك رد"""


def test_scraped_article_to_stored_record(tmp_path: Path) -> None:
    source = tmp_path / "fasher.txt"
    source.write_text(SCRAPED, encoding="utf-8")
    docs = list(process_many([str(source)]))
    assert len(docs) == 1 and isinstance(docs[0], rasd.Document)
    doc = docs[0]
    record = doc.to_dict()
    assert_valid_record(record)
    assert record["title"] == "الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة في الفاشر"
    assert record["text"].startswith("دعا الأمين العام")
    assert record["text"].endswith("فور توقف القتال.")
    assert record["source"]["credit"] == "نيويورك-وكالات"
    assert {r["kind"] for r in record["removed"]} == {"breadcrumb", "title", "credit", "related", "comment_prompt"}
    direct = [q for q in record["quotes"] if q["direct"]]
    assert [(q["speaker"]["entity"], q["text"]) for q in direct] == [("guterres-antonio", "المدنيين يدفعون ثمناً لا يحتمل")]
    assert any(q["speaker"]["actor_code"] == "IGOUNO" and q["text"].startswith("قوافل الإغاثة") for q in record["quotes"])
    appeal = next(e for e in record["events"] if e["root"] == "02")
    assert appeal["source"]["entity"] == "guterres-antonio" and appeal["plover"] == "REQUEST"
    assert appeal["place"]["name_en"] == "El Fasher"

    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    with open_store(url) as store:
        store.create()
        assert store.add([doc]).added == 1
        assert store.add(list(process_many([str(source)]))).added == 0  # idempotent
    with open_store(url) as store:
        stored = store.get(doc.id)
        assert stored is not None and stored.to_dict() == record
        assert [hit.id for hit in store.search("الامم المتحده")] == [doc.id]
        assert [hit.id for hit in store.search("غوتيريش")] == [doc.id]


def test_python_api_on_text_and_path(tmp_path: Path) -> None:
    doc = rasd.process(SCRAPED)
    assert doc.title == "الأمم المتحدة تدعو إلى هدنة إنسانية عاجلة في الفاشر"
    assert doc.sentences and all(doc.text[s.start:s.end].strip() for s in doc.sentences)
    path = tmp_path / "a.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    assert rasd.process(path).to_json() == rasd.process(str(path)).to_json()


def test_lone_surrogates_from_json_escapes_are_stored_or_rejected(tmp_path: Path) -> None:
    """A "\\ud800" escape in a JSONL line reaches the pipeline as a lone surrogate: the article
    is processed with U+FFFD in its place and stored; one too short is a plain reject, not an
    exception out of `Pipeline.run` (found by tests/fuzz)."""
    body = SCRAPED.replace("عاجلة في مدينة", "عاجلة\ud800 في مدينة")
    source = tmp_path / "escaped.jsonl"
    lines = [{"id": "a", "text": body}, {"id": "b", "text": "قصير\udc80"}]
    source.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    results = list(process_many([str(source)]))
    doc, short = results
    assert isinstance(doc, rasd.Document) and "عاجلة\ufffd في مدينة" in doc.text
    assert isinstance(short, rasd.Reject) and short.code == "E106" and short.data == "قصير\udc80".encode(
        "utf-8", "surrogatepass")
    with open_store(f"sqlite:///{tmp_path / 'rasd.db'}") as store:
        store.create()
        assert store.add([doc]).added == 1

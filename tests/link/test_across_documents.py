"""The same unknown name in two articles is one entity: its id comes from the name in search
form, so diacritics, shadda and ى/ي do not split it, and the store keeps one row for it with
the mentions of both articles."""

from __future__ import annotations

import rasd
from rasd.store import open as open_store
from rasd.store.queries import Reader

FIRST = ("قال الناشط الحقوقي سمير الدباغي إن السلطات اعتقلت عشرات المحتجين في مدينة صفاقس مساء أمس بعد مسيرة "
         "طالبت بتوفير مياه الشرب في الأحياء الشعبية. وأضاف الدباغي أن المحامين سيتقدمون بشكوى إلى النيابة "
         "العامة خلال الأيام المقبلة، مشيرا إلى أن بين المعتقلين طلابا وعمالا.")
SECOND = ("أعلن الناشط سميرُ الدبّاغي اليوم أن السلطات أفرجت عن المعتقلين الذين أوقفوا خلال مسيرة المياه في "
          "صفاقس. وكان سمير الدباغى قد دعا إلى الإفراج عنهم، وقال إن المحامين تابعوا ملفاتهم منذ اللحظة الأولى "
          "لتوقيفهم، مضيفا أن الاحتجاجات ستتواصل ما لم تحل أزمة المياه في المدينة.")


def _person(doc: rasd.Document) -> dict:
    (person,) = [e for e in doc.entities if e["type"] == "PER"]
    return person


def test_an_unknown_name_spelt_two_ways_is_one_entity_in_two_articles() -> None:
    first, second = rasd.process(FIRST), rasd.process(SECOND)
    assert _person(first)["id"] == _person(second)["id"]
    assert _person(first)["id"].startswith("x-per-")
    assert [m["text"] for m in _person(first)["mentions"]] == ["سمير الدباغي", "الدباغي"]  # not "الحقوقي سمير"


def test_the_store_keeps_one_row_with_the_mentions_of_both() -> None:
    docs = [rasd.process(FIRST), rasd.process(SECOND)]
    with open_store("sqlite://") as store:
        store.create()
        store.add(docs)
        profile = Reader(store).entity(_person(docs[0])["id"])
    assert profile is not None and profile["n_documents"] == 2
    assert {alias["text"] for alias in profile["aliases"]} >= {"سمير الدباغي", "سمير الدباغى"}

"""A small store for the page tests: short Arabic articles written for these tests, run through
the whole rasd pipeline, two of them in one story, and one hand-made hostile record whose
title, body, names, quote and evidence carry HTML that must never run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi import FastAPI  # noqa: E402

from rasd.model import Document, RawArticle, Removed, Source  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.store import open as open_store  # noqa: E402

STORY = "story-kurds"

ARTICLES: list[dict[str, Any]] = [
    {
        "title": "بومبيو يبحث مع هنت في واشنطن ملف إيران",
        "outlet": "وكالة الأنباء",
        "published": "2019-02-20",
        "story": None,
        "body": (
            "أجرى وزير الخارجية الأمريكي مايك بومبيو أمس الثلاثاء في واشنطن محادثات مع نظيره البريطاني "
            "جيريمي هنت حول ملف إيران.\n"
            "وقال بومبيو إن \"الولايات المتحدة ستواصل دعم حلفائها في المنطقة\".\n"
            "الرئيسية » الأخبار » دولية"
        ),
    },
    {
        "title": "أردوغان ينتقد الدعم الأمريكي للأكراد",
        "outlet": "صحيفة الشرق",
        "published": "2019-03-05",
        "story": STORY,
        "body": (
            "انتقد الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء الدعم الأمريكي للأكراد في سوريا.\n"
            "وقصفت طائرات تركية مواقع لوحدات حماية الشعب في شمال سوريا.\n"
            "وقال أردوغان إن بلاده \"لن تسمح بقيام دولة إرهابية على حدودها\"."
        ),
    },
    {
        "title": "تركيا تقصف مواقع كردية في شمال سوريا",
        "outlet": "موقع الخليج",
        "published": "2019-03-06",
        "story": STORY,
        "body": (
            "قصفت طائرات تركية أمس مواقع لوحدات حماية الشعب الكردية في شمال سوريا.\n"
            "وهدد الرئيس التركي رجب طيب أردوغان بشن عملية عسكرية واسعة شرق الفرات.\n"
            "والتقى وزير الخارجية التركي مولود تشاووش أوغلو نظيره الروسي سيرغي لافروف في موسكو."
        ),
    },
]

HOSTILE_ID = "badbadbadbad0001"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def hostile_document() -> Document:
    """Every field a page prints from an article carries markup, inside and across spans."""
    text = (
        f"قال المتحدث {IMG} إن \"{SCRIPT} سيحدث\".\n"
        f"وهاجم مسلحون {SCRIPT} موقعا قرب <b onmouseover=alert(1)>الحدود</b>."
    )

    def span(part: str) -> dict[str, Any]:
        start = text.index(part)
        return {"start": start, "end": start + len(part), "text": part}

    actor = {"entity": "hostile-actor", "text": IMG, "actor_code": "XSS"}
    quote_part = span(f"{SCRIPT} سيحدث")
    second = text.index("وهاجم")
    return Document(
        id=HOSTILE_ID,
        text=text,
        source=Source(outlet=f"{IMG}منفذ", url="javascript:alert(1)"),
        title=f"{SCRIPT}عنوان {IMG}",
        published="2019-04-01",
        removed=[Removed("related", f"شاهد أيضا {SCRIPT}")],
        entities=[{"id": "hostile-actor", "type": "PER", "name_ar": f"{IMG}فلان", "name_en": f"{SCRIPT}X",
                   "wikidata": None, "actor_code": "XSS", "mentions": [span(IMG)]}],
        quotes=[{"speaker": actor, "cue": f"قال{SCRIPT}", "direct": True, **quote_part}],
        events=[{"cameo": "190", "root": "19", "plover": "ASSAULT", "source": actor,
                 "targets": [{"entity": None, "text": SCRIPT, "actor_code": None}], "modality": "asserted",
                 "date": "2019-04-01", "date_text": None,
                 "place": {"entity": "hostile-place", "name_en": IMG, "lat": 33.3, "lon": 44.4},
                 "start": second, "end": len(text), "evidence": text[second:]}],
    )


def build_documents() -> list[Document]:
    pipeline = Pipeline()
    docs = []
    for article in ARTICLES:
        doc = pipeline(RawArticle(body=article["body"], kind="text", title=article["title"],
                                  published=article["published"], outlet=article["outlet"]))
        doc.story = article["story"]
        docs.append(doc)
    return [*docs, hostile_document()]


@pytest.fixture(scope="session")
def documents() -> list[Document]:
    return build_documents()


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory, documents: list[Document]) -> str:
    """A SQLite file, so that a server thread (the browser test) sees the same data."""
    path = Path(tmp_path_factory.mktemp("web")) / "web.db"
    url = f"sqlite:///{path}"
    with open_store(url) as store:
        store.create()
        store.add(documents)
    return url


def web_app(url: str) -> FastAPI:
    """The application `rasd serve` runs (API and pages), over the store at `url`."""
    from rasd.api import create_app

    return create_app(url, create=False, warm=False)


@pytest.fixture(scope="session")
def app(store_url: str) -> FastAPI:
    return web_app(store_url)

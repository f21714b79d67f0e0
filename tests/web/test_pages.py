"""Every page rendered by FastAPI's test client over a small store the pipeline filled (see
conftest.py): status, right-to-left Arabic, the content each page promises, the English
toggle, 404 pages and the escaping of a hostile article."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

pytest.importorskip("httpx")

from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from rasd.model import Document  # noqa: E402
from rasd.web import routes  # noqa: E402

from .conftest import HOSTILE_ID, STORY  # noqa: E402


class Executable(HTMLParser):
    """What a browser would run, read as the browser reads it: a script element other than the
    package's own files, an event-handler attribute, an img, a javascript: link."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and not (values.get("src") or "").startswith("/static/"):
            self.found.append("script")
        if tag in ("img", "iframe", "object", "embed"):
            self.found.append(tag)
        self.found += [f"{tag} {name}" for name, _ in attrs if name.startswith("on")]
        self.found += [f"{tag} {name}" for name, value in attrs
                       if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:")]


def executable(page: str) -> list[str]:
    parser = Executable()
    parser.feed(page)
    return parser.found


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


def doc_titled(documents: list[Document], start: str) -> Document:
    return next(d for d in documents if (d.title or "").startswith(start))


def get(client: TestClient, url: str, status: int = 200, **kwargs: object) -> str:
    response = client.get(url, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, (url, response.text[:500])
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_every_page_is_arabic_right_to_left_by_default(client: TestClient, documents: list[Document]) -> None:
    doc = documents[0]
    for url in ("/", "/search?q=أردوغان", f"/documents/{doc.id}", "/actors/erdogan", "/events", "/map",
                "/stories", f"/stories/{STORY}"):
        page = get(client, url)
        assert '<html lang="ar" dir="rtl">' in page, url
        assert 'href="/static/style.css"' in page and "http" not in page.split("<body>")[0], url
        assert executable(page) == [], url


def test_home_shows_counts_and_recent_articles(client: TestClient, documents: list[Document]) -> None:
    page = get(client, "/")
    assert '<input type="search" name="q"' in page
    assert re.search(r"<strong>4</strong> مقالات", page)
    for doc in documents[:3]:
        assert f'href="/documents/{doc.id}"' in page and doc.title in page


def test_search_finds_articles_and_actors_in_any_spelling(client: TestClient, documents: list[Document]) -> None:
    page = get(client, "/search?q=اردوغان")  # no hamza: still finds أردوغان
    erdogan = doc_titled(documents, "أردوغان ينتقد")
    assert f'href="/documents/{erdogan.id}"' in page
    assert 'href="/actors/erdogan"' in page
    assert 'class="snippet"' in page
    assert "لا نتائج" in get(client, "/search?q=كلمةغيرموجودة")
    assert "اكتب كلمة" in get(client, "/search?q=")


def test_article_view_highlights_spans_and_lists_what_was_extracted(
    client: TestClient, documents: list[Document]
) -> None:
    doc = doc_titled(documents, "أردوغان ينتقد")
    page = get(client, f"/documents/{doc.id}")
    assert f"<h1 class=\"doc-heading\">{doc.title}</h1>" in page
    assert re.search(r'<a class="hl-ent[^"]*" data-ent="erdogan"[^>]* href="/actors/erdogan">رجب طيب أردوغان</a>',
                     page)
    assert 'data-q="0"' in page and 'id="q-0"' in page and 'id="ev-0"' in page and "data-ev=" in page
    panel = page.split('<aside class="panel"')[1]
    for event in doc.events:
        assert f">{event['cameo']}</span>" in panel
    assert panel.count('data-kind="ev"') == len(doc.events) and panel.count('data-kind="q"') == len(doc.quotes)
    assert 'href="#ev-0"' in panel and 'href="#q-0"' in panel
    assert "TURGOV" in panel and "اتهام" in panel  # the actor code and a PLOVER type in Arabic
    assert f'href="/stories/{STORY}"' in page
    assert '<script src="/static/article.js" defer></script>' in page


def test_removed_boilerplate_is_shown_folded(client: TestClient, documents: list[Document]) -> None:
    doc = doc_titled(documents, "بومبيو يبحث")
    assert doc.removed, "the breadcrumb line should have been removed by cleaning"
    page = get(client, f"/documents/{doc.id}")
    folded = page.split('<details class="removed">')[1].split("</details>")[0]
    assert "ما حذفه التنظيف" in folded and doc.removed[0].text in folded


def test_actor_page_has_names_card_timeline_network_and_quotes(client: TestClient) -> None:
    page = get(client, "/actors/erdogan")
    assert "رجب طيب أردوغان" in page and "Recep Tayyip" in page
    assert "<code>TURGOV</code>" in page and "Q39723" in page and "شخص" in page
    timeline = page.split('<svg class="timeline"')[1].split("</svg>")[0]
    assert '<rect class="bar verbal_conflict"' in timeline and "2019-03" in timeline
    network = page.split('<svg class="network"')[1].split("</svg>")[0]
    assert 'href="/actors/usa"' in network and 'class="edge rel-criticise"' in network
    assert "ينتقد" in page  # the relation, in Arabic, in the table under the network
    quotes = page.split('aria-labelledby="quotes-h"')[1].split("</section>")[0]
    assert "لن تسمح بقيام دولة إرهابية" in quotes and 'href="/documents/' in quotes
    assert 'href="/events?actor=erdogan"' in page
    assert "يُذكرون معه" in page and 'href="/actors/tur"' in page


def test_events_table_filters_by_root_plover_dates_place_modality_and_actor(client: TestClient) -> None:
    every = get(client, "/events")
    total = int(re.search(r'<strong id="total">(\d+)</strong>', every).group(1))  # type: ignore[union-attr]
    assert total >= 6 and every.count("<tr>") == total + 1
    fights = get(client, "/events?root=19")
    assert ">190</span>" in fights and ">111</span>" not in fights and ">046</span>" not in fights
    assert '<option value="19" selected>' in fights
    assert ">111</span>" in get(client, "/events?plover=ACCUSE") and ">190</span>" not in get(
        client, "/events?plover=ACCUSE")
    march = get(client, "/events?date_from=2019-03-01&date_to=2019-03-31")
    assert "2019-03-05" in march and "2019-02-19" not in march and "2019-04-01" not in march
    assert "Washington" not in get(client, "/events?place=syr")
    assert "افتراضي" in get(client, "/events?modality=hypothetical")
    by_name = get(client, "/events?actor=أردوغان")  # a name, resolved to the entity
    assert '<span class="named">رجب طيب أردوغان</span>' in by_name and ">111</span>" in by_name
    assert ">046</span>" not in by_name
    assert "لا أحداث" in get(client, "/events?root=20")


def test_events_table_pages_and_links_the_filtered_csv(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routes, "PAGE_SIZE", 2)
    first = get(client, "/events?root=19")
    assert 'rel="next" href="/events?root=19&amp;page=2"' in first and "صفحة 1 من" in first
    second = get(client, "/events?root=19&page=2")
    assert 'rel="prev"' in second and second.count("<tr>") <= 3
    assert 'href="/api/export/events.csv?root=19"' in first


def test_csv_link_downloads_the_export_columns_of_the_selected_events(client: TestClient) -> None:
    page = get(client, "/events?actor=أردوغان&root=11")
    link = re.search(r'<a class="csv" href="([^"]+)"', page).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert link == "/api/export/events.csv?actor=erdogan&root=11"
    response = client.get(link)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(row["cameo"], row["source_entity"], row["target_entity"]) for row in rows] == [("111", "erdogan", "usa")]
    assert {"doc_id", "event_index", "source_name", "target_name", "lat", "lon", "evidence"} <= set(rows[0])


def test_map_draws_outlines_and_event_places_linking_to_the_table(client: TestClient) -> None:
    page = get(client, "/map")
    assert '<use class="land" href="/static/world.svg#countries"/>' in page
    assert re.search(r'<a href="/events\?place=syr" class="place" data-place="syr">\s*<circle cx="36.291" '
                     r'cy="-33.51"', page)
    assert "سوريا" in page  # the place's Arabic name, from the entities table
    assert '<script src="/static/map.js" defer></script>' in page
    filtered = get(client, "/map?root=04")
    assert 'data-place="syr"' not in filtered and "root=04&amp;place=" in filtered
    outlines = client.get("/static/world.svg")
    assert outlines.status_code == 200 and outlines.text.count("<path ") > 200
    assert client.get("/static/map.js").status_code == 200


def test_stories_list_and_story_page(client: TestClient, documents: list[Document]) -> None:
    listing = get(client, "/stories")
    assert f'href="/stories/{STORY}"' in listing and "عدد المقالات: 2" in listing
    page = get(client, f"/stories/{STORY}")
    for doc in documents:
        assert (f'href="/documents/{doc.id}"' in page) == (doc.story == STORY)
    assert f'href="/events?story={STORY}"' in page
    assert "story=" + STORY in get(client, f"/events?story={STORY}")


def test_english_toggle_by_query_and_cookie(app: FastAPI) -> None:
    with TestClient(app) as fresh:
        arabic = get(fresh, "/events")
        assert 'href="/events?lang=en"' in arabic and ">English</a>" in arabic
        english = fresh.get("/events?lang=en")
        assert english.cookies.get("lang") == "en"
        assert '<html lang="en" dir="ltr">' in english.text and "<h1>Events</h1>" in english.text
        assert "Download CSV" in english.text
        remembered = get(fresh, "/actors/erdogan")  # the cookie keeps English
        assert '<html lang="en" dir="ltr">' in remembered and "Events over time" in remembered
        assert 'href="/actors/erdogan?lang=ar"' in remembered
        back = get(fresh, "/?lang=ar")
        assert '<html lang="ar" dir="rtl">' in back


def test_unknown_ids_give_a_404_page(client: TestClient) -> None:
    for url in ("/documents/ffffffffffffffff", "/actors/no-such-actor", "/stories/no-such-story"):
        page = get(client, url, status=404)
        assert "غير موجود" in page and 'dir="rtl"' in page
    assert "Not found" in get(client, "/actors/no-such-actor?lang=en", status=404)
    bad = get(client, "/events?date_from=yesterday", status=400)
    assert "date_from" in bad


def test_hostile_article_is_escaped_everywhere(client: TestClient) -> None:
    pages = {
        "article": get(client, f"/documents/{HOSTILE_ID}"),
        "home": get(client, "/"),
        "events": get(client, "/events"),
        "map": get(client, "/map"),
        "actor": get(client, "/actors/hostile-actor"),
        "search": get(client, "/search?q=عنوان"),
    }
    for name, page in pages.items():
        assert executable(page) == [], name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or "&lt;img src=x" in page, name
    article = pages["article"]
    assert "javascript:" not in article  # the source URL is not a link
    assert "&lt;b onmouseover=alert(1)&gt;" in article
    assert HOSTILE_ID in pages["search"]

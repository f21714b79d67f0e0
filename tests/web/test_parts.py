"""The web page's parts without a server: highlighting, chart layouts, map circles, filters and
the message catalog."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("jinja2")

from starlette.datastructures import QueryParams  # noqa: E402

from rasd.web import charts, i18n, mapview  # noqa: E402
from rasd.web.filters import EventFilters, FilterError  # noqa: E402
from rasd.web.highlight import Mark, article_html  # noqa: E402

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "rasd" / "web" / "templates"
VOID = {"br", "img", "input", "meta", "link", "hr"}


class Nesting(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data.replace("\n", ""))  # the line between two paragraphs


def parse(markup: str) -> Nesting:
    parser = Nesting()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser


def actor_url(entity: str) -> str:
    return f"/actors/{entity}"


# -- highlighting --------------------------------------------------------------------------


def test_overlapping_spans_nest_and_keep_every_character() -> None:
    text = "قال بومبيو إن \"الولايات المتحدة ستواصل الدعم\".\nوانتقد أردوغان الدعم."
    spans = [
        Mark("ent", "pompeo", 4, 10),
        Mark("q", "0", 15, 45),
        Mark("ent", "usa", 15, 31),
        Mark("ev", "0", 0, 47),
        Mark("ev", "1", 4, 60),  # crosses the quote, the line break and the next sentence
        Mark("cue", "0", 0, 3),
    ]
    markup = article_html(text, spans, actor_url)
    parsed = parse(markup)
    assert "".join(parsed.text) == text.replace("\n", "")
    assert markup.count("<p>") == 2
    assert '<a class="hl-ent hl-ev" data-ent="pompeo" data-ev="0 1" href="/actors/pompeo">بومبيو</a>' in markup
    assert 'data-q="0"' in markup and 'id="q-0"' in markup and 'id="ev-1"' in markup


def test_article_text_is_escaped_piece_by_piece() -> None:
    text = 'a <script>alert(1)</script> b <img src=x onerror=alert(1)> "c" & d'
    markup = article_html(text, [Mark("q", "0", 2, 30), Mark("ent", "x\" onclick=\"y", 31, 60)], actor_url)
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in markup and "img src=x onerror=alert(1)&gt;" in markup
    assert 'onclick="y' not in markup  # an entity id cannot open an attribute either
    assert "".join(parse(markup).text) == text


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\nقال", min_size=1, max_size=40),
    raw=st.lists(st.tuples(st.sampled_from(["ent", "q", "ev", "cue"]), st.integers(0, 40), st.integers(0, 40)),
                 max_size=6),
)
def test_any_spans_give_well_formed_html_with_the_text_intact(text: str, raw: list[tuple[str, int, int]]) -> None:
    spans = [Mark(kind, str(i), min(a, b), max(a, b)) for i, (kind, a, b) in enumerate(raw)
             if min(a, b) < max(a, b) <= len(text)]
    parsed = parse(article_html(text, spans, actor_url))
    assert "".join(parsed.text) == re.sub(r"\n+", "", text)


# -- charts and map ------------------------------------------------------------------------


def test_quad_classes_of_cameo_roots() -> None:
    assert [charts.quad(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == [
        "verbal_cooperation", "verbal_cooperation", "material_cooperation", "material_cooperation",
        "verbal_conflict", "verbal_conflict", "material_conflict", "material_conflict"]
    assert charts.quad(None) is None and charts.quad("99") is None


def test_timeline_has_a_slot_for_every_month_and_stacks_by_quad_class() -> None:
    chart = charts.timeline([
        {"date": "2019-01-10", "root": "04", "n": 2},
        {"date": "2019-01-20", "root": "19", "n": 1},
        {"date": "2019-04-02", "root": "11", "n": 3},
        {"date": None, "root": "19", "n": 5},  # undated: not placed
    ])
    assert chart.top == 3 and chart.months == [("2019-01", 3), ("2019-04", 3)]
    january = [b for b in chart.bars if b.x == chart.bars[0].x]
    assert {b.quad for b in january} == {"verbal_cooperation", "material_conflict"}
    april = next(b for b in chart.bars if b.quad == "verbal_conflict")
    assert april.x - chart.bars[0].x == pytest.approx(3 * charts.MAX_SLOT, abs=0.2)  # Feb and March between
    assert all(b.y >= 0 and b.y + b.height <= chart.height for b in chart.bars)
    assert charts.timeline([]).empty


def test_network_puts_partners_on_a_circle_and_points_edges_by_direction() -> None:
    relations = [{"entity": f"e{i}", "name_en": f"E{i}", "name_ar": None, "relation": "meet", "direction": "out",
                  "n": 20 - i} for i in range(15)]
    relations.append({"entity": "e0", "name_en": "E0", "name_ar": None, "relation": "attack", "direction": "in",
                      "n": 1})
    chart = charts.network(relations)
    assert len(chart.nodes) == charts.MAX_PARTNERS and chart.nodes[0].entity == "e0"
    for node in chart.nodes:
        assert (node.x - chart.centre) ** 2 + (node.y - chart.centre) ** 2 == pytest.approx(
            (chart.size / 2 - 70) ** 2, rel=0.01)
    out, into = (e for e in chart.edges if e.entity == "e0")
    start_out = tuple(map(float, re.match(r"M([\d.]+) ([\d.]+)", out.path).groups()))  # type: ignore[union-attr]
    start_in = tuple(map(float, re.match(r"M([\d.]+) ([\d.]+)", into.path).groups()))  # type: ignore[union-attr]
    centre = (chart.centre, chart.centre)
    assert _distance(start_out, centre) < _distance(start_in, centre)  # "out" starts at the actor


def _distance(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def test_map_circles_grow_with_counts_and_skip_places_without_coordinates() -> None:
    found = mapview.circles([
        {"place": "a", "name_en": "A", "lat": 33.5, "lon": 36.3, "n": 1},
        {"place": "b", "name_en": "B", "lat": 38.9, "lon": -77.0, "n": 16},
        {"place": "c", "name_en": "C", "lat": None, "lon": 1.0, "n": 5},
        {"place": "d", "name_en": "D", "lat": 120.0, "lon": 1.0, "n": 5},
    ])
    assert [c.place for c in found] == ["b", "a"]
    assert (found[0].x, found[0].y) == (-77.0, -38.9)  # x = lon, y = -lat, as the outlines
    assert found[0].r == mapview.MAX_RADIUS and mapview.MIN_RADIUS < found[1].r < found[0].r


def test_outlines_file_is_small_and_has_the_region_s_countries() -> None:
    svg = (TEMPLATES.parent / "static" / "world.svg").read_text(encoding="utf-8")
    assert len(svg.encode()) < 300_000
    assert f'viewBox="{mapview.view_box()}"' in svg
    for name in ("Syria", "Lebanon", "Bahrain", "Qatar", "Palestine", "Egypt", "Yemen"):
        assert f'data-name="{name}"' in svg


# -- filters and messages ------------------------------------------------------------------


def test_filters_read_the_form_and_refuse_values_it_cannot_send() -> None:
    found = EventFilters.from_query(QueryParams("root=4&plover=assault&date_from=2019-01-01&modality=&page=2"))
    assert found.reader_kwargs() == {"root": "04", "plover": "ASSAULT", "date_from": "2019-01-01"}
    assert found.params(page=1) == {**found.reader_kwargs(), "actor": None, "date_to": None, "place": None,
                                    "modality": None, "story": None}
    for bad in ("root=21", "plover=HUG", "date_to=2019-13-01", "modality=certain", "page=0"):
        with pytest.raises(FilterError, match=bad.split("=")[0]):
            EventFilters.from_query(QueryParams(bad))


def test_language_choice_and_fallbacks() -> None:
    assert i18n.choose(None, None) == "ar"
    assert i18n.choose("en", "ar") == "en" and i18n.choose(None, "en") == "en" and i18n.choose("fr", None) == "ar"
    ar, en = i18n.Messages("ar"), i18n.Messages("en")
    assert (ar.dir, en.dir) == ("rtl", "ltr")
    assert ar.t("nav_events") == "الأحداث" and en.t("nav_events") == "Events"
    assert en.label("root", "19") == "Fight" and en.label("root", "99") == "99"
    assert en.t("page_of", page=2, pages=5) == "Page 2 of 5"
    assert en.name("ترامب", None) == "ترامب" and ar.name(None, "Trump") == "Trump"


def test_every_message_a_template_uses_is_in_the_catalog_in_both_languages() -> None:
    catalog = i18n.catalog()
    used = set()
    for path in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""m\.t\(["'](\w+)["']""", path.read_text(encoding="utf-8")))
    assert used and not used - set(catalog["ui"])
    for group in catalog.values():
        for key, texts in group.items():
            assert set(texts) == {"ar", "en"} and all(texts.values()), key


def test_no_template_marks_anything_safe() -> None:
    for path in TEMPLATES.glob("*.html"):
        source = path.read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", "") and "autoescape false" not in source, path.name


def test_highlight_markup_escapes_like_markupsafe() -> None:
    text = "<&>\"'"
    assert html.unescape(str(article_html(text, [], actor_url))) == f"<p>{text}</p>"

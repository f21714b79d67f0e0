"""HTML pages: headline and site from the page's own markup, byline, and what extraction dropped."""

from __future__ import annotations

from rasd.clean import clean_article
from rasd.clean.html import extract_html
from rasd.model import RawArticle

HEADLINE = "الوزير يؤكد دعم جهود السلام في المنطقة"
PARAS = ("<p>قال وزير الخارجية إن بلاده ستواصل دعم جهود السلام في المنطقة وتعمل مع الشركاء الإقليميين "
         "والدوليين من أجل وقف التصعيد وحماية المدنيين في كل مكان.</p>"
         "<p>وأضاف أن المحادثات ستستأنف الأسبوع المقبل في العاصمة بمشاركة وفود من عدة دول عربية وأجنبية.</p>")


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_headline_from_title_element_either_side_of_the_site_name() -> None:
    for title in (f"{HEADLINE} - صحيفة المثال", f"صحيفة المثال | {HEADLINE}"):
        extracted = extract_html(page(f"<title>{title}</title>", f"<div>{PARAS}</div>"))
        assert extracted.title == HEADLINE, title
        assert extracted.outlet == "صحيفة المثال"


def test_og_title_wins_and_loses_the_site_suffix() -> None:
    head = (f'<title>غير ذلك</title><meta property="og:title" content="{HEADLINE} | المثال">'
            '<meta property="og:site_name" content="المثال">')
    assert extract_html(page(head, f"<div>{PARAS}</div>")).title == HEADLINE


def test_page_furniture_is_listed_as_removed_and_byline_is_credit() -> None:
    body = ('<nav><a>الرئيسية</a><a>سياسة</a></nav><div class="breadcrumb">الرئيسية › سياسة › عربي</div>'
            f'<article><h1>{HEADLINE}</h1><span class="byline">بيروت – فلان الفلاني</span>{PARAS}'
            '<div class="tags">الوسوم: السلام المنطقة</div></article>'
            '<footer>© 2024 المثال. جميع الحقوق محفوظة</footer>')
    doc = clean_article(RawArticle(body=page(f"<title>{HEADLINE} - المثال</title>", body), kind="html"))
    assert doc.title == HEADLINE
    assert doc.text.startswith("قال وزير الخارجية") and doc.text.endswith("عربية وأجنبية.")
    assert doc.source.credit == "بيروت – فلان الفلاني" and doc.source.dateline == "بيروت"
    kinds = {r.kind for r in doc.removed}
    assert {"breadcrumb", "tags", "copyright", "credit"} <= kinds
    removed_text = " ".join(r.text for r in doc.removed)
    assert "سياسة" in removed_text  # the menu is accounted for, not silently dropped


def test_fragment_without_page_markup() -> None:
    extracted = extract_html(PARAS)
    assert extracted.text.split("\n")[1].startswith("وأضاف")


def test_a_fragment_that_is_one_invisible_element_has_no_text() -> None:
    """lxml parses "<nav>...</nav>" to that element itself, which has no parent to be dropped
    from (an AssertionError in lxml, found by tests/fuzz)."""
    for fragment in ("<nav>الرئيسية</nav>", "<NAV>", "<script>var a = 1;</script>", "<form><button>x</button></form>"):
        assert extract_html(fragment).text == "", fragment


def test_control_characters_after_a_dropped_element_are_read() -> None:
    """lxml parses text holding control characters but refuses to write it back, which
    dropping an element did with its tail (a ValueError, found by tests/fuzz)."""
    assert extract_html("<p>نص أول</p><form></form>\x1bنص ثان").text == "نص أول\n\x1bنص ثان"
    assert extract_html("<div><script>x</script>\x1b قال الوزير</div>").text == "\x1b قال الوزير"

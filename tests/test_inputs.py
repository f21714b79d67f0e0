"""Every input kind and every class of bad input, through the batch API: each bad input
becomes one Reject naming the file (and line/record) and the reason; the batch goes on."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasd.model import Document, Reject
from rasd.pipeline import Batch, process_many
from rasd.read import decode, read_stream
from rasd.settings import Settings

TITLE = "وزير الخارجية المصري يستقبل المبعوث الأممي إلى ليبيا"
BODY = ("استقبل وزير الخارجية المصري في القاهرة أمس الأحد المبعوث الأممي إلى ليبيا، وبحث معه سبل "
        "دفع العملية السياسية وتوحيد المؤسسات الليبية.\n"
        "وقال المتحدث باسم الخارجية إن الجانبين أكدا ضرورة إجراء الانتخابات في أقرب وقت ممكن.")
ARTICLE = f"{TITLE}\n\n{BODY}\n"
HTML = f"""<!doctype html><html><head><meta charset="{{charset}}"><title>{TITLE} - موقع المثال</title>
<meta property="og:site_name" content="موقع المثال">
<meta property="article:published_time" content="2024-03-10T09:00:00+02:00"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/a">سياسة</a></nav><article><h1>{TITLE}</h1>
<p>{BODY.split(chr(10))[0]}</p><p>{BODY.split(chr(10))[1]}</p></article>
<footer>© 2024 موقع المثال. جميع الحقوق محفوظة</footer></body></html>"""


def run(*paths: Path | str, **options: object) -> tuple[list[Document], list[Reject]]:
    results = list(process_many([str(p) for p in paths], **options))  # type: ignore[arg-type]
    return [r for r in results if isinstance(r, Document)], [r for r in results if isinstance(r, Reject)]


def test_plain_text_in_every_encoding(tmp_path: Path) -> None:
    for codec in ("utf-8", "utf-8-sig", "utf-16", "cp1256", "iso-8859-6"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(ARTICLE.encode(codec))
        docs, rejects = run(path)
        assert not rejects, codec
        assert docs[0].title == TITLE and docs[0].text == BODY, codec


def test_html_in_legacy_encoding_declared_or_not(tmp_path: Path) -> None:
    for declared in ("windows-1256", "utf-8"):  # a wrong declaration must not win over the bytes
        path = tmp_path / f"{declared}.html"
        path.write_bytes(HTML.replace("{charset}", declared).encode("cp1256"))
        docs, rejects = run(path)
        assert not rejects
        doc = docs[0]
        assert doc.title == TITLE
        assert doc.text.startswith("استقبل وزير الخارجية المصري")
        assert doc.published == "2024-03-10" and doc.source.outlet == "موقع المثال"
        assert any(r.kind == "copyright" for r in doc.removed)


def test_a_utf8_file_is_not_read_as_a_legacy_code_page() -> None:
    assert decode(ARTICLE.encode("utf-8")).encoding == "utf-8"
    assert decode(ARTICLE.encode("cp1256")).encoding == "cp1256"
    assert decode(ARTICLE.encode("iso-8859-6")).encoding == "iso-8859-6"


WORDS = st.lists(st.text(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأإآؤئ"), min_size=1, max_size=8),
                 min_size=8, max_size=60)


@settings(max_examples=60, deadline=None)
@given(WORDS)
def test_legacy_decoding_round_trips_arabic_text(words: list[str]) -> None:
    sample = " ".join(["في", *words, "من", "الوزارة", "على", "التي"])
    for codec in ("utf-8", "utf-16", "cp1256"):
        assert decode(sample.encode(codec)).text == sample


def test_jsonl_keeps_ids_and_rejects_a_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "a-1", "text": ARTICLE, "url": "https://example.com/a", "published": "2024-03-10",
            "outlet": "المثال"}
    html = {"id": "a-2", "html": HTML.replace("{charset}", "utf-8"), "title": TITLE}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{broken json\n\n"
                    + json.dumps(html, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, rejects = run(path)
    assert [d.source.id for d in docs] == ["a-1", "a-2"]
    assert docs[0].source.url == "https://example.com/a" and docs[0].published == "2024-03-10"
    assert len(rejects) == 1 and rejects[0].locator == "line 2" and rejects[0].code == "E105"
    assert rejects[0].data == b"{broken json\n"
    assert str(path) in rejects[0].message() and "line 2" in rejects[0].message()


def test_json_array_with_corpus_field_names(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    rows = [{"source": "المثال", "title": TITLE, "content": BODY, "date_extracted": "2015-07-26 17:20:40"},
            {"source": "المثال", "title": "خبر فارغ", "content": " "}]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    docs, rejects = run(path)
    assert docs[0].source.outlet == "المثال" and docs[0].text == BODY
    assert rejects[0].locator == "item 1" and rejects[0].code == "E101"


def test_rss_and_atom_items(tmp_path: Path) -> None:
    escaped = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in BODY.split("\n"))
    rss = tmp_path / "feed.xml"
    rss.write_text(f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>المثال</title>
<item><title>{TITLE}</title><link>https://example.com/1</link><pubDate>Sun, 10 Mar 2024 09:00:00 GMT</pubDate>
<description>{escaped}</description></item>
<item><title>خبر ثان</title><link>https://example.com/2</link><description>{escaped}</description></item>
</channel></rss>""", encoding="utf-8")
    atom = tmp_path / "feed.atom"
    atom.write_text(f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>المثال</title><entry><title>{TITLE}</title><link href="https://example.com/3"/>
<id>tag:example.com,2024:3</id><updated>2024-03-11T08:00:00Z</updated>
<content type="html">{escaped}</content></entry></feed>""", encoding="utf-8")
    docs, rejects = run(rss, atom)
    assert not rejects
    assert [d.source.url for d in docs] == ["https://example.com/1", "https://example.com/2", "https://example.com/3"]
    assert [d.published for d in docs] == ["2024-03-10", None, "2024-03-11"]
    assert docs[2].source.id == "tag:example.com,2024:3" and docs[0].text == BODY


def write_warc(path: Path, pages: list[tuple[str, str, str]]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for url, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            payload = body.encode("cp1256" if "1256" in content_type else "utf-8")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)


def test_warc_keeps_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.com/a", "text/html; charset=windows-1256",
                       HTML.replace("{charset}", "windows-1256")),
                      ("https://example.com/logo.png", "image/png", "not html"),
                      ("https://example.com/b", "text/html", HTML.replace("{charset}", "utf-8"))])
    docs, rejects = run(path)
    assert not rejects
    assert [d.source.url for d in docs] == ["https://example.com/a", "https://example.com/b"]
    assert all(d.source.id and d.source.id.startswith("<urn:uuid:") for d in docs)
    assert docs[0].title == TITLE


def test_truncated_warc_keeps_what_was_read(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, [(f"https://example.com/{n}", "text/html", HTML.replace("{charset}", "utf-8"))
                       for n in range(3)])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    docs, rejects = run(cut)
    assert len(docs) == 2
    assert len(rejects) == 1 and rejects[0].code == "E105" and "truncated" in rejects[0].reason
    gz = tmp_path / "cut.warc.gz"
    gz.write_bytes(gzip.compress(data)[:-200])
    docs, rejects = run(gz)
    assert len(rejects) == 1 and "truncated" in rejects[0].reason


def test_bad_inputs_are_rejected_one_by_one_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02" * 50)
    (tmp_path / "garbled.txt").write_bytes(ARTICLE.encode("utf-8")[:200] + bytes(range(0x80, 0x100)) * 3)
    (tmp_path / "broken.html").write_text("<html><body><div><p></div></body", encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    batch = Batch()
    results = list(process_many([str(tmp_path)], batch=batch))
    docs = [r for r in results if isinstance(r, Document)]
    codes = {Path(r.path or "").name: r.code for r in batch.rejects}
    assert [Path(d.source.path or "").name for d in docs] == ["good.txt"]
    assert codes == {"empty.txt": "E101", "image.txt": "E102", "binary.txt": "E102", "garbled.txt": "E103",
                     "broken.html": "E106", "big.txt": "E104"}
    garbled = next(r for r in batch.rejects if r.path and r.path.endswith("garbled.txt"))
    assert "offset 20" in garbled.reason  # where the bytes stop being UTF-8
    assert all(r.path and r.path.startswith(str(tmp_path)) for r in batch.rejects)


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    docs, rejects = run(path, settings=Settings(max_article_bytes=100))
    assert not docs and rejects[0].code == "E104" and "100" in rejects[0].reason


def test_stdin_stream() -> None:
    items = list(read_stream(io.BytesIO(ARTICLE.encode("cp1256")), "<stdin>"))
    assert len(items) == 1 and not isinstance(items[0], Reject)
    assert items[0].body.startswith(TITLE)


def test_folders_are_walked_in_order_skipping_other_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE.replace("أمس", "اليوم"), encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "misnamed.txt").write_text(HTML.replace("{charset}", "utf-8"), encoding="utf-8")
    batch = Batch()
    docs = [r for r in process_many([str(tmp_path)], batch=batch) if isinstance(r, Document)]
    assert [Path(d.source.path or "").name for d in docs] == ["1.txt", "2.txt", "misnamed.txt"]
    assert docs[2].title == TITLE  # HTML saved as .txt was read as HTML
    assert batch.walk.skipped == [str(tmp_path / "notes.md")]


def test_workers_give_identical_output(tmp_path: Path) -> None:
    for n in range(6):
        (tmp_path / f"{n}.txt").write_text(ARTICLE.replace("الأحد", f"الأحد {n}"), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    one = [r.to_json() if isinstance(r, Document) else r.message() for r in process_many([str(tmp_path)])]
    two = [r.to_json() if isinstance(r, Document) else r.message()
           for r in process_many([str(tmp_path)], workers=2)]
    assert one == two and len(one) == 7


def test_a_short_legacy_headline_is_read_by_its_letters() -> None:
    for codec in ("cp1256", "iso-8859-6"):
        assert decode("عاجل: انفجار قرب السفارة".encode(codec)).text == "عاجل: انفجار قرب السفارة"


def test_latin_text_with_high_bytes_is_not_taken_for_arabic() -> None:
    decoded = decode("Le président a dit que la réunion était très importante.".encode("latin-1"))
    assert not any("\u0600" <= ch <= "\u06ff" for ch in decoded.text)

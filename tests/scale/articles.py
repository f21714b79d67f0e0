"""Small, distinct Arabic articles for batch tests (written for these tests; ids differ because
every body does)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

CITIES = ["بغداد", "دمشق", "عمان", "القاهرة", "الرياض", "بيروت", "تونس", "الرباط"]
OPENINGS = [
    "قال وزير الخارجية العراقي فؤاد حسين إن بلاده ترفض أي تدخل في شؤونها الداخلية",
    "أعلنت وزارة الدفاع التركية أن قواتها قصفت مواقع لحزب العمال الكردستاني شمال العراق",
    "التقى الرئيس المصري عبد الفتاح السيسي وفداً من البنك الدولي لبحث التعاون الاقتصادي",
    "تظاهر مئات المواطنين أمام مبنى البرلمان احتجاجاً على ارتفاع أسعار الوقود",
]


def article(number: int) -> dict[str, Any]:
    city = CITIES[number % len(CITIES)]
    opening = OPENINGS[number % len(OPENINGS)]
    text = (f"{city} - {opening} في {city} يوم الثلاثاء. "
            f"وأضاف أن الاجتماع رقم {number} بحث ملفات عدة بينها الأمن والطاقة والمياه. "
            f"وأشار مسؤول حكومي إلى أن الجولة المقبلة من المحادثات ستعقد الشهر المقبل في {city}.")
    return {"id": f"a{number}", "title": f"خبر رقم {number} من {city}", "text": text,
            "published": "2024-03-05", "outlet": "rasd-tests", "url": f"https://example.org/{number}"}


def write_jsonl(path: Path, numbers: range, *, compress: bool = False) -> Path:
    lines = "".join(json.dumps(article(n), ensure_ascii=False) + "\n" for n in numbers).encode("utf-8")
    path.write_bytes(gzip.compress(lines) if compress else lines)
    return path


def write_parquet(path: Path, numbers: range) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([article(n) for n in numbers]), str(path))
    return path


def write_warc(path: Path, numbers: range) -> Path:
    """A gzipped WARC of HTML responses, one article page per record, as a crawler writes it."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n in numbers:
            item = article(n)
            page = (f"<html><head><meta charset='utf-8'><title>{item['title']}</title></head><body>"
                    f"<article><h1>{item['title']}</h1><p>{item['text']}</p></article></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(item["url"], "response", http_headers=headers,
                                                          payload=io.BytesIO(page.encode("utf-8"))))
    return path


def dies_on_second_part(part: Any) -> Any:
    """A pool task that ends its worker process on part 1, as the kernel's OOM killer would."""
    import os

    from rasd.scale import executors

    if part.number == 1:
        os._exit(9)
    assert executors._worker is not None
    return executors._worker.run(part)

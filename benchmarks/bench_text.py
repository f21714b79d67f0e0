"""Throughput of `rasd.text`: normalize + tokenize on ~5 MB of Arabic news-like text.

Run: `python benchmarks/bench_text.py [--mb 5] [--saudinewsnet]`. Single process, so the
figures are per core. By default the text is built from a paragraph written for this
benchmark, repeated with variation. `--saudinewsnet` measures on the `content` field of
the SaudiNewsNet articles under /work/shared/data/saudinewsnet/json/ when present (that
corpus is non-commercial: it is only read here, never copied into the repository).
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import time
from collections.abc import Callable

from rasd.text import normalize, search_form, split_sentences, tokenize

PARAGRAPH = (
    "أعلن وزير الخارجية السعودي، الأمير فيصل بن فرحان، يوم الثلاثاء ١٤ مارس ٢٠٢٣، أن المملكة "
    "ستستضيف اجتماعاً وزارياً لبحث الأوضاع في السودان واليمن. وقال في مؤتمر صحفي بالرياض: "
    "«نحن ملتزمون بدعم الحل السياسي، ولن نتخلى عن أشقائنا». وأضاف أن حجم المساعدات بلغ 3.5 "
    "مليار دولار، أي ما يعادل ١٢٫٥ مليار ريال، خلال عام 2022م. من جهته، أكد المتحدث باسم "
    "الأمم المتحدة أن المنظمة \"تُرحّب بأي مبادرة تُسهم في وقف إطلاق النار\"، مشيراً إلى أن "
    "أكثر من 25% من السكان بحاجة إلى مساعدات عاجلة؛ فيما دعت واشنطن ولندن وباريس إلى ضبط "
    "النفس. وتأتي هذه التصريحات بعد أسبوع من زيارة د. محمد العلي إلى القاهرة للقاء نظيره "
    "المصري، حيث بحثا سُبل تعزيز التعاون الاقتصادي والأمني بين البلدين الشقيقين.\n"
)

VARIANTS = [("الأمريكي", "الأميركي"), ("يوم", "يومَ"), ("وزير", "وزيـر"), ("2022", "٢٠٢٢"), ("السودان", "ليبيا")]


def synthetic_text(megabytes: float, seed: int = 7) -> str:
    """Repeat PARAGRAPH with small variations until it reaches `megabytes` of UTF-8."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        para = PARAGRAPH
        for old, new in rng.sample(VARIANTS, 2):
            para = para.replace(old, new)
        parts.append(para)
        size += len(para.encode("utf-8"))
    return "".join(parts)


def saudinewsnet_text(megabytes: float) -> str | None:
    """Article bodies from the local SaudiNewsNet copy, or None when it is absent."""
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    for path in sorted(glob.glob("/work/shared/data/saudinewsnet/json/*.json")):
        with open(path, encoding="utf-8") as fh:
            for article in json.load(fh):
                body = article.get("content") or ""
                parts.append(body + "\n")
                size += len(body.encode("utf-8")) + 1
                if size >= target:
                    return "".join(parts)
    return "".join(parts) if parts else None


def best_of(runs: int, func: Callable[[], object]) -> float:
    """Best wall time of `runs` calls: the least disturbed measurement."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def report(name: str, seconds: float, megabytes: float, tokens: int) -> None:
    print(f"{name:<28} {seconds * 1000:8.1f} ms  {megabytes / seconds:7.1f} MB/s  {tokens / seconds / 1e6:6.2f} M tokens/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saudinewsnet", action="store_true", help="measure on local SaudiNewsNet bodies")
    args = parser.parse_args()

    text = saudinewsnet_text(args.mb) if args.saudinewsnet else None
    source = "saudinewsnet" if text else "synthetic"
    if text is None:
        text = synthetic_text(args.mb)
    megabytes = len(text.encode("utf-8")) / 1e6
    tokens = len(tokenize(text))
    print(f"{source} text: {megabytes:.2f} MB, {len(text):,} chars, {tokens:,} tokens (single process)")

    # Per-document work, as the pipeline does it: documents of a few KB each.
    docs = text.split("\n")

    def per_document() -> None:
        for doc in docs:
            normalize(doc)
            tokenize(doc)

    report("search_form", best_of(args.runs, lambda: search_form(text)), megabytes, tokens)
    report("normalize (with offsets)", best_of(args.runs, lambda: normalize(text)), megabytes, tokens)
    report("tokenize", best_of(args.runs, lambda: tokenize(text)), megabytes, tokens)
    report("normalize + tokenize", best_of(args.runs, per_document), megabytes, tokens)
    report("split_sentences", best_of(args.runs, lambda: split_sentences(text)), megabytes, tokens)


if __name__ == "__main__":
    main()

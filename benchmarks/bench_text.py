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

from rasd.text import normalize, search_form, segment, split_sentences, tokenize

PARAGRAPH = (
    "أعلن وزير الخارجية السعودي، الأمير فيصل بن فرحان، يوم الثلاثاء ١٤ مارس ٢٠٢٣، أن المملكة "
    "ستستضيف اجتماعاً وزارياً لبحث الأوضاع في السودان واليمن. وقال في مؤتمر صحفي بالرياض: "
    "«نحن ملتزمون بدعم الحل السياسي، ولن نتخلى عن أشقائنا». وأضاف أن حجم المساعدات بلغ 3.5 "
    "مليار دولار، أي ما يعادل ١٢٫٥ مليار ريال، خلال عام 2022م. من جهته، أكد المتحدث باسم "
    'الأمم المتحدة أن المنظمة "تُرحّب بأي مبادرة تُسهم في وقف إطلاق النار"، مشيراً إلى أن '
    "أكثر من 25% من السكان بحاجة إلى مساعدات عاجلة؛ فيما دعت واشنطن ولندن وباريس إلى ضبط "
    "النفس. وتأتي هذه التصريحات بعد أسبوع من زيارة د. محمد العلي إلى القاهرة للقاء نظيره "
    "المصري، حيث بحثا سُبل تعزيز التعاون الاقتصادي والأمني بين البلدين الشقيقين.\n"
)

VARIANTS = [
    ("الأمريكي", "الأميركي"),
    ("يوم", "يومَ"),
    ("وزير", "وزيـر"),
    ("2022", "٢٠٢٢"),
    ("السودان", "ليبيا"),
]


def synthetic_docs(megabytes: float, seed: int = 7) -> list[str]:
    """Documents of three varied PARAGRAPHs each, `megabytes` of UTF-8 in all."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    docs: list[str] = []
    size = 0
    while size < target:
        paras = []
        for _ in range(3):
            para = PARAGRAPH
            for old, new in rng.sample(VARIANTS, 2):
                para = para.replace(old, new)
            paras.append(para)
        docs.append("".join(paras))
        size += len(docs[-1].encode("utf-8"))
    return docs


def saudinewsnet_docs(megabytes: float) -> list[str]:
    """Article bodies from the local SaudiNewsNet copy (empty when it is absent)."""
    target = int(megabytes * 1_000_000)
    docs: list[str] = []
    size = 0
    for path in sorted(glob.glob("/work/shared/data/saudinewsnet/json/*.json")):
        with open(path, encoding="utf-8") as fh:
            for article in json.load(fh):
                body = article.get("content") or ""
                docs.append(body)
                size += len(body.encode("utf-8"))
                if size >= target:
                    return docs
    return docs


def best_of(runs: int, func: Callable[[], object]) -> float:
    """Best wall time of `runs` calls: the least disturbed measurement."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def report(name: str, seconds: float, megabytes: float, tokens: int) -> None:
    print(
        f"{name:<28} {seconds * 1000:8.1f} ms  {megabytes / seconds:7.1f} MB/s  {tokens / seconds / 1e6:6.2f} M tokens/s"
    )


def each(docs: list[str], *steps: Callable[[str], object]) -> Callable[[], None]:
    """Run `steps` on every document, dropping results as the pipeline does."""

    def run() -> None:
        for doc in docs:
            for step in steps:
                step(doc)

    return run


def segment_words(doc: str) -> None:
    for token in tokenize(doc):
        if token.kind == "word":
            segment(token.text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saudinewsnet", action="store_true", help="measure on local SaudiNewsNet bodies")
    args = parser.parse_args()

    docs = saudinewsnet_docs(args.mb) if args.saudinewsnet else []
    source = "saudinewsnet" if docs else "synthetic"
    if not docs:
        docs = synthetic_docs(args.mb)
    megabytes = sum(len(doc.encode("utf-8")) for doc in docs) / 1e6
    tokens = sum(len(tokenize(doc)) for doc in docs)
    chars = sum(map(len, docs))
    print(
        f"{source}: {len(docs):,} documents, {megabytes:.2f} MB, {chars:,} chars, {tokens:,} tokens"
        f" (single process, best of {args.runs})"
    )
    report("search_form", best_of(args.runs, each(docs, search_form)), megabytes, tokens)
    report("normalize (with offsets)", best_of(args.runs, each(docs, normalize)), megabytes, tokens)
    report("tokenize", best_of(args.runs, each(docs, tokenize)), megabytes, tokens)
    report("normalize + tokenize", best_of(args.runs, each(docs, normalize, tokenize)), megabytes, tokens)
    report("split_sentences", best_of(args.runs, each(docs, split_sentences)), megabytes, tokens)
    report("tokenize + segment words", best_of(args.runs, each(docs, segment_words)), megabytes, tokens)


if __name__ == "__main__":
    main()

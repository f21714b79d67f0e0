"""Throughput of `rasd.time.find_dates` on synthetic Arabic news sentences.

Run: `python benchmarks/bench_dates.py [--sentences 5000]`. Single process, so the figures
are per core. Sentences are built from templates written for this benchmark: about half
carry a date expression (absolute, Hijri, relative, weekday), half carry none, as in news.
Each sentence is searched as a window (start, end) of its article, the way a pipeline
stage calls it, and once more on its own.
"""

from __future__ import annotations

import argparse
import random
import time

from rasd.time import find_dates

WITH_DATE = [
    "وقال وزير الخارجية في مؤتمر صحفي أمس الثلاثاء إن بلاده لن تتراجع عن موقفها",
    "وأعلنت وزارة الداخلية، في بيان صدر صباح اليوم، اعتقال ثلاثة مشتبه بهم في العاصمة",
    "وكانت المحكمة قد أصدرت حكمها في ١٥ كانون الثاني/يناير ٢٠١٩ بعد جلسات استمرت أشهراً",
    "ومن المقرر أن يعقد المجلس اجتماعه المقبل يوم الاثنين المقبل في مقر الأمانة العامة",
    "وأشار التقرير إلى أن الصادرات ارتفعت بنسبة 12% خلال العام الماضي مقارنة بعام 2017",
    "وشهدت المدينة منذ ثلاثة أيام اشتباكات عنيفة أسفرت عن سقوط 5 قتلى",
    "وذكرت الوكالة أن الرئيس سيزور الرياض في 15 رمضان 1440هـ الموافق 20 مايو",
    "وقد وقع الاتفاق في الخامس عشر من ديسمبر الماضي بحضور ممثلين عن الأمم المتحدة",
    "وأكد المتحدث أن الوفد سيغادر غداً الخميس متوجهاً إلى جنيف لاستئناف المحادثات",
    "وتأسست الشركة عام 2005 وتوسعت أعمالها في 2012 لتشمل أسواق الخليج",
]
WITHOUT_DATE = [
    "وأضاف أن الحكومة ملتزمة بتنفيذ الإصلاحات الاقتصادية التي أقرها البرلمان",
    "من جهته، أكد المتحدث باسم الأمم المتحدة أن المنظمة ترحب بأي مبادرة تسهم في وقف إطلاق النار",
    "وقال أحد المسؤولين إن 25 شخصاً أصيبوا بجروح طفيفة ونقلوا إلى المستشفى",
    "ودعت واشنطن ولندن وباريس جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار",
    "وأشار الأمين العام إلى أن المساعدات الإنسانية لم تصل بعد إلى المناطق المحاصرة",
    "وبحث الجانبان سبل تعزيز التعاون الاقتصادي والأمني بين البلدين الشقيقين",
    "ويعاني أكثر من نصف السكان من نقص حاد في الغذاء والدواء بحسب تقارير المنظمات الدولية",
    "وطالب النواب بفتح تحقيق مستقل في ملابسات الحادث ومحاسبة المسؤولين عنه",
    "وأوضح البيان أن القوات المشتركة تمكنت من السيطرة على عدد من المواقع الاستراتيجية",
    "ولم تعلق السفارة على هذه المعلومات حتى ساعة إعداد هذا التقرير",
]


def articles(sentences: int, seed: int = 11) -> list[tuple[str, list[tuple[int, int]]]]:
    """Articles of 12 sentences each, with the (start, end) of every sentence."""
    rng = random.Random(seed)
    pool = WITH_DATE + WITHOUT_DATE
    out: list[tuple[str, list[tuple[int, int]]]] = []
    for _ in range(0, sentences, 12):
        parts = [rng.choice(pool) for _ in range(12)]
        text, spans = "", []
        for part in parts:
            spans.append((len(text), len(text) + len(part)))
            text += part + ". "
        out.append((text, spans))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    args = parser.parse_args()
    docs = articles(args.sentences)
    t0 = time.perf_counter()
    find_dates("أمس الثلاثاء", "2019-02-20")  # load the lexicon and compile the patterns
    print(f"first call (lexicon + patterns): {1000 * (time.perf_counter() - t0):.1f} ms")
    count = found = 0
    t0 = time.perf_counter()
    for text, spans in docs:
        for start, end in spans:
            found += len(find_dates(text, "2019-02-20", start, end))
            count += 1
    elapsed = time.perf_counter() - t0
    print(f"windows: {count} sentences, {found} dates, {count / elapsed:,.0f} sentences/s, "
          f"{1e6 * elapsed / count:.1f} µs/sentence")
    sentences = [text[s:e] for text, spans in docs for s, e in spans]
    t0 = time.perf_counter()
    for sentence in sentences:
        find_dates(sentence, "2019-02-20")
    elapsed = time.perf_counter() - t0
    print(f"whole strings: {len(sentences) / elapsed:,.0f} sentences/s, {1e6 * elapsed / len(sentences):.1f} µs/sentence")
    t0 = time.perf_counter()
    for text, _ in docs:
        find_dates(text, "2019-02-20")
    elapsed = time.perf_counter() - t0
    print(f"whole articles: {len(docs) / elapsed:,.0f} articles/s of 12 sentences")


if __name__ == "__main__":
    main()

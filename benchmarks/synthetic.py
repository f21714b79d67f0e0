"""Synthetic Arabic news articles as JSONL, seeded, for benchmarks that need any number of them.

Every article is built from sentence templates written for this file, filled with names from
rasd's own knowledge base (persons, countries and their adjectives, organisations, places,
capitals for datelines, media for outlets), so every stage has work to do: reporting verbs and
quotes in «» for the quote finder, event verbs (التقى، انتقد، هاجم، قصف، اعتقل، تظاهر) for the
event coder, relative and absolute dates for the date resolver, dateline openings for the
cleaner. Lengths vary as in news (4-15 sentences, about 1,000-2,500 characters). Nothing here
comes from ../shared. The same seed and the same knowledge-base data give the same bytes.

    python benchmarks/synthetic.py N OUT.jsonl [--seed 1]
    from synthetic import write_articles; write_articles(path, n, seed) -> bytes written
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson

from rasd.kb import Entry, KnowledgeBase, load

WEEKDAYS = "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()
MONTHS = ("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
          + ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"])
AGENCIES = ["واس", "رويترز", "أ ف ب", "د ب أ", "الأناضول", "كونا", "وام", "قنا", "سبأ", "بترا"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Each template names its slots; a slot is a pool of names or another list of templates.
TEMPLATES: dict[str, list[str]] = {
    "when": ["أمس {wd}", "يوم {wd}", "اليوم {wd}", "مساء أمس", "صباح {wd}", "في {day} {month}",
             "يوم {wd} {day} {month} {year}", "الأسبوع الماضي", "مطلع الشهر الجاري", "{day} {month} الماضي"],
    "speaker": ["{p}", "{p}", "وزير الخارجية {adjm} {p}", "الرئيس {adjm} {p}", "المتحدث باسم {o}",
                "رئيس الوزراء {adjm} {p}", "مسؤول رفيع في {o}", "السفير {adjm} لدى {c} {p}", "الأمين العام لـ{o}"],
    "claim": ["{c} لن تتخلى عن دعم الحل السياسي في {c2}",
              "المفاوضات مع {o} وصلت إلى مرحلة حاسمة",
              "الوضع الإنساني في {pl} يزداد سوءا يوما بعد يوم",
              "بلاده ستواصل التعاون مع {c} في مجال مكافحة الإرهاب",
              "الهجوم على {pl} يمثل انتهاكا صارخا للقانون الدولي",
              "الحكومة {adjf} تتحمل مسؤولية التصعيد الأخير",
              "الاتفاق الموقع مع {c} يفتح صفحة جديدة في العلاقات بين البلدين",
              "اللقاء مع {p} كان بناء ومثمرا وتناول القضايا ذات الاهتمام المشترك",
              "{o} مطالبة بتحمل مسؤولياتها تجاه اللاجئين",
              "الانتخابات ستجري في موعدها رغم الظروف الأمنية الصعبة",
              "بلاده ترفض أي تدخل خارجي في شؤونها الداخلية",
              "قوات الأمن تمكنت من إحباط مخطط لاستهداف منشآت حيوية في {pl}",
              "المساعدات المقدمة إلى {c} بلغت {n} مليون دولار منذ بداية العام"],
    "lead": ["{say} {speaker} {when} {that} {claim}.",
             "قال {speaker} {when} إن «{claim}».",
             "التقى {p} {when} {p2} في {cap}، وبحث الجانبان سبل تعزيز العلاقات بين {c} و{c2}.",
             "استقبل {p} في {cap} {when} وفدا من {o} برئاسة {p2}.",
             "انتقد {p} بشدة موقف {c} من الأزمة في {c2}، معتبرا أنه يعرقل جهود التسوية.",
             "هاجم {p} {o} واتهمها بعرقلة الجهود الرامية إلى وقف القتال في {pl}.",
             "قصفت طائرات التحالف {when} مواقع لـ{o} في {pl}، ما أسفر عن مقتل {n} مسلحا.",
             "شنت القوات {adjf} غارات جوية على مواقع في محيط {pl} {when}.",
             "اعتقلت السلطات {adjf} {when} {n} أشخاص في {pl} للاشتباه في انتمائهم إلى {o}.",
             "تظاهر آلاف المواطنين {when} في {pl} احتجاجا على {issue}.",
             "وقع {p} و{p2} {when} اتفاقية للتعاون في مجال {field} بين {c} و{c2}.",
             "فرضت {c} {when} عقوبات جديدة على {o} بسبب دورها في الأزمة.",
             "أدان {o} الهجوم الذي استهدف {pl} {when} وأوقع {n} قتيلا.",
             "دعا {p} إلى وقف فوري لإطلاق النار في {pl} وفتح ممرات إنسانية.",
             "زار {p} {cap} {when} في أول زيارة رسمية له منذ توليه منصبه.",
             "طالب {o} بالإفراج عن المعتقلين في {c} دون قيد أو شرط.",
             "هدد {p} باتخاذ إجراءات صارمة ضد {c} إذا استمرت في سياستها الحالية."],
    "quote": ["وأضاف {p}: «{claim}».", "«{claim}»، قال {speaker}.", "وتابع قائلا: «{claim}»."],
    "background": ["وتأتي هذه التطورات في ظل توتر متصاعد بين {c} و{c2} منذ {when}.",
                   "وبلغ حجم التبادل التجاري بين البلدين نحو {n} مليار دولار في عام {year}.",
                   "وتشهد {pl} منذ أشهر موجة من أعمال العنف أودت بحياة {n} شخصا على الأقل.",
                   "ومن المقرر أن يعقد {o} اجتماعا طارئا {when} لبحث الأوضاع في {c}.",
                   "ولم يصدر أي تعليق رسمي من {o} حتى الآن.",
                   "يذكر أن {p} كان قد زار {cap} في {month} {year} والتقى عددا من المسؤولين.",
                   "وتقدر الأمم المتحدة عدد النازحين في {c} بأكثر من {n} ألف شخص."],
    "title": ["{p} يلتقي {p2} في {cap}", "{c}: {claim}", "مقتل {n} في قصف على {pl}",
              "تظاهرات في {pl} احتجاجا على {issue}", "{o} يدين الهجوم على {pl}",
              "{c} تفرض عقوبات جديدة على {o}", "{p}: «{claim}»"],
    "tail": ["، وذلك في إطار الجهود الرامية إلى احتواء الأزمة المستمرة منذ {year}",
             "، بحسب ما أفادت {media} نقلا عن مصادر مطلعة", "، وفق ما ذكرت مصادر محلية في {pl}",
             "، في حين دعا {p} جميع الأطراف إلى ضبط النفس وتغليب لغة الحوار",
             "، فيما لم تعلن أي جهة مسؤوليتها عن الحادث حتى الآن",
             "، وسط إجراءات أمنية مشددة في {cap} ومحيطها",
             "، بعد أيام من تصريحات مماثلة أدلى بها {speaker}"],
    "issue": ["ارتفاع الأسعار", "قرار رفع الدعم عن الوقود", "تفشي البطالة بين الشباب", "الفساد",
              "تردي الخدمات العامة", "نتائج الانتخابات", "اعتقال ناشطين"],
    "field": ["الطاقة", "النقل", "التعليم", "الصحة", "الدفاع", "التجارة", "الاستثمار"],
    "say": ["أكد", "أعلن", "أوضح", "ذكر", "اعتبر", "أشار", "شدد", "أفاد", "صرح", "كشف"],
}
THAT = {"أشار": "إلى أن", "شدد": "على أن", "أفاد": "بأن", "صرح": "بأن", "كشف": "عن أن"}
LATER = [("lead", 4), ("quote", 3), ("background", 3)]


@dataclass(slots=True, frozen=True)
class Names:
    """The knowledge-base names the templates draw on, in a stable order."""

    persons: tuple[str, ...]
    countries: tuple[str, ...]
    adjectives: tuple[str, ...]  # masculine singular bases without ال: أمريكي
    orgs: tuple[str, ...]
    places: tuple[str, ...]
    capitals: tuple[str, ...]
    outlets: tuple[str, ...]


def kb_names(kb: KnowledgeBase | None = None) -> Names:
    """Names from the packaged data only (no user file), so a seed means the same text everywhere."""
    kb = kb or load(user_file=Path(os.devnull))
    by_type: dict[str, list[str]] = {}
    adjectives: list[str] = []
    for entry in kb.entries.values():
        kind = _kind(entry)
        by_type.setdefault(kind, []).append(entry.name_ar)
        if kind == "COUNTRY":
            adjectives += entry.adjectives[:1]
    capitals = tuple(names[0] for names in kb.capitals.values())
    return Names(tuple(by_type["PER"]), tuple(by_type["COUNTRY"]), tuple(adjectives), tuple(by_type["ORG"]),
                 tuple(by_type["PLACE"]), capitals, tuple(by_type["MEDIA"]))


def _kind(entry: Entry) -> str:
    """States (from CLDR) apart from other places: only states take adjectives and capitals."""
    if entry.type == "GPE" and "cldr" in (entry.source or ""):
        return "COUNTRY"
    return "PLACE" if entry.type in ("GPE", "LOC") else entry.type


class Writer:
    """Fills templates from one seeded random stream; `article(i)` is the i-th record."""

    def __init__(self, names: Names, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        choice = self.rng.choice
        self.slots: dict[str, Callable[[], str]] = {
            "p": lambda: choice(names.persons), "p2": lambda: choice(names.persons),
            "c": lambda: choice(names.countries), "c2": lambda: choice(names.countries),
            "adjm": lambda: "ال" + choice(names.adjectives), "adjf": lambda: "ال" + choice(names.adjectives) + "ة",
            "o": lambda: choice(names.orgs), "media": lambda: choice(names.outlets), "pl": lambda: choice(names.places), "cap": lambda: choice(names.capitals),
            "wd": lambda: choice(WEEKDAYS), "month": lambda: choice(MONTHS), "day": lambda: str(self.rng.randint(1, 28)),
            "year": lambda: str(self.rng.randint(2010, 2024)), "n": self._number,
        }
        for name in TEMPLATES:
            self.slots[name] = lambda name=name: self.fill(name)
        self.fields = {t: _fields(t) for group in TEMPLATES.values() for t in group}
        self.names = names

    def _number(self) -> str:
        """Mostly Western digits, sometimes Arabic-Indic ones, as Arabic outlets print both."""
        text = str(self.rng.randint(2, 250))
        return text.translate(INDIC) if self.rng.random() < 0.2 else text

    def fill(self, group: str) -> str:
        template = self.rng.choice(TEMPLATES[group])
        values = {name: self.slots[name]() for name in self.fields[template] if name != "that"}
        if "say" in values:  # the particle the verb takes before its clause: أكد أن، أشار إلى أن
            values["that"] = THAT.get(values["say"], "أن")
        return template.format_map(values)

    def sentence(self, group: str, first: bool = False) -> str:
        """A sentence of `group`, often with a trailing clause (news sentences run long); a lead
        after the first sentence is often joined on with و."""
        text = self.fill(group)
        if text.endswith(".") and not text.endswith("».") and self.rng.random() < 0.6:
            text = text[:-1] + self.fill("tail") + "."
        if group == "lead" and not first and self.rng.random() < 0.5:
            text = "و" + text
        return text

    def body(self) -> str:
        """Paragraphs of one to three sentences; the first opens on a lead, often after a dateline."""
        target, sentences = self.rng.randint(1000, 2500), [self.sentence("lead", first=True)]
        size = len(sentences[0])
        while len(sentences) < 4 or (size < target and len(sentences) < 15):
            group = self.rng.choices([g for g, _ in LATER], [w for _, w in LATER])[0]
            sentence = self.sentence(group)
            sentences.append(sentence)
            size += len(sentence) + 1
        if self.rng.random() < 0.7:
            sentences[0] = f"{self._dateline()} {sentences[0]}"
        paragraphs, i = [], 0
        while i < len(sentences):
            step = self.rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[i:i + step]))
            i += step
        return "\n".join(paragraphs)

    def _dateline(self) -> str:
        city, agency = self.rng.choice(self.names.capitals), self.rng.choice(AGENCIES)
        return f"{city} - {agency}:" if self.rng.random() < 0.5 else f"{city} ({agency}) -"

    def article(self, i: int) -> dict[str, str]:
        published = dt.date(2012, 1, 1) + dt.timedelta(days=self.rng.randrange(13 * 365))
        ident = f"syn-{self.seed}-{i:07d}"
        return {"id": ident, "title": self.fill("title"), "text": self.body(), "published": published.isoformat(),
                "outlet": self.rng.choice(self.names.outlets),
                "url": f"https://news.example/{published:%Y/%m}/{ident}"}


def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def write_articles(path: str | os.PathLike[str], n: int, seed: int = 1, names: Names | None = None) -> int:
    """Write `n` articles to `path` as JSONL, streaming; returns the bytes written."""
    writer = Writer(names or kb_names(), seed)
    written = 0
    with open(path, "wb", buffering=1 << 20) as sink:
        for i in range(n):
            line = orjson.dumps(writer.article(i)) + b"\n"
            sink.write(line)
            written += len(line)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    names = kb_names()
    loaded = time.perf_counter() - started
    size = write_articles(args.out, args.n, args.seed, names)
    seconds = time.perf_counter() - started
    print(f"synthetic: {args.n} articles, {size / 1e6:.1f} MB to {args.out} in {seconds:.1f} s "
          f"(knowledge base {loaded:.1f} s, {args.n / max(seconds - loaded, 1e-9):,.0f} articles/s)")


if __name__ == "__main__":
    main()

"""Modality of an event: asserted, planned, negated, hypothetical or reported.

Read off the words before the predicate in its clause and the predicate's own prefix: the
future س / سوف and intent words (يعتزم، من المقرر) plan it; لم / لن / لا / عدم negate it;
إذا / لو / في حال make it hypothetical; inside a quote's content it is what a speaker
reported. Negation wins over the others, then condition, then plans.
"""

from __future__ import annotations

from typing import Any

from rasd.clauses.lexicon import Hit
from rasd.clauses.view import Sentence
from rasd.ner.features import word_form

NEGATION = frozenset(word_form(w) for w in "لم لن لا ما ليس ليست عدم دون بدون ولم ولن ولا وعدم".split())
CONDITION = frozenset(word_form(w) for w in "إذا اذا لو حال حالة ربما قد وإذا ولو مستحيل يستحيل".split())
# Intent in any person and number: يعتزمان، تعتزم، ينوون، يخططون.
INTENT_STEMS = tuple(word_form(w) for w in "يعتزم تعتزم اعتزم ينوي تنوي ينوون ينويان تنويان يخطط تخطط خطط يستعد تستعد".split())
INTENT_REACH = 8  # words back to the clause start in which an intent word plans the act
PLAN = frozenset(word_form(w) for w in (
    "سوف وسوف يعتزم تعتزم يعتزمون ينوي تنوي المقرر المزمع يستعد تستعد يخطط تخطط تعتزمان "
    "يتوقع ويتوقع سيتم ستتم يرتقب المرتقب المرتقبة".split()))
# Verbs an act can be the object of without having happened: it was foiled or cancelled
# (negated), or threatened, called for, feared (hypothetical): "أحبطت الشرطة هجوماً"،
# "هدد التنظيم بشن هجمات"، "ألغت النقابة الإضراب".
FOILED = frozenset(word_form(w) for w in (
    "أحبط أحبطت أحبطوا إحباط بإحباط ألغى ألغت ألغوا إلغاء تفكيك فكك فككت منع منعت تأجيل أجل أجلت".split()))
UNREAL = frozenset(word_form(w) for w in (
    "هدد هددت يهدد تهدد توعد توعدت يتوعد تهديد بتهديد دعا دعت يدعو تدعو طالب طالبت يطالب تطالب "
    "حذر حذرت يحذر تحذر تخشى يخشى خشية مخاوف احتمال إمكانية بشن لشن".split()))
LOOKBACK = 4  # words before the predicate read for its modality
# An act named as the aim of another ("حملة من أجل القبض على"، "بهدف اعتقال"، "سعياً لاحتواء")
# has not happened yet: it is planned. أجل after من is "for the sake of", never "postponed".
PURPOSE = frozenset(word_form(w) for w in "لأجل ولأجل بهدف وبهدف لغرض بغية سعيا سعياً".split())
AJL = word_form("أجل")
FROM = frozenset(word_form(w) for w in ("من", "ومن"))


def _stripped(words: set[str]) -> set[str]:
    """The words and their forms without a leading و / ف."""
    return words | {w[1:] for w in words if w[:1] in ("و", "ف") and len(w) >= 3}


def _after_law(s: Sentence, hit: Hit) -> bool:
    """"لو قصفت ... لاندلعت حرب": under لو, the condition and its answer did not happen."""
    return any(w in ("لو", "ولو") for w in s.words[max(0, hit.first - 12):hit.first])


# Words after which ما is a relative pronoun ("وهو ما يعارضه البرلمان": which the parliament
# opposes), not the negation of the verb after it.
RELATIVE_MA = frozenset(word_form(w) for w in (
    "هو وهو هي وهي هذا وهذا ذلك وذلك كل وكل مثل بعد عند حسب وفق وفقا بحسب أكثر اكثر أول آخر".split()))
MA = word_form("ما")
# "لا يزال الحوثيون يسيطرون"، "ما زالت القوات تحاصر": a negated زال is "still", the act goes on.
STILL = frozenset(word_form(w) for w in (
    "يزال تزال يزالون يزالان زال زالت زالوا يزل تزل".split()))


def _negated(s: Sentence, start: int, end: int) -> bool:
    for k in range(start, end):
        word = s.words[k]
        if word == MA and k > 0 and s.words[k - 1] in RELATIVE_MA:
            continue
        if word in NEGATION and not (k + 1 < end and s.words[k + 1] in STILL):
            return True
    return False


def _for_the_sake_of(s: Sentence, k: int) -> bool:
    """"من أجل": أجل after من, not the verb "he postponed"."""
    return s.words[k] == AJL and k > 0 and s.words[k - 1] in FROM


def _purpose(s: Sentence, start: int, end: int) -> bool:
    """A purpose word right before the act (two words at most: "من أجل"، "بهدف")."""
    return any(s.words[k] in PURPOSE or _for_the_sake_of(s, k) for k in range(max(start, end - 2), end))


def _foiled(s: Sentence, start: int, end: int) -> bool:
    """A foiling or cancelling word before the act ("أحبطت"، "ألغت"، "أجلت"), من أجل aside."""
    return any(_stripped({s.words[k]}) & FOILED and not _for_the_sake_of(s, k) for k in range(start, end))


def modality(s: Sentence, hit: Hit, quotes: list[dict[str, Any]]) -> str:
    clause = s.clause_start(hit.first)
    start = max(clause, hit.first - LOOKBACK)
    before = set(s.words[start:hit.first])
    bare = _stripped(before)
    if _negated(s, start, hit.first) or _foiled(s, start, hit.first):
        return "negated"
    if bare & UNREAL:
        return "hypothetical"
    if bare & CONDITION and hit.analysis.form.pos == "present":
        return "hypothetical"
    if bare & {"اذا", "لو", "حال"} or _after_law(s, hit):
        return "hypothetical"
    wider = s.words[max(clause, hit.first - INTENT_REACH):hit.first]
    intent = any(w in PLAN or w.lstrip("وف").startswith(INTENT_STEMS) for w in wider)
    if "س" in hit.analysis.prefix or before & PLAN or intent or _purpose(s, start, hit.first) or (s.words[hit.last + 1:hit.last + 2] == ["المرتقب"]):
        return "planned"
    at = s.tokens[hit.first].start
    if any(q["start"] <= at < q["end"] for q in quotes):
        return "reported"
    return "asserted"

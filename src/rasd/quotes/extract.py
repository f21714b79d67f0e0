"""The quotes stage: every reported statement with its speaker, cue and content span.

A quote starts from a reporting cue (rasd/quotes/data/cues.tsv): a verb in any inflection
(قال، وأكدت، يشير), a participle continuing the sentence (مؤكداً، مضيفاً), a verbal noun
(تأكيد X أن) or an attribution (وفق، حسب، نقلاً عن). Its speaker is the actor named after
the cue (VSO) or before it (SVO), an appositive title giving the person it introduces; with
none (وأضاف، أنه أشار) it is the last speaker of the article. Its content is the words in
quotation marks that follow the cue (direct), or the clause after إن/أن, a colon or the
cue's preposition (أشار إلى ...), up to the next reporting cue or the end of the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rasd.clauses.arguments import (
    CLOSING_MARKS,
    PREPOSITIONS,
    QUOTE_PAIRS,
    RELATIVES,
    SKIPPABLE,
    THAT,
    apposition_end,
    clitic_preposition,
    opening_apposition,
    opens_clause,
    past_medium,
    subject_after,
    subject_before,
    title_word,
    unknown_that_subject,
)
from rasd.clauses.lexicon import POSSESSIVES, Hit, PatternLexicon
from rasd.clauses.view import (
    CLAUSE_OPENERS,
    Actor,
    Sentence,
    doc_view,
    nisba,
    place_country,
    predicate_stands,
    strip_proclitics,
)
from rasd.link.actor_codes import agent_of
from rasd.link.lexicon import rows
from rasd.link.roles import role_head
from rasd.model import Document
from rasd.ner.features import word_form

OPENERS = QUOTE_PAIRS
OPENING = frozenset(OPENERS) | {"»"}  # "قال:» ...«": marks typed the wrong way round
MAX_QUOTE = 3000  # characters: longer "quotes" are unmatched marks
# Reporting verbs that need a that-clause, a colon or quotation marks: without one they mean
# something else (بين "between", عبر "via", ذكر "mentioned").
WEAK = frozenset(word_form(w) for w in "بين عبر ذكر تحدث ابلغ اخبر اعلم وصف جدد اعرب كتب غرد".split())
# Participles whose object is what was said ("مرجحاً وقوف شركات", "متوقعاً ارتفاع الأسعار");
# others take أن or a preposition, and "متابعة" and "مجدداً" are as often a noun and "again".
DIRECT_PARTICIPLES = frozenset(word_form(w) for w in "مرجحا متوقعا".split())
BOUNDARY_CODES = frozenset({"part", "cont", "attr"})
MIN_DIRECT = 3  # words: a shorter quotation ("الوطن", "داعش") names something, it is not content
PREP_WINDOW = 5  # words after the speaker within which a cue's content preposition may come
FAR_THAT = 30  # words after the speaker within which a that-particle still opens the content
FAR_COLON = 45  # words (punctuation included) within which a colon and a quotation still do
CONTENT_WINDOW = 12  # words after the speaker within which the content must begin
PRONOUN_NEXT = THAT | SKIPPABLE | frozenset(word_form(w) for w in (
    "في خلال عبر إلى الى على عن من ب بـ له لها لهم لوكالة لقناة لصحيفة للصحفيين "
    "يجب ينبغي لابد".split()))  # "وقال يجب أن تكون هناك رواية أخرى": the last speaker, an obligation
MEDIA_VERBS = frozenset(word_form(w) for w in "نقلت نقلته نقلتها نقل نقله أوردت أوردته أورده ذكرت ذكرته".split())


@cache
def cue_lexicon() -> PatternLexicon:
    return PatternLexicon(rows("cues.tsv", "rasd.quotes"))


@dataclass(slots=True)
class _Speakers:
    """The speakers named so far in the article, for continuations and "المسؤول"."""

    refs: list[tuple[Actor, dict[str, Any]]] = field(default_factory=list)
    persons: list[tuple[int, Actor]] = field(default_factory=list)  # first mention of each person
    focus: str | None = None  # the article's country (DocView.country)
    body: Actor | None = None  # a body or state the last sentence opened with ("وتبنت الحركة ...")

    def named_before(self, code: str, before: int) -> list[Actor]:
        """Persons coded for `code`'s country whose first mention precedes `before`."""
        return [a for start, a in self.persons if start < before and (a.code or "")[:3] == code[:3]]

    def last(self) -> tuple[Actor, dict[str, Any]] | None:
        return self.refs[-1] if self.refs else None

    def last_like(self, agent: str | None, person: bool) -> tuple[Actor, dict[str, Any]] | None:
        for actor, ref in reversed(self.refs):
            if (agent and actor.agent == agent) or (person and actor.type == "PER"):
                return actor, ref
        return None


class QuoteExtractor:
    """Adds `quotes` (FORMAT.md) to a Document that has tokens, sentences and entities."""

    def __init__(self, lexicon: PatternLexicon | None = None):
        self._lexicon = lexicon

    @property
    def lexicon(self) -> PatternLexicon:
        return self._lexicon or cue_lexicon()

    def __call__(self, doc: Document) -> Document:
        view = doc_view(doc)
        marks = quote_marks(doc.text)
        speakers = _Speakers(persons=_persons(doc), focus=view.country)
        used: set[tuple[int, int]] = set()
        quotes: list[dict[str, Any]] = []
        for sentence in view.sentences:
            for quote in self._sentence(doc.text, sentence, marks, speakers, used):
                quotes.append(quote)
            quotes += self._nested(doc.text, sentence, marks, speakers, used)
            speakers.body = _opening_body(sentence)
        doc.quotes = quotes
        return doc

    def _sentence(self, text: str, s: Sentence, marks: list[tuple[int, int]], speakers: _Speakers,
                  used: set[tuple[int, int]]) -> list[dict[str, Any]]:
        hits = self._cues(s, marks)
        found: list[dict[str, Any]] = []
        sentence_speaker: _Spoken | None = None
        attributed_at = -ATTRIBUTED_CUE_GAP - 1
        for n, hit in enumerate(hits):
            limit = _limit(s, hits[n + 1:])
            if hit.pattern.code == "attr":
                quote = self._attribution(text, s, hit, hits[n + 1:], speakers, bool(found), used)
                if quote is not None:
                    found.append(quote)
                attributed_at = hit.last
                continue
            if hit.first - attributed_at <= ATTRIBUTED_CUE_GAP:
                continue  # "بحسب ما أعلن فلان": the cue of the attribution, whose words came before it
            found_speaker = self._speaker(text, s, hit, speakers, sentence_speaker)
            if found_speaker is None:
                continue
            last, spoken = found_speaker
            if _place(spoken[0]) and not spoken[1].get("actor_code"):
                continue  # "... معبد أبو سمبل ويؤكد": a verb inside the content, not a town speaking
                # (a province's authorities, coded TURGOV, do speak)
            ref = spoken[1]
            after = last + 1
            content = _content(text, s, hit, after, limit, marks, used)
            if content is None:
                continue
            start, end, direct = content
            if any(q["start"] <= start and end <= q["end"] for q in found):
                continue  # a cue inside another quote's content: reported speech within it
            if _said_next(s, hits[n + 1:], after, direct) and not _prepositional(s, start):
                sentence_speaker = spoken
                continue  # "ويقول وديع خان (47 عاماً) بصوت متحشرج قائلاً: «...»": the participle reports
            used.add((start, end))
            sentence_speaker = spoken
            speakers.refs.append(spoken)
            found.append({"speaker": ref, "cue": s.tokens[hit.first].text, "direct": direct,
                          "start": start, "end": end, "text": text[start:end],
                          "cue_start": s.tokens[hit.first].start, "cue_end": s.tokens[hit.last].end})
        return found

    def _attribution(self, text: str, s: Sentence, hit: Hit, later: list[Hit], speakers: _Speakers,
                     quoted: bool, used: set[tuple[int, int]]) -> dict[str, Any] | None:
        """"ووفقاً للمسؤول، ترحب الخارجية ..." reports what follows; "...، حسب المصدر" what
        precedes, unless a reporting verb of the sentence already gave it its speaker."""
        found = _attributed(text, s, hit)
        earlier = speakers.last()
        if found is None and _names_document(s, hit) and earlier is not None:
            found = hit.last + 1, earlier  # "ووفقاً للتقرير": the report of the one quoted so far
        if found is None:
            return None
        last, (actor, ref) = found
        actor, ref = _resolved(text, actor, speakers)
        if hit.first <= 1 or s.words[hit.first - 1] in THAT:  # "... أنه طبقاً لإحصاءات الوزارة فإن"
            limit = next((h.first for h in later if h.pattern.code in BOUNDARY_CODES), len(s.words))
            last = apposition_end(s, last) if actor.type == "PER" else last  # "لما أعلنه فلان رئيس الهيئة فإن"
            while last + 1 < limit and (s.words[last + 1] in THAT or s.words[last + 1] in ("،", ",")):
                last += 1
            content = _span(text, s, last + 1, limit, [])
        elif not quoted:
            content = _span(text, s, 0, hit.first, [])
        else:
            return None
        if content is None or (content[0], content[1]) in used:
            return None
        start, end, _direct = content
        used.add((start, end))
        speakers.refs.append((actor, ref))
        return {"speaker": ref, "cue": s.tokens[hit.first].text, "direct": False,
                "start": start, "end": end, "text": text[start:end],
                "cue_start": s.tokens[hit.first].start, "cue_end": s.tokens[hit.last].end}

    def _nested(self, text: str, s: Sentence, marks: list[tuple[int, int]], speakers: _Speakers,
                used: set[tuple[int, int]]) -> list[dict[str, Any]]:
        """Reports inside a quotation that name their own speaker ("«... حكومة إقليم كردستان
        أوضحت مجدداً أننا نفضل أن نتلقى السلاح مباشرة»"): a quote of that speaker too. The
        outer speaker stays the one later cues refer back to."""
        found: list[dict[str, Any]] = []
        if not any(o < s.end and s.start < c for o, c in marks):
            return found  # most sentences hold no quotation: no second pass over their words
        for hit in self._cues(s, marks, inside=True):
            span = _enclosing(s.tokens[hit.first].start, marks)
            if span is None or _code(hit) not in ("say", "cont") or _first_person(s.words[hit.first], hit):
                continue  # "لا نريد أن نرى داعش": the quoted speaker's own verb, no new speaker
            before = subject_before(s, hit.first, s.clause_start(hit.first))
            heads = before is not None and before.last == hit.first - 1 and (
                opens_clause(s, before) or s.words[before.first - 1] in SENTENCE_OPENERS)
            actor = before if heads else subject_after(s, hit.last, len(s.words))
            if actor is None or actor.entity is None or s.tokens[actor.first].start <= span[0] \
                    or actor.type not in ("PER", "ORG", "GPE") or (actor.type == "GPE" and not actor.code):
                continue  # only a person, a body or a state the quotation itself names
            limit = next((k for k, t in enumerate(s.tokens) if t.start >= span[1]), len(s.words))
            content = _content(text, s, hit, max(actor.last, hit.last) + 1, limit, [], used)
            if content is None or content[1] > span[1]:
                continue
            start, end, _direct = content
            used.add((start, end))
            found.append({"speaker": _resolved(text, actor, speakers)[1], "cue": s.tokens[hit.first].text,
                          "direct": False, "start": start, "end": end, "text": text[start:end],
                          "cue_start": s.tokens[hit.first].start, "cue_end": s.tokens[hit.last].end})
        return found

    def _cues(self, s: Sentence, marks: list[tuple[int, int]], inside: bool = False) -> list[Hit]:
        """Cue hits of the sentence outside quotation marks (`inside`: within them), in order,
        not overlapping."""
        hits: list[Hit] = []
        i = 0
        while i < len(s.words):
            token = s.tokens[i]
            if token.kind == "word" and self.lexicon.could_start(s.words[i]) and _inside(token.start, marks) == inside:
                found = [h for h in self.lexicon.find(s.words, i)
                         if predicate_stands(s, h) and not _not_a_cue(s, h)]
                if found:
                    hits.append(found[0])
                    i = found[0].last + 1
                    continue
            i += 1
        return hits

    def _speaker(self, text: str, s: Sentence, hit: Hit, speakers: _Speakers,
                 sentence_speaker: _Spoken | None) -> tuple[int, _Spoken] | None:
        """(index of the speaker's last word in this sentence, or of the cue when the speaker
        is not named here; the speaker as remembered and as referenced) or None."""
        code = _code(hit)
        end = len(s.words)
        if code == "attr":
            return _attributed(text, s, hit)
        if code == "part":  # "ثمّن مصطفى الحمدان الجهود ...، منوهاً": the sentence's subject speaks
            opener = None if sentence_speaker else _sentence_subject(s, hit)
            spoken = sentence_speaker or (_resolved(text, opener, speakers) if opener else None) or speakers.last()
            return (hit.last, spoken) if spoken else None
        antecedent = _relative_antecedent(s, hit) if code == "say" else None
        if antecedent is not None:  # "ساركوزي الذي طالب الفرنسيين بزيارة تونس": Sarkozy asked
            return hit.last, _resolved(text, antecedent, speakers)
        if code != "noun" and hit.last + 1 < end and s.words[hit.last + 1] in IN_IT:
            named = _named_after(s, hit.last + 2)
            if named is not None:  # "بيان دعت فيه «أوبك» المنتجين إلى": the subject follows فيه
                return named.last + (1 if named.last + 1 < end and s.words[named.last + 1] in CLOSING_MARKS else 0), \
                    _resolved(text, named, speakers)
            spoken = _last_person(text, s, hit)  # "ألقى بان كي مون كلمة أعرب فيها"
            giver = _speech_giver(s, hit) if spoken is None else None  # "ألقى مفتي أستراليا كلمة"
            spoken = spoken or (_resolved(text, giver, speakers) if giver is not None else None) or speakers.last()
            return (hit.last + 1, spoken) if spoken else None  # (a call: "اتصالاً ... أعرب خلاله"); the
            # content starts after فيها/خلاله
        if code in ("say", "cont") and hit.last + 1 < end and _document_subject(s.words[hit.last + 1]):
            # "واتهم البيان عناصر حزب العمال بتنفيذ الهجوم": the statement speaks, not its object;
            # "وكشفت دراسة حديثة", "وتشير التقارير" without an issuer: nobody we can name
            issuer = _issuer(text, s, hit.last + 1)
            spoken = speakers.last() if s.words[hit.last + 1] in RECALLED_STATEMENTS else None
            return issuer or ((hit.last + 1, spoken) if spoken else None)
        authority = _authority_of_place(text, s, hit.last + 1)
        if authority is not None:  # "قال مكتب محافظ ديار بكر": the province's authorities
            return authority
        opening = opening_apposition(s, hit.first) if code in ("say", "cont") else None
        if opening is not None:  # "وزير الخارجية الأمريكي، جون كيري، أكد أن": SVO across the apposition
            return hit.last, _resolved(text, opening, speakers)
        before = subject_before(s, hit.first, s.clause_start(hit.first)) if code in ("say", "cont") else None
        if before is None and code in ("say", "cont") and unknown_that_subject(s, hit.first):
            return None  # "يشار إلى أن الصندوق العقاري أفاد بأن": a subject the base does not know
        svo = before is not None and before.last == hit.first - 1 and opens_clause(s, before)
        actor = before if svo else subject_after(s, hit.last, end)  # "موسكو انتقدت واشنطن": Moscow spoke
        if actor is None and not svo and hit.last + 2 < end and s.words[hit.last + 1] in ONE_OF:
            member = s.actor_at(hit.last + 2)  # "وقال أحد سكان سيفاري": one of the residents
            actor = member if member is not None and member.first == hit.last + 2 and member.type == "UNNAMED" else None
            named = _named_member(s, actor.last + 1, end) if actor is not None else None
            actor = named or actor  # "وقال أحد سكان القرية فلان الفلاني": the resident named
        if actor is None and code in ("say", "cont"):
            actor = before
        topic = _topic_of(s, hit) if actor is None else None
        if topic is not None:  # "أما الشاب مشعل الشينان فيقول إن": the topic speaks, or someone unnamed
            return (hit.last, _resolved(text, topic, speakers)) if topic is not TOPIC_UNKNOWN else None
        if actor is not None:
            last = actor.last if actor.first > hit.last else hit.last
            return last, _resolved(text, actor, speakers)
        if code == "noun" or hit.last + 1 >= end:
            return None
        prev = s.words[hit.first - 1] if hit.first else ""
        if prev in PRONOUN_BEFORE:  # "وأيد السديرة البغدادي، لكنه نفى ...": the sentence's subject
            opener = _sentence_subject(s, hit)
            spoken = (_resolved(text, opener, speakers) if opener else None) or _last_person(text, s, hit) \
                or speakers.last()
            return (hit.last, spoken) if spoken else None
        nxt = s.words[hit.last + 1]
        if role_head(nxt) and nxt.startswith(("ال", "وال")):  # "وأضاف الوزير" -> the last person
            earlier = speakers.last_like(None, person=True)
            if earlier:
                last = hit.last + 1
                while last + 1 < min(end, hit.last + 4) and s.words[last + 1] not in PRONOUN_NEXT \
                        and s.tokens[last + 1].kind == "word":
                    last += 1  # "الوزير الأمريكي"
                title = text[s.tokens[hit.last + 1].start:s.tokens[last].end]
                return last, (earlier[0], {**earlier[1], "text": title})
            return None
        if nxt in STATEMENT_WORDS:  # "وطالب البيان": the statement of the body that issued it
            issuer = _issuer(text, s, hit.last + 1)  # "وأوضح التقرير السنوي لمؤسسة النقد أن"
            if issuer is not None:
                return issuer
            spoken = speakers.last()
            return (hit.last + 1, spoken) if spoken else None
        if (nxt in PRONOUN_NEXT or s.tokens[hit.last + 1].kind == "punct" or _object_then_content(s, hit)) \
                and not _describes_a_noun(s, hit) and not _unknown_definite_subject(s, hit):
            opener = _sentence_subject(s, hit) if prev == "،" or s.words[hit.first][:1] == "و" else None
            if opener is not None and opener.type == "PER":  # "وأعاد لافروف التأكيد ...، وقال:": Lavrov
                return hit.last, _resolved(text, opener, speakers)
            body = speakers.body
            latest = speakers.last()
            if body is not None and hit.first == 0 and _feminine_cue(s.words[hit.first]) \
                    and (latest is None or not _feminine_speaker(latest[1])):
                return hit.last, _resolved(text, body, speakers)  # "وتبنت الحركة ... . وقالت إن": the movement
            spoken = speakers.last()  # "وأضاف أن", "وأشار إلى", "وقال في بيان": the last speaker
            return (hit.last, spoken) if spoken else None
        return None  # a subject the article names without our knowing it ("وقال شهود عيان")


_Spoken = tuple[Actor, dict[str, Any]]
ATTRIBUTED_CUE_GAP = 2  # "بحسب ما أعلن", "وفق ما ذكرت": words from an attribution to its own cue


GOING_ON = frozenset(word_form(w) for w in "مضى مضت عاد عادت راح راحت ظل ظلت أخذ بدأ بدأت".split())


def _describes_a_noun(s: Sentence, hit: Hit) -> bool:
    """A present cue right after an indefinite noun, without و ("بث تسجيل فيديو يدعو إلى
    مهاجمة حماس"): a clause describing that noun (the video calls), not the last speaker again."""
    if hit.first == 0 or hit.analysis.form.pos != "present" or s.words[hit.first][:1] in ("و", "ف"):
        return False
    before = s.words[hit.first - 1]
    if before[:1] == "و" or before in GOING_ON or before[1:] in GOING_ON:
        return False  # "ومضى يقول إن", "فعاد يؤكد": the speaker goes on (not "فيديو", a noun in ف)
    return s.tokens[hit.first - 1].kind == "word" and not before.startswith("ال") and before not in PRONOUN_BEFORE \
        and before not in PREPOSITIONS and before not in THAT and before not in SKIPPABLE \
        and s.actor_at(hit.first - 1) is None and len(before) > 2


def _unknown_definite_subject(s: Sentence, hit: Hit) -> bool:
    """A present cue right after a definite noun or adjective that is no actor, without و
    ("والتجارب الدولية الناجحة في التخطيط تشير إلى أن"): SVO with a subject we cannot name,
    not the last speaker going on."""
    if hit.first == 0 or hit.analysis.form.pos != "present" or s.words[hit.first][:1] in ("و", "ف"):
        return False
    before = s.words[hit.first - 1]
    return s.tokens[hit.first - 1].kind == "word" and before.lstrip("و").startswith("ال") \
        and before not in SKIPPABLE and s.actor_at(hit.first - 1) is None and not role_head(before)


def _place(actor: Actor) -> bool:
    """A town, region or building: no speaker. A state speaks, and so does a capital that
    stands for it (its actor code is the state's)."""
    return actor.entity is not None and (actor.type in ("LOC", "FAC") or (
        actor.type == "GPE" and len(actor.code or "") < 3))


BACK_REFERENCE_WORDS = 3  # "وزير الخارجية", "رئيس الدبلوماسية الأمريكية"
# Titles of people who speak for someone else: never the person named before them.
OTHERS = frozenset(word_form(w) for w in "متحدث ناطق مسؤول مستشار مصدر نائب مساعد مندوب ممثل".split())
STATEMENT_WORDS = frozenset(word_form(w) for w in (
    "البيان البلاغ الإعلان التقرير الرسالة الدراسة بيان تقرير بلاغ رسالة دراسة".split()))
# A definite statement word without an issuer is the one the article has told of: the last speaker's.
RECALLED_STATEMENTS = frozenset(word_form(w) for w in "البيان البلاغ الإعلان التقرير الرسالة الدراسة".split())
ISSUER_REACH = 6  # words after the statement word: "دراسة فلكية مصرية للدكتور مسلم شلتوت"
NEAR_ISSUER = 3  # beyond this the issuer must be tied by ل ("للدكتور"): "البيان بضرورة الاصطفاف داخل البحرين"
IN_IT = frozenset(word_form(w) for w in "فيها فيه خلالها خلاله".split())


def _issuer(text: str, s: Sentence, k: int) -> tuple[int, _Spoken] | None:
    """The body or author a statement word belongs to, named within a few words after it:
    "بيان لمديرية أمن إسطنبول", "التقرير الـ 51 لمؤسسة النقد", "دراسة فلكية مصرية للدكتور
    مسلم شلتوت" (the study's author, not the country its adjective names)."""
    for n in range(k + 1, min(len(s.words), k + ISSUER_REACH + 1)):
        authority = _authority_of_place(text, s, n)
        if authority is not None:  # "بيان لسلطات ولاية شرناق"
            return authority
        actor = s.actor_at(n)
        if actor is not None and actor.first == n and actor.first == actor.last and nisba(s.words[n]):
            continue  # "مصرية": what the statement is, not who issued it
        if actor is not None and actor.first == n and actor.type in ("GPE", "LOC", "FAC") and s.words[n - 1] == "في":
            continue  # "تقارير صحفية في غانا": where the reports appeared, not who issued them
        tied = s.tokens[n].text.startswith("ل") or s.tokens[n - 1].text.startswith("لل") \
            or s.words[n - 1] in ("عن", "من") or any(w in RELATIVES for w in s.words[k + 1:n])  # "الذي أصدره"
        # a definite statement word takes no genitive: "اتهم البيان عناصر الحزب" accuses them
        linked = tied or (n <= k + NEAR_ISSUER and not s.words[k].startswith("ال"))
        if actor is not None and actor.first == n and linked and actor.type in ("ORG", "GPE", "MEDIA", "PER"):
            return actor.last, (actor, actor.ref(text))
        if s.tokens[n].kind == "punct" or s.words[n] in THAT:
            return None
    return None


# Words for a place's government: "سلطات ولاية شرناق", "مكتب محافظ ديار بكر", "والي إسطنبول".
PLACE_AUTHORITIES = frozenset(word_form(w) for w in "سلطات السلطات مكتب محافظ والي حاكم محافظة ولاية بلدية".split())
AUTHORITY_WORDS = 3  # "مكتب محافظ" + the place


def _authority_of_place(text: str, s: Sentence, k: int) -> tuple[int, _Spoken] | None:
    """A province's or town's authorities named by its government words and the place
    ("لسلطات ولاية شرناق", "مكتب محافظ ديار بكر") speak as that place, coded as the
    government of its state (TURGOV): news credits their statements to the province."""
    n = k
    while n < min(len(s.words), k + AUTHORITY_WORDS) and strip_proclitics(s.words[n], prepositions=True) \
            in PLACE_AUTHORITIES:
        n += 1
    if n == k or n >= len(s.words):
        return None
    place = s.actor_at(n)
    if place is None or place.first > n or not place.entity or place.type not in ("LOC", "GPE"):
        place = s.actor_at(n - 1)  # "ولاية شرناق" is itself the place's name
        if place is None or place.first < k or not place.entity or place.type not in ("LOC", "GPE"):
            return None
    country = place_country({"id": place.entity, "type": place.type})
    if not country or (place.code or "")[:3] == country and place.type == "GPE" and place.first == n:
        return None  # a state ("سلطات تركيا") speaks as itself through the usual path
    if _named_member(s, place.last + 1, len(s.words)) is not None:
        return None  # "محافظ محافظة الخرج الأمير فيصل بن عبدالله": the governor named speaks
    ref = {**place.ref(text), "actor_code": country + "GOV"}
    clitics = len(s.words[k]) - len(strip_proclitics(s.words[k], prepositions=True))  # "لسلطات"
    ref["text"] = text[s.tokens[k].start + clitics:s.tokens[place.last].end]
    return place.last, (place, ref)


def _named_member(s: Sentence, k: int, end: int) -> Actor | None:
    """A person named at `k` or within two plain words after it ("أحد سكان [القرية] فلان",
    "محافظ محافظة الخرج [الأمير] فلان"): the one of them, or the office holder, who speaks."""
    for n in range(k, min(end, k + 3)):
        actor = s.actor_at(n)
        if actor is not None:
            return actor if actor.first == n and actor.type == "PER" else None
        if s.tokens[n].kind != "word" or s.words[n] in THAT:
            return None
    return None


PRONOUN_BEFORE = frozenset(word_form(w) for w in "لكنه لكنها ولكنه ولكنها وهو وهي أنه إنه بأنه أنها إنها".split())


def _addressed(s: Sentence, actor: Actor) -> bool:
    """A person after ل, or after a title that has it ("للرئيس توني تان"): the one a message
    went to. Not after إلى: "الاستماع إلى المحافظ فلان عبر مداخلة أوضح خلالها" — he speaks."""
    k = actor.first
    while k > 0 and (role_head(s.words[k - 1]) or title_word(s, k - 1)
                     or (s.words[k - 1].startswith("ال") and nisba(s.words[k - 1]))):
        k -= 1  # back over "الرئيس الفرنسي" to "للرئيس"
    word = s.words[k] if k < actor.first else ""
    return clitic_preposition(s, actor) == "ل" or (word[:1] == "ل" and not word.startswith("ال"))


def _named_after(s: Sentence, k: int) -> Actor | None:
    """An actor that starts at word `k`, or right after an opening quotation mark there."""
    if k < len(s.words) and s.words[k] in QUOTE_PAIRS:
        k += 1
    actor = s.actor_at(k) if k < len(s.words) else None
    return actor if actor is not None and actor.first == k and not _place(actor) else None


def _speech_giver(s: Sentence, hit: Hit) -> Actor | None:
    """The subject of the verb that governs the speech or call a cue says "in it" of ("ألقى
    مفتي أستراليا كلمة أشاد فيها"): the actor right after a word of the clause before the noun."""
    noun = hit.first - 1
    for j in range(s.clause_start(hit.first), noun):
        actor = subject_after(s, j, noun)
        if actor is not None and actor.first > j and actor.last < noun and (actor.type == "PER" or actor.code):
            return actor
    return None


def _last_person(text: str, s: Sentence, hit: Hit) -> _Spoken | None:
    """The last person named before the cue, not one addressed ("برقية للرئيس فلان")."""
    persons = [a for a in s.actors if a.type == "PER" and a.last < hit.first and not _addressed(s, a)]
    return (persons[-1], persons[-1].ref(text)) if persons else None


def _object_then_content(s: Sentence, hit: Hit) -> bool:
    """"ودعا البنوك إلى ...", "وحث الدول على ...": a verb of appeal with its object and then
    its content preposition has a pronoun subject, the last speaker."""
    preps = hit.pattern.options.extra.get("content", ())
    if not preps or hit.last + 1 >= len(s.words):
        return False
    nxt = s.words[hit.last + 1]
    if _feminine_cue(s.words[hit.first]) and nxt.startswith("ال") and nxt.endswith("ه"):
        return False  # "طالبت اللجنة البرلمانية بمحاكمته": a feminine noun after a feminine verb is its subject
    window = s.words[hit.last + 2:hit.last + 5]
    return any(w in preps or (w[:1] in preps and len(w) > 3) for w in window)


IMPERSONAL = frozenset(word_form(w) for w in "يذكر ويذكر يشار ويشار يقال ويقال".split())
WORTH_MENTIONING = frozenset(word_form(w) for w in "يجدر ويجدر الجدير والجدير".split())
CONSIDER, SEE = word_form("اعتبر"), word_form("رأى")


def _not_a_cue(s: Sentence, hit: Hit) -> bool:
    """"800 طالب" (students, after a number), "يذكر أن" and "مما يجدر ذكره أن" (the writer's
    background, no speaker), "يعتبر X أحد" with no reported clause (X is considered),
    "بين الطلاب" (between): the word is no reporting cue here."""
    before = s.tokens[hit.first - 1] if hit.first else None
    if before is not None and before.kind == "number":
        return True
    after = s.words[hit.last + 1] if hit.last + 1 < len(s.words) else ""
    if s.words[hit.first].lstrip("و") in NAMED_CALLED and not any(w in THAT for w in s.words[hit.last + 1:hit.last + 6]):
        return True  # "قائد الحملة الذي يدعى الحوثي": is called (يُدعى), not claims (يدّعي أن)
    if "ؤ" in s.tokens[hit.first].text and s.words[hit.first].lstrip("ول").startswith("روي") and after not in THAT:
        return True  # "رؤى"، "رؤيتها" (visions) print a hamza that روى (narrated) lacks
    if s.words[hit.first].lstrip("وف") == TURNED_OUT and after in THAT:
        return True  # "وبمباشرة الجهات المختصة إجراءاتها تبين أن": it turned out (تبيّن), no one explains
    if s.words[hit.first] in IMPERSONAL and after in THAT:
        return True
    if before is not None and s.words[hit.first - 1] in WORTH_MENTIONING:
        return True  # "مما يجدر ذكره أن", "الجدير بالذكر أن": the writer's aside
    if ((hit.analysis.form.base == CONSIDER and hit.analysis.form.pos == "present") or hit.analysis.form.base == SEE) \
            and not any(w in THAT or w in (":", "«", '"', "“") for w in s.words[hit.last + 1:]):
        return True  # "ويعتبر الفنان عمر الشريف أحد عمالقة الفن" (he is considered), "رأى خيلاً" (he saw)
    if before is not None and s.words[hit.first - 1] in FIRST_PERSON:
        return True  # "وأنا أرى أنه": the writer's own view, no one the article quotes
    if hit.pattern.head == EXPRESS and "عن" not in s.words[hit.last + 1:hit.last + 1 + EXPRESS_REACH]:
        return True  # "عبر طائرة خاصة" (via), not "عبر الوزير عن"
    if hit.pattern.options.needs and hit.pattern.options.needs.isdisjoint(s.words):
        return True  # "اختتم الفريق معسكره": closing a camp, not a speech (needs=كلمته,بالقول ...)
    if _code(hit) == "part" and s.words[hit.first][:1] == "و" and hit.first > 0 \
            and s.tokens[hit.first - 1].kind == "word":
        return True  # "مواقف ثابتة ومعلنة": an adjective joined to another, not a speaker going on
    return hit.pattern.head == "بين" and after not in THAT


NAMED_CALLED = frozenset(word_form(w) for w in "يدعى تدعى".split())
TURNED_OUT = word_form("تبين")
# Nouns a title in quotation marks follows: the marks quote a name, not what someone said.
NAMED_WORKS = frozenset(word_form(w) for w in (
    "عنوان بعنوان ندوة ندوه محاضرة كتاب كتابه برنامج فيلم مسلسل حملة مؤتمر ورشة مبادرة مشروع "
    "معرض مهرجان مسابقة قصيدة رواية مقال مقاله").split())


# Outlets in construct before their name in marks ("لإذاعة «أو آر إف»", "لصحيفة «الحياة»");
# not with the article: "وقالت الوكالة «...»" is the agency quoting.
OUTLET_HEADS = frozenset(word_form(w) for w in "إذاعة صحيفة جريدة قناة وكالة مجلة موقع شبكة تلفزيون محطة".split())


def _named_work(word: str) -> bool:
    """A word that names a work, an event or a programme before its title in quotation marks
    (بعنوان، برنامجها، مبادرته), or an outlet before its name: the marks hold a title, not
    words said."""
    for cut in range(3):
        if word[cut:] in OUTLET_HEADS and (cut == 0 or word[:cut] in ("ل", "ب", "و", "ول", "وب")):
            return True
    for bare in {word, strip_proclitics(word), strip_proclitics(word, prepositions=True)}:  # برنامج: no ب to strip
        if bare in NAMED_WORKS or any(bare.endswith(p) and bare[:-len(p)] in NAMED_WORKS for p in POSSESSIVES):
            return True
    return False


EVENT_PLACES = frozenset(word_form(w) for w in "خلال في ضمن بمناسبة أمام".split())


def _titled_event(s: Sentence, k: int) -> bool:
    """"خلال «المؤتمر الإعلامي الدولي ...»": after a preposition, marks opening on an event's or a
    work's head noun hold its name."""
    if s.words[k - 1] not in EVENT_PLACES or k + 1 >= len(s.words):
        return False
    first = s.words[k + 1]
    return _named_work(first) or (first.startswith("ال") and _named_work(first[2:]))


ONE_OF = frozenset(word_form(w) for w in "أحد إحدى".split())
FIRST_PERSON = frozenset(word_form(w) for w in "أنا وأنا فأنا ونحن نحن فنحن".split())
EXPRESS = word_form("عبر")
EXPRESS_REACH = 20  # words between عبّر and its عن: the subject and its titles may stand between


def _code(hit: Hit) -> str:
    """The cue's class; a reporting verb's participle (مستنكراً) continues like مؤكداً."""
    return "part" if hit.analysis.form.pos == "participle" else hit.pattern.code


def _resolved(text: str, actor: Actor, speakers: _Speakers) -> _Spoken:
    """"المسؤول" (a definite unnamed agent) is the last unnamed speaker of that kind; a title
    alone ("رئيس الدبلوماسية الأمريكية") the last person who spoke for the same country."""
    ref = actor.ref(text)
    short = len(ref["text"].split()) <= BACK_REFERENCE_WORDS  # a long title introduces someone new
    if actor.type == "UNNAMED" and actor.agent and role_head(actor.agent) and actor.agent not in OTHERS and short:
        for earlier, earlier_ref in reversed(speakers.refs):  # "ورأى وزير الخارجية": the one who spoke
            if earlier.type == "PER" and (not actor.code or (earlier.code or "")[:3] == actor.code[:3]) \
                    and _same_role(actor.agent, earlier_ref["text"]):
                return earlier, {**earlier_ref, "text": ref["text"]}
        code = actor.code or (speakers.focus or "")
        named = speakers.named_before(code, actor.start) if code else []
        named = [a for a in named if all(_same_role(actor.agent, r["text"]) for e, r in speakers.refs
                                         if e.entity == a.entity)]
        if len({a.entity for a in named}) == 1:  # "وأكد وزير الخارجية" after "الأمير فيصل بن فرحان ..."
            person = named[0]
            return person, {"entity": person.entity, "text": ref["text"], "actor_code": person.code}
    if actor.type == "UNNAMED" and text[actor.start:actor.end].lstrip("وف").startswith(("ال", "لل", "بال")):
        earlier = speakers.last_like(actor.agent, person=False)
        if earlier is not None:
            return earlier[0], {**earlier[1], "text": ref["text"]}
    return actor, ref


def _relative_antecedent(s: Sentence, hit: Hit) -> Actor | None:
    """The person or body a relative pronoun right before the cue stands for: the last one
    named before it in the clause, with nothing but its own title words between."""
    if hit.first < 2 or s.words[hit.first - 1] not in RELATIVES:
        return None
    actor = s.actor_at(hit.first - 2)
    if actor is None or actor.last != hit.first - 2 or actor.type not in ("PER", "ORG", "MEDIA") or \
            (actor.first > 0 and s.words[actor.first - 1] in PREPOSITIONS):
        return None
    return actor


def _same_role(agent: str, earlier_text: str) -> bool:
    """Whether a title can refer back to a speaker named with `earlier_text`: "الوزير" is not
    the one introduced as "الرئيس السوري بشار الأسد"; a speaker named without a title can be
    anyone's."""
    roles = {role_head(w) for w in map(word_form, earlier_text.split())} - {None}
    return not roles or role_head(agent) in roles


AMMA = word_form("أما")
TOPIC_UNKNOWN = Actor(-1, -1, 0, 0, None, None, "UNNAMED")


def _topic_of(s: Sentence, hit: Hit) -> Actor | None:
    """"أما X فـ<cue>": X is the speaker; the first actor between أما and the cue, or
    TOPIC_UNKNOWN when the words there name someone the base and tagger do not know (then
    the last speaker is not it)."""
    if s.words[hit.first][:1] != "ف" or AMMA not in s.words[:hit.first]:
        return None
    k = max(i for i in range(hit.first) if s.words[i] == AMMA)
    if hit.first - k > 8:
        return None
    found = [a for a in s.actors if k < a.first and a.last < hit.first and a.type in ("PER", "ORG", "GPE", "UNNAMED")]
    return found[0] if found else TOPIC_UNKNOWN


def _opening_body(s: Sentence) -> Actor | None:
    """The body or state the sentence's opening verb has for subject ("وتبنت الحركة الانفصالية
    الكردية قتل شرطيين"): who a feminine "وقالت" in the next sentence goes on with."""
    if len(s.words) < 3 or s.tokens[0].kind != "word" or not s.words[0].endswith("ت"):
        return None
    actor = subject_after(s, 0, len(s.words))
    return actor if actor is not None and actor.entity and actor.type in ("ORG", "GPE") else None


def _feminine_speaker(ref: dict[str, Any]) -> bool:
    """A speaker a feminine verb can go on with: a state or town by its name ("تركيا قالت"), or
    a body whose head word is feminine (الحركة، الوزارة); not "مكتب محافظ ماردين" or a man."""
    words = [word_form(w) for w in (ref.get("text") or "").split()]
    if not words:
        return False
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    return head.endswith("ه") or (len(words) == 1 and (ref.get("actor_code") or "")[3:] == "")


def _feminine_cue(word: str) -> bool:
    """A reporting verb in the feminine past (قالت، وأضافت، وأكدت)."""
    return word.endswith("ت") and len(word) > 3


SENTENCE_LINKS = CLAUSE_OPENERS | {word_form("وفيما"), word_form("ثم")}  # "فيما تحدث ... قائلاً"


def _sentence_subject(s: Sentence, hit: Hit) -> Actor | None:
    """The subject of the verb a sentence opens with ("وثمّن الرئيس الفرنسي ماكرون ..."): who
    a participle or a pronoun later in it continues, when no quote of the sentence named one."""
    if hit.first == 0 or s.tokens[0].kind != "word":
        return None
    verb = 1 if s.words[0] in SENTENCE_LINKS and hit.first > 1 else 0  # "فيما تحدث المدير ... قائلاً"
    actor = subject_after(s, verb, hit.first)
    if actor is None or (actor.type == "UNNAMED" and not actor.code) or actor.type in ("GPE", "LOC", "FAC"):
        return None
    return actor


def _persons(doc: Document) -> list[tuple[int, Actor]]:
    """Each person of the article with a government code, at its first mention."""
    out = []
    for entity in doc.entities:
        code = entity.get("actor_code") or ""
        if entity.get("type") != "PER" or not code.endswith("GOV") or not entity.get("mentions"):
            continue
        first = min(entity["mentions"], key=lambda m: m["start"])
        out.append((first["start"], Actor(-1, -1, first["start"], first["end"], entity["id"], code, "PER")))
    return sorted(out, key=lambda pair: pair[0])


# Words that may stand between an attribution and its speaker: "وفق ما نقلته"، "نقلاً عن".
ATTRIBUTION_LINKS = MEDIA_VERBS | frozenset(word_form(w) for w in (
    "ما لما عن قال قاله قالت قالته ذكر ذكره أفاد أفاده أفادت أفادته أعلن أعلنه أعلنت أعلنته أكد أكده أكدت "
    "أكدته صرح صرحت أوضح أوضحه أوضحت أوضحته أشار أشارت تصريحات "
    "تصريح تصريحات بيان أدلى أدلت به بها".split())) | SKIPPABLE
DOCUMENTS = frozenset(word_form(w) for w in (
    "للتقرير التقرير للبيان البيان للدراسة الدراسة للإحصاءات الإحصاءات للنشرة النشرة للوثيقة الوثيقة".split()))


def _names_document(s: Sentence, hit: Hit) -> bool:
    """"ووفقاً للتقرير", "حسب البيان": the document of the body the article quotes."""
    k = hit.last + 1
    return k < len(s.words) and s.words[k] in DOCUMENTS


def _attributed(text: str, s: Sentence, hit: Hit) -> tuple[int, _Spoken] | None:
    """"وفق ما نقلته قناة العربية" names the outlet that reported, not a speaker; "حسب
    المتحدث" and "نقلاً عن مصادر" name the speaker. Only linking words may come before it:
    "ووفقاً للتقرير فقد قام المعهد" does not make المعهد the speaker."""
    end = min(len(s.words), hit.last + 7)
    reported, titled, documented = False, False, False
    for k in range(hit.last + 1, end):
        reported = reported or s.words[k] in MEDIA_VERBS
        actor = s.actor_at(k)
        if actor is not None and actor.first == k:
            if actor.type == "MEDIA" and reported:
                return None  # "وفقاً لما نقلته وكالة الأنباء البحرينية": the outlet, not the speaker
            return actor.last, (actor, actor.ref(text))
        describes = (titled or documented) and s.words[k].startswith("ال") and nisba(s.words[k])  # "للخبير البنكي"
        title = title_word(s, k) or bool(agent_of(strip_proclitics(s.words[k], prepositions=True)))  # "وفقاً للخبير"
        document = _document_head(s.words[k])  # "وفقاً لتقرير مؤسسة النقد": the report's issuer speaks
        if s.tokens[k].kind == "punct" or (s.words[k] not in ATTRIBUTION_LINKS and not title and not describes
                                           and not document):
            return None
        titled, documented = titled or title, documented or document
    return None


DOCUMENT_HEADS = frozenset(word_form(w) for w in (
    "تقرير تقارير بيان دراسة إحصاءات إحصائيات نشرة وثيقة بيانات أرقام معطيات تقديرات".split()))


def _document_head(word: str) -> bool:
    """A document noun, bare or with ل / ال (لتقرير، للإحصاءات، بيانات): its issuer is named next."""
    return _document_noun(strip_proclitics(word, prepositions=True))


def _document_subject(word: str) -> bool:
    """A statement or document noun standing as the subject: "البيان", "دراسة", "التقارير"."""
    return word in STATEMENT_WORDS or _document_noun(word)


def _document_noun(word: str) -> bool:
    return word in DOCUMENT_HEADS or (word.startswith("ال") and word[2:] in DOCUMENT_HEADS)


def _opens_report(s: Sentence, hit: Hit, before: str) -> bool:
    """A continuation verb (تابع، أضاف) that starts a report of its own: with و or after
    punctuation, or followed by a colon, a that-particle or a quotation mark."""
    if before in ("،", ",", "؛", ".", ":") or s.words[hit.first].startswith(("و", "ف")):
        return True
    nxt = s.words[hit.last + 1] if hit.last + 1 < len(s.words) else ""
    return nxt in THAT or nxt in (":",) or nxt in OPENING


SAYING_NEXT = 10  # words between a speaker and a saying participle that takes over the report


def _said_next(s: Sentence, later: list[Hit], after: int, direct: bool) -> bool:
    """A participle of saying (قائلاً، قائلة) soon after the speaker reports the words: what
    stands between ("(47 عاماً) بصوت متحشرج") is a description, not content."""
    if direct or not later:
        return False
    nxt = later[0]
    return _code(nxt) == "part" and nxt.pattern.head in SAYING and nxt.first - after <= SAYING_NEXT


SAYING = frozenset(word_form(w) for w in "قائلا قائلاً قائلة قائلين".split())
CONTENT_PREPOSITIONS = frozenset(word_form(w) for w in "على إلى الى عن من في ب ل".split())


def _prepositional(s: Sentence, start: int) -> bool:
    """The content a cue's preposition or that-particle opens ("وأشاد الكلباني بمجهودات الدفاع
    المدني قائلاً", "وينفي العمري أن يكون ... قائلاً"): a statement of its own before the
    participle's."""
    k = next((i for i, t in enumerate(s.tokens) if t.start <= start < t.end), None)
    if k is None:
        return False
    before = s.words[k - 1] if k > 0 else ""
    return before in CONTENT_PREPOSITIONS or before in THAT or s.words[k] in CONTENT_PREPOSITIONS \
        or s.tokens[k].start < start or s.words[k][:1] in ("ب", "ل")


def _limit(s: Sentence, later: list[Hit]) -> int:
    """Content runs up to the next cue that opens a reporting clause of its own (a participle,
    a continuation, an attribution, or any cue after a comma or with و)."""
    for hit in later:
        before = s.words[hit.first - 1] if hit.first else ""
        if _code(hit) == "cont" and not _opens_report(s, hit, before):
            continue  # "أن إدارة المستشفى تابعت حالة الطفلة": followed, not "went on to say"
        if _code(hit) in BOUNDARY_CODES or before in ("،", ",", "؛") or s.words[hit.first].startswith("و"):
            k = hit.first
            while k > 0 and s.tokens[k - 1].kind == "punct":
                k -= 1
            return k
    return len(s.words)


def _content(text: str, s: Sentence, hit: Hit, after: int, limit: int, marks: list[tuple[int, int]],
             used: set[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """(start, end, direct) of what the cue at `hit` reports, or None."""
    after = _past_title(s, after, limit, hit.pattern.options.extra.get("content", ()))
    stop = min(limit, after + CONTENT_WINDOW)
    named_until = -1
    preps = hit.pattern.options.extra.get("content", ()) if hit.pattern.code != "noun" else ()
    for k in range(after, stop):
        token = s.tokens[k]
        if token.start < named_until:
            continue
        if token.kind == "punct" and token.text in OPENING and k > 0 \
                and (_named_work(s.words[k - 1]) or _titled_event(s, k)):
            # "في ندوة «العرب: أن نكون أو لا نكون»", "كتاب بعنوان «...»": a title, not words said
            named_until = next((c for o, c in marks if o == token.start), token.start) + 1
            continue
        if token.kind == "punct" and token.text in OPENING:
            span = next(((o, c) for o, c in marks if o == token.start), None)
            if span is not None and (span[0] + 1, span[1]) not in used and _words_in(text, span) >= MIN_DIRECT:
                return span[0] + 1, span[1], True
        if s.words[k] in THAT:
            return _span(text, s, k + 1, limit, marks)
        if s.words[k] == ":" or s.words[k] == "：":
            return _span(text, s, k + 1, limit, marks)
        if preps and k < after + PREP_WINDOW and (found := _prep_content(text, s, k, limit, marks, preps)):
            later = _later_prep_that(s, k, limit, preps)
            if later is not None:  # "بوغدانوف، المبعوث الخاص إلى الشرق الأوسط، إلى أن": the title's إلى
                return _prep_content(text, s, later, limit, marks, preps) or found
            return found  # "وأشارت المصادر إلى مقتل 17 حوثياً، وأن عملية البحث": إلى's comes first
    while after < limit and (s.words[after] in SKIPPABLE or s.words[after] in ("،", ",")):
        after += 1  # "دعا غوتيريش، أمس الثلاثاء، إلى ..."
    for k in range(after, min(limit, after + PREP_WINDOW)) if preps else ():
        found = _prep_content(text, s, k, limit, marks, preps)  # "عبر شتاينماير وزير الخارجية الألماني عن حرص"
        if found:
            later = _later_prep_that(s, k, limit, preps)
            return (_prep_content(text, s, later, limit, marks, preps) if later is not None else None) or found
        if s.tokens[k].kind == "punct" and s.words[k] not in ("،", ","):
            break
    earlier = _quotation_before(s, hit, marks, used)
    if earlier is not None:  # "«...»، قال الوزير": the quotation the cue closes
        return earlier
    far = next((k for k in range(stop, min(limit, after + FAR_THAT))
                if s.words[k] in THAT and s.tokens[k].start >= named_until), None)
    if far is not None:  # "قال الوزير ونظيره ... في بيان مشترك نشر في صحيفتي ... إن ..."
        return _span(text, s, far + 1, limit, marks)
    colon = next((k for k in range(stop, min(limit, after + FAR_COLON) - 1)
                  if s.words[k] == ":" and s.tokens[k + 1].text in OPENING), None)
    if colon is not None:  # "وقال كلينزمان الذي دخل فريقه البطولة ...: «كان بإمكاننا الفوز»"
        span = next(((o, c) for o, c in marks if o == s.tokens[colon + 1].start), None)
        if span is not None and (span[0] + 1, span[1]) not in used and _words_in(text, span) >= MIN_DIRECT:
            return span[0] + 1, span[1], True
    head = hit.pattern.head
    if (hit.pattern.code in ("say", "cont") or head in DIRECT_PARTICIPLES) and head not in WEAK \
            and limit - after >= 3:  # "مرجحاً وقوف شركات كبيرة وراء الظاهرة"
        return _span(text, s, past_medium(s, after, limit), limit, marks)
    return None


def _past_title(s: Sentence, after: int, limit: int, preps: tuple[str, ...]) -> int:
    """Past a title in apposition after the speaker's name (`apposition_end`), when what
    follows it opens the report: "دعت وحدة الجميلي مستشارة رئيس مجلس النواب إلى ..."; not
    inside the report ("أن وزير الخارجية السوري وليد المعلم زار")."""
    title_end = apposition_end(s, after)
    nxt = title_end + 1
    while nxt < min(limit, title_end + 4) and (s.words[nxt] in ("،", ",") or s.words[nxt] in SKIPPABLE):
        nxt += 1  # "الكباريتي رئيس غرفة تجارة الأردن، إلى", "وزير حقوق الإنسان اليمني أمس، عن"
    if title_end > after and nxt < limit and (s.words[nxt] in THAT or s.words[nxt] in preps or s.words[nxt] == ":"):
        return nxt - 1
    return after


PREP_THAT_REACH = 12  # words within which a later "إلى أن" shows an earlier إلى belongs to a title


def _later_prep_that(s: Sentence, k: int, stop: int, preps: tuple[str, ...]) -> int | None:
    """The index of a preposition and a that-particle further on ("بوغدانوف، المبعوث الخاص إلى
    الشرق الأوسط، إلى أن الجانب الروسي"): the report starts there, the إلى at `k` is a title's."""
    if s.words[k] not in preps or (k + 1 < len(s.words) and s.words[k + 1] in THAT):
        return None
    return next((j for j in range(k + 1, min(stop, k + PREP_THAT_REACH, len(s.words) - 1))
                 if s.words[j] in preps and s.words[j + 1] in THAT), None)


def _prep_content(text: str, s: Sentence, k: int, limit: int, marks: list[tuple[int, int]],
                  preps: tuple[str, ...]) -> tuple[int, int, bool] | None:
    """The content a cue's preposition at word `k` introduces, as a word (أشار إلى ...) or
    glued to the next one (نوه بدورهم), or None."""
    word = s.words[k]
    if word in preps:
        return _span(text, s, k + 1, limit, marks)
    if word[:1] in preps and len(word) > 3 and s.tokens[k].kind == "word" and not s.actor_at(k):
        return _span(text, s, k, limit, marks, skip=1)
    return None


def _quotation_before(s: Sentence, hit: Hit, marks: list[tuple[int, int]],
                      used: set[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """A quotation that closes right before the cue (a comma or the و between), the words
    the cue reports when nothing follows it: "«لن نتراجع»، قال المتحدث"."""
    at = s.tokens[hit.first].start
    for o, c in marks:
        between = s.doc_text[c + 1:at]
        if c < at and at - c <= 4 and not between.strip(" ،,.:\u200f") and (o + 1, c) not in used:
            return o + 1, c, True
    return None


def _span(text: str, s: Sentence, first: int, limit: int, marks: list[tuple[int, int]],
          skip: int = 0) -> tuple[int, int, bool] | None:
    """The words first..limit-1 as a content span, trimmed of punctuation; a quotation that
    opens right there is the (direct) content."""
    while first < limit and ((s.tokens[first].kind == "punct" and s.tokens[first].text not in OPENING)
                             or (s.words[first] in THAT and first + 1 < limit)):
        first += 1  # "قال: إن ..." reports what follows إن
    last = limit - 1
    while last >= first and s.tokens[last].kind == "punct" and s.tokens[last].text not in OPENERS.values():
        last -= 1
    if last - first < 1:
        return None
    start, end = s.tokens[first].start + skip, s.tokens[last].end
    opener = s.tokens[first]
    if opener.kind == "punct" and opener.text in OPENING:
        span = next(((o, c) for o, c in marks if o == opener.start), None)
        if span is not None:
            return span[0] + 1, span[1], True
    return start, end, False


def quote_marks(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the quotation marks of `text`, paired; a mark without its
    partner within MAX_QUOTE characters is left out, and so is a straight one (") whose next
    partner is in a later paragraph."""
    pairs: list[tuple[int, int]] = []
    after = 0
    for match in _OPENER_RE.finditer(text):
        i = match.start()
        if i < after:
            continue
        opener = text[i]
        if opener == "»" and not text[max(0, i - 2):i].strip().endswith(":"):
            continue  # a closing mark; only "قال:» ...«" opens with it (marks typed the wrong way round)
        closer = OPENERS.get(opener, "«")
        j = text.find(closer, i + 1, i + MAX_QUOTE)
        if opener == closer:
            j = _straight_closer(text, i, j)
        if j == -1 or (opener != closer and text.find(opener, i + 1, j) != -1):
            continue
        if opener == closer and "\n" in text[i + 1:j]:
            continue  # a straight mark left open ("وقال: \"على ..." to the paragraph's end) closes nothing later
        pairs.append((i, j))
        after = j + 1
    return pairs


def _straight_closer(text: str, i: int, j: int) -> int:
    """The straight mark that closes the one at `i`, `j` being the next one: a next mark that
    opens (a space before it, a letter after it) starts a quotation inside this one, and the
    mark after it is its own closer ("قائلاً "الأفلام ... "الأفلام" المليئة ... الضرائب"")."""
    first = j
    for _ in range(3):
        if j == -1 or not (j + 1 < len(text) and text[j + 1].isalpha() and text[j - 1].isspace()):
            return j
        inner = text.find('"', j + 1, j + 1 + MAX_INNER)
        if inner == -1 or "\n" in text[j + 1:inner]:
            return first
        j = text.find('"', inner + 1, i + MAX_QUOTE)
        if j == -1 or "\n" in text[inner + 1:j]:
            return first  # nothing closes the outer one: the next mark did, as before
    return j


MAX_INNER = 60  # characters a title or word quoted inside a straight quotation may have


_OPENER_RE = re.compile("[" + re.escape("".join(OPENERS) + "»") + "]")


def _words_in(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0] + 1:span[1]].split())


def _first_person(word: str, hit: Hit) -> bool:
    """A present verb in the first person (نرى، أعتقد): the speaker of the quotation itself."""
    bare = word[len(hit.analysis.prefix):] if word.startswith(hit.analysis.prefix) else word
    return hit.analysis.form.pos == "present" and bare[:1] in ("ن", "ا")


SENTENCE_OPENERS = frozenset({".", "«", '"', "“", ":", "؟", "!", "،"})  # before an SVO subject inside a quotation


def _enclosing(offset: int, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation marks `offset` is within, or None."""
    i = bisect_right(marks, (offset, 1 << 62)) - 1
    return marks[i] if i >= 0 and marks[i][0] < offset < marks[i][1] else None


def _inside(offset: int, marks: list[tuple[int, int]]) -> bool:
    """Whether `offset` is within a quotation (marks are sorted and do not overlap)."""
    i = bisect_right(marks, (offset, 1 << 62)) - 1
    return i >= 0 and marks[i][0] < offset < marks[i][1]


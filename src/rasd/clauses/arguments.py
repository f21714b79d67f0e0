"""Subjects and objects of a predicate, from word order and prepositions.

Arabic news puts the subject after the verb (VSO: "قال وزير الخارجية ...", "وأعلنت
الوزارة ...") or, for emphasis and in headlines, before it (SVO: "الرئيس الأمريكي قال ...").
Objects follow the subject, directly (قصف الطيران مواقع ...) or after a preposition
(التقى بالمبعوث، احتج على ...). A coordinated list of actors ("السعودية والأردن ومصر",
"نظيريه البريطاني والفرنسي") counts as one argument of several actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.clauses.lexicon import THIRD_PERSON
from rasd.clauses.view import INDEFINITE_ONLY, Actor, Sentence, nisba, strip_proclitics, unnamed_agents
from rasd.link.actor_codes import agent_of
from rasd.link.persons import ABBREVIATED_TITLES, body_head, definite_nisba
from rasd.link.roles import role_head
from rasd.ner.features import word_form
from rasd.text.wordstats import name_evidence, ordinary

# Words that may stand between a verb and its subject (time, manner, "في بيان").
SKIPPABLE = frozenset(word_form(w) for w in (
    "اليوم أمس امس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم مساء صباح "
    "الليلة فجر ظهر أيضا أيضاً كذلك بدوره بدورها من جهته جهتها جانبه جانبها ناحيته ناحيتها "
    "قد لقد آلاف الآلاف مئات المئات عشرات العشرات ملايين صاحب السمو الملكي الجلالة سمو معالي "
    "فخامة سعادة دولة مملكة جمهورية سلطنة".split())) | ABBREVIATED_TITLES  # "أدانت دولة الإمارات"; "قال د. فلان"
RELATIVES = frozenset(word_form(w) for w in "الذي التي الذين اللذين اللتين".split())
# Words between an SVO subject and its verb: relative pronouns and the auxiliary كان.
SUBJECT_LINKS = RELATIVES | frozenset(word_form(w) for w in "كان كانت كانوا قد".split())
PREPOSITIONS = frozenset(word_form(w) for w in "في من إلى الى على عن مع ضد لدى نحو بين عبر خلال حول".split())
SUBJECT_WINDOW = 4  # words after a verb within which its subject starts
TITLE_WORDS = 18  # words a title may run to before the name it introduces (bodies inside count)
TITLE_PREPOSITIONS = frozenset(word_form(w) for w in "إلى الى لدى في على".split())
# The particles that open a reported or complement clause (إن، أن and their forms with a pronoun).
THAT = frozenset(word_form(w) for w in (
    "إن أن بأن وأن فإن ان إنه أنه بأنه إنها أنها بأنها إنهم أنهم بأنهم أنّ إنّ إننا أننا بأننا".split()))
STOP_TITLE = THAT | frozenset(word_form(w) for w in "الذي التي".split())


def subject_after(sentence: Sentence, i: int, end: int) -> Actor | None:
    """The actor that starts right after the predicate at word `i` (VSO), through skippable
    words; a title followed by the name it introduces gives the name ("قال وزير الخارجية
    الأمريكي جون كيري"), a title alone an unnamed actor coded from it."""
    k = i + 1
    while k < end and k <= i + SUBJECT_WINDOW:
        actor = sentence.actor_at(k)
        if actor is not None:
            if actor.first != k or clitic_preposition(sentence, actor) in ("ب", "ل"):
                return None
            return appositive(sentence, actor, end)
        if title_word(sentence, k):
            return title_actor(sentence, k, end)
        named = _described_person(sentence, k, end)
        if named is not None:  # "وقال المخرج زفياجينتسيف": a description before a name
            return named
        if sentence.words[k] not in SKIPPABLE:
            return None
        k += 1
    return None


def _described_person(sentence: Sentence, k: int, end: int) -> Actor | None:
    """A person named right after one or two definite words at `k` ("المخرج الروسي فلان"), or
    after a word and a name in quotation marks ("مؤسس “أديان” فادي ضو")."""
    if sentence.tokens[k].kind == "word" and k + 1 < end and sentence.tokens[k + 1].text in OPENING_MARKS:
        close = next((n for n in range(k + 2, min(end, k + 8)) if sentence.tokens[n].text in CLOSING_MARKS), None)
        after = close + 1 if close is not None else end
        actor = sentence.actor_at(after) if after < end else None
        if actor is not None and actor.first == after and actor.type == "PER":
            return actor
    if not sentence.words[k].lstrip("وف").startswith("ال") or sentence.tokens[k].kind != "word":
        return None
    for n in (k + 1, k + 2):
        actor = sentence.actor_at(n) if n < end else None
        if actor is not None and actor.first == n and actor.type == "PER":
            return actor
        if n < end and (sentence.tokens[n].kind != "word" or not sentence.words[n].startswith("ال")):
            return None
    return None


def title_word(sentence: Sentence, k: int) -> bool:
    """A title or agent word (الوزير، الباحث) without a preposition on it (بالمبعوث)."""
    word = sentence.words[k]
    nxt = sentence.words[k + 1] if k + 1 < len(sentence.words) else ""
    if not (role_head(word) or agent_of(word, nxt)):
        return False
    bare = word[1:] if word[:1] in ("و", "ف") else word
    return not (bare[:1] in ("ب", "ل") and not (role_head(bare) and bare.startswith("ال")))


def title_actor(sentence: Sentence, k: int, end: int) -> Actor | None:
    """The person a title at word `k` introduces, or the title itself as an unnamed actor:
    its words run up to a preposition, a that-particle, punctuation or a known actor."""
    last, country, after_preposition = k, None, False
    absorbed = -1  # the last word of the body or country the title names
    marked = -1  # the closing quotation mark of a body named in marks after the title
    for n in range(k + 1, min(end, k + TITLE_WORDS)):
        actor = sentence.actor_at(n)
        if actor is not None and actor.first == n:
            if actor.type == "PER" and n > k + 1 and _starts_with_and(sentence, actor):
                break  # "الرئيس المصري والعاهل الأردني": a second person, not the title's name
            if actor.type == "PER" and clitic_preposition(sentence, actor) in ("ب", "ل"):
                break  # "والتقى وزير الخارجية الأمريكي بالرئيس السوري": the one met, not the title's name
            if actor.type == "PER":
                return actor
            if _plural_after_singular(sentence, k, actor):
                break  # "ودعا الوزير الحوثيين إلى": a plural after a singular title is its object
            construct = n == last + 1 and (not sentence.words[last].lstrip("وف").startswith("ال")  # not "الوزير القاهرة"
                                           or clitic_preposition(sentence, actor) in ("ب", "ل"))  # "التاريخي بجامعة"
            adjective = nisba(sentence.words[actor.last]) and (actor.type in ("GPE", "NORP") or actor.first == actor.last)
            if adjective or (actor.type in ("GPE", "NORP") and (after_preposition or (actor.type == "GPE" and construct))) \
                    or (actor.type in ("ORG", "FAC", "LOC") and (construct or after_preposition)):  # "مندوب المملكة لدى ...", "أمير منطقة تبوك"
                country = country or actor.code
                last = absorbed = actor.last
                continue
            break
        word = sentence.words[n]
        if word in OPENING_MARKS and n + 1 < end and (quoted := sentence.actor_at(n + 1)) is not None \
                and quoted.first == n + 1 and quoted.type == "PER":
            return quoted  # "مدير الجمرك «عصام أنور»": the name in quotation marks
        if word in OPENING_MARKS and n == last + 1 and n + 1 < end and (body := sentence.actor_at(n + 1)) is not None \
                and body.first == n + 1 and body.type == "ORG" and body.last + 1 < end \
                and sentence.words[body.last + 1] in CLOSING_MARKS and sentence.words[last][:1] != "ل":
            last, marked = n, body.last + 1  # "مدير «المرصد السوري لحقوق الإنسان» رامي عبد الرحمن"
            continue
        if n == marked and absorbed == n - 1:
            last = n  # the body's closing mark
            continue
        if _with_bi(word) or word.lstrip("وف").startswith("نظير"):
            break  # "وزير الخارجية الأردني بنظيره", "... نظيره الإماراتي": the title ends at its object
        if (n == k + 1 or absorbed == n - 1) and _object_after_definite_title(sentence, k, n):
            break  # "وحث الوزير البنوك على": a definite title takes no genitive; a common noun is the object
        if (absorbed == n - 1 or (n - 1 > k and sentence.words[n - 1].startswith("ال"))
                or (n == k + 1 and sentence.words[k].lstrip("وف").startswith("ال"))) and _common_noun(word):
            break  # "أكد المبعوث الأممي لقاءه المقرر", "وأكد رئيس المهرجان نجاح نسخه": the object
        if word in TITLE_PREPOSITIONS and n + 1 < end and (place := sentence.actor_at(n + 1)) is not None \
                and place.type in ("GPE", "ORG"):
            after_preposition = True
            continue  # "المبعوث الخاص إلى سوريا", "سفير المملكة لدى واشنطن", "وزير ... في حكومة الإقليم"
        if word in ("،", ",") and n + 1 < end and (named := sentence.actor_at(n + 1)) is not None \
                and named.first == n + 1 and named.type == "PER":
            return named  # "وزير البيشمركة في حكومة إقليم كردستان، مصطفى سيد قادر،": the name in apposition
        if word in ("،", ",") and n + 1 < end and sentence.words[n + 1] in ASIDE_OPENERS:
            named = _after_aside(sentence, n + 1, end)
            if named is not None:  # "المتحدث باسم أنصار الله، وهي التسمية التي ...، محمد عبد السلام"
                return named
        if sentence.tokens[n].kind != "word" or word in PREPOSITIONS or word in STOP_TITLE:
            break
        last = n
    named = _named_past_complement(sentence, last + 1, end) if last + 1 < end else None
    if named is not None:  # "رئيس اللجنة المالية باللجنة المحلية للانتخابات البلدية سعد العقيل"
        return named
    tokens = sentence.tokens
    head_word = k + 1 if k + 1 <= last and sentence.words[k] in DEPUTIES and role_head(sentence.words[k + 1]) else k
    code = (country[:3] + (agent_of(sentence.words[head_word]) or "")) if country else None  # "نائب رئيس شرطة دبي": police
    head = role_head(sentence.words[k]) or sentence.words[k]
    return Actor(k, last, tokens[k].start + _lead(sentence, k), tokens[last].end, None, code, "UNNAMED", head)


DEPUTIES = frozenset(word_form(w) for w in "نائب نائبة ونائب".split())  # before a title: its deputy, no MP
# Quotation marks, opening -> closing (the quote stage pairs them; titles skip a name in them).
QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“", '"': '"', "″": "″"}
OPENING_MARKS = frozenset(QUOTE_PAIRS)
CLOSING_MARKS = frozenset(QUOTE_PAIRS.values())
MEMBERSHIP = frozenset(word_form(w) for w in "عضو عضوة".split())
DEFINITE = re.compile("^[وف]?[بلك]?ال|^[وف]?لل")  # "بالإنابة", "للشركة": a definite word with its clitics


def _plural_after_singular(sentence: Sentence, k: int, actor: Actor) -> bool:
    """A one-word actor in the plural nisba (الحوثيين، الأكراد is no nisba) right after a
    singular title (الوزير): no adjective of the title, which would agree with it."""
    title, word = sentence.words[k].lstrip("وف"), sentence.words[actor.last]
    return actor.first == actor.last and word.endswith(("يين", "يون")) and not title.endswith(("ون", "ين"))


def _common_noun(word: str) -> bool:
    """An indefinite common word of the corpora, bare or with a possessive (لقاءه، رفضهما،
    طريقة), that no name has and no title is: what a title cannot run on into ("المبعوث
    الأممي لقاءه"), unlike a name the tagger missed ("رئيس المصرف الأوروبي ويرنر هوير")."""
    clitic = word[:1] in ("ب", "ل") and (ordinary(word[1:]) or ordinary("ال" + word[1:]))
    if DEFINITE.match(word) or word in TITLE_PREPOSITIONS or role_head(word) or name_evidence(word) \
            or word.lstrip("و") in MEMBERSHIP or clitic:
        return False  # "... عضو هيئة كبار العلماء": a second title; "لبرنامج", "بشركة": a genitive of it
    stems = [word] + [word[:-len(e)] for e in THIRD_PERSON if word.endswith(e) and len(word) - len(e) >= 3]
    return any(ordinary(stem) for stem in stems)


def _object_after_definite_title(sentence: Sentence, k: int, n: int) -> bool:
    """Word `n` right after a definite title word `k` (الوزير، المتحدث) is a common definite
    noun of the corpora, neither an adjective (a nisba, السابق، المكلف) nor a surname
    (الفوزان is no common word), nor a title: the verb's object, not part of the title."""
    title, word = sentence.words[k].lstrip("وف"), sentence.words[n]
    if not title.startswith("ال") or not word.startswith("ال") or sentence.actor_at(n) is not None:
        return False
    if not _ordinary_noun(word) or nisba(word) or word in TITLE_MODIFIERS or role_head(word) or word[2:3] == "م":
        return False  # a participle (المكلف، المفوض، المنتخب) qualifies the title
    ahead = (sentence.actor_at(m) for m in range(n + 1, min(len(sentence.words), n + 3)))
    return not any(a is not None and a.type == "PER" for a in ahead)  # "الأستاذ الشاعر حسن الزهراني"


def _ordinary_noun(word: str) -> bool:
    """An ordinary word, or the sound feminine plural of one (التدخلات of التدخل, الانتهاكات)."""
    return ordinary(word) or (word.endswith("ات") and len(word) > 5
                              and (ordinary(word[:-2]) or ordinary(word[:-2] + "ه")))


# Adjectives a title takes that do not end like a nisba.
TITLE_MODIFIERS = frozenset(word_form(w) for w in (
    "العام العامة السابق السابقة الجديد الجديدة الأول الأولى الثاني الثانية الخاص الخاصة الدائم الدائمة "
    "الأعلى العليا الحالي الحالية الراحل الأسبق الأكبر الاكبر".split()))


# Occasions one is congratulated or thanked on, after ب: a title never runs into them.
CONGRATULATIONS = frozenset(word_form(w) for w in (
    "بمناسبة بذكرى بعيد بالعيد بحلول بفوز بفوزه بنجاح بنجاحه بتوليه بانتخابه بتعيينه باليوم").split())


def _with_bi(word: str) -> bool:
    """The preposition ب glued to a word (بنظيره، بالوزير، بوزير), not a word that begins
    with the letter (بعثة، بلدية: "رئيس بعثة الأمم المتحدة")."""
    if word in CONGRATULATIONS:
        return True  # "رئيس السنغال بذكرى استقلال بلاده"
    if not word.startswith("ب") or word in ("بن", "بالوكاله", "بالانابه") or word.startswith("بلا"):  # acting
        return False
    return word.startswith("بال") or bool(role_head(word[1:])) or not ordinary(word)


ASIDE_OPENERS = frozenset(word_form(w) for w in "وهي وهو التي الذي وهم".split())
ASIDE_WORDS = 14  # words an aside between a title and its name may have


def _after_aside(sentence: Sentence, k: int, end: int) -> Actor | None:
    """The person named right after the comma that closes an aside opened at word `k`."""
    for n in range(k, min(end - 1, k + ASIDE_WORDS)):
        if sentence.words[n] in ("،", ","):
            named = sentence.actor_at(n + 1)
            return named if named is not None and named.first == n + 1 and named.type == "PER" else None
        if sentence.tokens[n].kind == "punct":
            return None
    return None


def _lead(sentence: Sentence, k: int) -> int:
    word = sentence.tokens[k].text
    rest = sentence.words[k][1:]
    return 1 if word[:1] in "وف" and (role_head(rest) or agent_of(rest)) else 0


def appositive(sentence: Sentence, actor: Actor, end: int) -> Actor:
    """"وزير الخارجية الأميركي مايك بومبيو", "متحدث باسم الخارجية، روبرت بالادينو،": the
    person after a title is the actor named."""
    k = actor.last + 1
    while k < end and sentence.words[k] in ("،", ","):
        k += 1
    if actor.type != "PER" and k > actor.last + 1 and k < end and sentence.words[k] in ASIDE_OPENERS:
        named = _after_aside(sentence, k, end)
        if named is not None:  # "المتحدث باسم أنصار الله، وهي التسمية ...، محمد عبد السلام"
            return named
    nxt = sentence.actor_at(k) if k < end else None
    skipped = 0
    while actor.type != "PER" and k < end and skipped < 2 and (
            (nxt is not None and nxt.type in ("GPE", "NORP") and nxt.first == k)
            or (nxt is None and actor.type == "UNNAMED" and definite_nisba(sentence.words[k]))):
        k = nxt.last + 1 if nxt is not None else k + 1  # "وزير الخارجية الأمريكي", "الناشط الحقوقي"
        nxt = sentence.actor_at(k) if k < end else None
        skipped += 1
    if nxt is not None and nxt.first != k:
        nxt = None
    if nxt is not None and nxt.type == "PER" and actor.type != "PER":
        return nxt
    if actor.type == "UNNAMED" and role_head(sentence.words[actor.first]):  # a title, not "الشرطة"
        named = _named_past_complement(sentence, k, end)
        if named is not None:  # "المتحدث الرسمي لشرطة منطقة الرياض العقيد فواز الميمان"
            return named
    return actor


COMPLEMENT_WORDS = 10  # words of the body a title names before the name it introduces
HONORIFICS = frozenset(word_form(w) for w in (
    "العقيد المقدم الرائد النقيب اللواء العميد الفريق الدكتور د المهندس الأستاذ الشيخ السفير").split())


def _named_past_complement(sentence: Sentence, k: int, end: int) -> Actor | None:
    """The person named after the body an unnamed title belongs to: its words are definite
    words, words behind ل/ب (لشرطة، بوزارة), باسم, the body's known names and the person's
    rank (العقيد); another title (الرئيس, وزير), a that-particle, a preposition or
    punctuation ends the search (then the title is the speaker, unnamed)."""
    stop = min(end, k + COMPLEMENT_WORDS)
    while k < stop:
        actor = sentence.actor_at(k)
        if actor is not None and actor.first == k:
            if actor.type == "PER":  # not one named with a title of his own: "الرئيس السوري بشار الأسد"
                if role_head(sentence.words[k]) and sentence.words[k] not in HONORIFICS:
                    return None
                return None if body_head(sentence.words[k - 1]) else actor  # "لمؤسسة سالم": its name
            if actor.type not in ("ORG", "GPE", "LOC", "FAC", "NORP"):
                return None
            k = actor.last + 1
            continue
        word = sentence.words[k]
        if word == "في" and k + 1 < stop and (place := sentence.actor_at(k + 1)) is not None \
                and place.first == k + 1 and place.type in ("GPE", "LOC"):
            k += 1  # "المتحدث باسم المقاومة في أبين محمد عقيل"
            continue
        if word in OPENING_MARKS and k > 0 and body_head(sentence.words[k - 1], definite=True):
            close = next((c for c in range(k + 1, min(stop + 4, len(sentence.words)))
                          if sentence.words[c] in CLOSING_MARKS), None)
            if close is None:
                return None
            k, stop = close + 1, min(end, stop + close - k)  # "لشركة «لايف ستايل» المهندس فلان"
            continue
        if word in ("،", ",") and k + 1 < end and (named := sentence.actor_at(k + 1)) is not None \
                and named.first == k + 1 and named.type == "PER":
            return named  # "الباحث المتخصص في شؤون الحركة الحوثية، زايد جابر،"
        if word == "في" and k + 2 < stop and sentence.words[k + 2].startswith("ال"):
            k += 1  # "المتخصص في شؤون الحركة": a field, in construct
            continue
        if sentence.tokens[k].kind != "word" or word in STOP_TITLE or word in PREPOSITIONS \
                or (role_head(word) and word not in HONORIFICS):
            return None
        if word not in HONORIFICS and strip_proclitics(word) in unnamed_agents() \
                and strip_proclitics(word) not in INDEFINITE_ONLY:
            return None  # "واعتقلت الشرطة الناشط محمد": another person described, the object
        construct = k > 0 and _opens_construct(sentence.words[k - 1]) and k + 1 < end \
            and sentence.words[k + 1].startswith("ال")  # "بقيادة حرس الحدود", "شؤون الحركة"
        if not (word.startswith(("ال", "وال")) or word[:1] in ("ل", "ب") or word == "باسم" or word in HONORIFICS
                or construct):  # "إدارة التفكير والتنمية البشرية"
            return None
        k += 1
    return None


def _opens_construct(previous: str) -> bool:
    """A word after which a bare noun may stand in construct: a preposition, or a noun behind
    ل/ب (بقيادة، لشؤون)."""
    return previous == "في" or (previous[:1] in ("ل", "ب") and not previous.startswith(("لل", "بال")))


APPOSITION_REACH = 12  # words of a title in apposition after a person's name
ACTING = frozenset(word_form(w) for w in "بن بالوكالة بالإنابة بالانابة".split())


def apposition_end(sentence: Sentence, last: int) -> int:
    """The last word of a title in apposition after a name ending at word `last` ("فلان مستشار
    رئيس مجلس النواب لشؤون المصالحة"): up to a preposition, a that-particle, punctuation, a
    word behind ب or the next title or person (the object's); `last` when no bare title
    ("وزير", not "بالملك" or "الوزير") that no mention begins with follows. Neither the
    name nor what the person said or did to whom begins inside it."""
    s = sentence
    k = last + 1
    if k >= len(s.words) or role_head(s.words[k]) != s.words[k] or s.actor_at(k) is not None:
        return last
    for j in range(k + 1, min(len(s.words), k + APPOSITION_REACH)):
        word = s.words[j]
        if (role_head(word) and j > k + 1) or ((named := s.actor_at(j)) is not None and named.type == "PER"):
            return j - 1  # "أمير دولة قطر وزير الخارجية السعودي": the next title is the object's
        if word in PREPOSITIONS or word in THAT or s.tokens[j].kind == "punct" \
                or (word[:1] == "ب" and word not in ACTING) or word.lstrip("وف").startswith("نظير"):
            return j - 1  # "الجبير وزير الخارجية بنظيره": the title ends before its object
    return last


def subject_before(sentence: Sentence, i: int, start: int) -> Actor | None:
    """SVO: the actor that ends just before the predicate at word `i`, when nothing but
    skippable words stands between and no preposition governs it."""
    k = i - 1
    while k >= start and k >= i - SUBJECT_WINDOW:
        actor = sentence.actor_at(k)
        if actor is not None:
            before = sentence.words[actor.first - 1] if actor.first > start else ""
            before = before[1:] if before[:1] in "وف" and before[1:] in PREPOSITIONS else before  # "وفي العراق"
            governed = (before in PREPOSITIONS and not _partitive(sentence, actor.first - 1, start)) \
                or _has_preposition(sentence, actor) or _governed_title(before) \
                or _title_after_preposition(sentence, actor, start)
            if governed and actor.last == k:  # "المقاومة الموالية للرئيس هادي سيطرت": the phrase's head acts
                return _head_before(sentence, actor, start)
            return None if governed or actor.last != k else _first_conjunct(sentence, actor, start)
        word = sentence.words[k]
        if word not in SKIPPABLE and word not in SUBJECT_LINKS and word not in ("،", ","):
            return None
        k -= 1
    return None


PARTITIVES = frozenset(word_form(w) for w in (
    "عدد العديد مئات عشرات آلاف الآلاف المئات العشرات بعض تبقى بقي بقية المزيد كثير الكثير جميع أحد".split()))


CARDINALS = frozenset(word_form(w) for w in (
    "اثنين اثنان ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر "
    "عشرين عشرون ثلاثين أربعين خمسين مئة مائة ألف").split())


def _quantity(word: str) -> bool:
    """A number or a quantity word: "عشرة", "18", "عشرات", "عدد" (the object is what follows من)."""
    return word.isdigit() or word in PARTITIVES or word in CARDINALS


def _partitive(sentence: Sentence, k: int, start: int) -> bool:
    """"ما تبقى من قوات الحوثيين انسحبوا", "عشرات من عناصر الشرطة": من after a quantity
    word is partitive; the actor after it is the subject, not governed."""
    return sentence.words[k] == "من" and k - 1 >= start and _quantity(sentence.words[k - 1])


def _title_after_preposition(sentence: Sentence, actor: Actor, start: int) -> bool:
    """"لقائه مع الرئيس الروسي فلاديمير بوتين": the person a title introduces is governed by
    the preposition before the title."""
    k = actor.first - 1
    steps = 0
    while k >= start and steps < 4:
        word = sentence.words[k]
        other = sentence.actor_at(k)
        if word in PREPOSITIONS:
            return steps > 0
        if _governed_title(word):
            return True  # "الموالية للرئيس اليمني عبدربه منصور هادي": ل is glued on the title
        if not (role_head(word) or (other is not None and other.type in ("GPE", "NORP")) or word.startswith("ال")):
            return False
        k, steps = k - 1, steps + 1
    return False


def _governed_title(word: str) -> bool:
    """A title with a preposition glued on (للرئيس، بالوزير): what follows is its genitive."""
    return word.startswith(("لل", "بال")) and bool(role_head(word))


def _head_before(sentence: Sentence, actor: Actor, start: int) -> Actor | None:
    """The actor heading the phrase a governed actor ends ("المقاومة الشعبية في محافظة لحج
    الموالية للرئيس"): the first actor of the clause before it, not itself governed. A
    that-particle opens a new subject: in "كشفت مصادر أن مسلحين تابعين للمقاومة تمكنوا" the
    sources did not act."""
    for k in range(actor.first - 1, start - 1, -1):
        if sentence.words[k] in THAT:
            start = k + 1
            break
    for earlier in sentence.actors:
        if earlier.first < start or earlier.last >= actor.first:
            continue
        before = sentence.words[earlier.first - 1] if earlier.first > start else ""
        if before not in PREPOSITIONS and not _has_preposition(sentence, earlier) and earlier.type in (
                "ORG", "PER", "UNNAMED", "NORP"):
            return earlier
        return None
    return None


SVO_OPENERS = frozenset(word_form(w) for w in "و ف إن أن ان بأن لكن كما وكانت وكان كانت كان ثم".split())


def opens_clause(s: Sentence, actor: Actor) -> bool:
    """The actor stands at the head of its clause (after و, إن, a comma or nothing): the
    subject of an SVO clause, not the object of an earlier verb."""
    start = s.clause_start(actor.first)
    if actor.first == start:
        return True
    before = s.words[actor.first - 1]
    if actor.first - start <= 1 and (before in SVO_OPENERS or s.tokens[actor.first - 1].kind == "punct"):
        return True
    return actor.type == "PER" and _titled_opening(s, actor, start)


def _titled_opening(s: Sentence, actor: Actor, start: int) -> bool:
    """"إن قائد فيلق القدس الإيراني قاسم سليماني زار": a person whose title opens the clause
    (the title's first word at the clause start or after an SVO opener) heads it too."""
    for k in range(actor.first - 1, max(start, actor.first - TITLE_WORDS) - 1, -1):
        if s.tokens[k].kind != "word" or s.words[k] in THAT and k != start:
            return False
        if role_head(s.words[k]) and (k == start or s.words[k - 1] in SVO_OPENERS or s.words[k - 1] in THAT):
            return True
    return False


def clause_subject(sentence: Sentence, i: int, start: int, can_act: Callable[[Actor], bool]) -> Actor | None:
    """The actor a clause is about, for a verbal noun without its own ("أعادت السلطات
    السودانية اعتقال ..."): the last actor before word `i` in the clause, not governed by a
    preposition, within a few words."""
    for actor in reversed(sentence.actors):
        if actor.last >= i or actor.first < start:
            continue
        if i - actor.last > NOUN_SUBJECT_DISTANCE:
            return None
        before = sentence.words[actor.first - 1] if actor.first > start else ""
        before = before[1:] if before[:1] in "وف" and before[1:] in PREPOSITIONS else before  # "وفي العراق"
        governed = actor.first - 2 >= start and sentence.words[actor.first - 2] in PREPOSITIONS
        if before not in PREPOSITIONS and not governed and not _has_preposition(sentence, actor) \
                and can_act(actor):  # not the genitive in "ورد الحوثيون على هجمات المقاومة"
            return actor
    return None


NOUN_SUBJECT_DISTANCE = 4


def _has_preposition(sentence: Sentence, actor: Actor) -> bool:
    """A ب or ل clitic on the actor's first word (بواشنطن، للأمم): it is not a subject."""
    return clitic_preposition(sentence, actor) in ("ب", "ل")


def coordinated(sentence: Sentence, actor: Actor, end: int) -> list[Actor]:
    """The actor and those joined to it by و (and commas): "السعودية والأردن ومصر"."""
    found = [actor]
    k = actor.last + 1
    while k < end:
        if sentence.words[k] in ("،", ","):
            k += 1
            continue
        nxt = sentence.actor_at(k)
        if nxt is None or nxt.first != k or not (_starts_with_and(sentence, nxt) or sentence.words[k - 1] in ("،", ",")):
            break
        found.append(nxt)
        k = nxt.last + 1
    return found


def _first_conjunct(sentence: Sentence, actor: Actor, start: int) -> Actor:
    """The first of the actors joined by و that end at `actor` ("المقاومة والجيش استكملوا"):
    a joint subject is coded by its first member, the rest stand beside it."""
    while actor.first > start and _starts_with_and(sentence, actor):
        earlier = sentence.actor_at(actor.first - 1)
        if earlier is None or earlier.last != actor.first - 1 or earlier.first < start:
            break
        actor = earlier
    return actor


def _starts_with_and(sentence: Sentence, actor: Actor) -> bool:
    token = sentence.tokens[actor.first]
    return actor.start > token.start and token.text.startswith("و")


def actors_after(sentence: Sentence, i: int, end: int, preps: frozenset[str], skip: Actor | None) -> list[Actor]:
    """Targets after word `i` up to `end`: with "obj" in `preps`, the direct object (an actor
    right after, or the genitive of the object noun: "قصف مواقع داعش"); with prepositions,
    the actor after one of them, as a word or a clitic (بالمبعوث، لسوريا), or the genitive
    of the noun after it ("رحب بقرار الرئيس"). `skip` is the subject, never its own target."""
    k = i + 1
    if skip is not None and skip.first == k:
        k = skip.last + 1
    first = k
    while k < end:
        token = sentence.tokens[k]
        if token.kind == "punct" and token.text not in ("،", ","):
            break
        if token.text in ("،", ",") and k <= first + 1 and "obj" in preps:
            close = _parenthesis_end(sentence, k, end)  # "استقبل X، في مقر الوزارة اليوم، وزير ..."
            if close is not None:
                k = first = close + 1
                continue
        actor = sentence.actor_at(k)
        if actor is not None and actor.first == k and skip is not None and actor.entity and \
                actor.entity == skip.entity:  # the subject again, by its title: "بن فرحان وزير الخارجية"
            k = first = actor.last + 1
            continue
        if actor is not None and actor.first == k and not _overlaps(actor, skip):
            before = sentence.words[k - 1] if k - 1 >= first else ""
            clitic = clitic_preposition(sentence, actor)
            if skip is not None and k == skip.last + 1 and clitic == "ب" and actor.type in ("GPE", "LOC") \
                    and any(w[:1] == "ب" and len(w) > 3 for w in sentence.words[actor.last + 1:actor.last + 3]):
                k = first = actor.last + 1  # "نددت الجالية البحرينية بالمملكة بالتصريحات": where they live
                continue
            if before == "مع" and k >= 2 and sentence.words[k - 2].lstrip("و") in BORDERS:
                k = actor.last + 1  # "أمنها على الحدود مع سوريا": the neighbour, not a partner
                continue
            if before in preps or (clitic and clitic in preps):
                return coordinated(sentence, actor, end)
            if "obj" in preps and k <= first + OBJECT_GAP and not clitic and before not in PREPOSITIONS:
                return coordinated(sentence, actor, end)
            if "obj" in preps and before == "من" and first <= k - 2 <= first + OBJECT_GAP \
                    and _quantity(sentence.words[k - 2]):  # "اعتقلت عشرة من مسلحي الحوثي"
                return coordinated(sentence, actor, end)
            k = actor.last + 1
            continue
        word = sentence.words[k]
        opens = word in preps or (token.kind == "word" and word[:1] in preps and len(word) > 3)
        as_object = "obj" in preps and k <= first + OBJECT_GAP and title_word(sentence, k)
        if (opens or as_object) and token.kind == "word" and (role_head(word) or agent_of(word)) and word not in preps:
            titled = title_actor(sentence, k, end)  # "بالمبعوث الأممي ... غير بيدرسون"
            if titled is not None and (titled.type == "PER" or titled.code):
                return [titled]
        if word in preps and k + 1 < end and sentence.actor_at(k + 1) is None and role_head(sentence.words[k + 1]):
            titled = title_actor(sentence, k + 1, end)  # "اتصالاً من رئيس الوزراء البريطاني"
            if titled is not None and (titled.type == "PER" or titled.code):
                return [titled]
        if word in preps and (people := _nationals(sentence, k + 1, end)) is not None:
            return [people]  # "القبض على 18 طالبا سودانيا": Sudanese nationals
        if opens or ("obj" in preps and k <= first + OBJECT_GAP and word not in PREPOSITIONS):
            genitive = _genitive(sentence, k + (1 if word in preps else 0), end, 3 if opens else 2)
            if genitive is not None and not _overlaps(genitive, skip) and not (
                    skip is not None and genitive.entity and genitive.entity == skip.entity):
                return coordinated(sentence, genitive, end)
        k += 1
    return []


def _nationals(sentence: Sentence, k: int, end: int) -> Actor | None:
    """A counted group and its nationality after a preposition ("على 18 طالبا سودانيا"): the
    state's adjective stands for the group, whose number and noun the base does not know."""
    if k + 2 >= end or not _quantity(sentence.words[k]) or sentence.actor_at(k + 1) is not None:
        return None
    actor = sentence.actor_at(k + 2)
    if actor is None or actor.first != k + 2 or actor.type not in ("GPE", "NORP") \
            or not (nisba(sentence.words[k + 2]) or sentence.words[k + 2].endswith("يا")):  # "سودانياً"
        return None
    return actor


BORDERS = frozenset(word_form(w) for w in "الحدود حدود حدودها حدوده الحدودي الحدودية الحدوديه حدودية المشتركة".split())
OBJECT_GAP = 2  # words between the verb (or its subject) and a direct object's actor
PARENTHESIS = 8  # tokens a comma-delimited aside between a verb's subject and its object may have


def _parenthesis_end(sentence: Sentence, k: int, end: int) -> int | None:
    """The closing comma of an aside that opens at the comma `k` (time, place: no actor that
    could be the object inside)."""
    del end  # the aside may close beyond the window searched for targets
    for n in range(k + 1, min(len(sentence.words), k + 1 + PARENTHESIS)):
        if sentence.words[n] in ("،", ","):
            return n
        if sentence.tokens[n].kind == "punct":
            return None
    return None


def _genitive(sentence: Sentence, k: int, end: int, nouns: int = 2) -> Actor | None:
    """The actor a noun phrase at word `k` ends in: "قرار الرئيس الأميركي دونالد ترمب" ->
    the person; up to `nouns` nouns before it (three after a preposition: "بوزراء خارجية دول
    مجلس التعاون"), no preposition or punctuation between."""
    for n in range(k, min(end, k + nouns + 1)):
        actor = sentence.actor_at(n)
        if actor is not None:
            return appositive(sentence, actor, end) if actor.first == n and n > k else None
        if sentence.tokens[n].kind != "word" or sentence.words[n] in PREPOSITIONS:
            return None
    return None


def _overlaps(actor: Actor, other: Actor | None) -> bool:
    return other is not None and actor.first <= other.last and actor.last >= other.first


def clitic_preposition(sentence: Sentence, actor: Actor) -> str:
    token = sentence.tokens[actor.first]
    lead = token.text[: max(0, actor.start - token.start)]
    lead = lead[1:] if lead[:1] in ("و", "ف") else lead
    if not lead and actor.type == "UNNAMED":  # an agent word keeps its clitics: "للمسؤولين", "بالمسلحين"
        word = sentence.words[actor.first]
        word = word[1:] if word[:1] in ("و", "ف") else word
        lead = word[:1] if word.startswith(("لل", "بال", "كال")) and len(word) > 5 else ""
    return word_form(lead[:1]) if lead[:1] in ("ب", "ل", "ك") else ""


MEDIUM_NOUNS = frozenset(word_form(w) for w in (
    "صفحته صفحتها حسابه حسابها موقعه موقعها بيان بيانه بيانها تصريح تصريحات تصريحه تصريحاته تغريدة "
    "تغريدته تغريدات مقابلة مقابلته حديث حديثه مؤتمر المؤتمر كلمة كلمته رسالة رسالته".split()))
MEDIUM_LINKS = frozenset(word_form(w) for w in "على في عبر خلال".split())
MEDIUM_ADJECTIVES = frozenset(word_form(w) for w in "الإلكتروني الرسمي الرسمية الخاص الخاصة الشخصي الشخصية".split())


def past_medium(s: Sentence, k: int, limit: int) -> int:
    """Where the reported words begin after the medium they were said in: "نفى المتحدث على
    صفحته على فيسبوك ما نقل عنه" -> "ما نقل عنه"."""
    if not (k + 1 < limit and s.words[k] in MEDIUM_LINKS and s.words[k + 1] in MEDIUM_NOUNS):
        return k
    k += 2
    while k < limit:
        if s.words[k] in MEDIUM_ADJECTIVES:  # "على موقعها الإلكتروني"
            k += 1
            continue
        if not (k + 1 < limit and (s.words[k] in MEDIUM_LINKS or s.words[k].startswith("ل")) and (
                (actor := s.actor_at(k + 1)) is not None or s.words[k + 1].startswith("ال")
                or s.words[k + 1] in MEDIUM_NOUNS)):
            break
        k = (actor.last if actor is not None and actor.first == k + 1 else k + 1) + 1  # "على فيسبوك"
    while k < limit and s.words[k] in SKIPPABLE:
        k += 1
    return k if k < limit else limit


VENUES = frozenset(word_form(w) for w in (
    "مكتب مكتبه مكتبها قصر قصره قصرها مقر مقره مقرها ديوان الديوان ديوانه الإمارة مجلسه منزله منزلها "
    "دار داره القصر المكتب").split())
VENUE_REACH = 10  # words of place and time between a verb of receiving and the one received


def past_venue(s: Sentence, k: int, limit: int) -> int:
    """Where the object begins after the place and time a reception is told with: "استقبل
    الأمير في قصره في جدة أمس الأول سامح شكري" -> "سامح شكري"; `k` when none is there."""
    start, stop = k, min(limit, k + VENUE_REACH)
    while k < stop:
        word = s.words[k]
        if word in SKIPPABLE or word in ("الاول", "الأول", "،", ","):
            k += 1
        elif word in ("في", "داخل") and k + 1 < stop and ((place := s.actor_at(k + 1)) is not None
                                                         and place.type in ("GPE", "LOC", "FAC")):
            k = place.last + 1
        elif word in ("في", "داخل") and k + 1 < stop and s.words[k + 1] in VENUES:
            k += 2
        elif word[:1] == "ب" and word[1:] in VENUES:
            k += 1  # "بالإمارة"
        elif word[:1] == "ب" and (place := s.actor_at(k)) is not None and place.first == k \
                and place.type in ("GPE", "LOC", "FAC") and k > start:
            k = place.last + 1  # "في قصر السلام بجدة"
        elif k > start and s.words[k - 1] in VENUES and s.tokens[k].kind == "word" and word.startswith("ال") \
                and s.actor_at(k) is None:
            k += 1  # "في قصر السلام", "في مقر الإمارة"
        else:
            break
    return k if k > start else start


QAD = frozenset(word_form(w) for w in ("قد", "لقد"))
NOUN_THAT = frozenset(word_form(w) for w in "إن أن بأن وأن فإن ان لأن".split())  # without a pronoun on it
THAT_NOUN_WORDS = 3  # "أن المعلق عبده كامل قد هاجم": a title and a name the base lacks
TIME_BEFORE_THAT = frozenset(word_form(w) for w in "بعد قبل منذ حتى وبعد وقبل ومنذ".split())


def unknown_that_subject(sentence: Sentence, first: int) -> bool:
    """A verb at word `first` right after "أن + up to three words (+ قد)" that no actor covers:
    they are the verb's subject (أن puts its noun first), one we cannot name, so the actor
    after the verb is its object and no earlier speaker is its subject."""
    k = first - 1
    if k >= 0 and sentence.words[k] in QAD:
        k -= 1
    words = 0
    while k >= 1 and words < THAT_NOUN_WORDS and sentence.tokens[k].kind == "word" and sentence.actor_at(k) is None:
        word = sentence.words[k]
        if len(word) <= 2 or word in SKIPPABLE or word in PREPOSITIONS or word in RELATIVES or word in NOUN_THAT \
                or word.startswith(("ب", "ل")):
            return False
        words += 1
        if sentence.words[k - 1] in NOUN_THAT:
            verbal = k >= 2 and sentence.words[k - 2] in TIME_BEFORE_THAT  # "بعد أن تتم": أن before a verb
            return not verbal and (word.startswith("ال") or word[:1] not in "يتنأ")
        k -= 1
    return False


def opening_apposition(sentence: Sentence, first: int) -> Actor | None:
    """The person named between commas after the title that opens the sentence, right before
    a verb at word `first` without و ("رئيس هيئة النزاهة السابق، القاضي فلان، أكد"): the
    sentence's subject, across commas that close the clause before the verb."""
    k = first - 2
    if k < 1 or sentence.words[first - 1] not in ("،", ",") or sentence.words[first][:1] in ("و", "ف"):
        return None  # (ليؤكد is allowed: "وجاء نائب رئيس الوزراء، فلان، ليؤكد")
    actor = sentence.actor_at(k)
    comma = actor.first - 1 if actor is not None else 0
    if actor is None or actor.last != k or actor.type != "PER" or comma < 1 or sentence.words[comma] not in ("،", ","):
        return None
    titled = any(role_head(sentence.words[n]) or title_word(sentence, n) for n in range(max(0, comma - TITLE_REACH), comma))
    return actor if titled and "،" not in sentence.words[:comma] and "," not in sentence.words[:comma] else None


TITLE_REACH = 5  # words before the apposition's comma within which its title stands

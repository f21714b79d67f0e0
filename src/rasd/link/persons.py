"""Where a person's name starts and ends in a sentence, for names the knowledge base lacks.

The CRF tagger finds most names but often stops at the given name ("سعود" of "سعود
المرزوقي") or takes a word before it ("الشهير فيودور"). This chunker fixes the span with
word statistics from gold corpora (rasd.text.wordstats, built by
kb/build/build_name_words.py): a name opens with a tagged word or a common given name
after a title, role or reporting verb; it goes on over words that are not ordinary words
(unseen words are mostly surnames: عويضة، ميدينسكي) and over the name links بن/أبو/آل; it
stops at function words, punctuation, cue words and knowledge-base names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files

from rasd.link.roles import role_head
from rasd.text.normalize import search_form
from rasd.text.wordstats import common_word, name_evidence, name_words, ordinary, word_classes

FUNCTION_WORDS = frozenset(search_form(w) for w in (
    "في من إلى الى على عن مع أن إن ان لأن بأن لا لم لن ما ماذا هو هي هم هن هذا هذه ذلك تلك الذي التي "
    "الذين اللذين كان كانت يكون قد لقد ثم أو او بل حتى منذ عند بعد قبل خلال ضد حول بين دون غير كل بعض "
    "أي إذا اذا كما لكن ولكن أيضا ايضا وقد وهو وهي فيما بينما حيث عبر نحو لدى عام العام يوم اليوم أمس "
    "غدا الذى أنه انه أنها انها إنه انه لها له لهم به بها منه منها عليه عليها فيه فيها إلا الا يا أيها").split())
TIME_WORDS = frozenset(search_form(w) for w in (
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير مارس أبريل إبريل مايو يونيو "
    "يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    "محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة ليل ليلة صباح مساء ظهر فجر عصر").split())
# Heads of institutions named after people: "مستشفى الملك عبدالعزيز التخصصي" names no person
INSTITUTIONS = frozenset(search_form(w) for w in (
    "مستشفى مدينة مطار جامعة كلية مدرسة معهد مركز شارع طريق جسر ميناء قاعة مسجد جامع جائزة مؤسسة "
    "مجمع برج ملعب استاد حي ساحة ميدان قاعدة كرسي برنامج مشروع").split())
# Heads of bodies whose name news prints in quotation marks after them ("شركة «...»")
NAMED_BODIES = frozenset(search_form(w) for w in (
    "شركة مجموعة جمعية قناة صحيفة مجلة موقع حزب حركة تيار منظمة هيئة فندق مصرف بنك اتحاد نادي "
    "منتدى ملتقى مبادرة حملة مهرجان فيلم كتاب رواية مسلسل برنامج مشروع تطبيق منصة وكالة").split())
BODY_HEADS = INSTITUTIONS | NAMED_BODIES


def body_head(word: str, definite: bool = False) -> bool:
    """A body's or institution's head noun, bare or behind a clitic (مؤسسة، لمؤسسة، بجمعية): a
    name right after it is the body's, not a person's. With `definite`, also with the article
    (المؤسسة، للشركة), as before a name in quotation marks ("الشركة «...»")."""
    forms = (word, word[1:], word[2:]) if definite else (word, word[1:] if word[:1] in "وفبل" else word)
    return any(w in BODY_HEADS for w in forms)


LINKS = frozenset(search_form(w) for w in "بن بنت ابن ابنة أبو أبي ابو ابي أم عبد آل ال".split())
CLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
MAX_WORDS = 5
TANWEEN = re.compile("[\u064b-\u064d]")


@cache
def _cue_lexicon() -> dict[str, str]:
    """Search form -> "title" or "cue", from data/person_cues.txt."""
    text = files("rasd.link").joinpath("data/person_cues.txt").read_text("utf-8")
    out: dict[str, str] = {}
    kind = "cue"
    for line in text.splitlines():
        if line.startswith("["):
            kind = line.strip("[] ")
        elif not line.startswith("#"):
            out.update((search_form(w), kind) for w in line.split())
    return out


@cache
def cue_words() -> frozenset[str]:
    return frozenset(_cue_lexicon())


@lru_cache(maxsize=65536)
def cue_kind(word: str) -> str | None:
    """"title", "cue" or None for a search-form word, clitics stripped (وقال، للدكتور)."""
    lexicon = _cue_lexicon()
    if word in lexicon:
        return lexicon[word]
    if word.startswith("لل") and "ال" + word[2:] in lexicon:
        return lexicon["ال" + word[2:]]
    for clitic in CLITICS:
        if word.startswith(clitic) and word[len(clitic):] in lexicon:
            return lexicon[word[len(clitic):]]
    return None


def is_cue(word: str) -> bool:
    return cue_kind(word) is not None


def given_name(word: str) -> bool:
    """A word that mostly opens a person's name in the corpora (محمد، سعود، منى), or a
    Wikidata name token that is no ordinary word (فادي، مختار)."""
    return word in word_classes()[1]


def strong_given_name(word: str) -> bool:
    """A given name common enough to open a name with no cue before it (رائف بدوي)."""
    return word in word_classes()[2]


def could_be_name(word: str) -> bool:
    """A quick test: a word that may belong to a person's name (not punctuation, a function
    word, a weekday or month, or an ordinary word)."""
    return word.isalpha() and word not in FUNCTION_WORDS and word not in TIME_WORDS and word not in word_classes()[0]


def name_part(word: str) -> bool:
    """Could be a later part of a name: an Arabic word that is no function, cue or ordinary word."""
    if len(word) < 2 or not word.isalpha() or word in FUNCTION_WORDS or word in TIME_WORDS or is_cue(word) \
            or ordinary(word) or (role_head(word) and name_evidence(word) < 3):
        return False  # "وحدة الجميلي مستشارة رئيس المجلس": a title after the name ends it
    if word[0] == "و" and (given_name(word[1:]) or word[1:] in FUNCTION_WORDS
                           or (len(word) >= 4 and name_evidence(word) < 3)):
        return False  # "ومحمد", "والشكران": the next item of a list, not a name's part
    return not _glued_word(word)


def glued_word(word: str) -> bool:
    """A word behind ب/ل/لل that is not a name (للحوار، بالمدينة): no name begins with it."""
    return _glued_word(word)


def _glued_word(word: str) -> bool:
    """A word behind ب/ل/لل (للحوار، بالمدينة، لفرانس) that is not itself known as a name
    (لطفي، بدوي): the name has ended."""
    if not word.startswith(("ب", "ل")) or word.startswith("ال"):
        return False
    if name_evidence(word) >= 3:
        return False
    rest = word[2:] if word.startswith(("لل", "بال")) else word[1:]
    if len(rest) < 2:
        return False
    if word.startswith(("لل", "بال")) or len(rest) < 4 or ordinary(rest) or common_word(rest) \
            or common_word("ال" + rest) or name_evidence(rest) >= 3 or not _unseen(word):
        return True
    # an unseen ب-word whose rest is no word either: a surname that begins with the letter
    # ("باهمام", "باسلمة", "بلازيو", "بنيتز"), unless it is shaped as a verbal noun or a word with a
    # pronoun or a plural ending ("باستحالة", "لنسأل", "لشرائه", "بمجموعتين"); ب before a
    # present verb (بن-، بي-) is no Arabic, so those stay names
    if word[0] == "ل":
        return True  # "لبايرن ميونيخ", "لسوانسي": ل before a foreign name is the preposition
    if rest[:1] == "ا":  # a verbal noun of the derived forms: انسحاب، اتفاق، احتلال، استحالة
        return rest.startswith(("ان", "ات")) or (len(rest) > 3 and rest[2] == "ت") or rest.startswith("است")
    return rest[:1] in "مت" or rest.endswith(("ه", "ها", "هم", "ين", "ون", "ات"))


def _unseen(word: str) -> bool:
    """A word the corpora's statistics have never met."""
    return name_words().get(word) is None and not ordinary(word) and not common_word(word)


def _plural_participle(word: str) -> bool:
    """"مشاهدون", "المتظاهرين": a plural of people, never the first word of a name."""
    bare = word[2:] if word.startswith("ال") else word
    return len(bare) >= 6 and bare.startswith("م") and bare.endswith(("ون", "ين"))


def person_spans(words: Sequence[str], tags: Sequence[str], blocked: Sequence[int],
                 printed: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Token ranges [start, end) of person names with at least two words.

    `words` are search forms, `tags` the tagger's BIO tags (all "O" where it did not run),
    `blocked` marks tokens inside knowledge-base names, which a person's name never crosses
    (2 for a known person's name, 1 for any other, 0 for none). `printed` are the tokens as
    printed, where علي (Ali) and على (on) still differ.
    """
    out: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        if blocked[i] or words[i] in NOT_OPENING or (i and words[i - 1] in NOT_OPENING) \
                or not _opens(words, tags, blocked, i):
            i += 1
            continue
        start = i
        while start + 1 < n and (is_cue(words[start]) or (tags[start] != "O" and (
                ordinary(words[start]) or (words[start][:1] == "و" and ordinary(words[start][1:]))))):
            start += 1  # "الشهير فيودور", "الشيخ عمر": a description or title is not the name
        if words[start] in NOT_OPENING or words[start] in FUNCTION_WORDS or _false_kunya(words, start) \
                or _plural_participle(words[start]) or _preposition_ala(words, printed, start):
            i = start + 1
            continue
        start = _extend_left(words, blocked, start, out[-1][1] if out else 0)
        while start < n - 1 and _plural_participle(words[start]):
            start += 1  # "مشاهدون روس": people described, not named
        end = _extend(words, tags, blocked, start, printed)
        while end - start > 2 and words[end - 1] in LINKS:
            end -= 1  # "منصور بن" before a name the base knows: the link is not the name's end
        if end - start >= 2 and words[end - 1] not in LINKS:
            out.append((start, end))
        i = max(end, i + 1)
    return out


def _preposition_ala(words: Sequence[str], printed: Sequence[str] | None, i: int) -> bool:
    """"على" printed with ى is the preposition (on), not the name علي (Ali), unless a
    reporting verb stands before it and a name's part after it ("قال على المرموري": some
    write the name so)."""
    if words[i] != "علي" or printed is None or not printed[i].endswith("ى"):
        return False
    return not (i > 0 and cue_kind(words[i - 1]) == "cue" and i + 1 < len(words) and name_part(words[i + 1]))


NOT_OPENING = frozenset(search_form(w) for w in "بن بنت ابن ابنة آل".split())  # "بن عبدالعزيز" continues a name


def _in_institution_name(words: Sequence[str], i: int) -> bool:
    """The name follows an institution's head, with or without a title between
    ("جامعة محمد بن سعود", "مستشفى الملك فهد")."""
    before = [_unglued(w) for w in words[max(0, i - 2):i]]
    if before and before[-1] in INSTITUTIONS:
        return True
    return len(before) == 2 and cue_kind(before[1]) == "title" and before[0] in INSTITUTIONS


def _description(word: str) -> bool:
    """A word with ال that describes rather than names: a nisba adjective (البوليفي، الأثرية)
    or an ordinary word. Foreign given names may begin with ال (اليزابيت، ألبرتو)."""
    return word.startswith("ال") and (word.endswith(("ي", "يه")) or ordinary(word))


KUNYA = frozenset(search_form(w) for w in "أبو أبا أبي أم".split())


def _false_kunya(words: Sequence[str], i: int) -> bool:
    """"أم استنساخ" (or cloning) is no kunya: أبو/أم open a name only before a known name."""
    if words[i] not in KUNYA or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return following not in word_classes()[1] and name_evidence(following) < 3


def _unglued(word: str) -> str:
    """The word without a leading و/ب/ل/ف when the rest is an institution's head (بمجمع)."""
    return word[1:] if word[:1] in "وبلف" and word[1:] in INSTITUTIONS else word


def _extend_left(words: Sequence[str], blocked: Sequence[int], start: int, floor: int) -> int:
    """One unseen word before a name, right after a title, a role or a country's adjective,
    is the name's first word ("نائب الرئيس السوداني حسبو محمد عبدالرحمن")."""
    j = start - 1
    if j <= floor or blocked[j] or name_words().get(words[j]) is not None or not could_be_name(words[j]) \
            or _description(words[j]):
        return start  # "الناشط الحقوقي سمير": the nisba describes the activist, it is no first name
    before = words[j - 1]
    return j if (blocked[j - 1] == 1 or is_cue(before)) else start


def _opens(words: Sequence[str], tags: Sequence[str], blocked: Sequence[int], i: int) -> bool:
    word = words[i]
    _, given, strong = word_classes()
    tagged = tags[i] == "B-PERS" or (tags[i] == "I-PERS" and (i == 0 or tags[i - 1] == "O"))
    after_title = (i > 0 and cue_kind(words[i - 1]) == "title") or _abbreviated_title(words, i)
    if not tagged and word not in given and not after_title:
        return _after_description(words, blocked, i)  # the common case ends here, without a scan
    if word in TIME_WORDS or _in_institution_name(words, i):
        return False
    if word not in given and (_description(word) or _glued_word(word)):
        return False  # "البوليفي موخيكا", "بحمد الله": a description or a glued word opens no name
    if tagged:
        return True
    if after_title:
        # any word after a title ("الشيخ مساعد"), but not an epithet with ال ("الملك المفدى")
        return word.isalpha() and word not in FUNCTION_WORDS and not is_cue(word) and len(word) >= 2 \
            and (not word.startswith("ال") or word in given)
    return word in strong or _cue_before(words, blocked, i)


# Titles printed as a letter and a full stop before a name: "د." doctor, "م." engineer, "أ.د." professor.
ABBREVIATED_TITLES = frozenset(search_form(w) for w in ("أ", "د", "م"))


def _abbreviated_title(words: Sequence[str], i: int) -> bool:
    """"د. سامي الحربي"، "م. خالد": a title's letter and its full stop before a name."""
    return i >= 2 and words[i - 1] == "." and words[i - 2] in ABBREVIATED_TITLES


def _after_description(words: Sequence[str], blocked: Sequence[int], i: int) -> bool:
    """Two name words after a person described by a cue and one or two adjectives ("الناشط
    السوداني مساعد السديرة", "الخبير الاقتصادي السعودي فلان علان"): the first may be an ordinary
    word (مساعد, assistant) when the second is a name's part."""
    if i < 2 or i + 1 >= len(words) or not definite_nisba(words[i - 1]):
        return False  # the common case: no adjective before
    word = words[i]
    if blocked[i] or blocked[i + 1] or not word.isalpha() or len(word) < 3 \
            or word.startswith(("ال", "و")) or word in FUNCTION_WORDS or word in TIME_WORDS or is_cue(word) \
            or _glued_word(word) or word in NOT_NAMES:
        return False  # "المتحدث الرسمي للدفاع المدني", "الناطق الرسمي باسم الوزارة"
    second = words[i + 1]
    if not name_part(second) or second in NOT_NAMES or (second.endswith("ا") and ordinary(second[:-1])):
        return False  # "رحمه الله", "سقط سقوطاً"
    for j in (i - 1, i - 2):
        if j < 1 or not definite_nisba(words[j]):
            return False
        if is_cue(words[j - 1]) or role_head(words[j - 1]):
            return True
    return False


NOT_NAMES = frozenset(search_form(w) for w in "باسم الله".split())


def definite_nisba(word: str) -> bool:
    """A definite adjective of origin or field: السوداني، الاقتصادي، الحقوقية."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


QUOTE_MARKS = frozenset("\"“”«»‹›'")


def _cue_before(words: Sequence[str], blocked: Sequence[int], i: int) -> bool:
    """A title, role or reporting verb in the five words before, with no function word or
    known person's name between (quotation marks around an outlet's name do not count: مؤسس "أديان"
    فادي ضو; "الأمير محمد بن نايف بن عبدالعزيز": the title is the known name's)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if is_cue(words[j]) or role_head(words[j]):  # "رئيس الجامعة عبد الحي عزب": a role is a cue
            return True
        if blocked[j] == 2 or words[j] in FUNCTION_WORDS or words[j] in NOT_OPENING or not (
                words[j].isalpha() or words[j] in QUOTE_MARKS):
            return False
    return False


COMPOUND_HEADS = frozenset(search_form(w) for w in "عبد أبو ابو أبي ابي أم بن بنت ابن آل".split())


def _linked(link: str, word: str) -> bool:
    """The word after a name link belongs to the name: after عبد/أبو/بن any word that is no
    function word (عبد السلام، أبو زيد، بن سعيد), after ال-less links a name part."""
    if link in COMPOUND_HEADS:
        return word.isalpha() and word not in FUNCTION_WORDS and not is_cue(word)
    return name_part(word)


def _listed(word: str) -> bool:
    """"والمدافعون": و + ال begins the next item of a list, never a name's later part."""
    return word.startswith("وال") and name_evidence(word) < 3


def _possessed(printed: Sequence[str] | None, i: int) -> bool:
    """A noun with a pronoun suffix as printed (مجلسه، رؤيته): ته, or ه after an ordinary word."""
    if printed is None:
        return False
    token = printed[i]
    if not token.endswith("ه") or len(token) < 4:
        return False
    bare = search_form(token[:-1])
    return token.endswith("ته") or common_word(bare) or common_word("ال" + bare) \
        or (ordinary(bare) and not name_evidence(search_form(token)))  # "شكري تطلعه": his aspiration


def _extend(words: Sequence[str], tags: Sequence[str], blocked: Sequence[int], start: int,
            printed: Sequence[str] | None = None) -> int:
    end = start + 1
    if words[start] in COMPOUND_HEADS and end < len(words) and not blocked[end] and _linked(words[start], words[end]):
        end += 1  # "عبد الحي عزب": the compound opening the name is whole
    while end < len(words) and end - start < MAX_WORDS and not blocked[end]:
        word = words[end]
        if printed is not None and TANWEEN.search(printed[end]):
            break  # "مكافحاً": a name takes no tanween
        if word == "علي" and printed is not None and printed[end].endswith("ي") and end + 1 < len(words) \
                and not blocked[end + 1] and name_part(words[end + 1]):
            end += 1  # "محمد علي الجزولي": علي with ي, not the preposition على, before a surname
        elif tags[end] == "I-PERS" and word.isalpha() and word not in FUNCTION_WORDS and not is_cue(word) \
                and not _glued_word(word) and not _listed(word) and not _possessed(printed, end):
            end += 1
        elif word in LINKS and end + 1 < len(words) and not blocked[end + 1] and _linked(word, words[end + 1]):
            end += 2
            if words[end - 1] in ("عبد", "ابو") and end < len(words) and not blocked[end] \
                    and _linked(words[end - 1], words[end]):
                end += 1  # "ابن عبد الله": the compound after the link is whole
        elif name_part(word) and not _possessed(printed, end):
            end += 1
        else:
            break
    return end

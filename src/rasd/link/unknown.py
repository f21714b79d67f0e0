"""Persons the knowledge base does not know, found by the CRF tagger and the name chunker
(rasd.link.persons): each gets a stable id from its normalized form (the same unknown name
is the same entity in every article) and an English name from rasd.link.romanize.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from functools import lru_cache

from rasd.kb.matcher import Match
from rasd.link.persons import (
    FUNCTION_WORDS,
    INSTITUTIONS,
    body_head,
    could_be_name,
    cue_kind,
    cue_words,
    glued_word,
    name_part,
    person_spans,
)
from rasd.link.roles import role_head
from rasd.link.romanize import romanize
from rasd.model import Document, Span
from rasd.ner.conll import SentenceTagger
from rasd.ner.features import triggers, word_form
from rasd.text.normalize import search_form
from rasd.text.tokenize import tokenize
from rasd.text.wordstats import name_words

PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def unknown_id(name: str, entity_type: str) -> str:
    """Stable id from the normalized name: "x-per-" + 10 hex digits."""
    digest = hashlib.sha1(search_form(name).encode("utf-8")).hexdigest()[:10]
    return f"x-{entity_type.lower()}-{digest}"


@lru_cache(maxsize=65536)
def english_name(name: str) -> str:
    """A Latin rendering of an Arabic name (rasd.link.romanize); the Arabic itself if nothing comes out."""
    return romanize(name) or name


def tagged_names(doc: Document, tagger: SentenceTagger,
                 taken: list[tuple[int, int, bool]]) -> list[tuple[Match, str, str]]:
    """(match, type, surface) for every person's name of two words or more that no
    knowledge-base match covers: the tagger proposes, `person_spans` fixes the extent. The
    windows of every sentence are tagged in one batch."""
    out = []
    cues = person_cues()
    tokens_all = doc.tokens or tokenize(doc.text)
    starts = [t.start for t in tokens_all]
    covered = bytearray(len(doc.text) + 1)
    for s, e, person in taken:  # 1: a known name, 2: a known person's name
        covered[s:e] = (b"\x02" if person else b"\x01") * (e - s)
    read = []
    for sentence in doc.sentences or [Span(0, len(doc.text), "sentence")]:
        tokens = tokens_all[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        words = [word_form(t.text) for t in tokens]
        if cues.isdisjoint(words):
            continue  # no title, role or reporting verb: no name of a person the base lacks
        blocked = [max(covered[t.start], covered[t.end - 1]) for t in tokens]
        read.append((tokens, words, blocked, _windows(words, cues, blocked)))
    windows = [[t.text for t in tokens[a:b]] for tokens, _, _, spans in read for a, b in spans]
    tagged = iter(tagger.tag_sentences(windows) if windows else [])
    for tokens, words, blocked, spans in read:
        tags = ["O"] * len(tokens)
        for a, b in spans:
            tags[a:b] = next(tagged)
        found = person_spans(words, tags, blocked, [t.text for t in tokens])
        found = _merge(found, appositive_names(words, [t.kind for t in tokens], blocked, [t.text for t in tokens]))
        for first, last in found:
            start = tokens[first].start + _clitic_length(tokens[first].text)
            end = tokens[last - 1].end
            surface = doc.text[start:end]
            out.append((Match(start, end, unknown_id(surface, "PER"), "tagged", search_form(surface)), "PER", surface))
    return out


TITLE_REACH = 6  # words before an appositive name in which its title must stand
NAME_WORDS = (2, 4)  # an appositive name has two to four words


def appositive_names(words: list[str], kinds: list[str], blocked: list[int],
                     printed: list[str] | None = None) -> list[tuple[int, int]]:
    """Names the tagger misses where the sentence's shape says a name stands:
    "وزير البيشمركة في حكومة الإقليم، مصطفى سيد قادر، أن ..." (between commas after a title)
    and "قال سهو السهو أمين عام الاتحاد" (after a reporting verb, before a title). (first, end)
    token spans whose first word may begin a name."""
    found = []
    n = len(words)
    for i, word in enumerate(words):
        if word not in (",", "،"):
            continue
        end = next((k for k in range(i + 1, min(n, i + 2 + NAME_WORDS[1])) if kinds[k] != "word"), None)
        if end is None or words[end] not in (",", "،") or not NAME_WORDS[0] <= end - i - 1 <= NAME_WORDS[1]:
            continue
        name = range(i + 1, end)
        before = words[max(0, i - TITLE_REACH):i]
        if any(role_head(w) for w in before) and could_be_name(words[i + 1]) and not glued_word(words[i + 1]) \
                and not any(blocked[k] for k in name):  # not "صالح، بقذيفة صاروخية،": a glued word is no name
            found.append((i + 1, end))
    found += _after_titles(words, kinds, blocked)
    found += _quoted_after_titles(words, kinds, blocked)
    for i, word in enumerate(words[:-3]):
        if cue_kind(word) != "cue" or role_head(word):
            continue
        while i + 2 < n and cue_kind(words[i + 1]) == "title":
            i += 1  # "دعت الدكتورة سلمى الراوي مستشارة ...": the honorific is no part of the name
        for size in range(NAME_WORDS[1], NAME_WORDS[0] - 1, -1):
            end = i + 1 + size
            if end < n and role_head(words[end]) and all(kinds[k] == "word" and not blocked[k] and
                                                          name_part(words[k]) or k == i + 1 for k in range(i + 1, end)) \
                    and kinds[i + 1] == "word" and not role_head(words[i + 1]) and not blocked[i + 1] \
                    and not _not_a_name(words, printed, i + 1, end):
                found.append((i + 1, end))
                break
    return found


OPEN_MARKS = frozenset("«“\"")
CLOSE_MARKS = frozenset("»”\"")


def _quoted_after_titles(words: list[str], kinds: list[str], blocked: list[int]) -> list[tuple[int, int]]:
    """"وذكر مدير الجمرك «عصام أنور» أنه": a name of two or three words in quotation marks
    right after a title and the body it heads (up to three words)."""
    found = []
    for i, word in enumerate(words):
        if word not in OPEN_MARKS or i == 0:
            continue
        close = next((k for k in range(i + 1, min(len(words), i + 5)) if words[k] in CLOSE_MARKS), None)
        if close is None or not NAME_WORDS[0] <= close - i - 1 <= 3:
            continue
        inner = range(i + 1, close)
        if any(kinds[k] != "word" or blocked[k] for k in inner) or not could_be_name(words[i + 1]) \
                or not all(name_part(words[k]) for k in inner if k > i + 1):
            continue
        if body_head(words[i - 1], definite=True):
            continue  # "لشركة «لايف ستايل ديفيلوبرز»": the body's name, not a person's
        if any(role_head(w) or cue_kind(w) == "title" for w in words[max(0, i - 3):i]):
            found.append((i + 1, close))
    return found


def _not_a_name(words: list[str], printed: list[str] | None, first: int, end: int) -> bool:
    """"المشرف العام على مستشفى الملك": a preposition (على with ى) or an institution's head."""
    opener = words[first]
    if any(words[k] in INSTITUTIONS for k in range(first, end)):
        return True
    if opener != "علي":
        return opener in FUNCTION_WORDS
    written_ala = printed is None or printed[first].endswith("ى")  # "قال على المرموري": some write Ali so
    return written_ala and not (first + 1 < end and name_part(words[first + 1]))


ENDS_NAME = frozenset(word_form(w) for w in "إن أن بأن إنه أنه قوله في خلال :".split()) | {":", "،", ","}


def _after_titles(words: list[str], kinds: list[str], blocked: list[int]) -> list[tuple[int, int]]:
    """"رئيس الجامعة عبد الحي عزب إن ...": a title, one or two definite words of it, then a
    name that runs to إن / a colon / a comma."""
    found = []
    n = len(words)
    for i, word in enumerate(words):
        if not role_head(word):
            continue
        k = i + 1
        while k < min(n, i + 3) and words[k].startswith("ال") and kinds[k] == "word":
            k += 1
        if k < n and k > i + 1 and glued_word(words[k]):  # "الناطق الإعلامي لصحة الشرقية أسعد سعود"
            if body_head(words[k]):
                continue  # "لمؤسسة سالم بن محفوظ": the institution's name follows, not the person's
            k += 1
            while k < n and words[k].startswith("ال") and kinds[k] == "word" and k < i + 6:
                k += 1
            if k < n and glued_word(words[k]):
                continue
        if k == i + 1 or k >= n or words[k].startswith("ال") or not could_be_name(words[k]):
            continue
        end = next((e for e in range(k + NAME_WORDS[0], min(n, k + NAME_WORDS[1]) + 1)
                    if e < n and (words[e] in ENDS_NAME or kinds[e] == "punct")), None)
        if end is not None and all(kinds[m] == "word" and not blocked[m] for m in range(k, end)) \
                and all(name_part(words[m]) or words[m - 1] in ("عبد", "ابو") for m in range(k + 1, end)):
            found.append((k, end))
    return found


def _merge(spans: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chunker's spans, and the extra ones that overlap none of them (or contain them)."""
    out = list(spans)
    for first, end in extra:
        inside = [(f, e) for f, e in out if f < end and first < e]
        if all(first <= f and e <= end for f, e in inside):
            out = [(f, e) for f, e in out if (f, e) not in inside] + [(first, end)]
    return sorted(out)


WINDOW = (2, 9)  # tokens tagged before and after a cue word: where its name stands


def _windows(words: list[str], cues: frozenset[str], blocked: list[int]) -> list[tuple[int, int]]:
    """The token ranges near cue words to tag ("O" elsewhere). Tagging is the costly step and
    the names it is used for stand next to a title or a reporting verb; a window of a few
    words either side tags as the whole sentence would. A window whose words after the cue
    are all ordinary words or known names is not tagged at all."""
    windows: list[list[int]] = []
    for i, word in enumerate(words):
        if word in cues and any(could_be_name(words[j]) and not blocked[j]
                                for j in range(i + 1, min(len(words), i + WINDOW[1]))):
            start, end = max(0, i - WINDOW[0]), min(len(words), i + WINDOW[1])
            if windows and start <= windows[-1][1]:
                windows[-1][1] = end
            else:
                windows.append([start, end])
    return [(a, b) for a, b in windows]


@lru_cache(maxsize=1)
def person_cues() -> frozenset[str]:
    """Titles, roles and reporting verbs that stand next to a person's name, with their
    clitic forms (search form): a sentence without one is not tagged."""
    words = {w for w, kind in triggers().items() if kind == "PERS"} | cue_words()
    return frozenset(words | {p + w for w in words for p in ("و", "ف", "ل", "ب")})


def _clitic_length(token: str) -> int:
    """A leading و/ف/ب/ل/ك glued to a name is not part of it (وبيدرسون -> بيدرسون), unless
    the token is itself known as a name and its rest is not (فلاديمير، وليد، بدوي)."""
    if len(token) < 4 or token[0] not in PROCLITICS or token.startswith(("ال", "لل")):
        return 0
    if len(token) == 4 and word_form(token[1:]) not in ("ابو", "عبد", "بن"):
        return 0  # four letters: only و before أبو/عبد (وأبو القاسم)
    whole, rest = _evidence(word_form(token)), _evidence(word_form(token[1:]))
    if whole > rest:
        return 0
    return 1 if token[0] == "و" or rest > 0 else 0


def _evidence(word: str) -> float:
    """Name evidence for a clitic decision: the corpora see clitics, Wikidata never does, so
    its counts weigh a tenth (وليام is William, وأحمد is و + Ahmad)."""
    stats = name_words().get(word)
    return 0.0 if stats is None else stats.first + stats.inner + stats.wikidata / 10

"""Spelling variants of names and adjectives, generated at load time (never hand-listed).

All forms here are in search form (rasd.text.normalize.search_form): hamza, ى/ي, ة/ه and
diacritics are already folded, so what is left are the variants that are not letter
variants: ي/ر order (أميركي/أمريكي), long vowels written or not (ترمب/ترامب), the letter for a foreign g (غ/ج),
a final ا/ه (سوريا/سورية), a silent final ه after و (بومبيو/بومبيوه), and the inflected
forms of a nisba adjective (أمريكي -> أمريكية، أمريكيين، أمريكيون، أمريكيات).
"""

from __future__ import annotations

LONG_VOWELS = "اوي"
G_LETTERS = ("غ", "ج")
NISBA_ENDINGS = ("", "ه", "ين", "ون", "ات", "ا")  # -ي, -ية, -يين, -يون, -يات, -ياً


JOINED = ("ابو", "عبد")  # أبو بكر / أبوبكر, عبد الله / عبدالله


def name_variants(form: str, *, foreign: bool = True) -> set[str]:
    """`form` and its spelling variants. Foreign names also get long-vowel and g variants;
    only words of four letters or more are touched, so short words do not collide."""
    variants = {form} | _joined_variants(form)
    words = form.split(" ")
    for i, word in enumerate(words):
        for alt in _word_variants(word, foreign=foreign):
            variants.add(" ".join(words[:i] + [alt] + words[i + 1:]))
    return variants


def _word_variants(word: str, *, foreign: bool) -> set[str]:
    article = "ال" if word.startswith("ال") and len(word) >= 4 else ""  # الاسد never becomes السد
    stem = word[len(article):]
    out: set[str] = set()
    if len(stem) < 4:
        return out
    for old, new in (("ير", "ري"), ("ري", "ير")):  # أميركي / أمريكي
        if old in stem[1:-1]:
            out.add(stem.replace(old, new, 1))
    # Shorter words are left alone: their variants are ordinary words (اغري -> اجري "أجرى",
    # زاريا -> زاريه in "وزارية"); the base lists both spellings of short names itself.
    if len(stem) >= 5:
        for old, new in (G_LETTERS, G_LETTERS[::-1]):  # the foreign g: الكونغرس / الكونجرس
            if old in stem:
                out.add(stem.replace(old, new))
    if not article and len(stem) >= 6 and stem.endswith("ا"):
        out.add(stem[:-1] + "ه")  # كولومبيا / كولومبيه
    elif not article and len(stem) >= 6 and stem.endswith("ه") and stem[-2] != "ي":
        out.add(stem[:-1] + "ا")
    if foreign:
        out |= _foreign_variants(stem)
    return {article + v for v in out if len(v) >= 3}


def _foreign_variants(stem: str) -> set[str]:
    out: set[str] = set()
    if stem.endswith("و"):
        out.add(stem + "ه")  # بومبيو / بومبيوه
    for pos in range(1, len(stem) - 1):  # a long vowel written or not: ترامب / ترمب
        if stem[pos] in LONG_VOWELS and stem[pos - 1] not in LONG_VOWELS and stem[pos + 1] not in LONG_VOWELS:
            out.add(stem[:pos] + stem[pos + 1:])
    return out


def nisba_forms(base: str) -> set[str]:
    """The forms of a nisba adjective from its masculine singular (أمريكي, search form):
    feminine, plurals and the adverbial accusative; ال and clitics come from the matcher."""
    if not base.endswith("ي"):
        return {base}
    return {base + ending for ending in NISBA_ENDINGS}


def _joined_variants(form: str) -> set[str]:
    """Name parts written together or apart: أبو بكر / أبوبكر, عبد الرحمن / عبدالرحمن."""
    out: set[str] = set()
    for head in JOINED:
        if head not in form:  # every variant below needs the head word
            continue
        if f"{head} " in f" {form}":
            out.add(f" {form}".replace(f" {head} ", f" {head}").strip())
        words = form.split(" ")
        for i, word in enumerate(words):
            if word.startswith(head) and len(word) > len(head) + 2:
                out.add(" ".join(words[:i] + [head, word[len(head):]] + words[i + 1:]))
    return out - {form}

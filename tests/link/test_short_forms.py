"""The str.find search for short forms finds what the regular expression it replaced found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.link.entities import SHORT_PROCLITICS, _short_form_hits

LETTERS = "وبفلاسمحدير"
word = st.text(alphabet=LETTERS, min_size=1, max_size=5)


def by_regex(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    names = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{SHORT_PROCLITICS})?({names})(?!\w)")
    return [(m.start(1), m.end(1), m.group(1)) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(word, min_size=1, max_size=30), st.lists(st.sampled_from(" ،.\n"), min_size=30, max_size=30),
       st.lists(word | st.tuples(word, word).map(" ".join), min_size=1, max_size=5, unique=True))
def test_same_hits_as_the_regular_expression(words: list[str], gaps: list[str], forms: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    assert _short_form_hits(text, forms) == by_regex(text, forms)


def test_proclitics_and_word_boundaries() -> None:
    text = "قال بومبيو ثم وبومبيو، لكن بومبيوس لا، ولبومبيو نعم"
    assert [text[s:e] for s, e, _ in _short_form_hits(text, ["بومبيو"])] == ["بومبيو"] * 3  # و and ول are proclitics; بومبيوس is another word
    assert _short_form_hits(text, ["بومبيو"]) == by_regex(text, ["بومبيو"])

"""Names the sentence's shape marks: between commas after a title, or after a reporting
verb and before a title (texts written for these tests)."""

import pytest

from rasd.link.unknown import appositive_names
from rasd.text.normalize import search_form
from rasd.text.tokenize import tokenize


def spans(sentence: str) -> list[str]:
    tokens = tokenize(sentence)
    words = [search_form(t.text) if t.kind == "word" else t.text for t in tokens]
    found = appositive_names(words, [t.kind for t in tokens], [0] * len(tokens))
    return [" ".join(t.text for t in tokens[first:end]) for first, end in found]


def test_name_between_commas_after_a_title() -> None:
    assert spans("أكد وزير الزراعة في الحكومة المحلية، سالم عبيد قادر، أن المحصول وفير.") == ["سالم عبيد قادر"]


def test_name_after_a_reporting_verb_and_before_its_title() -> None:
    assert spans("قال نهار الغيث أمين عام الجمعية الخيرية إن التبرعات زادت.") == ["نهار الغيث"]


@pytest.mark.parametrize("sentence", [
    "وصل الوفد، صباح اليوم، إلى المدينة.",  # no title before the commas
    "قال إن وزير الخارجية سيزور المنطقة.",  # a function word, not a name, after the verb
    "أكد رئيس الوزراء، في مؤتمر صحفي عقده أمس، أن الحكومة باقية.",  # too many words between commas
])
def test_no_name_without_the_shape(sentence: str) -> None:
    assert spans(sentence) == []

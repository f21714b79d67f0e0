"""Long one-word state names get long-vowel spelling variants; towns do not (their variants
are other names and words)."""

from rasd.kb.base import default
from rasd.text.normalize import search_form


def test_a_long_state_name_written_without_its_long_vowel() -> None:
    kb = default()
    assert [s.entry_id for s in kb.surfaces[search_form("بنغلادش")]] == ["bgd"]


def test_town_names_get_no_long_vowel_variants() -> None:
    kb = default()
    assert all(kb.entries[s.entry_id].type != "GPE" or kb.entries[s.entry_id].actor_code
               for s in kb.surfaces.get(search_form("النصرة"), []))
    assert search_form("بسعادة") not in kb.surfaces


def test_broken_plurals_of_country_adjectives_name_the_country() -> None:
    kb = default()
    for word, state in (("الأتراك", "tur"), ("روس", "rus"), ("الألمان", "deu"), ("الأفغان", "afg")):
        assert kb.adjectives(search_form(word)) == [state], word

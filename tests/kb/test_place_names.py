"""The English-name rule of the places build (kb/build/place_names.py) on tiny inputs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "kb" / "build"))
from place_names import english_name, fold, load_curated  # noqa: E402


def test_romanization_marks_go() -> None:
    assert fold("Al Ḩudaydah") == "Al Hudaydah"
    assert fold("‘Ajlūn") == "Ajlun"
    assert fold("Marsá Maţrūḩ") == "Marsa Matruh"


def test_an_ascii_alternate_name_with_the_same_letters_is_preferred() -> None:
    alternates = ["Zanjibar", "ZINJIBAR", "Zinjibār", "Zin-jibar", "Zinjibar", "زنجبار"]
    assert english_name("Zinjibār", alternates, "YE") == "Zinjibar"
    assert english_name("Al ‘Amārah", ["Al `Amarah", "Amara"], "IQ") == "Al Amarah"


def test_without_an_alternate_the_marks_are_dropped() -> None:
    assert english_name("Şafwá", ["صفوى"], "SA") == "Safwa"


def test_plain_ascii_names_and_latin_alphabet_countries_keep_their_name() -> None:
    assert english_name("Ma'rib", ["Marib"], "YE") == "Ma'rib"
    assert english_name("Şırnak", ["Sirnak"], "TR") == "Şırnak"
    assert english_name("Córdoba", ["Cordoba"], "AR") == "Córdoba"


def test_french_spellings_keep_their_accents() -> None:
    assert english_name("Sétif", ["Setif"], "DZ") == "Sétif"
    assert english_name("Ar Rifā‘", [], "BH") == "Ar Rifa'"
    assert english_name("Sīdī Bū Zayd", [], "TN") == "Sidi Bu Zayd"


def test_curated_titles_by_geonames_id(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text("- {geonameid: 79415, en: Hodeidah, aka: [الحديده]}\n"
                    "- {geonameid: 104515, en: Mecca, ar: مكة المكرمة}\n", "utf-8")
    titles = load_curated(path)
    assert titles["79415"] == {"en": "Hodeidah", "ar": [], "aka": ["الحديده"]}
    assert titles["104515"]["ar"] == ["مكة المكرمة"]
    path.write_text("- {geonameid: 1, en: A}\n- {geonameid: 1, en: B}\n", "utf-8")
    with pytest.raises(ValueError, match="listed twice"):
        load_curated(path)

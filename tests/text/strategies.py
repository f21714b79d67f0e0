"""Hypothesis strategies shared by the text tests: Arabic-heavy and arbitrary Unicode."""

from __future__ import annotations

from hypothesis import strategies as st

# Letters, hamza/alef variants, marks, tatweel, controls, digits, presentation forms
# (some expanding: ﻻ ﷺ, some vanishing: ﹰ), punctuation, and whitespace of all kinds.
ARABIC_ALPHABET = (
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإٱىئؤةکیۀ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "\u200b\u200c\u200d\u200e\u200f\u202b\u2067\ufeff\u061c"
    "٠١٢٣٤٥٦٧٨٩۰۴۹0123456789٫٬.,"
    "ﻻﷺﹰﺑﻼﷲﺍ"
    '،؛؟«»“”"!?:()-%٪'
    " \n\t\r\xa0\u2003\u3000"
    "AbZİé"
)

arabic_text = st.text(alphabet=st.sampled_from(ARABIC_ALPHABET), max_size=60)
any_text = st.text(max_size=60)
mixed_text = st.one_of(
    arabic_text, any_text, st.lists(st.one_of(arabic_text, any_text), max_size=4).map("".join)
)

ARABIC_LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىئؤة"
arabic_word = st.text(
    alphabet=st.sampled_from(ARABIC_LETTERS + "\u064e\u0651\u0640"), min_size=1, max_size=12
)

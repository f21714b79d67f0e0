"""The page's two languages: Arabic first (right to left), English by a toggle.

Every string the interface prints lives in `data/messages.json`, by group (`ui`, `root`,
`plover`, `modality`, ...) and key, with an `ar` and an `en` text; templates ask a
`Messages` object for them, so no interface text is spread across templates or routes.
A key the catalog lacks prints as itself (a new CAMEO root or relation still shows, in its
code), and a test checks that every key a template uses is in the catalog.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

LANGUAGES = ("ar", "en")
DEFAULT = "ar"
COOKIE = "lang"

Catalog = dict[str, dict[str, dict[str, str]]]


@functools.cache
def catalog() -> Catalog:
    """The message catalog, read once per process from the package data."""
    text = resources.files("rasd.web").joinpath("data/messages.json").read_text(encoding="utf-8")
    data: Catalog = json.loads(text)
    return data


def choose(query: str | None, cookie: str | None) -> str:
    """The language of a request: `?lang=` first, then the cookie, then Arabic."""
    for value in (query, cookie):
        if value in LANGUAGES:
            return value
    return DEFAULT


@dataclass(frozen=True, slots=True)
class Messages:
    """The catalog seen in one language; `t("key")` for interface text, `label(group, key)`
    for the name of a code (a CAMEO root, a PLOVER type, a modality, an entity type)."""

    lang: str

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def other(self) -> str:
        return "en" if self.lang == "ar" else "ar"

    def t(self, key: str, **values: Any) -> str:
        text = self.label("ui", key)
        return text.format(**values) if values else text

    def label(self, group: str, key: str | None) -> str:
        if key is None:
            return ""
        entry = catalog().get(group, {}).get(key)
        return entry[self.lang] if entry else key

    def name(self, name_ar: str | None, name_en: str | None) -> str:
        """An actor's name in the page's language, else in the other one."""
        first, second = (name_ar, name_en) if self.lang == "ar" else (name_en, name_ar)
        return first or second or ""

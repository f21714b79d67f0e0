"""The knowledge base in memory: entries by id and every surface form (search form) that
names them, with spelling variants generated at load time.

Loaded once per process (`default()`); worker processes load their own. A user file
(YAML or JSONL, `$RASD_KB_USER`, default `~/.config/rasd/kb.yaml`) extends the packaged data.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from rasd.errors import RasdError
from rasd.kb.entry import TYPES, Entry
from rasd.kb.variants import name_variants, nisba_forms
from rasd.text.normalize import search_form
from rasd.text.wordstats import name_words, ordinary, word_classes

# Which entry wins a surface form several entries share ("الكويت": the state before the city).
PRIORITY = {"countries": 30, "actors": 20, "user": 40, "places": 10}


class KBError(RasdError):
    code = "E500"


@dataclass(slots=True, frozen=True)
class Surface:
    """What one search-form key points to."""

    entry_id: str
    kind: str  # name | alias | adjective | capital | ambiguous
    priority: int


class KnowledgeBase:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.surfaces: dict[str, list[Surface]] = {}
        self.ambiguous: set[str] = set()
        self.capitals: dict[str, list[str]] = {}  # state id -> its capitals' Arabic names
        self._ends: dict[tuple[str, str], set[str]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: Entry, *, priority: int = 20, extra: dict[str, Any] | None = None) -> None:
        """Add (or replace) an entry and index its surface forms."""
        if entry.type not in TYPES:
            raise KBError(f"entry {entry.id!r}: type {entry.type!r} is not one of {', '.join(TYPES)}")
        self.entries[entry.id] = entry
        self._ends = None
        extra = extra or {}
        kind = "ambiguous" if extra.get("ambiguous") else "name"
        # Spelling variants of single words collide with ordinary words ("كانيت" -> "كانت"): a
        # one-word name gets them only when it is a person's; longer names always do.
        person = entry.type == "PER"
        for form in [entry.name_ar, *entry.aliases]:
            if person and form != entry.name_ar and _surname_alone(form) and not _foreign_leader(form, entry):
                continue  # "المالكي", "صالح" alone are many people: found after the full name instead
            self._index(form, entry.id, kind if form == entry.name_ar else _alias_kind(kind), priority, person,
                        state=entry.type == "GPE" and len(entry.actor_code or "") == 3)
        for base in entry.adjectives:
            for key in name_variants(search_form(base), foreign=False):
                for inflected in nisba_forms(key):
                    self._put(inflected, Surface(entry.id, "adjective", priority))
        for capital in extra.get("capitals") or []:
            self._index(capital, entry.id, "capital", priority, True)
        if extra.get("capitals"):
            self.capitals[entry.id] = list(extra["capitals"])

    def _index(self, form: str, entry_id: str, kind: str, priority: int, person: bool, state: bool = False) -> None:
        key = search_form(form)
        if len(key.replace(" ", "")) < 2:
            return
        # a one-word name gets long-vowel variants only when it is a state's long name (بنغلاديش /
        # بنغلادش): a town's collide with other names and words (الناصرة / النصرة، بوسعادة / بسعادة)
        foreign = _long_enough(key) and (person or " " in key or state and len(key) >= LONG_NAME)
        for variant in name_variants(key, foreign=foreign):
            if variant != key and _another_word(variant, key):
                continue
            self._put(variant, Surface(entry_id, kind if variant == key else f"{kind}-variant", priority))

    def _put(self, key: str, surface: Surface) -> None:
        current = self.surfaces.get(key)
        if current is None:  # most keys name one entry: no search, no sort
            self.surfaces[key] = [surface]
            return
        adjective = surface.kind.startswith("adjective")
        # one surface per entry, but an adjective keeps its own: تركية is Turkey's alias and
        # the feminine of تركي, and only the adjective may take ال (التركية)
        if all(s.entry_id != surface.entry_id or s.kind.startswith("adjective") != adjective for s in current):
            current.append(surface)
            current.sort(key=lambda s: (-s.priority, s.kind.endswith("variant")))

    def person_by_ends(self, first: str, last: str) -> str | None:
        """The one person whose name begins with `first` and ends with `last` (search forms):
        "عبدالله بن يحيى المعلمي" is عبدالله المعلمي."""
        if self._ends is None:
            self._ends = {}
            for entry in self.entries.values():
                if entry.type == "PER":
                    for form in (entry.name_ar, *entry.aliases):
                        words = search_form(form).split()
                        if len(words) >= 2:
                            self._ends.setdefault((compound_first(words), words[-1]), set()).add(entry.id)
        ids = self._ends.get((first, last), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def adjectives(self, key: str) -> list[str]:
        """Ids of the entries whose adjective `key` is (search form, with or without ال):
        "التركيه" -> ["tur"], even where the same spelling is also an alias (تركية)."""
        bare = key[2:] if key.startswith("ال") else key
        return [s.entry_id for s in self.surfaces.get(bare, []) if s.kind.startswith("adjective")]

    def best(self, key: str) -> Surface | None:
        candidates = self.surfaces.get(key)
        return candidates[0] if candidates else None

    def places_named(self, name: str) -> list[Entry]:
        """The places a name stands for, those with their own coordinates (the town) before the
        others (the state a capital's name also stands for)."""
        places = [e for e in self.lookup(name) if e.type in ("GPE", "LOC", "FAC")]
        return sorted(places, key=lambda e: e.lat is None)

    def lookup(self, name: str) -> list[Entry]:
        """Entries a name (any spelling, with or without ال) refers to, best first."""
        key = search_form(name)
        keys = [key, key[2:]] if key.startswith("ال") else [key, "ال" + key]
        seen: dict[str, Entry] = {}
        for candidate in keys:
            for surface in self.surfaces.get(candidate, []):
                seen.setdefault(surface.entry_id, self.entries[surface.entry_id])
        return list(seen.values())


def _surname_alone(form: str) -> bool:
    """A one-word alias of a person that is also a word or a name many others bear: a given
    name (صالح، هادي، شكري), a surname that is a word (الأسد "the lion", المعلم "the teacher")
    or one of the commonest surnames (المالكي، الحريري). It only refers back to the full name.
    Rarer surnames (السيسي، القذافي) and foreign ones (بوتين، نتنياهو) stand alone."""
    key = search_form(form)
    if " " in key:
        return False
    if key in word_classes()[1] or ordinary(key):
        return True
    stats = name_words().get(key)
    if stats is None or not key.startswith("ال"):
        return False
    return (stats.plain >= 5 and stats.plain >= 0.25 * stats.total) or stats.first + stats.inner >= 30


# States whose office holders' surnames are Arabic (or Persian) words and given names: "شكري"
# and "عون" alone are not Sameh Shoukry and Michel Aoun.
ARABIC_NAMED_STATES = frozenset(
    "SAU ARE QAT KWT BHR OMN YEM IRQ SYR LBN JOR PSE EGY SDN LBY TUN DZA MAR MRT SOM DJI COM IRN".split())


def _foreign_leader(form: str, entry: Entry) -> bool:
    """A one-word alias of an office holder of a state outside the Arab world and Iran that the
    corpora never show opening a name ("أوباما", "ميركل", "أردوغان"): it stands alone, though
    Wikidata counts it among given names (Malia Obama is an Obama too)."""
    codes = [o.code[:3] for o in entry.offices if o.code]
    if not codes or any(code in ARABIC_NAMED_STATES for code in codes):
        return False
    key = search_form(form)
    stats = name_words().get(key)
    return not ordinary(key) and (stats is None or stats.first == 0)


def _another_word(variant: str, key: str) -> bool:
    """A spelling variant that makes a word of the name another word or another given name
    (البشير -> البشر "humans", أبو عمار -> أبو عمر): it would match what is not the name."""
    new, old = variant.split(" "), key.split(" ")
    if len(new) == 1:
        return ordinary(variant)
    if len(new) != len(old):
        return False
    _, given, _ = word_classes()
    for n, o in zip(new, old, strict=True):
        if n == o or sorted(n) == sorted(o):  # أمريكية / أميركية: letters swapped, not lost
            continue
        if n in given or (ordinary(n) and not ordinary(o)):
            return True
    return False


def _alias_kind(kind: str) -> str:
    return "ambiguous" if kind == "ambiguous" else "alias"


LONG_NAME = 7  # letters from which a state's one-word name gets long-vowel variants


def _long_enough(key: str) -> bool:
    return len(key) >= 5


COMPOUND_HEADS = frozenset({"عبد", "ابو", "أبو"})


def compound_first(words: list[str]) -> str:
    """A name's first name in search form, a compound written apart taken whole: "عبد
    العزيز الشمري" begins with عبدالعزيز, not with عبد (which "عبد الأمير الشمري" shares)."""
    if len(words) > 2 and words[0] in COMPOUND_HEADS:
        return words[0] + words[1]
    return words[0]


@cache
def iso_alpha3() -> dict[str, str]:
    """ISO 3166 alpha-2 -> alpha-3 (data/iso_codes.tsv): GeoNames places carry the former."""
    text = files("rasd.kb").joinpath("data", "iso_codes.tsv").read_text("utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {a2: a3 for a2, a3 in pairs}


@cache
def state_codes() -> frozenset[str]:
    """The alpha-3 codes of states, ISO 3166 and the ones news treats as states beside it:
    what the first three letters of a state actor's code are."""
    return frozenset(iso_alpha3().values()) | {"PSE", "XKX", "ESH", "TWN"}


# the sectors of an actor code (its letters 4-6) that are the state itself: a ministry, an army,
# the police, a court, an intelligence service, a parliament
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


@cache
def broken_plural_demonyms() -> frozenset[str]:
    """Search forms of the country adjectives written as broken plurals (أتراك، روس، الألمان):
    the adjective bases of the packaged countries that are no nisba, so they name people."""
    path = Path(str(files("rasd.kb").joinpath("data", "countries.jsonl")))
    return frozenset(search_form(base) for row in _read_rows(path) for base in row.get("adjectives", [])
                     if not search_form(base).endswith("ي"))


def _country_code(entry: Entry) -> Entry:
    """Every entry's country in alpha-3, whatever its source wrote."""
    if entry.country and len(entry.country) == 2:
        entry.country = iso_alpha3().get(entry.country, entry.country)
    return entry


def load(paths: Iterable[Path] | None = None, user_file: Path | None = None) -> KnowledgeBase:
    """The packaged data (or `paths`), then the user's own file when it exists."""
    kb = KnowledgeBase()
    for path in paths if paths is not None else packaged_files():
        for row in _read_rows(path):
            kb.add(_country_code(Entry.from_dict(row)), priority=PRIORITY.get(path.stem, 20), extra=row)
    user_file = user_file if user_file is not None else user_path()
    if user_file.exists():
        for row in _read_rows(user_file):
            kb.add(Entry.from_dict(row), priority=PRIORITY["user"], extra=row)
    return kb


@cache
def default() -> KnowledgeBase:
    """The process-wide knowledge base, loaded on first use."""
    return load()


def packaged_files() -> list[Path]:
    folder = Path(str(files("rasd.kb").joinpath("data")))
    return sorted(folder.glob("*.jsonl"))


def user_path() -> Path:
    configured = os.environ.get("RASD_KB_USER")
    if configured:
        return Path(configured)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "rasd" / "kb.yaml"


def _read_rows(path: Path) -> Iterator[dict[str, Any]]:
    try:
        text = path.read_text("utf-8")
    except OSError as err:
        raise KBError(f"cannot read knowledge-base file: {err.strerror}", path=str(path)) from err
    if path.suffix in (".yaml", ".yml"):
        yield from _yaml_rows(text, path)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise KBError(f"invalid JSON ({err.msg})", path=str(path), locator=f"line {number}") from err


def _yaml_rows(text: str, path: Path) -> Iterator[dict[str, Any]]:
    import yaml

    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as err:
        raise KBError(f"invalid YAML ({err})", path=str(path)) from err
    rows = data.get("entries", []) if isinstance(data, dict) else data
    for row in rows:
        if not isinstance(row, dict) or not {"id", "type", "name_ar", "name_en"} <= row.keys():
            raise KBError("every entry needs id, type, name_ar and name_en", path=str(path))
        yield row

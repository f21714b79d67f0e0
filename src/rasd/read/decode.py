"""Bytes to text for Arabic web content, never mis-decoded silently.

Arabic pages still come in Windows-1256 and ISO-8859-6, often undeclared or wrongly
declared, and both legacy code pages decode almost any byte string without error. So a
clean decode proves nothing: each candidate decoding is scored by how much it reads like
Arabic (frequent function words and the article ال) and the best plausible one wins.
When nothing reads as text, the input is rejected with the byte offset of the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from rasd.errors import BinaryInput, DecodeError, EmptyInput

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
LEGACY_ARABIC = ("cp1256", "iso-8859-6")
ALIASES = {
    "windows-1256": "cp1256", "cp-1256": "cp1256", "x-cp1256": "cp1256", "arabic": "iso-8859-6",
    "iso8859-6": "iso-8859-6", "iso_8859-6": "iso-8859-6", "iso-8859-6-i": "iso-8859-6",
    "asmo-708": "iso-8859-6", "utf8": "utf-8",
}
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x7fELF", "an executable"), (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"), (b"SQLite format 3", "an SQLite database"),
)
DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
FUNCTION_WORDS = frozenset("في من على إلى الى أن ان عن مع التي الذي هذا هذه وقال قال كما بعد".split())
MIN_ARABIC_SCORE = 0.08


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, *, declared: str | None = None, path: str | None = None) -> Decoded:
    """Decode `data`; `declared` is a charset named by a container (HTTP header, feed)."""
    if not data.strip():
        raise EmptyInput("the input is empty", path=path)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _strict(data, codec, path)
    _refuse_binary(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _decode_legacy(data, declared or _declared_in(data), err, path)
    return Decoded(text, "utf-8")


def canonical_codec(name: str | None) -> str | None:
    """Python's codec name for a charset label, or None when it is unknown."""
    if not name:
        return None
    label = name.strip().lower()
    label = ALIASES.get(label, label)
    import codecs

    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str, path: str | None) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec.removesuffix("-sig"))
    except UnicodeDecodeError as err:
        raise DecodeError(
            f"starts with a {codec} byte-order mark but byte {err.start} is not valid {codec}", path=path
        ) from err


def _refuse_binary(data: bytes, path: str | None) -> None:
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"this is {what}, not an article", path=path)
    head = data[:4096]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"binary content (NUL byte at offset {nul}) and no UTF-16 byte-order mark", path=path)
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls > max(8, len(head) // 50):
        raise BinaryInput("binary content (control bytes), not text", path=path)


def _declared_in(data: bytes) -> str | None:
    """A charset declared inside the document itself (HTML meta, XML declaration)."""
    match = DECLARED.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _decode_legacy(data: bytes, declared: str | None, err: UnicodeDecodeError, path: str | None) -> Decoded:
    candidates = _candidates(data, canonical_codec(declared))
    scored = [(arabic_score(text) + (0.02 if codec == canonical_codec(declared) else 0), codec, text)
              for codec, text in candidates]
    scored.sort(key=lambda item: item[0], reverse=True)
    if scored and scored[0][0] >= MIN_ARABIC_SCORE:
        return Decoded(scored[0][2], scored[0][1])
    short = _by_letters(candidates)  # too short for word statistics (a headline): letters decide
    if short is not None:
        return short
    fallback = _charset_normalizer_guess(data)
    if fallback is not None:
        return fallback
    raise DecodeError(
        f"not valid UTF-8 (bad byte 0x{data[err.start]:02x} at offset {err.start}) and it does not read as "
        "Windows-1256 or ISO-8859-6 Arabic either; re-save it as UTF-8 or give its encoding",
        path=path,
    )


def _candidates(data: bytes, declared: str | None) -> list[tuple[str, str]]:
    codecs = [c for c in (declared, *LEGACY_ARABIC) if c]
    out: list[tuple[str, str]] = []
    for codec in dict.fromkeys(codecs):
        try:
            out.append((codec, data.decode(codec)))
        except (UnicodeDecodeError, LookupError):
            continue
    return out


def _by_letters(candidates: list[tuple[str, str]]) -> Decoded | None:
    """The decoding whose non-ASCII characters are all Arabic letters, marks or punctuation:
    a wrong Arabic code page turns some of them into accented Latin letters or symbols."""
    best = max(((_arabic_share(text), codec, text) for codec, text in candidates), default=None)
    if best is None or best[0] < 0.98:
        return None
    return Decoded(best[2], best[1])


def _arabic_share(text: str) -> float:
    wide = [ch for ch in text if ord(ch) > 127 and not ch.isspace()]
    letters = sum(1 for ch in text if ch.isalpha())
    if len(wide) < 2 or len(ARABIC_LETTER.findall(text)) < letters / 2:
        return 0.0  # mostly Latin text with a few high bytes: not an Arabic page
    return sum(1 for ch in wide if "\u060c" <= ch <= "\u0670" or ch in "«»“”…–—") / len(wide)


def arabic_score(text: str) -> float:
    """How much `text` reads like Arabic: share of words that are frequent function words
    or carry the article ال. A wrong Arabic code page scrambles both signals."""
    words = [w for w in text.split() if ARABIC_LETTER.search(w)]
    if not words:
        return 0.0
    hits = sum(1 for w in words if w in FUNCTION_WORDS or w.startswith(("ال", "وال", "بال", "لل")))
    return hits / max(len(text.split()), 1)


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    """Non-Arabic text (a Latin-1 English page, say): trust charset-normalizer when it is sure."""
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.1 or best.encoding in LEGACY_ARABIC:
        return None
    text = str(best)
    visible = [ch for ch in text if not ch.isspace()]
    if sum(1 for ch in visible if ord(ch) < 128) < 0.7 * len(visible):
        return None  # mostly non-ASCII that no Arabic code page reads well: a guess would be mojibake
    return Decoded(text, best.encoding)

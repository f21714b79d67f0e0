"""Input files cut into parts: the unit of work, of output and of resuming.

A part is up to `size` consecutive items (articles or rejects) of one input file, numbered in
reading order. Its id depends only on the file (path and size) and its number, so a run
started again after a kill cuts the same parts and can skip those already written: reading
is deterministic, and skipping a written part costs a read, not a pipeline pass.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import UsageError
from rasd.model import RawArticle, Reject
from rasd.read.files import STDIN, Walk, input_files, read_file
from rasd.settings import Settings

DEFAULT_SIZE = 500
_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")


@dataclass(slots=True)
class Part:
    """Items `number * size` and on of one input file."""

    id: str
    path: str
    number: int
    items: list[RawArticle | Reject] = field(default_factory=list)


def file_key(path: Path) -> str:
    """A name for the file that is safe in file names and changes when the file does."""
    resolved = path.resolve()
    size = resolved.stat().st_size if resolved.exists() else -1
    digest = hashlib.sha1(f"{resolved}\0{size}".encode()).hexdigest()[:10]
    stem = _UNSAFE.sub("_", path.name)[:40].strip("_") or "input"
    return f"{stem}-{digest}"


def expand(inputs: Iterable[str], walk: Walk) -> list[Path]:
    """Every input file, folders walked; stdin cannot be resumed, so a batch refuses it."""
    files: list[Path] = []
    for name in inputs:
        if name == STDIN:
            raise UsageError("rasd batch reads files, not stdin: a run must be able to read its input again to resume")
        files += input_files(Path(name), walk)
    return files


def cut(files: Iterable[Path], settings: Settings, size: int, done: Callable[[str], bool]) -> Iterator[Part]:
    """The parts of `files` in order, leaving out those for which `done(part_id)` is true
    (`done` is asked about every part, in order, so it can note the order too)."""
    for path in files:
        key = file_key(path)
        items = read_file(path, settings)
        for number in itertools.count():
            chunk = list(itertools.islice(items, size))
            if not chunk:
                break
            part_id = f"{key}-{number:06d}"
            if not done(part_id):
                yield Part(part_id, str(path), number, chunk)

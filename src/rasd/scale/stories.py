"""The whole-run pass of a batch: near-duplicates and stories from the parts' fingerprints.

Workers make each article's fingerprint where its text is; this pass reads them back, part by
part in input order as the parts finish, and links them as `rasd process` links a run
(rasd.stories.linker):
each article's canonical copy and story go to `OUT/stories.parquet`, and to the database when
the run loads one. It holds the fingerprints of the run (about 2 KB an article), never the
records, and runs again whole when a resumed run finishes, with the same result.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.model import Document
from rasd.scale.outputs import FINGERPRINTS, STORY_COLUMNS, Output, write_table
from rasd.stories.fingerprint import Fingerprint, restore
from rasd.stories.linker import StoryLinker

DB_CHUNK = 2_000  # story links written to the database per transaction


@dataclass(slots=True)
class Links:
    """Each linked article's canonical copy (or None) and story (or None), in input order."""

    ids: list[str] = field(default_factory=list)
    duplicate_of: list[str | None] = field(default_factory=list)
    story: list[str | None] = field(default_factory=list)
    prints: list[Fingerprint] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {"near_duplicates": sum(d is not None for d in self.duplicate_of),
                "stories": len({s for s in self.story if s}),
                "articles_in_stories": sum(s is not None for s in self.story)}


class RunLinker:
    """Links the parts of a run in input order while the run goes on: a part is linked as soon
    as it and every part before it are done, so on a busy machine linking shares the CPU with
    the workers instead of waiting for them. `close` links the rest and writes the table."""

    def __init__(self, output: Output, *, keep_prints: bool = False):
        self.output, self.keep_prints = output, keep_prints
        self.linker = StoryLinker()
        self.links = Links()
        self.order: list[str] = []
        self.ready: set[str] = set()
        self.linked = 0
        self.seconds = 0.0

    def expect(self, part_id: str) -> None:
        """The next part in input order (called as the input is cut)."""
        self.order.append(part_id)

    def done(self, part_id: str) -> None:
        self.ready.add(part_id)
        started = time.perf_counter()
        while self.linked < len(self.order) and self.order[self.linked] in self.ready:
            self._link(self.order[self.linked])
            self.linked += 1
        self.seconds += time.perf_counter() - started

    def close(self) -> Links:
        """Every part linked (in order), final stories resolved, OUT/stories.parquet written."""
        started = time.perf_counter()
        for part_id in self.order[self.linked:]:
            self._link(part_id)
        self.linked = len(self.order)
        links = self.links
        links.story = [self.linker.story_of(doc_id) for doc_id in links.ids]
        rows = [{"doc_id": d, "duplicate_of": c, "story": s}
                for d, c, s in zip(links.ids, links.duplicate_of, links.story, strict=True)]
        write_table(self.output.root / "stories.parquet", rows, STORY_COLUMNS)
        self.seconds += time.perf_counter() - started
        return links

    def _link(self, part_id: str) -> None:
        for fp in _fingerprints(self.output.root / FINGERPRINTS, part_id):
            carrier = Document(id=fp.doc_id, text="", published=fp.published)
            carrier.fingerprint = fp
            self.linker.link(carrier)
            self.links.ids.append(fp.doc_id)
            self.links.duplicate_of.append(carrier.duplicate_of)
            if self.keep_prints:
                self.links.prints.append(fp)


def store_links(db_url: str, links: Links) -> None:
    """Fingerprints, canonical copies and stories of the stored articles, a chunk at a time."""
    from rasd import store
    from rasd.scale.retry import with_retries
    from rasd.stories.stored import fingerprint_row

    with store.open(db_url) as db:
        for start in range(0, len(links.ids), DB_CHUNK):
            chunk = range(start, min(start + DB_CHUNK, len(links.ids)))
            rows = [fingerprint_row(links.prints[i]) for i in chunk]
            stories = {links.ids[i]: s for i in chunk if (s := links.story[i])}
            copies = {links.ids[i]: d for i in chunk if (d := links.duplicate_of[i])}
            with_retries(lambda: db.add_story_links(rows, stories, copies))  # noqa: B023  # called at once


def _fingerprints(folder: Path, part_id: str) -> Iterator[Fingerprint]:
    import pyarrow.parquet as pq

    path = folder / f"{part_id}.parquet"
    if not path.exists():  # a part written by a run without --stories
        return
    for row in pq.read_table(path).to_pylist():
        yield restore(row["doc_id"], row["published"], row["signature"], json.loads(row["features"]))

"""The whole-run pass of a batch: near-duplicates and stories from the parts' fingerprints.

Workers make each article's fingerprint where its text is; this pass reads them back, part by
part in input order, and links them as `rasd process` links a run (rasd.stories.linker):
each article's canonical copy and story go to `OUT/stories.parquet`, and to the database when
the run loads one. It holds the fingerprints of the run (about 2 KB an article), never the
records, and runs again whole when a resumed run finishes, with the same result.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.model import Document
from rasd.scale.outputs import FINGERPRINTS, Output, write_table
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


def link_run(output: Output, part_ids: list[str], *, keep_prints: bool = False) -> Links:
    """Link the fingerprints of `part_ids` in that order; write OUT/stories.parquet."""
    linker = StoryLinker()
    links = Links()
    for fp in _fingerprints(output.root / FINGERPRINTS, part_ids):
        carrier = Document(id=fp.doc_id, text="", published=fp.published)
        carrier.fingerprint = fp
        linker.link(carrier)
        links.ids.append(fp.doc_id)
        links.duplicate_of.append(carrier.duplicate_of)
        if keep_prints:
            links.prints.append(fp)
    links.story = [linker.story_of(doc_id) for doc_id in links.ids]
    write_table(output.root / "stories.parquet",
                {"doc_id": links.ids, "duplicate_of": links.duplicate_of, "story": links.story})
    return links


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


def _fingerprints(folder: Path, part_ids: list[str]) -> Iterator[Fingerprint]:
    import pyarrow.parquet as pq

    for part_id in part_ids:
        path = folder / f"{part_id}.parquet"
        if not path.exists():  # a part written by a run without --stories
            continue
        for row in pq.read_table(path).to_pylist():
            yield restore(row["doc_id"], row["published"], row["signature"], json.loads(row["features"]))

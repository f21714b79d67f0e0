"""Near-duplicates, then stories, over articles in the order they arrive.

`StoryLinker` is the whole-corpus pass that DESIGN.md puts after the per-article stages: it
needs to see the other articles, so it runs where all of a run's documents meet (the `rasd
process` and `rasd ingest` commands, a batch's merge step), never inside a worker. Articles
already stored are `remember`ed first with the assignments they have, then new ones `link`ed.

A near-duplicate points to its canonical copy (`duplicate_of`) and joins that copy's story
without being compared; the others are clustered on their features (rasd.stories.clusters).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from rasd.model import Document
from rasd.stories.clusters import StoryClusterer
from rasd.stories.duplicates import DuplicateFinder
from rasd.stories.fingerprint import Fingerprint, fingerprint


@dataclass(frozen=True, slots=True)
class Known:
    """A stored article as the linker needs it: its fingerprint and what was decided for it."""

    fingerprint: Fingerprint
    duplicate_of: str | None
    story: str | None


class StoryLinker:
    """Sets `duplicate_of` and `story` on each document it links."""

    def __init__(self, duplicates: DuplicateFinder | None = None, clusters: StoryClusterer | None = None):
        self.duplicates = duplicates or DuplicateFinder()
        self.clusters = clusters or StoryClusterer()
        self._known: dict[str, Known] = {}

    def remember(self, known: Known) -> None:
        """An article linked before (a stored one): compared with, never re-decided."""
        fp = known.fingerprint
        self._known[fp.doc_id] = known
        self.duplicates.remember(fp, known.duplicate_of)
        self.clusters.add(fp, story=known.story, join=known.duplicate_of)

    def link(self, doc: Document) -> Fingerprint:
        """Decide `doc.duplicate_of` and place `doc` in a story; returns its fingerprint.

        `doc.story` is what it is at this point; `story_of` gives the final answer once the
        run is done (a lone article gets a story when a later one joins it).
        """
        if doc.id in self._known:
            known = self._known[doc.id]
            doc.duplicate_of, doc.story = known.duplicate_of, self.story_of(doc.id)
            return known.fingerprint
        fp = doc.fingerprint if isinstance(doc.fingerprint, Fingerprint) else fingerprint(doc)
        original = self.duplicates.original_of(fp)
        doc.duplicate_of = original
        self.duplicates.remember(fp, original)
        doc.story = self.clusters.add(fp, join=original)
        return fp

    def story_of(self, doc_id: str) -> str | None:
        return self.clusters.story_of(doc_id)

    def new_stories_of_known(self) -> dict[str, str]:
        """Remembered articles that stood alone and are now in a story: id -> story id."""
        changed = {}
        for doc_id, known in self._known.items():
            story = self.story_of(doc_id)
            if story is not None and story != known.story:
                changed[doc_id] = story
        return changed


def link_documents(docs: list[Document], known: Iterable[Known] = ()) -> tuple[list[Fingerprint], dict[str, str]]:
    """Link `docs` (in order) against `known` articles; set their final `duplicate_of` and `story`.

    Returns the documents' fingerprints (in order) and the known articles whose story changed.
    """
    linker = StoryLinker()
    for item in known:
        linker.remember(item)
    fingerprints = [linker.link(doc) for doc in docs]
    for doc in docs:
        doc.story = linker.story_of(doc.id)
    return fingerprints, linker.new_stories_of_known()


def write_linked(docs: Iterable[Document], sink: IO[str]) -> int:
    """Link `docs` as they come and write their records (JSONL) to `sink`; returns how many.

    A record's story is only final once the run is over (a lone article gets one when a later
    article joins it), so records wait in a temporary file, not in memory, and get their story
    as they are copied to `sink`: what the run holds is the fingerprints, about 2 KB an article.
    """
    linker = StoryLinker()
    count = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for doc in docs:
            linker.link(doc)
            spool.write(doc.to_json() + "\n")
            count += 1
        spool.seek(0)
        for line in spool:
            record = json.loads(line)
            record["story"] = linker.story_of(record["id"])
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count

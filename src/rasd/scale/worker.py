"""The work of one process (a pool worker or a Ray actor): parts in, files and rows out.

It builds the pipeline, and with it the knowledge base and models, once, then runs part
after part. Each part is processed, loaded into the database when there is one, and only
then written to the output folder with its marker, so a finished marker means both are done.
"""

from __future__ import annotations

import logging
import resource
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.model import Document, Reject
from rasd.pipeline import Pipeline, default_stages
from rasd.scale.outputs import Output
from rasd.scale.parts import Part
from rasd.scale.retry import with_retries
from rasd.scale.stats import PartStats
from rasd.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from rasd.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """What every worker of a run is built with (sent once to each process or actor)."""

    out: str
    settings: Settings = DEFAULT
    db_url: str | None = None
    stories: bool = True  # make story fingerprints, compared after the run


class PartWorker:
    def __init__(self, config: WorkerConfig):
        # fingerprints are made here, where the text is; linking needs the whole run, after it
        stages = [(name, stage) for name, stage in default_stages(config.settings) if config.stories or name != "fingerprint"]
        self.pipeline = Pipeline(config.settings, stages)
        self.output = Output(config.out)
        self.db_url = config.db_url
        self._store: Store | None = None

    def run(self, part: Part) -> PartStats:
        started = time.perf_counter()
        docs: list[Document] = []
        rejects: list[Reject] = []
        for item in part.items:
            result = self.pipeline.run(item)
            if isinstance(result, Document):
                result.tokens, result.sentences = [], []  # working state, not output
                docs.append(result)
            else:
                rejects.append(result)
        stats = PartStats.of(part.id, part.path, part.number, docs, rejects)
        if self.db_url is not None:
            stats.loaded = self._load(part.id, docs, rejects)
        self.output.write_part(stats, docs, rejects)
        stats.seconds = round(time.perf_counter() - started, 3)
        stats.peak_rss_mb = peak_rss_mb()
        return stats

    def _load(self, part_id: str, docs: list[Document], rejects: list[Reject]) -> int:
        """Documents and rejects in the database, retried when the connection drops."""
        from rasd import store

        if self._store is None:
            assert self.db_url is not None
            self._store = store.open(self.db_url)
        db = self._store

        def retrying(attempt: int, err: BaseException) -> None:
            log.warning("part %s: database write failed (attempt %d), retrying: %s", part_id, attempt, err)

        added = with_retries(lambda: db.add(docs), on_retry=retrying)
        if rejects:
            with_retries(lambda: db.add_rejects(rejects), on_retry=retrying)
        return added.added


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)

"""The ordered stages and the ways to run them over one article or many.

A RawArticle is cleaned into a Document; each later stage is a `Document -> Document`
callable that adds to it. A failure in any stage rejects that one document with the
stage's name and the batch goes on. The pipeline knows nothing about who runs it: the
worker pool here (and a cluster executor later) just map `Pipeline.run` over inputs.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path

from rasd.clean import clean_article
from rasd.errors import InputError
from rasd.events import EventCoder
from rasd.link import EntityLinker
from rasd.model import Document, RawArticle, Reject
from rasd.quotes import QuoteExtractor
from rasd.read import Walk, read_inputs
from rasd.read.records import reject
from rasd.settings import DEFAULT, Settings
from rasd.stories.fingerprint import StoryFeatures
from rasd.text.annotate import TextAnnotator

Stage = Callable[[Document], Document]


def default_stages(settings: Settings = DEFAULT) -> list[tuple[str, Stage]]:
    return [("text", TextAnnotator()), ("entities", EntityLinker()), ("quotes", QuoteExtractor()),
            ("events", EventCoder(happenings=settings.happenings)), ("fingerprint", StoryFeatures())]


class Pipeline:
    """Clean, then run the named stages in order."""

    def __init__(self, settings: Settings = DEFAULT, stages: list[tuple[str, Stage]] | None = None):
        self.settings = settings
        self.stages = default_stages(settings) if stages is None else stages

    def __call__(self, raw: RawArticle) -> Document:
        doc = clean_article(raw, self.settings)
        for _name, stage in self.stages:
            doc = stage(doc)
        return doc

    def run(self, item: RawArticle | Reject) -> Document | Reject:
        """Never raises for a bad article: returns its Reject instead."""
        if isinstance(item, Reject):
            return item
        try:
            return self(item)
        except InputError as err:
            return reject(err, item.path, item.locator, _body_bytes(item), self.settings)
        except Exception as err:  # a stage bug must not sink the batch: report it with the stage
            reason = f"internal error while processing ({type(err).__name__}: {err})"
            return Reject(path=item.path, code="E200", reason=reason, locator=item.locator,
                          data=_body_bytes(item)[: self.settings.keep_reject_bytes])


def _body_bytes(item: RawArticle) -> bytes:
    """The body as the Reject keeps it; a lone surrogate (from a JSON "\\ud800" escape) is kept
    as its three bytes instead of making the reject itself fail."""
    return item.body.encode("utf-8", "surrogatepass")


@dataclass(slots=True)
class Batch:
    """What a run over many inputs produced, for summaries."""

    documents: int = 0
    rejects: list[Reject] = field(default_factory=list)
    walk: Walk = field(default_factory=Walk)


_worker_pipeline: Pipeline | None = None


def worker_context() -> BaseContext:
    """How worker processes start: from a fork server that has imported the pipeline and
    loaded the knowledge base once, so each worker shares it instead of loading its own."""
    if os.name != "posix":
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["rasd.pipeline", "rasd.warm"])
    return context


def _init_worker(settings: Settings) -> None:
    """Each worker builds its own pipeline (and later its own knowledge base) once."""
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings)


def _run_in_worker(items: list[RawArticle | Reject]) -> list[Document | Reject]:
    """Tokens are working state of the stages, not part of the record: they stay in the
    worker (pickling thousands of spans per article cost more than the processing)."""
    assert _worker_pipeline is not None
    results = [_worker_pipeline.run(item) for item in items]
    for result in results:
        if isinstance(result, Document):
            result.tokens = []
    return results


CHUNK = 16  # articles per task sent to a worker
IN_FLIGHT = 4  # tasks per worker queued or running: enough to keep it busy, little to hold


def process_many(paths: Iterable[str], *, workers: int = 1, settings: Settings = DEFAULT,
                 batch: Batch | None = None) -> Iterator[Document | Reject]:
    """Every article in `paths`, processed, in input order whatever the number of workers.

    With workers, at most IN_FLIGHT tasks per worker are out at a time, so a long input is
    read as it is processed, not ahead of it (the stdlib pool's `imap` reads it all ahead)."""
    batch = batch if batch is not None else Batch()
    items = read_inputs(paths, settings, batch.walk)
    if workers <= 1:
        results: Iterator[Document | Reject] = map(Pipeline(settings).run, items)
    else:
        results = _in_pool(items, workers, settings)
    for result in results:
        if isinstance(result, Reject):
            batch.rejects.append(result)
        else:
            batch.documents += 1
        yield result


def _in_pool(items: Iterator[RawArticle | Reject], workers: int, settings: Settings
             ) -> Iterator[Document | Reject]:
    """The results of `items` from a pool of `workers` processes, in input order."""
    pending: deque[Future[list[Document | Reject]]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=_init_worker, initargs=(settings,))
    try:
        while chunk := list(itertools.islice(items, CHUNK)):
            pending.append(pool.submit(_run_in_worker, chunk))
            if len(pending) >= workers * IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # also when the caller stops early: what is queued is dropped, not waited for
        pool.shutdown(wait=False, cancel_futures=True)


_default: Pipeline | None = None


def _is_file(value: str) -> bool:
    """Whether `value` names a file; a line of article text longer than a file name can be is not one."""
    try:
        return Path(value).is_file()
    except (OSError, ValueError):  # ENAMETOOLONG, or a NUL in the text
        return False


def process(text_or_path: str | os.PathLike[str], *, title: str | None = None) -> Document:
    """One article from text (as scraped, or HTML) or from a file path; raises InputError when
    it cannot be read or leaves no article. `rasd.process(text).to_json()` gives its record."""
    global _default
    _default = _default or Pipeline()
    value = str(text_or_path)
    if "\n" not in value and len(value) < 4096 and _is_file(value):
        results = [_default.run(item) for item in read_inputs([value])]
        docs = [r for r in results if isinstance(r, Document)]
        if not docs:
            failed = next(r for r in results if isinstance(r, Reject))
            raise InputError(failed.reason, path=failed.path, locator=failed.locator)
        return docs[0]
    kind = "html" if value.lstrip()[:1] == "<" else "text"
    return _default(RawArticle(body=value, kind=kind, title=title))

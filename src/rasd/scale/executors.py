"""Who runs the parts: this process, a local process pool, or Ray actors on a cluster.

All three take parts from a generator and hand back each part's counts as it finishes, with
a bounded number of parts in flight, so memory stays flat whatever the input size (stdlib's
`Pool.imap` reads its whole input ahead). The output is the same whichever runs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from rasd.errors import RasdError, UsageError
from rasd.pipeline import worker_context
from rasd.scale.parts import Part
from rasd.scale.stats import PartStats
from rasd.scale.worker import PartWorker, WorkerConfig

IN_FLIGHT_PER_WORKER = 2  # one part running, one waiting: workers never idle, memory bounded


class Executor(Protocol):
    name: str
    workers: int

    def map(self, parts: Iterator[Part]) -> Iterator[PartStats]: ...

    def close(self) -> None: ...


class InlineExecutor:
    """One worker in this process: no start-up cost, and tracebacks stay readable."""

    name = "inline"
    workers = 1

    def __init__(self, config: WorkerConfig):
        self.worker = PartWorker(config)

    def map(self, parts: Iterator[Part]) -> Iterator[PartStats]:
        return map(self.worker.run, parts)

    def close(self) -> None:
        pass


_worker: PartWorker | None = None


def _start_worker(config: WorkerConfig) -> None:
    global _worker
    _worker = PartWorker(config)


def _run_part(part: Part) -> PartStats:
    assert _worker is not None, "the pool initializer did not run"
    return _worker.run(part)


class LocalExecutor:
    """A pool of `workers` processes on this machine, each with its own pipeline."""

    name = "local"

    def __init__(self, config: WorkerConfig, workers: int):
        self.workers = workers
        self.pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=_start_worker,
                                        initargs=(config,))

    def map(self, parts: Iterator[Part]) -> Iterator[PartStats]:
        try:
            yield from self._map(parts)
        except BrokenProcessPool as err:
            raise RasdError("a worker process died (killed, or out of memory); the parts it had are "
                            "not marked done: run the same command again to go on") from err

    def _map(self, parts: Iterator[Part]) -> Iterator[PartStats]:
        pending: set[Future[PartStats]] = set()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for part in parts:
            pending.add(self.pool.submit(_run_part, part))
            if len(pending) >= limit:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in finished)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in finished)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class RayExecutor:
    """Plain Ray actors, one per worker, each loading the pipeline once in `__init__`.

    `address`: "local" starts a Ray instance on this machine with `workers` CPUs; "auto"
    joins the cluster this machine belongs to; anything else is a cluster address
    ("ray://head:10001"). The output folder must be one every node can write (a shared
    mount): actors write their parts there themselves.
    """

    name = "ray"

    def __init__(self, config: WorkerConfig, workers: int, address: str):
        try:
            import ray
        except ModuleNotFoundError as err:
            raise UsageError("--ray needs Ray: pip install 'rasd[ray]'") from err
        self.ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            try:
                if address == "local":
                    ray.init(num_cpus=workers or os.cpu_count(), include_dashboard=False, log_to_driver=False,
                             configure_logging=False)
                else:
                    ray.init(address=address, log_to_driver=False, configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as err:
                raise UsageError(f"cannot start or join Ray at {address!r}: {err}") from err
        self.workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(PartWorker)
        self.actors: list[Any] = [actor.remote(config) for _ in range(self.workers)]

    def map(self, parts: Iterator[Part]) -> Iterator[PartStats]:
        free = [actor for actor in self.actors for _ in range(IN_FLIGHT_PER_WORKER)]
        running: dict[Any, Any] = {}  # object ref -> the actor computing it
        for part in parts:
            if not free:
                yield from self._collect(running, free)
            actor = free.pop()
            running[actor.run.remote(part)] = actor
        while running:
            yield from self._collect(running, free)

    def _collect(self, running: dict[Any, Any], idle: list[Any]) -> Iterator[PartStats]:
        done, _ = self.ray.wait(list(running), num_returns=1)
        for ref in done:
            idle.append(running.pop(ref))
            try:
                yield self.ray.get(ref)
            except self.ray.exceptions.RayActorError as err:  # a node lost, an actor killed
                raise RasdError("a Ray actor died (node lost or out of memory); the parts it had are "
                                "not marked done: run the same command again to go on") from err

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        if self._started:
            self.ray.shutdown()


def make_executor(config: WorkerConfig, workers: int, ray_address: str | None) -> Executor:
    if ray_address is not None:
        return RayExecutor(config, workers, ray_address)
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        return InlineExecutor(config)
    return LocalExecutor(config, workers)

"""The Ray executor writes what the local pool writes (a local Ray instance of 2 CPUs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from rasd.scale import BatchOptions, run_batch
from tests.scale.articles import write_jsonl, write_parquet

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def rows(out: Path, name: str) -> list[str]:
    return sorted(map(repr, pq.read_table(out / name).to_pylist()))


def test_ray_actors_write_the_same_tables_as_the_pool(local_ray: None, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", range(0, 15))
    write_parquet(tmp_path / "b.parquet", range(15, 22))
    inputs = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.parquet")]
    by_ray = run_batch(inputs, tmp_path / "ray", BatchOptions(workers=2, ray="local", part_size=4)).report
    run_batch(inputs, tmp_path / "pool", BatchOptions(workers=1, part_size=4))
    assert by_ray["executor"] == "ray" and by_ray["articles"] == 22 and by_ray["workers"] == 2
    for name in ("documents", "entities", "mentions", "quotes", "events", "rejects"):
        assert rows(tmp_path / "ray", name) == rows(tmp_path / "pool", name), name

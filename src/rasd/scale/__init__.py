"""Batch runs over many files: parts, executors (local pool or Ray), Parquet output, resuming.

    from rasd.scale import BatchOptions, run_batch
    result = run_batch(["crawl/"], "out/", BatchOptions(workers=2))
    result.report["articles_per_second"]
"""

from rasd.scale.run import BatchOptions, BatchResult, run_batch

__all__ = ["BatchOptions", "BatchResult", "run_batch"]

"""Process pools for the pipelines: forked workers with one BLAS thread each.

numpy hands even small matrix products ((3, 9) @ (9, 100,000) in the CRS fit, (n, 3) @ (3, 3)
in the tile encoders) to OpenBLAS, whose threads then spin waiting for more work. With one
process per core those threads only steal the other worker's core: on the 10.65 M-point Autzen
survey they cost 5 of 13 CPU seconds. The pool already uses every core, so BLAS gets one thread,
in the workers and in the main process alike.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from threadpoolctl import threadpool_limits


def default_workers() -> int:
    """One worker per core, at most two (the machines twin targets; more rarely pays)."""
    return min(2, os.cpu_count() or 1)


def _one_blas_thread() -> None:
    threadpool_limits(1)


@contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """A fork pool of `workers` processes, or None for one (run in this process then).

    fork: the workers inherit the imported libraries instead of importing them again. Pending
    tasks are cancelled if the caller fails, so a bad input stops the job at once.
    """
    with threadpool_limits(1):
        if workers <= 1:
            yield None
            return
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"), initializer=_one_blas_thread
        )
        try:
            yield pool
        finally:
            pool.shutdown(cancel_futures=True)

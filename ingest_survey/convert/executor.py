"""One executor for every pipeline's tasks: inline, a local process pool, or Dask distributed.

Pipelines cut their work into module-level task functions that take and return small picklable
values (file references under the data folder, never an open handle or a large array) and hand
them to `TaskExecutor.map`. The local pool forks, so workers inherit the imported libraries;
Dask runs the same tasks on workers of a cluster that mount the same shared storage (see
`twin.storage`). Results come back in task order, whatever order the workers finish in, so a
tileset is byte for byte the same on every executor.

numpy hands even small matrix products to OpenBLAS, whose threads spin between calls and steal
the other worker's core (5 of 13 CPU seconds on the 10.65 M-point Autzen survey): every worker
gets one BLAS thread. Dask's nanny already starts its workers with OPENBLAS_NUM_THREADS=1.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, Protocol, TypeVar

from threadpoolctl import threadpool_limits

from ingest_survey.errors import WorkerLostError

T = TypeVar("T")
R = TypeVar("R")

# A task whose worker dies (killed, out of memory) is run again on another worker this many
# times before the job fails; tasks write only files named after themselves, so a rerun
# overwrites what the dead worker left.
DASK_RETRIES = 2


class TaskExecutor(Protocol):
    """Runs picklable tasks; `map` yields results in task order."""

    @property
    def workers(self) -> int:
        """How many tasks run at once (pipelines size their tasks by it)."""
        ...

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        """``fn(task)`` for every task, yielded in task order as they complete."""
        ...


def _window(workers: int) -> int:
    # Tasks in flight at once: enough that no worker waits on the one result yielded next,
    # few enough that 10^5-10^6 tasks of a city-scale job never sit in memory (or in the
    # scheduler) at once.
    return max(64, 16 * workers)


def _windowed(submit: Callable[[T], Any], tasks: Sequence[T], window: int) -> Iterator[Any]:
    """Submit tasks keeping at most ``window`` in flight; yield their results in task order.

    Futures still pending when the caller stops early (an error, a closed generator) are
    cancelled.
    """
    pending: deque[Any] = deque()
    queued = iter(tasks)
    try:
        for task in queued:
            pending.append(submit(task))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def default_workers() -> int:
    """One worker per core, at most two (the machines twin targets; more rarely pays)."""
    return min(2, os.cpu_count() or 1)


class InlineExecutor:
    """Runs tasks one after the other in this process."""

    workers = 1

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        """Each task in turn."""
        with threadpool_limits(1):
            yield from map(fn, tasks)


def _one_blas_thread() -> None:
    threadpool_limits(1)


class ProcessExecutor:
    """A fork pool of local processes with one BLAS thread each."""

    def __init__(self, workers: int) -> None:
        """Start ``workers`` processes."""
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"), initializer=_one_blas_thread
        )

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        """Submit every task, then yield results in order; pending tasks are cancelled if the
        caller stops early (a bad input stops the job at once)."""
        if len(tasks) <= 1:  # not worth a round trip through the pool
            yield from InlineExecutor().map(fn, tasks)
            return
        try:
            yield from _windowed(
                lambda task: self._pool.submit(fn, task), tasks, _window(self.workers)
            )
        except BrokenProcessPool as exc:
            # A local pool cannot rerun the task elsewhere: stop the job, say why.
            raise WorkerLostError(
                f"a worker process died while running {getattr(fn, '__name__', 'a task')} "
                "(killed, or out of memory); the job was stopped and nothing was published"
            ) from exc

    def close(self) -> None:
        """Stop the workers."""
        self._pool.shutdown(cancel_futures=True)


class DaskExecutor:
    """Tasks on a Dask distributed cluster (``distributed.Client(address)``)."""

    def __init__(self, client: Any) -> None:
        """Use a connected ``distributed.Client``."""
        self._client = client

    @property
    def workers(self) -> int:
        """The cluster's threads, at least one."""
        info = self._client.scheduler_info(n_workers=-1)["workers"]
        return max(1, sum(int(w.get("nthreads", 1)) for w in info.values()))

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        """Submit every task (not pure: a rerun must run again), yield results in order."""
        if not tasks:
            return

        def submit(task: T) -> Any:
            return self._client.submit(fn, task, pure=False, retries=DASK_RETRIES)

        yield from _windowed(submit, tasks, _window(self.workers))


@contextmanager
def _process(workers: int) -> Iterator[TaskExecutor]:
    if workers <= 1:
        yield InlineExecutor()
        return
    pool = ProcessExecutor(workers)
    try:
        with threadpool_limits(1):
            yield pool
    finally:
        pool.close()


@contextmanager
def _dask(address: str) -> Iterator[TaskExecutor]:
    from distributed import Client

    with Client(address, set_as_default=False) as client, threadpool_limits(1):
        yield DaskExecutor(client)


def open_executor(
    scheduler: str | None = None, workers: int | None = None
) -> AbstractContextManager[TaskExecutor]:
    """The executor for a job: Dask when ``scheduler`` names a scheduler address
    (``tcp://host:8786``), else a local pool of ``workers`` processes (default: up to 2 cores).
    """
    if scheduler:
        return _dask(scheduler)
    return _process(workers or default_workers())


def use_executor(
    executor: TaskExecutor | None, workers: int | None = None
) -> AbstractContextManager[TaskExecutor]:
    """The caller's executor (left open for its next job), or a local one for this run."""
    return nullcontext(executor) if executor is not None else open_executor(workers=workers)

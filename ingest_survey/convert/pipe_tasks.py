"""Pipe tiles as executor tasks: batches of planned tile contents made in workers.

The placed network (geometry + property table) is pickled once into the scratch folder; a task
names that file, the target and a run of planned tiles (their items and sides). A worker loads
the file once (kept per process by path), makes each tile's glb, writes it straight into the
target and returns only its (uri, region). Every tile's content depends on its own items alone
(`tiling.pipe_tiles.plan_pipe_tiles`), so the tileset is the same byte for byte whatever the
executor, the number of workers or the batching.
"""

from __future__ import annotations

import pickle
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tiling.bounds import Region
from tiling.metadata import PropertyTable
from tiling.pipe_tiles import PipePlan, pipe_content
from tiling.pipes import PipeGeometry
from twin.storage import DataRef

from .executor import TaskExecutor, use_executor
from .targets import Target

# Items (segments + shafts) per task: the 100 k-segment benchmark tiles about 22 k items/s per
# core, so a task runs for about half a second against a few milliseconds of round trip (its
# item indices out, a few (uri, region) back), and that network already gives every worker
# about a dozen tasks to balance.
TASK_ITEMS = 10_000

Placed = tuple[PipeGeometry, PropertyTable]
_LOADED: dict[str, Placed] = {}  # this process's placed network, by scratch path (one at a time)


@dataclass(frozen=True)
class PipeTileTask:
    """A run of planned tiles to make from the placed network in `scratch` (picklable)."""

    scratch: DataRef
    target: Target
    items: tuple[NDArray[np.intp], ...]
    sides: tuple[int, ...]


def write_scratch(work: DataRef, geom: PipeGeometry, table: PropertyTable) -> DataRef:
    """Pickle the placed network under `work` once for every task; this process keeps it too.

    The name is unique to the run, so a worker's copy of an earlier run's network (a
    long-lived Dask worker, a reused scratch folder) is never taken for this one.
    """
    ref = work.child(f"pipes-{uuid.uuid4().hex}.pkl")
    path = ref.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:  # streamed: no second copy of the network in memory
        pickle.dump((geom, table), f, protocol=pickle.HIGHEST_PROTOCOL)
    _keep(str(path), (geom, table))
    return ref


def _keep(key: str, placed: Placed) -> None:
    _LOADED.clear()  # one network at a time: a worker's memory does not grow job after job
    _LOADED[key] = placed


def _load(ref: DataRef) -> Placed:
    key = str(ref.resolve())
    placed = _LOADED.get(key)
    if placed is None:
        with open(key, "rb") as f:
            placed = pickle.load(f)  # noqa: S301 - written by this run, in its scratch folder
        _keep(key, placed)
    return placed


def forget(ref: DataRef) -> None:
    """Drop this process's copy of the network once the run is over."""
    _LOADED.pop(str(ref.resolve()), None)


def make_tiles(task: PipeTileTask) -> list[tuple[str, Region]]:
    """Make, write and describe the task's tiles, in its order."""
    geom, table = _load(task.scratch)
    out = []
    for items, sides in zip(task.items, task.sides, strict=True):
        uri, data, region = pipe_content(geom, table, items, sides)
        task.target.write(uri, data)
        out.append((uri, region))
    return out


def batches(plan: PipePlan, task_items: int | None = None) -> list[range]:
    """Consecutive runs of the plan's tiles (walk order keeps a run's tiles near each other)
    of about `task_items` (default `TASK_ITEMS`) items each; a bigger tile is a run on its own."""
    task_items = task_items or TASK_ITEMS
    sizes = np.fromiter((t.items.size for t in plan.tiles), np.int64, len(plan.tiles))
    runs, start, total = [], 0, 0
    for k, size in enumerate(sizes.tolist()):
        if k > start and total + size > task_items:
            runs.append(range(start, k))
            start, total = k, 0
        total += size
    runs.append(range(start, sizes.size))
    return runs


def run_pipe_tiles(
    plan: PipePlan,
    geom: PipeGeometry,
    table: PropertyTable,
    *,
    target: Target,
    work: DataRef,
    executor: TaskExecutor | None,
    workers: int | None,
    on_progress: Callable[[int], None],
) -> list[tuple[str, Region]]:
    """Every planned tile's (uri, region), in plan order; content goes into `target`.

    `on_progress` gets the leaf items of each finished task."""
    runs = batches(plan)
    scratch = write_scratch(work, geom, table)
    tasks = [
        PipeTileTask(
            scratch,
            target,
            tuple(plan.tiles[k].items for k in run),
            tuple(plan.tiles[k].sides for k in run),
        )
        for run in runs
    ]
    contents: list[tuple[str, Region]] = []
    try:
        with use_executor(executor, workers if len(tasks) > 1 else 1) as pool:
            for run, made in zip(runs, pool.map(make_tiles, tasks), strict=True):
                contents += made
                on_progress(sum(int(plan.tiles[k].items.size) for k in run if plan.tiles[k].leaf))
    finally:
        forget(scratch)
    return contents

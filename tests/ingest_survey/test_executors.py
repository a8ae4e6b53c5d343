"""One executor for every pipeline: the local process pool and a real 2-worker Dask
LocalCluster write byte-identical tilesets, and a worker killed mid-job (SIGKILL) is survived
(Dask reruns its tasks) or stops the job with a clear error (the local pool), never leaving a
half-written or replaced layer."""

from __future__ import annotations

import hashlib
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest
from citydata import DELFT_CRS, DELFT_FOOTPRINTS, DELFT_SURVEY, SAMPLES, TEST_DATA
from published import current_version, published_files

from ingest_survey.convert import pointcloud as pointcloud_module
from ingest_survey.convert.executor import (
    DaskExecutor,
    InlineExecutor,
    ProcessExecutor,
    TaskExecutor,
)
from ingest_survey.convert.targets import output
from ingest_survey.errors import WorkerLostError
from ingest_survey.job_specs import parse_spec
from ingest_survey.jobs import JobContext, run_job
from ingest_survey.worker import run_and_publish
from twin.settings import Settings

distributed = pytest.importorskip("distributed")

T = TypeVar("T")
R = TypeVar("R")
AUTZEN = TEST_DATA / "pointclouds" / "pdal_autzen_trim.laz"
MONACO_DEM = TEST_DATA / "terrain" / "monaco_srtm3_cut.tif"
KY4 = SAMPLES / "ky4"

SPECS: dict[str, dict[str, Any]] = {
    "pointcloud": {
        "kind": "pointcloud",
        "inputs": [str(AUTZEN)],
        "options": {"max_points": 5_000},
    },
    "buildings": {
        "kind": "buildings",
        "inputs": [str(DELFT_FOOTPRINTS)],
        "options": {
            "survey": [str(p) for p in DELFT_SURVEY],
            "survey_crs": DELFT_CRS,
            "max_features": 40,
        },
    },
    "terrain": {"kind": "terrain", "inputs": [str(MONACO_DEM)], "options": {"max_zoom": 11}},
    # ky4's 1,158 pipes in leaves of at most 60: 45 leaves, 16 coarse tiles, 8 tasks of 300.
    "pipes": {
        "kind": "pipes",
        "inputs": [str(KY4 / "ky4.inp")],
        "options": {
            "crs": "EPSG:3547",
            "terrain": str(KY4 / "ky4_elevation.tif"),
            "max_features": 60,
        },
    },
}


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    """A real Dask cluster on this machine: 2 worker processes, one thread each."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(autouse=True)
def small_scan_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Many small scan tasks, so both workers get some and a kill lands mid-stage.
    monkeypatch.setattr(pointcloud_module, "SCAN_POINTS", 10_000)
    monkeypatch.setattr("ingest_survey.convert.buildings.BUCKET_BUILDINGS_SURVEY", 40)
    monkeypatch.setattr("ingest_survey.convert.pipe_tasks.TASK_ITEMS", 300)


def _files(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _run(spec: dict[str, Any], out: Path, executor: TaskExecutor) -> dict[str, str]:
    with output(out) as (target, work):
        run_job(parse_spec(spec), target, JobContext(work=work, executor=executor))
    return _files(out)


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_pool_and_dask_write_byte_identical_tilesets(
    kind: str, tmp_path: Path, dask_client: Any
) -> None:
    pool = ProcessExecutor(2)
    try:
        by_pool = _run(SPECS[kind], tmp_path / "pool", pool)
    finally:
        pool.close()
    by_dask = _run(SPECS[kind], tmp_path / "dask", DaskExecutor(dask_client))
    assert len(by_pool) > 3
    assert by_dask == by_pool
    assert not list(tmp_path.glob(".*")), "scratch or staging folders left behind"


class _Counting:
    """Wraps an executor and counts the tasks it was given."""

    def __init__(self, inner: TaskExecutor) -> None:
        self.inner, self.tasks = inner, 0

    @property
    def workers(self) -> int:
        return self.inner.workers

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        self.tasks += len(tasks)
        return self.inner.map(fn, tasks)


def test_pipe_tasks_write_what_one_process_writes(tmp_path: Path) -> None:
    from ingest_survey.convert.pipes import place_network
    from tiling.pipe_tiles import PipeTilingOptions, pipe_tileset

    options = SPECS["pipes"]["options"]
    placed = place_network(KY4 / "ky4.inp", crs=options["crs"], terrain=options["terrain"])
    written: dict[str, bytes] = {}
    pipe_tileset(
        placed.geometry,
        placed.table,
        placed.item_xy,
        written.__setitem__,
        PipeTilingOptions(max_features=options["max_features"]),
    )
    expected = {uri: hashlib.sha256(data).hexdigest() for uri, data in written.items()}
    for name, inner in (("inline", InlineExecutor()), ("pool", ProcessExecutor(2))):
        counting = _Counting(inner)
        try:
            files = _run(SPECS["pipes"], tmp_path / name, counting)
        finally:
            if isinstance(inner, ProcessExecutor):
                inner.close()
        assert counting.tasks > 2
        assert {k: v for k, v in files.items() if k.endswith(".glb")} == expected


class _KillOnce:
    """Wraps an executor: once tasks are running, SIGKILLs one worker process."""

    def __init__(self, inner: TaskExecutor, pids: Callable[[], list[int]]) -> None:
        self.inner, self.pids, self.killed = inner, pids, 0

    @property
    def workers(self) -> int:
        return self.inner.workers

    def map(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Iterator[R]:
        for n, result in enumerate(self.inner.map(fn, tasks)):
            if n == 0 and len(tasks) > 4 and not self.killed:
                os.kill(self.pids()[0], signal.SIGKILL)
                self.killed += 1
            yield result


def _published(settings: Settings, layer: str) -> tuple[str, dict[str, str]]:
    current = current_version(settings, layer)
    assert current is not None
    files = published_files(settings, current)
    return current.version_id, {k: hashlib.sha256(v).hexdigest() for k, v in files.items()}


def _publish_first(settings: Settings) -> tuple[str, dict[str, str]]:
    spec = parse_spec({**SPECS["pointcloud"], "layer": "autzen", "options": {}})
    run_and_publish(spec, settings, executor=ProcessExecutor(1))
    return _published(settings, "autzen")


def test_dask_worker_killed_mid_job_is_rerun(tmp_path: Path, dask_client: Any) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    before = _publish_first(settings)
    before_restarts = set(dask_client.run(os.getpid).values())
    killer = _KillOnce(DaskExecutor(dask_client), lambda: list(dask_client.run(os.getpid).values()))
    spec = parse_spec({**SPECS["pointcloud"], "layer": "autzen"})
    version = run_and_publish(spec, settings, executor=killer)
    assert killer.killed == 1
    assert set(dask_client.run(os.getpid).values()) != before_restarts  # the nanny restarted it
    # The rerun tasks wrote the same tiles the pool writes.
    pool = ProcessExecutor(2)
    try:
        expected = _run(SPECS["pointcloud"], tmp_path / "pool", pool)
    finally:
        pool.close()
    version_id, files = _published(settings, "autzen")
    assert version_id == version.version_id != before[0]
    assert files == expected
    assert not list((settings.data_dir / "work").glob("*"))
    assert not list((settings.data_dir / "layers" / "autzen" / ".staging").glob("*"))


def test_pool_worker_killed_mid_job_fails_clearly_and_keeps_the_layer(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    before = _publish_first(settings)
    pool = ProcessExecutor(2)
    killer = _KillOnce(pool, lambda: [p.pid for p in pool._pool._processes.values()])
    spec = parse_spec({**SPECS["pointcloud"], "layer": "autzen"})
    try:
        with pytest.raises(WorkerLostError, match="worker process died"):
            run_and_publish(spec, settings, executor=killer)
    finally:
        pool.close()
    assert killer.killed == 1
    assert _published(settings, "autzen") == before  # byte for byte
    assert not list((settings.data_dir / "work").glob("*"))
    layer_dir = settings.data_dir / "layers" / "autzen"
    assert not list((layer_dir / ".staging").glob("*")), "a staging area was left"
    # Every stored object is whole: named by the hash of its bytes, no partial temporary file.
    objects = [p for p in (layer_dir / "objects").rglob("*") if p.is_file()]
    assert objects
    for path in objects:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name

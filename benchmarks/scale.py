"""How the point cloud pipeline scales over workers: the local process pool, 1 Dask worker and
2 Dask workers on the same survey, in the same run.

    python benchmarks/scale.py                      # autzen_full_from_ept.laz (10.65 M points)
    python benchmarks/scale.py --input FILE.laz     # another survey

The input comes from the shared data folder (``../shared`` beside the repository, or
``TWIN_SHARED_DIR``). Each case runs in its own process tree: a child process that starts
(for the Dask cases) a `distributed.LocalCluster` of N single-threaded worker processes, then
runs the pipeline through `DaskExecutor` (or the local `ProcessExecutor`) into a scratch folder.
The child times the pipeline alone (a real cluster is started once, not per job) and reports
it; the parent samples the peak PSS of the whole tree (client, scheduler, nanny and workers)
every 20 ms in a second run of the case (the timed run is not sampled). The floor is the
process pool on the same cores; the target for 2 workers is an efficiency of at least 80 % of
twice the 1-worker rate. The figures feed docs/scale.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from measure import Measured, run_measured
from peers import REPO, SHARED_DATA

DEFAULT_INPUT = SHARED_DATA / "pointclouds" / "autzen_full_from_ept.laz"
CITY_POINTS = 10**11  # a city-scale survey programme
TARGET_EFFICIENCY = 0.8


def child(mode: str, workers: int, source: Path, out: Path) -> None:
    """Run one case in this process; print its pipeline seconds and point count as JSON."""
    sys.path.insert(0, str(REPO))
    from ingest_survey.convert.executor import DaskExecutor, ProcessExecutor
    from ingest_survey.convert.pointcloud import build_pointcloud

    if mode == "pool":
        executor = ProcessExecutor(workers)
        started = time.perf_counter()
        result = build_pointcloud([source], out, executor=executor)
        seconds = time.perf_counter() - started
        executor.close()
    else:
        import dask
        from distributed import Client, LocalCluster

        # As docs/scale.md sets up a cluster: the nanny's 64 KiB malloc trim threshold makes
        # glibc hand every freed numpy buffer back to the kernel (system time 2.6 s against 1.0 s
        # on Autzen's 10.65 M points).
        dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None})
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            # A cluster serves many jobs: its workers have imported the pipeline before this one.
            client.run(importlib.import_module, "ingest_survey.convert.pointcloud_tasks")
            started = time.perf_counter()
            result = build_pointcloud([source], out, executor=DaskExecutor(client))
            seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "points": result.points, "tiles": result.tiles}))


def measure(mode: str, workers: int, source: Path, scratch: Path) -> tuple[Measured, dict]:
    """One case in its own process tree, twice: timed with nothing else running, then with
    its memory sampled (the sampler's reads of /proc cost CPU a 2-worker run needs)."""
    runs = []
    for memory in (False, True):
        out = scratch / f"{mode}-{workers}-{memory}"
        cmd = [sys.executable, __file__, "--child", mode, str(workers), str(source), str(out)]
        measured = run_measured(cmd, cwd=REPO, memory=memory)
        if measured.returncode != 0:
            raise SystemExit(f"{mode} with {workers} worker(s) failed ({measured.returncode})")
        runs.append((measured, json.loads(measured.stdout.strip().splitlines()[-1])))
    (timed, inner), (sampled, _) = runs
    return replace(timed, peak_pss_mb=sampled.peak_pss_mb), inner


def main() -> None:
    """Run the three cases and print the table, the efficiency and the city-scale estimate."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--child", nargs=4, metavar=("MODE", "N", "INPUT", "OUT"))
    args = parser.parse_args()
    if args.child:
        mode, n, source, out = args.child
        child(mode, int(n), Path(source), Path(out))
        return
    if not args.input.exists():
        raise SystemExit(f"{args.input} is missing: set TWIN_SHARED_DIR or pass --input")
    rows = []
    with tempfile.TemporaryDirectory(prefix="twin-scale-") as tmp:
        for mode, workers in (("pool", 2), ("dask", 1), ("dask", 2)):
            measured, inner = measure(mode, workers, args.input, Path(tmp))
            rate = inner["points"] / inner["seconds"]
            rows.append((mode, workers, inner, measured, rate))
            print(
                f"{mode:>4} x{workers}: {inner['points']:,} points in {inner['seconds']:.2f} s "
                f"({rate / 1e6:.2f} M points/s; process tree {measured.seconds:.1f} s wall, "
                f"{measured.cpu_seconds:.1f} CPU s, peak PSS {measured.peak_pss_mb:.0f} MB)",
                flush=True,
            )
    pool_rate, one, two = rows[0][4], rows[1][4], rows[2][4]
    efficiency = two / (2 * one)
    per_worker = two / 2
    verdict = "met" if efficiency >= TARGET_EFFICIENCY else "NOT met"
    print(
        f"\n2-worker efficiency against 1 worker: {efficiency:.0%} "
        f"(target >= {TARGET_EFFICIENCY:.0%}: {verdict})"
    )
    print(f"Dask 2 workers / process pool (2 processes): {two / pool_rate:.2f}x")
    print(f"per-worker rate on 2 workers: {per_worker / 1e6:.2f} M points/s")
    print("10^11 points (docs/scale.md): linear at that rate / losing the same share per doubling")
    for n in (8, 32, 128):
        linear = CITY_POINTS / (per_worker * n) / 3600
        compounding = CITY_POINTS / (one * n * efficiency ** math.log2(n)) / 3600
        print(f"  {n:>3} workers: {linear:.1f} h / {compounding:.1f} h")


if __name__ == "__main__":
    main()

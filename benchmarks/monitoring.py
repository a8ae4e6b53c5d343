"""Monitoring at the city's scale: 600,000 sensors, sustained ingest beside each engine's bare
append floor, latest-state queries of a viewport and of every sensor, and SSE fan-out.

The registry is the 43 C-Town sensors of BATADAL (tests/data/monitoring) repeated on a
1000 x 600 grid (about 11 m apart), each copy keeping its original's unit and thresholds; the
values replayed are BATADAL's own hourly readings, copy i taking its original's column and
row (minute + i) modulo 48 (simulated benchmark readings, never random numbers). Each
"minute" all 600,000 sensors report, in batches of 10,000 (the issue's 10,000 readings/s is
600,000 devices reporting every minute). Per backend, in the same run:

- ingest: `ingest_batch` (row checks, upsert by (sensor, time), latest state, alarms) in
  readings/s, beside the **floor**: the same rows appended to a bare table with no key (SQLite
  executemany into a rowid table; PostgreSQL binary COPY), and the ratio;
- viewport: the latest state of the ~2,000 sensors in a 50 x 40-cell box, 200 boxes: p50/p99;
- all: the latest state of all 600,000 sensors (5 runs: median);
- SSE (SQLite): 100 EventSource-like clients, each on its own ~2,000-sensor box, through a real
  uvicorn server; batches posted over HTTP; time from post to the last client's event.

Targets: >= 100,000 readings/s, viewport p99 < 50 ms, all < 1 s.

    python benchmarks/monitoring.py                   # both backends (a throwaway PostgreSQL)
    python benchmarks/monitoring.py --minutes 2 --backends sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from monitoring_support import READINGS_CSV, ctown_sensors  # noqa: E402

from twin.monitoring.model import Sensor  # noqa: E402
from twin.monitoring.readings import ReadingBatch, parse_csv  # noqa: E402
from twin.monitoring.service import ingest_batch  # noqa: E402
from twin.settings import Settings  # noqa: E402
from twin.store import Stores, open_stores  # noqa: E402
from twin.store.bulk import pgcopy_binary  # noqa: E402

COLS, ROWS = 1000, 600
N = COLS * ROWS
BATCH = 10_000
STEP_DEG = 1e-4  # about 11 m
WEST, SOUTH = -2.3, 1.3
MINUTE_MS = 60_000
START_MS = 1_467_590_400_000  # BATADAL's first hour, 2016-07-04T00:00Z


def _registry() -> tuple[list[Sensor], np.ndarray, np.ndarray]:
    """600,000 sensors and, per sensor, its C-Town original (column) and BATADAL values."""
    originals = ctown_sensors()
    batch, _ = parse_csv(READINGS_CSV.read_text())
    names = [s.id for s in originals]
    column = {name: i for i, name in enumerate(names)}
    table = np.zeros((48, len(names)))
    hour = (batch.t_ms - batch.t_ms.min()) // 3600_000
    table[hour, [column[s] for s in batch.sensor]] = batch.value
    origin = np.arange(N) % len(names)
    sensors = []
    for i in range(N):
        o = originals[origin[i]]
        sensors.append(Sensor(
            id=f"s{i:06d}", kind=o.kind, unit=o.unit, agency=o.agency,
            lon=WEST + (i % COLS) * STEP_DEG, lat=SOUTH + (i // COLS) * STEP_DEG,
            layer="grid", entity=o.entity, thresholds=o.thresholds, name=o.name,
        ))  # fmt: skip
    return sensors, origin, table


def _batches(origin: np.ndarray, table: np.ndarray, minutes: int):
    ids = np.array([f"s{i:06d}" for i in range(N)])
    rows = np.arange(N)
    for minute in range(minutes):
        t = START_MS + minute * MINUTE_MS
        values = table[(minute + rows) % 48, origin]
        for start in range(0, N, BATCH):
            part = slice(start, start + BATCH)
            yield ReadingBatch(ids[part].tolist(), np.full(BATCH, t, np.int64), values[part],
                               [None] * BATCH, list(range(BATCH)))  # fmt: skip


def _floor(stores: Stores, batches: list[ReadingBatch]) -> float:
    """Readings/s of a bare append of the same rows (no key, no state, no checks)."""
    index = stores.monitoring.index()
    engine = stores.engine
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE floor_rows (sid integer, t bigint, value float)")
    started = time.perf_counter()
    for batch in batches:
        sid = index.sid[index.positions(batch.sensor)]
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                raw = connection.connection.driver_connection
                with (
                    raw.cursor() as cursor,
                    cursor.copy(
                        "COPY floor_rows (sid, t, value) FROM STDIN (FORMAT BINARY)"
                    ) as copy,
                ):
                    copy.write(pgcopy_binary([(sid, "i4"), (batch.t_ms, "i8"),
                                              (batch.value, "f8")]))  # fmt: skip
            else:
                connection.exec_driver_sql(
                    "INSERT INTO floor_rows VALUES (?, ?, ?)",
                    list(zip(sid.tolist(), batch.t_ms.tolist(), batch.value.tolist(),
                             strict=True)),
                )  # fmt: skip
    return len(batches) * BATCH / (time.perf_counter() - started)


def _queries(stores: Stores) -> dict[str, float]:
    index = stores.monitoring.index()
    timings = []
    for k in range(200):
        # Deterministic box origins spread over the grid (a stride walk, no randomness).
        col, row = (k * 37) % (COLS - 50), (k * 23) % (ROWS - 40)
        west, south = WEST + col * STEP_DEG, SOUTH + row * STEP_DEG
        started = time.perf_counter()
        position = index.in_bbox(west, south, west + 49.5 * STEP_DEG, south + 39.5 * STEP_DEG)
        states = stores.monitoring.latest(index, position)
        timings.append(time.perf_counter() - started)
        assert states.position.size == 2000, states.position.size
    every = []
    for _ in range(5):
        started = time.perf_counter()
        states = stores.monitoring.latest(index)
        every.append(time.perf_counter() - started)
        assert states.position.size == N
    ordered = sorted(timings)
    return {"viewport_p50_ms": 1000 * statistics.median(ordered),
            "viewport_p99_ms": 1000 * ordered[int(0.99 * (len(ordered) - 1))],
            "all_median_s": statistics.median(every)}  # fmt: skip


def run_backend(url: str, name: str, sensors: list[Sensor], origin, table, minutes: int) -> dict:
    """Register, ingest, floor and queries on one database."""
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="twin-bench-mon-")),
                        database_url=url)  # fmt: skip
    out: dict[str, float | str] = {"backend": name}
    with open_stores(settings) as stores:
        started = time.perf_counter()
        stores.monitoring.register(sensors)
        out["register_s"] = time.perf_counter() - started
        batches = list(_batches(origin, table, minutes))
        started = time.perf_counter()
        alarms = 0
        for i, batch in enumerate(batches):
            result = ingest_batch(stores.monitoring, batch, None, START_MS + 10**9)
            alarms += len(result.alarms)
            if i == len(batches) // 2:
                half = time.perf_counter()
        elapsed = time.perf_counter() - started
        out["ingest_per_s"] = len(batches) * BATCH / elapsed
        out["ingest_second_half_per_s"] = (len(batches) - len(batches) // 2 - 1) * BATCH / (
            time.perf_counter() - half)  # fmt: skip
        out["readings"] = len(batches) * BATCH
        out["alarm_changes"] = alarms
        out["floor_per_s"] = _floor(stores, batches)
        out["ratio_to_floor"] = out["ingest_per_s"] / out["floor_per_s"]
        out |= _queries(stores)
    return out


async def _sse(url: str, sensors_csv: None, clients: int, batches: list[ReadingBatch]) -> dict:
    import httpx

    arrived: list[list[float]] = [[] for _ in range(clients)]
    ready = asyncio.Event()
    subscribed = 0

    async def listen(k: int, client: httpx.AsyncClient) -> None:
        nonlocal subscribed
        col, row = (k * 97) % (COLS - 50), (k * 61) % SSE_ROWS
        west, south = WEST + col * STEP_DEG, SOUTH + row * STEP_DEG
        box = f"{west},{south},{west + 49.5 * STEP_DEG},{south + 39.5 * STEP_DEG}"
        async with client.stream("GET", f"{url}/api/monitoring/stream",
                                 params={"bbox": box}) as response:  # fmt: skip
            async for line in response.aiter_lines():
                if line.startswith(": subscribed"):
                    subscribed += 1
                    if subscribed == clients:
                        ready.set()
                elif line.startswith("data: "):
                    arrived[k].append(time.perf_counter())
                    if len(arrived[k]) == expected[k]:
                        return

    # Which batches reach each client's box: its 2,000 sensors lie in 40 grid rows.
    expected = [0] * clients
    limits = httpx.Limits(max_connections=clients + 10)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        for k in range(clients):
            row = (k * 61) % SSE_ROWS
            first, last = row * COLS // BATCH, ((row + 39) * COLS + COLS - 1) // BATCH
            expected[k] = sum(1 for b in range(len(batches)) if first <= b % (N // BATCH) <= last)
        tasks = [asyncio.create_task(listen(k, client)) for k in range(clients)]
        await asyncio.wait_for(ready.wait(), 60)
        posted = []
        for batch in batches:
            body = {"readings": [{"sensor": s, "time": "2016-07-05T00:00:00Z", "value": v}
                                 for s, v in zip(batch.sensor, batch.value.tolist(),
                                                 strict=True)]}  # fmt: skip
            posted.append(time.perf_counter())
            headers = {**HEADERS, "Content-Type": "application/json"}
            r = await client.post(
                f"{url}/api/monitoring/readings", content=json.dumps(body), headers=headers
            )
            assert r.status_code == 200, r.text[:300]
        await asyncio.wait_for(asyncio.gather(*tasks), 120)
    delivered = sum(len(a) for a in arrived)
    last = max(max(a) for a in arrived if a)
    return {"sse_clients": clients, "sse_events": delivered,
            "sse_post_to_last_event_s": last - posted[0],
            "sse_batches_per_s": len(batches) / (last - posted[0])}  # fmt: skip


HEADERS: dict[str, str] = {}
SSE_BATCHES = 20  # grid rows 0-199
SSE_ROWS = 160  # every client's box lies in the rows those batches reach


def run_sse(sensors: list[Sensor], origin, table, clients: int) -> dict:
    """SSE fan-out through uvicorn on SQLite with the full registry."""
    from monitoring_support import serving

    from twin.auth import Role

    data_dir = Path(tempfile.mkdtemp(prefix="twin-bench-sse-"))
    settings = Settings(data_dir=data_dir, monitoring_sweep_seconds=0)
    with open_stores(settings) as stores:
        stores.monitoring.register(sensors)
        _, secret = stores.tokens.create("bench", Role.ADMIN)
    HEADERS["Authorization"] = f"Bearer {secret}"
    batches = list(_batches(origin, table, 1))[:SSE_BATCHES]
    with serving(settings) as port:
        return asyncio.run(_sse(f"http://127.0.0.1:{port}", None, clients, batches))


def main() -> None:
    """Run and print each backend's figures and the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, default=3, help="minutes of 600,000 readings")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--postgres-url", default=None)
    parser.add_argument("--sse-clients", type=int, default=100)
    args = parser.parse_args()
    started = time.perf_counter()
    sensors, origin, table = _registry()
    print(f"registry of {N} sensors built in {time.perf_counter() - started:.1f} s", flush=True)
    results = []
    for backend in args.backends.split(","):
        if backend == "sqlite":
            folder = Path(tempfile.mkdtemp(prefix="twin-bench-sqlite-"))
            results.append(run_backend(f"sqlite:///{folder / 'twin.sqlite'}", "sqlite", sensors,
                                       origin, table, args.minutes))  # fmt: skip
        else:
            from postgres import create_postgis, find_bin_dir, throwaway_cluster

            if args.postgres_url:
                results.append(run_backend(args.postgres_url, "postgresql", sensors, origin,
                                           table, args.minutes))  # fmt: skip
            else:
                bin_dir = find_bin_dir()
                assert bin_dir is not None, "no PostgreSQL binaries (make test installs them)"
                with throwaway_cluster(bin_dir) as url:
                    create_postgis(url)
                    results.append(run_backend(url, "postgresql", sensors, origin, table,
                                               args.minutes))  # fmt: skip
        print(json.dumps(results[-1], indent=1), flush=True)
    if args.sse_clients:
        sse = run_sse(sensors, origin, table, args.sse_clients)
        print(json.dumps(sse, indent=1), flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process {peak_mb:.0f} MB")
    for r in results:
        print(
            f"{r['backend']}: ingest {r['ingest_per_s']:,.0f}/s (target >= 100,000; floor "
            f"{r['floor_per_s']:,.0f}/s, ratio {r['ratio_to_floor']:.2f}); viewport p99 "
            f"{r['viewport_p99_ms']:.1f} ms (< 50); all {r['all_median_s']:.2f} s (< 1)"
        )


if __name__ == "__main__":
    main()

"""Monthly entities: import rate, and as-of query latency on 1 M entity versions.

100,000 buildings are the real Delft footprints (samples/delft/bgt_pand.sqlite, 160) replicated
on a grid (625 copies, 300 m x 250 m apart), ids suffixed with the copy. Month 2 changes 1% the
way the real BGT lifecycle does (tests/data/entities): half of them demolished (a removal),
half re-registered (a new ``tijdstipregistratie``, an attribute change); no geometry is edited
by hand. For the query figures the class is then given about 1 M versions: nine more months in which
every building is re-registered.

    python benchmarks/monthly.py              # 100,000 buildings, 1 M versions
    python benchmarks/monthly.py --copies 25  # a smaller grid

The floor, run in the same process: the same rows written by one plain sqlite3 executemany
into a table with no index, no diff and no history (what any import must at least cost); the
query floor is the same as-of query without the R-tree (a scan of the version table).
Incremental publish (issue item 4) is not built yet: nothing is printed for it.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
FOOTPRINTS = REPO / "samples" / "delft" / "bgt_pand.sqlite"
STEP_X, STEP_Y = 300.0, 250.0


def _delivery(copies: int):  # type: ignore[no-untyped-def]
    import pyogrio
    import shapely

    from twin.entities.delivery import Delivery

    frame = pyogrio.read_dataframe(FOOTPRINTS)
    geoms = frame.geometry.to_numpy()
    side = int(np.ceil(np.sqrt(copies)))
    parts, ids, attributes = [], [], []
    base_attrs = [
        {"bgt_status": str(s), "tijdstipregistratie": str(t)}
        for s, t in zip(frame["bgt_status"], frame["tijdstipregistratie"], strict=True)
    ]
    for k in range(copies):
        dx, dy = (k % side) * STEP_X, (k // side) * STEP_Y
        parts.append(shapely.transform(geoms, lambda c, d=(dx, dy): c + d))
        ids += [f"{i}-{k}" for i in frame["lokaalid"]]
        attributes += [dict(a) for a in base_attrs]
    return Delivery(
        "buildings", "delft_replicated.gpkg", "EPSG:28992", ids, np.concatenate(parts), attributes
    )


def _changed_month(delivery, rng, share: float = 0.01):  # type: ignore[no-untyped-def]
    n = len(delivery)
    picked = rng.choice(n, size=int(n * share), replace=False)
    removed, registered = picked[: len(picked) // 2], picked[len(picked) // 2 :]
    keep = np.ones(n, dtype=bool)
    keep[removed] = False
    attributes = [dict(a) for a in delivery.attributes]
    for j in registered:
        attributes[j]["tijdstipregistratie"] = "2020-02-14T10:00:00"
    kept = np.flatnonzero(keep)
    return replace(
        delivery,
        ids=[delivery.ids[j] for j in kept],
        geometries=delivery.geometries[kept],
        attributes=[attributes[j] for j in kept],
    )


def _floor_insert(delivery, folder: Path) -> float:  # type: ignore[no-untyped-def]
    from twin.entities.delivery import to_rows

    start = time.perf_counter()
    rows = to_rows(delivery)
    wkb, bounds = rows.placed(list(range(len(delivery))))
    connection = sqlite3.connect(folder / "floor.sqlite")
    connection.execute(
        "CREATE TABLE t (id TEXT, attrs TEXT, wkb BLOB, a REAL, b REAL, c REAL, d REAL)"
    )
    with connection:
        connection.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (i, a, w, *b)
                for i, a, w, b in zip(
                    delivery.ids, rows.attrs_json, wkb, bounds.tolist(), strict=True
                )
            ],
        )
    connection.close()
    return time.perf_counter() - start


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def main() -> None:
    """Run every case and print the figures with their floor ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=625)
    parser.add_argument("--versions-months", type=int, default=9)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    from twin.settings import Settings
    from twin.store import open_stores

    rng = np.random.default_rng(16)
    delivery = _delivery(args.copies)
    n = len(delivery)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        floor_s = _floor_insert(delivery, folder)
        print(
            f"floor: plain sqlite3 executemany of {n:,} rows (no diff/index/history): "
            f"{floor_s:.2f} s, {n / floor_s:,.0f} rows/s"
        )
        with open_stores(Settings(data_dir=folder / "data")) as stores:
            store = stores.entities
            start = time.perf_counter()
            store.import_delivery(delivery, "2020-01")
            first_s = time.perf_counter() - start
            print(
                f"month 1 ({n:,} added): {first_s:.2f} s, {n / first_s:,.0f} entities/s "
                f"({floor_s / first_s:.2f}x the floor's rate)"
            )
            second = _changed_month(delivery, rng)
            start = time.perf_counter()
            report = store.import_delivery(second, "2020-02")
            second_s = time.perf_counter() - start
            print(
                f"month 2 ({len(second):,} delivered, {report.counts}): {second_s:.2f} s, "
                f"{len(second) / second_s:,.0f} entities/s (target >= 50,000)"
            )
            current = second
            for k in range(args.versions_months):
                attributes = [
                    {**a, "tijdstipregistratie": f"2020-{k + 3:02d}-01"} for a in current.attributes
                ]
                current = replace(current, attributes=attributes)
                store.import_delivery(current, f"2020-{k + 3:02d}")
            with stores.engine.connect() as connection:
                versions = connection.exec_driver_sql(
                    "SELECT count(*) FROM entity_versions"
                ).scalar()
            months = [f"2020-{m:02d}" for m in range(1, args.versions_months + 3)]
            bounds = np.array([v for v in _all_bounds(stores)])
            west, south = bounds[:, 0].min(), bounds[:, 1].min()
            east, north = bounds[:, 2].max(), bounds[:, 3].max()
            # A viewport of about 300 m x 300 m (one grid cell): about 160 buildings.
            width, height = 0.0043, 0.0027
            latencies, returned = [], []
            for _ in range(args.queries):
                x, y = rng.uniform(west, east - width), rng.uniform(south, north - height)
                month = months[rng.integers(len(months))]
                start = time.perf_counter()
                found, matched = store.items(
                    "buildings", month, bbox=(x, y, x + width, y + height), limit=1000
                )
                latencies.append(time.perf_counter() - start)
                returned.append(len(found))
            p50, p99 = _percentiles(latencies)
            print(
                f"viewport as-of query on {versions:,} versions ({np.mean(returned):.0f} entities "
                f"each): p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms (target p99 < 50 ms)"
            )
            floor = _scan_floor(
                stores, months, rng, (west, south, east, north), width, height, args.queries // 10
            )
            print(
                f"  floor without the spatial index (a scan): p50 {floor * 1000:.1f} ms "
                f"({floor / p50:.1f}x slower than the indexed p50)"
            )
            whole = []
            for month in months[:5]:
                start = time.perf_counter()
                found, matched = store.items("buildings", month, limit=n)
                whole.append(time.perf_counter() - start)
            p50, p99 = _percentiles(whole)
            print(
                f"whole class as-of ({matched:,} entities as GeoJSON dicts): p50 {p50:.2f} s, "
                f"max {max(whole):.2f} s"
            )
    print("incremental publish vs full build: not measured (publish-month is not built yet)")


def _all_bounds(stores):  # type: ignore[no-untyped-def]
    with stores.engine.connect() as connection:
        yield from connection.exec_driver_sql(
            "SELECT minx, miny, maxx, maxy FROM entity_versions WHERE valid_to IS NULL"
        )


def _scan_floor(stores, months, rng, box, width, height, count):  # type: ignore[no-untyped-def]
    west, south, east, north = box
    samples = []
    with stores.engine.connect() as connection:
        for _ in range(max(count, 5)):
            x, y = rng.uniform(west, east - width), rng.uniform(south, north - height)
            month = months[rng.integers(len(months))]
            start = time.perf_counter()
            connection.exec_driver_sql(
                "SELECT entity_id, wkb, attrs FROM entity_versions NOT INDEXED WHERE class = ? "
                "AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) AND minx <= ? "
                "AND maxx >= ? AND miny <= ? AND maxy >= ? ORDER BY entity_id LIMIT 1000",
                ("buildings", month, month, x + width, x, y + height, y),
            ).all()
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


if __name__ == "__main__":
    main()

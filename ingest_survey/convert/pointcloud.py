"""Survey point clouds (LAS/LAZ, any CRS, several files) -> one 3D Tiles point cloud tileset.

Out of core, with memory flat in the input's size:
1. headers: CRS (file or --crs), units, extent; the octree frame around all files' extents;
2. scan tasks (slices of the files, in a process pool): decode, transform, quantise, and spill
   compact records grouped by bucket;
3. bucket tasks (in the pool): each bucket's octree and tiles, and its share of the coarse
   levels above the buckets, spilled grouped by node;
4. coarse tasks (in the pool): one tile per node above the buckets;
5. tileset.json from the nodes' summaries.
Task bodies live in pointcloud_tasks.py and are plain data in, files and small results out.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import laspy
import numpy as np
from numpy.typing import NDArray

from ingest_survey.convert.pointcloud_crs import FittedTransform, z_to_metres
from ingest_survey.convert.pointcloud_tasks import (
    BucketTask,
    CoarseTask,
    Failure,
    ScanTask,
    Segment,
    scan,
    tile_bucket,
    tile_coarse,
)
from ingest_survey.crs import check_in_area_of_use
from ingest_survey.errors import IngestError, InvalidOptionError
from ingest_survey.geoids import GEOIDS
from ingest_survey.grids import check_grid_convention
from ingest_survey.readers.las import SurveyHeader, check_point_data, read_header, read_points
from ingest_survey.vertical import VerticalInfo, resolve_heights
from tiling.bounds import Region
from tiling.frames import ecef_to_geodetic
from tiling.point_properties import PointProperty
from tiling.pointcloud import GRID_BITS, Key, NodeSummary, OctreeFrame, tileset_tree
from twin.storage import DataRef

from .executor import TaskExecutor, use_executor
from .targets import Target, output

Progress = Callable[[str, int, int | None], None]
SCAN_POINTS = 250_000  # points per scan task: its memory, and small enough to balance workers
BUCKET_POINTS = 100_000  # aimed-at points per bucket (a 2.5D survey fills 4^level buckets)
MAX_POINTS = 50_000  # most points in one tile
SPECS = ("1.1", "1.0")
T = TypeVar("T")
R = TypeVar("R")


@dataclass
class PointCloudResult:
    """What a point cloud build wrote."""

    out: Path | None  # the folder written, or None for a target
    points: int
    tiles: int
    region: list[float]
    seconds: float
    spec: str
    has_color: bool = False
    vertical: Any = None  # VerticalInfo.meta() of the heights written (a list if files differ)

    def meta(self) -> dict[str, Any]:
        """The layer metadata the catalog keeps (region in radians, counts, vertical datum)."""
        return {
            "region": self.region,
            "points": self.points,
            "tiles": self.tiles,
            "spec": self.spec,
            "has_color": self.has_color,
            "vertical": self.vertical,
        }


def _color_shift(header: SurveyHeader) -> int:
    """8 if the file's colour uses the 16-bit range, 0 if it stores 8-bit values (common).

    Decided on the first 100,000 points: a 16-bit capture whose colours all stay below 256 there
    would be black anyway.
    """
    with laspy.open(header.path) as reader:
        if "red" not in reader.header.point_format.dimension_names:
            return 0
    for points in read_points(header, 0, min(100_000, header.point_count), 100_000):
        return 8 if points.rgb is not None and int(points.rgb.max()) > 255 else 0
    return 0


def _corners(header: SurveyHeader, transform: FittedTransform) -> NDArray[np.float64]:
    (x0, y0, z0), (x1, y1, z1) = header.mins, header.maxs
    xs, ys, zs = np.meshgrid(np.linspace(x0, x1, 5), np.linspace(y0, y1, 5), [z0, z1])
    return transform(xs.ravel(), ys.ravel(), zs.ravel())


def _prepare(
    paths: Sequence[Path],
    crs: str | None,
    vertical_crs: str | None = None,
    geoid: str | None = None,
) -> list[tuple[SurveyHeader, FittedTransform, NDArray[np.float64], VerticalInfo]]:
    """Each file's header, its transform to ECEF (through the geoid when the heights' datum is
    known), the ECEF corners of its extent and what happened to its heights."""
    prepared = []
    for path in paths:
        header = read_header(path, crs, option="--crs")
        check_point_data(header)
        if header.point_count == 0:
            raise IngestError("the file holds no points", path=path, field="point_count")
        (x0, y0, _), (x1, y1, _) = header.mins, header.maxs
        check_grid_convention(header.crs, np.array([x0, x1]), np.array([y0, y1]), path=path)
        effective, vertical = resolve_heights(
            header.crs, vertical_crs=vertical_crs, geoid=geoid, path=path, option="--crs"
        )
        try:
            transform = FittedTransform(
                effective,
                (header.mins[2], header.maxs[2]),
                header.mins[:2],
                z_factor=z_to_metres(header.crs),
            )
            corners = _corners(header, transform)
        except ValueError as exc:
            raise IngestError(
                f"the extent {header.mins} .. {header.maxs} is not valid in {header.crs.name} "
                f"({exc}); check --crs",
                path=path,
                field="--crs",
            ) from exc
        # The centre from the ECEF transform: a second transformer (to EPSG:4326) costs 0.1 s.
        lon, lat, _ = ecef_to_geodetic(corners.mean(axis=0)[None, :])
        check_in_area_of_use(
            header.crs,
            float(np.degrees(lon[0])),
            float(np.degrees(lat[0])),
            path=path,
            option="--crs",
        )
        prepared.append((header, transform, corners, vertical))
    return prepared


def _bucket_level(total: int) -> int:
    return int(min(GRID_BITS, max(0, np.ceil(np.log(max(total, 1) / BUCKET_POINTS) / np.log(4)))))


def _quotas(buckets: Iterable[Key], max_points: int) -> dict[Key, dict[int, int]]:
    """Each bucket's share of every coarse node above it: together at most max_points."""
    keys = list(buckets)
    quotas: dict[Key, dict[int, int]] = {key: {} for key in keys}
    level = keys[0][0] if keys else 0
    for a in range(level):
        shift = level - a
        parents: dict[tuple[int, int, int], int] = {}
        for _, i, j, k in keys:
            parents[(i >> shift, j >> shift, k >> shift)] = (
                parents.get((i >> shift, j >> shift, k >> shift), 0) + 1
            )
        for key in keys:
            under = parents[(key[1] >> shift, key[2] >> shift, key[3] >> shift)]
            quotas[key][a] = max_points // under
    return quotas


def build_pointcloud(
    inputs: Sequence[str | Path],
    out: str | Path | Target,
    *,
    crs: str | None = None,
    vertical_crs: str | None = None,
    geoid: str | None = None,
    spec: str = "1.1",
    max_points: int = MAX_POINTS,
    force: bool = False,
    workers: int | None = None,
    executor: TaskExecutor | None = None,
    work: DataRef | None = None,
    progress: Progress | None = None,
) -> PointCloudResult:
    """Tile LAS/LAZ files into `out`: a tileset folder (staged, then renamed) or a target.

    Tasks run on `executor` (default: a local pool of `workers` processes) and share the
    scratch folder `work` (default: beside the output folder).
    """
    started = time.perf_counter()
    if spec not in SPECS:
        raise InvalidOptionError(
            f"unknown 3D Tiles version {spec!r} (use 1.1 or 1.0)", field="--spec"
        )
    if not inputs:
        raise InvalidOptionError("no input files", field="INPUT")
    if max_points < 1:
        raise InvalidOptionError(f"must be at least 1, not {max_points}", field="--max-points")
    prepared4 = _prepare([Path(p) for p in inputs], crs, vertical_crs, geoid)
    verticals = {json.dumps(v.meta(), sort_keys=True): v.meta() for *_, v in prepared4}
    prepared = [(h, t, c) for h, t, c, _ in prepared4]
    total = sum(h.point_count for h, _, _ in prepared)
    frame = OctreeFrame.around(np.concatenate([c for _, _, c in prepared]))
    level = _bucket_level(total)
    extras = _common_extras([h for h, _, _ in prepared])

    def report(stage: str, done: int, of: int | None) -> None:
        if progress is not None:
            progress(stage, done, of)

    with (
        output(out, work=work, force=force) as (target, scratch),
        use_executor(executor, workers) as pool,
    ):
        shifts = [_color_shift(h) for h, _, _ in prepared]  # once per file: it decodes points
        # Each scan task writes its own spill file: two processes never append to one.
        slices = [
            (n, h, t, s)
            for n, (h, t, _) in enumerate(prepared)
            for s in range(0, h.point_count, SCAN_POINTS)
        ]
        scans = [
            ScanTask(
                k,
                h,
                t,
                shifts[n],
                s,
                min(SCAN_POINTS, h.point_count - s),
                frame.to_dict(),
                level,
                scratch,
                tuple(f for f in h.fields if f.prop in extras),
            )
            for k, (n, h, t, s) in enumerate(slices)
        ]
        runs = _scan_all(pool, scans, report, total)
        has_color = any(h.point_format in (2, 3, 5, 7, 8, 10) for h, _, _ in prepared)
        quotas = _quotas(sorted(runs), max_points)
        buckets = [
            BucketTask(
                key,
                tuple(runs[key]),
                frame.to_dict(),
                max_points,
                quotas[key],
                scratch,
                target,
                spec,
                has_color,
                extras,
            )
            for key in sorted(runs)
        ]
        summaries: list[NodeSummary] = []
        coarse: dict[Key, list[Segment]] = {}
        for result in pool.map(tile_bucket, buckets):
            summaries += result.summaries
            for key, segment in result.coarse:
                coarse.setdefault(key, []).append(segment)
            # Only what its own tiles hold: its share of the coarse nodes is counted there.
            report("points tiled", sum(s.count for s in result.summaries), total)
        coarse_tasks = [
            CoarseTask(key, tuple(coarse[key]), frame.to_dict(), target, spec, has_color, extras)
            for key in sorted(coarse)
        ]
        for summary in pool.map(tile_coarse, coarse_tasks):
            summaries.append(summary)
            report("points tiled", summary.count, total)
        written = sum(s.count for s in summaries)
        if written != total:
            raise IngestError(f"{written} points tiled but the inputs hold {total}")
        root = tileset_tree(frame, summaries)
        target.write_json(
            "tileset.json",
            {
                "asset": {"version": spec, "generator": "twin"},
                "geometricError": frame.geometric_error(0) * 2.0,
                "root": root,
            },
        )
        region = _region(root["boundingVolume"]["box"])
    described = Path(out) if isinstance(out, str | Path) else None
    vertical = next(iter(verticals.values())) if len(verticals) == 1 else list(verticals.values())
    return PointCloudResult(
        described,
        total,
        len(summaries),
        region,
        time.perf_counter() - started,
        spec,
        has_color,
        vertical,
    )


def _scan_all(
    pool: TaskExecutor, scans: list[ScanTask], report: Progress, total: int
) -> dict[Key, list[Segment]]:
    """Run the scan tasks; returns each bucket's runs of records, in task order."""
    runs: dict[Key, list[Segment]] = {}
    for task, result in zip(scans, pool.map(scan, scans), strict=True):
        if isinstance(result, Failure):
            result.raise_()
            continue
        for key, segment in result:  # type: ignore[union-attr]
            runs.setdefault(key, []).append(segment)
        report("points read", task.count, total)
    return runs


def _common_extras(headers: list[SurveyHeader]) -> tuple[PointProperty, ...]:
    """The further properties every input has alike (one tileset has one schema: same name,
    type, transform and noData), in the first's order."""
    props = [f.prop for f in headers[0].fields]
    return tuple(p for p in props if all(p in {f.prop for f in h.fields} for h in headers[1:]))


def _region(box: list[float]) -> list[float]:
    centre, axes = np.array(box[:3]), np.array(box[3:]).reshape(3, 3)
    signs = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)])
    return Region.from_ecef(centre + signs @ axes).as_list()


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m ingest_survey.convert.pointcloud IN... --out DIR`: the pipeline without the
    CLI, whose command groups import pandas, GDAL and friends (about 190 MB) that a point cloud
    job does not need; benchmarks and batch workers use this entry."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--crs")
    parser.add_argument("--vertical-crs")
    parser.add_argument("--geoid", choices=sorted(GEOIDS))
    parser.add_argument("--spec", default="1.1", choices=SPECS)
    parser.add_argument("--max-points", type=int, default=MAX_POINTS)
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    try:
        result = build_pointcloud(
            args.inputs,
            args.out,
            crs=args.crs,
            vertical_crs=args.vertical_crs,
            geoid=args.geoid,
            spec=args.spec,
            max_points=args.max_points,
            workers=args.jobs,
            force=args.force,
        )
    except IngestError as exc:
        raise SystemExit(f"error: {exc}") from exc
    print(json.dumps({**result.meta(), "seconds": result.seconds}))


if __name__ == "__main__":
    main()

"""Footprints (+ survey, DEM, height fields) -> a 3D Tiles 1.1 tileset of LOD1 buildings.

Out of core, in three passes, so memory stays flat however big the city:
1. read the footprints as a stream of batches: check, repair, reproject, check the height fields,
   and keep only each building's centroid and cost; spill the batches to disk;
2. cut the city into buckets (a quadtree on the centroids) and route the spilled footprints, and
   the survey points near them, into per-bucket files;
3. tile each bucket on its own (survey heights, DEM base, extrusion, its own quadtree with coarse
   tiles), in a process pool; then join the buckets under coarse tiles made from what each
   bucket offers upwards.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.convert.building_heights import HeightRules, check_fields, decide_heights
from ingest_survey.convert.partition import BucketStore
from ingest_survey.crs import GeodeticTransform, transformer
from ingest_survey.errors import IngestError, UnknownVerticalDatumWarning, UnreadableFileError
from ingest_survey.heights import survey_chunks, survey_heights
from ingest_survey.readers.dem import sample_dem, terrain_vertical
from ingest_survey.readers.footprints import (
    Dropped,
    Footprints,
    iter_footprints,
    metadata_column,
    open_footprints,
)
from ingest_survey.readers.las import PointChunk, read_header
from ingest_survey.vertical import (
    UNKNOWN,
    VerticalInfo,
    horizontal_of,
    resolve_heights,
    to_ellipsoidal,
)
from tiling.building_tiles import (
    BuildingSet,
    Candidates,
    TilingOptions,
    build_subtree,
    coarse_tile,
    tileset_document,
)
from tiling.metadata import PropertyTable
from tiling.tileset import Tile
from tiling.tree import QuadNode, quadtree
from twin.storage import DataRef

from .executor import TaskExecutor, use_executor
from .targets import Target, output

COLOR_MEASURED = (222, 218, 206, 255)
COLOR_NO_HEIGHT = (235, 140, 52, 255)  # flagged: shown flat, never given a made-up height
GROUND_RADIUS_M = 4.0
BUCKET_BUILDINGS = 5_000  # small enough to balance the pool
BUCKET_BUILDINGS_SURVEY = 1_000  # a bucket also holds the survey points near its buildings
Progress = Callable[[str, int, int | None], None]  # stage, done increment, total


@dataclass
class BuildResult:
    """What a build wrote and what it had to leave out or repair."""

    out: Path | None  # the folder written, or None for a target
    features: int
    tiles: int
    region: list[float]
    flagged: int
    dropped: list[Dropped] = field(default_factory=list)
    repaired: list[Dropped] = field(default_factory=list)
    height_sources: dict[str, int] = field(default_factory=dict)
    vertical: dict[str, Any] = field(default_factory=dict)  # source -> VerticalInfo.meta()

    def meta(self) -> dict[str, Any]:
        """The layer metadata the catalog keeps (region in radians, counts, vertical datums)."""
        return {
            "vertical": self.vertical,
            "region": self.region,
            "features": self.features,
            "tiles": self.tiles,
            "flagged": self.flagged,
            "dropped": len(self.dropped),
            "height_sources": self.height_sources,
        }


@dataclass(frozen=True)
class BucketJob:
    """Everything a worker needs to tile one bucket (picklable)."""

    bucket: int
    store: DataRef
    target: Target
    crs_wkt: str
    rules: HeightRules
    terrain: Path | None
    survey: bool
    options: TilingOptions


@dataclass(frozen=True)
class BucketResult:
    """A tiled bucket: its subtree, its offer upwards and its counts."""

    bucket: int
    tile: Tile
    candidates: Candidates
    tiles: int
    features: int
    flagged: int
    sources: dict[str, int]


def _dem_base(terrain: Path, polygons: NDArray[Any], crs: CRS) -> NDArray[np.float64]:
    """The lowest DEM height under each footprint's outline (so no corner floats)."""
    parts, part_of = shapely.get_parts(polygons, return_index=True)
    coords, index = shapely.get_coordinates(shapely.get_exterior_ring(parts), return_index=True)
    samples = sample_dem(terrain, coords[:, 0], coords[:, 1], crs)
    base = np.full(polygons.size, np.inf)
    np.minimum.at(base, part_of[index], np.where(np.isnan(samples), np.inf, samples))
    base[np.isinf(base)] = np.nan
    return base


def tile_bucket(job: BucketJob) -> BucketResult:
    """Heights and tiles of one bucket; content goes straight into the staging folder."""
    store = BucketStore(job.store.resolve())
    batches: list[Footprints] = list(store.read(job.bucket, "features"))
    fp = _concat_footprints(batches)
    crs = CRS.from_wkt(job.crs_wkt)
    survey = None
    if job.survey:
        chunks = ((crs, chunk) for chunk in store.read(job.bucket, "points"))
        survey = survey_heights(
            fp.polygons, crs, chunks, ground_radius=GROUND_RADIUS_M, min_points=job.rules.min_points
        )
    dem = _dem_base(job.terrain, fp.polygons, crs) if job.terrain is not None else None
    heights = decide_heights(fp, job.rules, survey, dem)
    columns: dict[str, Any] = {"id": fp.ids, **heights.columns}
    for name in fp.attributes.column_names:
        columns[name if name not in columns else f"src_{name}"] = metadata_column(
            fp.attributes.column(name)
        )
    colors = np.where(
        heights.flagged[:, None],
        np.array(COLOR_NO_HEIGHT, np.uint8),
        np.array(COLOR_MEASURED, np.uint8),
    ).astype(np.uint8)
    buildings = BuildingSet(
        fp.polygons,
        heights.base,
        heights.top,
        PropertyTable("building", columns),
        # Every height is ellipsoidal by now (survey and DEM converted where their datum is
        # known): only the horizontal part of the footprints' CRS may transform.
        GeodeticTransform(horizontal_of(crs)),
        colors,
    )

    tile, candidates, tiles = build_subtree(buildings, job.target.write, job.options)
    sources, counts = np.unique(heights.columns["height_source"].astype(str), return_counts=True)
    return BucketResult(
        job.bucket,
        tile,
        candidates,
        tiles,
        len(fp),
        int(heights.flagged.sum()),
        {str(s): int(c) for s, c in zip(sources, counts, strict=True)},
    )


def _concat_footprints(batches: Sequence[Footprints]) -> Footprints:
    import pyarrow as pa

    first = batches[0]
    return Footprints(
        first.source,
        np.concatenate([b.polygons for b in batches]),
        np.concatenate([b.ids for b in batches]),
        np.concatenate([b.rows for b in batches]),
        pa.concat_tables([b.attributes for b in batches], promote_options="permissive"),
    )


@dataclass
class _Index:
    """Pass 1's memory: a few numbers per building, nothing more."""

    x: list[NDArray[np.float64]] = field(default_factory=list)
    y: list[NDArray[np.float64]] = field(default_factory=list)
    id_hashes: list[NDArray[np.uint64]] = field(default_factory=list)
    repaired: list[Dropped] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    batches: int = 0


def _scan(
    source: Any, rules: HeightRules, store: BucketStore, skip_invalid: bool, report: Progress
) -> _Index:
    index = _Index()
    for batch in iter_footprints(source, skip_invalid=skip_invalid):
        check_fields(batch, rules)
        centroid = shapely.get_coordinates(shapely.centroid(batch.polygons))
        index.x.append(centroid[:, 0])
        index.y.append(centroid[:, 1])
        index.id_hashes.append(
            np.array([hash(i) for i in batch.ids], dtype=np.int64).view(np.uint64)
        )
        index.repaired += batch.repaired
        index.dropped += batch.dropped
        store.append(index.batches, "spill", batch)
        index.batches += 1
        report("footprints", len(batch) + len(batch.dropped), source.features)
    return index


def _route_footprints(
    index: _Index, bucket_of: NDArray[np.intp], store: BucketStore
) -> list[tuple[float, float, float, float]]:
    """Move spilled batches into their buckets; returns each bucket's footprint bounds."""
    n_buckets = int(bucket_of.max()) + 1
    bounds = np.tile([np.inf, np.inf, -np.inf, -np.inf], (n_buckets, 1))
    start = 0
    for k in range(index.batches):
        for batch in store.read(k, "spill"):
            which = bucket_of[start : start + len(batch)]
            start += len(batch)
            b = shapely.bounds(batch.polygons)
            for bucket in np.unique(which):
                rows = np.flatnonzero(which == bucket)
                store.append(int(bucket), "features", _take(batch, rows))
                bounds[bucket, :2] = np.minimum(bounds[bucket, :2], b[rows, :2].min(axis=0))
                bounds[bucket, 2:] = np.maximum(bounds[bucket, 2:], b[rows, 2:].max(axis=0))
        store.path(k, "spill").unlink()
    return [tuple(row) for row in bounds]  # type: ignore[misc]


def _take(batch: Footprints, rows: NDArray[np.intp]) -> Footprints:
    import pyarrow as pa

    return replace(
        batch,
        polygons=batch.polygons[rows],
        ids=batch.ids[rows],
        rows=batch.rows[rows],
        attributes=batch.attributes.take(pa.array(rows)),
        repaired=[],
        dropped=[],
    )


def _route_points(
    chunks: Iterable[tuple[CRS, PointChunk]],
    crs: CRS,
    boxes: list[tuple[float, float, float, float]],
    store: BucketStore,
    report: Progress,
    total: int | None,
    vertical: tuple[str | None, str | None] = (None, None),
) -> None:
    """Send each survey point to every bucket whose footprints (plus the ground radius) it is
    near; points near no building are dropped here."""
    box = np.array(boxes) + [-GROUND_RADIUS_M, -GROUND_RADIUS_M, GROUND_RADIUS_M, GROUND_RADIUS_M]
    for chunk_crs, chunk in chunks:
        x, y = chunk.x, chunk.y
        effective, info = heights_of(chunk_crs, *vertical)
        if not chunk_crs.equals(crs):
            x, y = (np.asarray(v) for v in transformer(chunk_crs, crs).transform(x, y))
        if info.converted:  # survey heights -> ellipsoidal, by pyproj through the geoid
            z = to_ellipsoidal(effective, chunk.x, chunk.y, chunk.z)
            chunk = PointChunk(chunk.x, chunk.y, z, chunk.classification)
        for bucket in np.flatnonzero(
            (box[:, 0] <= x.max())
            & (box[:, 2] >= x.min())
            & (box[:, 1] <= y.max())
            & (box[:, 3] >= y.min())
        ):
            x0, y0, x1, y1 = box[bucket]
            near = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
            if near.size:
                store.append(
                    int(bucket),
                    "points",
                    PointChunk(x[near], y[near], chunk.z[near], chunk.classification[near]),
                )
        report("survey points", chunk.x.size, total)


def _join(
    node: QuadNode, leaf_of: dict[int, BucketResult], target: Target, options: TilingOptions
) -> tuple[Tile, Candidates, int]:
    """Coarse tiles above the buckets, from what each bucket offered."""
    if node.is_leaf:
        result = leaf_of[id(node)]
        return result.tile, result.candidates, 0
    below = [_join(child, leaf_of, target, options) for child in node.children]

    tile, candidates = coarse_tile(
        [c for _, c, _ in below],
        node.bounds[2] - node.bounds[0],
        [t for t, _, _ in below],
        target.write,
        options,
    )
    return tile, candidates, 1 + sum(n for _, _, n in below)


def build_buildings(
    footprints: str | Path,
    out: str | Path | Target,
    *,
    survey: Sequence[str | Path] = (),
    survey_crs: str | None = None,
    survey_stream: Iterable[tuple[CRS, PointChunk]] | None = None,
    vertical_crs: str | None = None,
    geoid: str | None = None,
    crs: str | None = None,
    layer: str | None = None,
    id_field: str | None = None,
    height_field: str | None = None,
    floors_field: str | None = None,
    floor_height: float = 3.0,
    base_field: str | None = None,
    terrain: str | Path | None = None,
    roof_percentile: int = 70,
    min_points: int = 10,
    skip_invalid: bool = False,
    force: bool = False,
    options: TilingOptions | None = None,
    workers: int | None = None,
    executor: TaskExecutor | None = None,
    work: DataRef | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Read, check, measure and tile footprints into `out`: a tileset folder (staged, then
    renamed) or a target (a layer version).

    The survey comes from LAS/LAZ files (`survey`), or as chunks from elsewhere (`survey_stream`,
    e.g. points arriving from an upload or a generator). Buckets are tiled by `executor` (default:
    a local pool of `workers` processes); `work` is the scratch folder its tasks share.
    """
    rules = HeightRules(
        height_field, floors_field, floor_height, base_field, roof_percentile, min_points
    )
    rules.check()
    options = options or TilingOptions()
    headers = [read_header(path, survey_crs) for path in survey]  # fail fast, before any work
    terrain_path = Path(terrain) if terrain is not None else None
    if terrain_path is not None and not terrain_path.exists():
        raise UnreadableFileError("no such file", path=terrain_path, field="--terrain")
    # Fail fast on a ballpark datum, and say once per build when the heights stay as given.
    survey_vertical = (
        resolve_heights(
            headers[0].crs,
            vertical_crs=vertical_crs,
            geoid=geoid,
            path=headers[0].path,
            option="--survey-crs",
        )[1]
        if headers
        else None
    )
    # Read now: a terrain layer's folder is only lent to the build while its inputs are open.
    terrain_info = terrain_vertical(terrain_path) if terrain_path is not None else None
    source = open_footprints(footprints, crs=crs, layer=layer, id_field=id_field)
    has_survey = bool(headers) or survey_stream is not None

    def report(stage: str, done: int, total: int | None) -> None:
        if progress is not None:
            progress(stage, done, total)

    with output(out, work=work, force=force) as (target, scratch):
        store = BucketStore(scratch.resolve())
        index = _scan(source, rules, store, skip_invalid, report)
        x, y = np.concatenate(index.x), np.concatenate(index.y)
        if x.size == 0:
            raise IngestError("no polygon features left", path=source.path)
        hashes = np.concatenate(index.id_hashes)
        if np.unique(hashes).size != hashes.size:
            raise IngestError(
                "building ids are not unique", path=source.path, field=id_field or "id"
            )
        capacity = BUCKET_BUILDINGS_SURVEY if has_survey else BUCKET_BUILDINGS
        buckets = quadtree(x, y, lambda items: items.size <= capacity)
        leaves = [node for node in buckets.walk() if node.is_leaf]
        bucket_of = np.empty(x.size, dtype=np.intp)
        for k, node in enumerate(leaves):
            bucket_of[node.items] = k
        boxes = _route_footprints(index, bucket_of, store)
        if has_survey:
            chunks = survey_chunks(headers) if survey_stream is None else survey_stream
            total = sum(h.point_count for h in headers) if headers else None
            _route_points(chunks, source.crs, boxes, store, report, total, (vertical_crs, geoid))
        jobs = [
            BucketJob(
                k,
                scratch,
                target,
                source.crs.to_wkt(),
                rules,
                terrain_path,
                has_survey,
                options,
            )
            for k in range(len(leaves))
        ]
        results: dict[int, BucketResult] = {}
        with use_executor(executor, workers if len(jobs) > 1 else 1) as run:
            for result in run.map(tile_bucket, jobs):
                results[result.bucket] = result
                report("buildings", result.features, int(x.size))
        root, _, upper = _join(
            buckets, {id(n): results[k] for k, n in enumerate(leaves)}, target, options
        )
        target.write_json("tileset.json", tileset_document(root, int(x.size)))
    vertical = {"footprints": (UNKNOWN if base_field else AS_RELATIVE).meta()}
    if has_survey:
        vertical["survey"] = (survey_vertical or UNKNOWN_STREAM).meta()
    if terrain_path is not None:
        vertical["terrain"] = terrain_info
    result = _summary(_described(out), root, upper, list(results.values()), index)
    result.vertical = vertical
    return result


@lru_cache(maxsize=16)
def heights_of(
    crs: CRS, vertical_crs: str | None = None, geoid: str | None = None
) -> tuple[CRS, VerticalInfo]:
    """A survey CRS made effective for its heights (resolved once per process; the build
    has already warned about an unknown datum)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownVerticalDatumWarning)
        return resolve_heights(
            crs, vertical_crs=vertical_crs, geoid=geoid, path="survey", option="--survey-crs"
        )


AS_RELATIVE = VerticalInfo(
    None,
    None,
    None,
    None,
    "footprint heights are relative (height, floors); bases come from the survey or terrain",
    False,
)
UNKNOWN_STREAM = VerticalInfo(
    None, None, None, None, "survey points streamed: heights kept as given", False
)


def _summary(
    out: Path | None, root: Tile, upper_tiles: int, results: list[BucketResult], index: _Index
) -> BuildResult:
    sources: dict[str, int] = {}
    for result in results:
        for key, count in result.sources.items():
            sources[key] = sources.get(key, 0) + count
    return BuildResult(
        out,
        sum(r.features for r in results),
        upper_tiles + sum(r.tiles for r in results),
        root.region.as_list(),
        sum(r.flagged for r in results),
        index.dropped,
        index.repaired,
        dict(sorted(sources.items())),
    )


def _described(out: str | Path | Target) -> Path | None:
    return Path(out) if isinstance(out, str | Path) else None

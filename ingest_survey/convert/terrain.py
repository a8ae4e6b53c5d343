"""DEMs -> a quantized-mesh terrain layer folder: layer.json + {z}/{x}/{y}.terrain (gzip).

1. the DEMs (any CRS, several of them) are mosaicked into one EPSG:4326 grid with average
   overviews, block by block, in the staging folder;
2. each level is tiled row by row: a tile's lattice is sampled from the mosaic level that
   matches its node spacing, its RTIN errors and edge needs are computed a row ahead (the
   errors of about two rows and the edge masks of three are kept, never the whole level), then
   its mesh keeps the union of its and its neighbours' edge vertices, and is encoded and gzipped.
Memory holds a few rows of tiles' errors (17 kB a tile): flat in the size of the DEM.

Vertical datum: quantized-mesh heights are WGS 84 ellipsoidal. A DEM whose vertical datum is
known (SRTM: EGM96 by definition; a GeoTIFF with a compound CRS, as `twin dem from-survey`
writes for a compound --crs) is converted through the geoid by pyproj while it is mosaicked;
one with a horizontal CRS only keeps its heights (with a warning). layer.json says which
("twin:verticalDatum", ingest_survey.vertical.VerticalInfo), as do buildings and pipes.
"""

from __future__ import annotations

import gzip
import json
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import rasterio

from ingest_survey.convert.executor import TaskExecutor, use_executor
from ingest_survey.convert.imagery import open_imagery, tile_imagery
from ingest_survey.convert.targets import Target, output
from ingest_survey.errors import IngestError, InvalidOptionError
from ingest_survey.readers.dem import GeographicSampler, Mosaic, mosaic_geographic, open_dem
from tiling.terrain import (
    GRID,
    TileKey,
    border_masks,
    build_terrain_tile,
    child_availability,
    grid_nodes,
    layer_json,
    level_error,
    tiles_covering,
)
from tiling.terrain_mesh import rtin_errors
from twin.storage import DataRef

Progress = Callable[[str, int, int | None], None]
MAX_ZOOM_LIMIT = 24
MIN_BAND_ROWS = 4
GDAL_CACHE_MB = 64
FINEST_TOLERANCE_M = 0.1  # mesh against lattice at the deepest level (issue 18: p95 <= 0.5 m)


@dataclass
class TerrainResult:
    """What a terrain build wrote."""

    out: Path | None  # the folder written, or None for a target
    tiles: int
    max_zoom: int
    bounds: tuple[float, float, float, float]
    min_height: float
    max_height: float
    errors: dict[int, float] = field(default_factory=dict)
    seconds: float = 0.0
    vertical: Any = None  # VerticalInfo.meta() of the DEM(s): a list when they differ

    def meta(self) -> dict[str, Any]:
        """The layer metadata the catalog keeps (region in radians, as for tilesets)."""
        w, s, e, n = (math.radians(v) for v in self.bounds)
        return {
            "region": [w, s, e, n, self.min_height, self.max_height],
            "tiles": self.tiles,
            "max_zoom": self.max_zoom,
            "bounds_deg": list(self.bounds),
            "vertical": self.vertical,
        }


def default_max_zoom(resolution_deg: float) -> int:
    """The first level whose node spacing is at least as fine as the DEM's cells."""
    z = math.ceil(math.log2(180.0 / ((GRID - 1) * resolution_deg)) - 1e-9)
    return int(np.clip(z, 0, MAX_ZOOM_LIMIT))


def _level_ranges(mosaic: Mosaic, max_zoom: int) -> list[tuple[int, int, int, int]]:
    ranges = [(0, 0, 1, 0)]  # both level-0 tiles: Cesium needs the whole globe's roots
    for z in range(1, max_zoom + 1):
        ranges.append(tiles_covering(z, *mosaic.bounds))
    return ranges


@dataclass
class _Sampled:
    """One tile's RTIN errors (until it is meshed) and the edge nodes its mesh keeps."""

    errors: np.ndarray | None  # float32, rounded up: a node kept at float64 stays kept
    masks: dict[str, np.ndarray]


def _float32_up(values: np.ndarray) -> np.ndarray:
    low = values.astype(np.float32)
    return np.where(low < values, np.nextafter(low, np.float32(np.inf)), low)


class _LevelTiler:
    """Tiles one level row by row. A tile's neighbours' edge masks must be known before it is
    meshed, so the errors of about two rows of tiles (17 kB each) are kept: computing them is
    a third of the work; the lattice is sampled again instead (cheaper than keeping it)."""

    def __init__(
        self,
        sampler: GeographicSampler,
        z: int,
        box: tuple[int, int, int, int],
        child_box: tuple[int, int, int, int] | None,
        error: float,
    ) -> None:
        self.sampler, self.z, self.box, self.child_box, self.error = (
            sampler,
            z,
            box,
            child_box,
            error,
        )
        self.spacing = 180.0 / (1 << z) / (GRID - 1)

    def heights(self, key: TileKey) -> np.ndarray:
        lon, lat = grid_nodes(key)
        return self.sampler.sample(lon, lat, self.spacing)

    def row(self, y: int) -> dict[int, _Sampled]:
        """Row y's tiles: errors and edge masks."""
        x0, y0, x1, y1 = self.box
        if not y0 <= y <= y1:
            return {}
        row = {}
        for x in range(x0, x1 + 1):
            errors = rtin_errors(self.heights(TileKey(self.z, x, y))[1:-1, 1:-1])
            row[x] = _Sampled(_float32_up(errors), border_masks(errors, self.error))
        return row

    def run(
        self, write: Callable[[TileKey, bytes], None], rows: tuple[int, int] | None = None
    ) -> int:
        """Tile rows ya..yb (default: the level's), sampling one row beyond for edge masks."""
        x0, y0, x1, y1 = self.box
        ya, yb = rows or (y0, y1)
        nx = 2 << self.z
        below, row, above = self.row(ya - 1), self.row(ya), self.row(ya + 1)
        count = 0
        for y in range(ya, yb + 1):
            for x in range(x0, x1 + 1):
                key = TileKey(self.z, x, y)
                edges = {}
                for edge, masks, nbx, opposite in (
                    ("west", row, (x - 1) % nx, "east"),
                    ("east", row, (x + 1) % nx, "west"),
                    ("south", below, x, "north"),
                    ("north", above, x, "south"),
                ):
                    if nbx in masks:
                        edges[edge] = masks[nbx].masks[opposite]
                meta = child_availability(key, [self.child_box] if self.child_box else None)
                data, _ = build_terrain_tile(
                    key, self.heights(key), self.error, edges, meta, errors=row[x].errors
                )
                row[x].errors = None
                write(key, data)
                count += 1
            below, row, above = row, above, self.row(y + 2)
        return count


@dataclass(frozen=True)
class _BandJob:
    """A band of rows of one level, for a worker process (picklable)."""

    mosaic: Mosaic
    mosaic_file: DataRef  # where the worker finds the mosaic on the shared storage
    z: int
    box: tuple[int, int, int, int]
    child_box: tuple[int, int, int, int] | None
    error: float
    rows: tuple[int, int]
    target: Target


def _gzip_tile(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def _tile_band(job: _BandJob) -> int:
    """Worker: open the mosaic (datasets never cross a fork) and tile the band's rows."""

    def write(key: TileKey, data: bytes) -> None:
        job.target.write(f"{key.z}/{key.x}/{key.y}.terrain", _gzip_tile(data))

    mosaic = replace(job.mosaic, path=job.mosaic_file.resolve())
    with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB // 2), GeographicSampler(mosaic) as s:
        return _LevelTiler(s, job.z, job.box, job.child_box, job.error).run(write, job.rows)


def _bands(box: tuple[int, int, int, int], workers: int) -> list[tuple[int, int]]:
    """Row bands of a level: a few per worker (balance), each at least MIN_BAND_ROWS tall (the
    masks of the rows just outside a band are computed twice)."""
    _, y0, _, y1 = box
    rows = y1 - y0 + 1
    count = max(1, min(rows // MIN_BAND_ROWS, 4 * workers))
    edges = np.linspace(y0, y1 + 1, count + 1).round().astype(int)
    return [(int(a), int(b) - 1) for a, b in zip(edges[:-1], edges[1:], strict=True)]


def build_terrain(
    dems: Sequence[str | Path],
    out: str | Path | Target,
    *,
    max_zoom: int | None = None,
    error_scale: float = 1.0,
    name: str | None = None,
    imagery: str | Path | None = None,
    imagery_crs: str | None = None,
    imagery_max_zoom: int | None = None,
    vertical_crs: str | None = None,
    geoid: str | None = None,
    sources: Sequence[str] | None = None,
    workers: int | None = None,
    executor: TaskExecutor | None = None,
    work: DataRef | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> TerrainResult:
    """Tile DEMs into a quantized-mesh layer: a folder `out` (staged, then renamed) or a target.

    `name` and `sources` (the files the DEMs were made from) go into layer.json; by default the
    first DEM's name and the DEMs' names. Bands of rows run on `executor` (default: a local pool
    of `workers` processes), sharing the scratch folder `work`.

    `error_scale` scales the per-level error the layer states (Cesium's level-0 geometric error
    for a 65-node heightmap, 77,067 m, halved per level): the mesh is simplified to half of it,
    and inserting the neighbours' edge vertices can add at most the other half.
    `imagery` (an orthophoto) is tiled into imagery/{z}/{x}/{y}.png beside the terrain and
    named in layer.json ("twin:imagery"), for the viewer to drape.
    """
    started = time.perf_counter()
    paths = [Path(p) for p in dems]
    if not paths:
        raise IngestError("no DEM given", field="DEM")
    for path in paths:  # fail fast, before anything is written
        open_dem(path).close()
    if imagery is not None:
        open_imagery(Path(imagery), imagery_crs)[0].close()
    if max_zoom is not None and not 0 <= max_zoom <= MAX_ZOOM_LIMIT:
        raise InvalidOptionError(
            f"the maximum zoom must be between 0 and {MAX_ZOOM_LIMIT}", field="--max-zoom"
        )
    if not 0 < error_scale <= 16:
        raise InvalidOptionError("the error scale must be in (0, 16]", field="--error-scale")

    def report(stage: str, done: int, total: int | None) -> None:
        if progress is not None:
            progress(stage, done, total)

    # GDAL's block cache would otherwise grow with the DEM (up to 5% of RAM): bound it.
    with (
        rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB),
        output(out, work=work, force=force) as (target, scratch),
        use_executor(executor, workers) as pool,
    ):
        mosaic_file = scratch.child("mosaic.tif")
        mosaic = mosaic_geographic(
            paths,
            mosaic_file.resolve(),
            lambda done, total: report("mosaic", 1, total),
            vertical_crs=vertical_crs,
            geoid=geoid,
        )
        zmax = default_max_zoom(mosaic.resolution) if max_zoom is None else max_zoom
        ranges = _level_ranges(mosaic, zmax)
        total = sum((x1 - x0 + 1) * (y1 - y0 + 1) for x0, y0, x1, y1 in ranges)
        errors: dict[int, float] = {}
        tiles = 0
        for z, box in enumerate(ranges):
            errors[z] = level_error(z, error_scale)
            child = ranges[z + 1] if z < zmax else None
            # Half the stated error: the neighbours' edge vertices may add the other half. The
            # deepest level is what the user measures against the DEM: meshed to within
            # FINEST_TOLERANCE_M of its lattice, whatever the level's stated error allows.
            tolerance = errors[z] / 2 if z < zmax else min(errors[z] / 2, FINEST_TOLERANCE_M)
            jobs = [
                _BandJob(mosaic, mosaic_file, z, box, child, tolerance, rows, target)
                for rows in _bands(box, pool.workers)
            ]
            for done in pool.map(_tile_band, jobs):
                tiles += done
                report("terrain tiles", done, total)
        metas = {json.dumps(v.meta(), sort_keys=True): v.meta() for v in mosaic.vertical}
        vertical = next(iter(metas.values())) if len(metas) == 1 else list(metas.values())
        extra: dict[str, Any] = {}
        if imagery is not None:
            drape = tile_imagery(
                Path(imagery),
                target.write,
                crs=imagery_crs,
                max_zoom=imagery_max_zoom,
                on_progress=lambda done, total: report("imagery", 1, total),
            )
            extra["twin:imagery"] = drape.layer_entry("imagery")
        named = list(sources) if sources else [p.name for p in paths]
        target.write_json(
            "layer.json",
            layer_json(
                name or Path(named[0]).name.split(".")[0],
                ranges,
                mosaic.bounds,
                description="twin terrain from " + ", ".join(named),
                extra={
                    "twin:maxError": {str(z): round(e, 4) for z, e in errors.items()},
                    "twin:verticalDatum": vertical,
                    "twin:heightRange": [mosaic.min_height, mosaic.max_height],
                    **extra,
                },
            ),
        )
    bounds = (
        float(mosaic.bounds[0]),
        float(mosaic.bounds[1]),
        float(mosaic.bounds[2]),
        float(mosaic.bounds[3]),
    )
    return TerrainResult(
        Path(out) if isinstance(out, str | Path) else None,
        tiles,
        zmax,
        bounds,
        float(mosaic.min_height),
        float(mosaic.max_height),
        errors,
        time.perf_counter() - started,
        vertical,
    )

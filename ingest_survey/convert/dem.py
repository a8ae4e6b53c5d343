"""Survey (LAS/LAZ) -> a DEM GeoTIFF of the ground: `twin dem from-survey`.

Ground points are the class-2 points of a file that has them; a file without any is filtered by
twin itself (ingest_survey.ground: SMRF on a minimum grid). Each cell holds the mean height of
its ground points; empty cells inside the survey are filled by linear interpolation between
their neighbours, cells outside the hull of the ground points stay nodata.

Streaming: pass 1 reads the chunks into per-cell sums and minimums; pass 2 (only for files
that need the filter) classifies each chunk against the filtered surface. Memory follows the
raster, never the number of points. Heights and the resolution are in metres (a survey in feet
is converted: its vertical unit is taken to be its horizontal one).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import transformer
from ingest_survey.errors import IngestError, InvalidOptionError, OutputExistsError
from ingest_survey.ground import (
    GridFrame,
    SmrfParameters,
    classify_ground,
    fill_gaps,
    ground_surface,
)
from ingest_survey.readers.las import SurveyHeader, iter_chunks, read_header

Progress = Callable[[str, int, int | None], None]
GROUND = 2


@dataclass
class DemResult:
    """What `dem_from_survey` wrote and how it found the ground."""

    out: Path
    width: int
    height: int
    resolution: float
    ground_points: int
    filtered_files: list[str]
    filled_cells: int
    empty_cells: int

    def summary(self) -> str:
        """One line for the CLI."""
        how = (
            f"ground filter (SMRF) on {', '.join(self.filtered_files)}"
            if self.filtered_files
            else "class 2 ground points"
        )
        return (
            f"{self.width} x {self.height} cells of {self.resolution:g} m from "
            f"{self.ground_points:,} ground points ({how}); {self.filled_cells:,} empty "
            f"cells interpolated, {self.empty_cells:,} outside the survey left nodata "
            f"-> {self.out}"
        )


def _horizontal(crs: CRS) -> CRS:
    return crs.sub_crs_list[0] if crs.is_compound else crs


def _unit(crs: CRS) -> float:
    factor = crs.axis_info[0].unit_conversion_factor if crs.axis_info else 1.0
    return float(factor or 1.0)


class _Accumulator:
    """Per-cell sums of ground heights and the lowest point of every cell (metres)."""

    def __init__(self, frame: GridFrame) -> None:
        self.frame = frame
        shape = (frame.height, frame.width)
        self.total = np.zeros(shape)
        self.count = np.zeros(shape, dtype=np.int64)
        self.minimum = np.full(shape, np.inf)

    def add_ground(
        self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
    ) -> None:
        row, col = self.frame.index(x, y)
        flat = row * self.frame.width + col
        self.total.ravel()[:] += np.bincount(flat, z, minlength=self.total.size)
        self.count.ravel()[:] += np.bincount(flat, minlength=self.count.size)

    def add_all(
        self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
    ) -> None:
        row, col = self.frame.index(x, y)
        np.minimum.at(self.minimum, (row, col), z)


def _chunks(
    headers: Sequence[SurveyHeader], crs: CRS, unit: float, report: Progress, stage: str
) -> Iterator[
    tuple[
        SurveyHeader,
        NDArray[np.float64],
        NDArray[np.float64],
        NDArray[np.float64],
        NDArray[np.uint8],
    ]
]:
    total = sum(h.point_count for h in headers)
    for header in headers:
        for chunk in iter_chunks(header):
            x, y = chunk.x, chunk.y
            if not _horizontal(header.crs).equals(crs):
                x, y = (np.asarray(v) for v in transformer(header.crs, crs).transform(x, y))
            z = chunk.z * _unit(_horizontal(header.crs))
            yield header, x, y, z, chunk.classification
            report(stage, chunk.x.size, total)


def _frame(headers: Sequence[SurveyHeader], target: CRS, cell: float) -> GridFrame:
    """The grid covering every survey's header box, in the target CRS's units."""
    boxes = []
    for h in headers:
        xs, ys = np.array([h.mins[0], h.maxs[0]]), np.array([h.mins[1], h.maxs[1]])
        if not _horizontal(h.crs).equals(target):
            xs, ys = (
                np.asarray(v)
                for v in transformer(h.crs, target).transform(np.repeat(xs, 2), np.tile(ys, 2))
            )
        boxes.append((xs.min(), ys.min(), xs.max(), ys.max()))
    box = np.array(boxes)
    frame = GridFrame.around(
        box[:, 0].min(), box[:, 1].min(), box[:, 2].max(), box[:, 3].max(), cell
    )
    if frame.width * frame.height > 400_000_000:
        raise InvalidOptionError(
            f"{frame.width} x {frame.height} cells is too large a DEM; choose a coarser resolution",
            field="--resolution",
        )
    return frame


def dem_from_survey(
    surveys: Sequence[str | Path],
    out: str | Path,
    *,
    resolution: float = 1.0,
    crs: str | None = None,
    force: bool = False,
    params: SmrfParameters | None = None,
    progress: Progress | None = None,
) -> DemResult:
    """Write a ground DEM (GeoTIFF, float32, NaN nodata) of the surveys at `resolution` metres."""
    out = Path(out)
    if out.exists() and not force:
        raise OutputExistsError(
            "the output file exists; use --force to replace it", path=out, field="--out"
        )
    if not 0 < resolution <= 1000:
        raise InvalidOptionError(
            "the resolution must be between 0 and 1000 m", field="--resolution"
        )
    if not surveys:
        raise IngestError("no survey file given", field="LAS")
    headers = [read_header(p, crs) for p in surveys]
    target = _horizontal(headers[0].crs)
    # The DEM keeps the heights' datum (a compound CRS in the GeoTIFF): the terrain pipeline
    # then converts them through the geoid; a horizontal CRS leaves them as given.
    written_crs = headers[0].crs
    unit = _unit(target)

    def report(stage: str, done: int, total: int | None) -> None:
        if progress is not None:
            progress(stage, done, total)

    frame = _frame(headers, target, resolution / unit)
    acc = _Accumulator(frame)
    has_ground: dict[Path, int] = {h.path: 0 for h in headers}
    for header, x, y, z, cls in _chunks(headers, target, unit, report, "survey points"):
        ground = cls == GROUND
        has_ground[header.path] += int(ground.sum())
        acc.add_ground(x[ground], y[ground], z[ground])
        acc.add_all(x, y, z)
    needs_filter = [h for h in headers if has_ground[h.path] == 0]
    if needs_filter:
        params = params or SmrfParameters(cell=resolution)
        minimum = np.where(np.isinf(acc.minimum), np.nan, acc.minimum)
        # The filter's grid is in metres: the frame's cell is resolution / unit CRS units.
        metric = GridFrame(frame.x0 * unit, frame.y1 * unit, resolution, frame.width, frame.height)
        surface = ground_surface(minimum, params)
        # Its own bar: a second pass under "survey points" counted every filtered point twice
        # against a total of the filtered files only.
        for _, x, y, z, _ in _chunks(needs_filter, target, unit, report, "ground filter"):
            keep = classify_ground(metric, surface, x * unit, y * unit, z, params)
            acc.add_ground(x[keep], y[keep], z[keep])
    if acc.count.sum() == 0:
        raise IngestError("no ground points found", path=headers[0].path)
    dem = np.where(acc.count > 0, acc.total / np.maximum(acc.count, 1), np.nan)
    empty = int(np.isnan(dem).sum())
    filled = fill_gaps(dem, extrapolate=False)
    left = int(np.isnan(filled).sum())
    _write_geotiff(out, filled, frame, written_crs)
    return DemResult(
        out,
        frame.width,
        frame.height,
        resolution,
        int(acc.count.sum()),
        [h.path.name for h in needs_filter],
        empty - left,
        left,
    )


def _write_geotiff(out: Path, dem: NDArray[np.float64], frame: GridFrame, crs: CRS) -> None:
    """Write beside `out`, then rename: never a half-written DEM."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.parent / f".{out.name}.partial-{uuid.uuid4().hex[:12]}"
    profile = {
        "driver": "GTiff",
        "dtype": "float32",
        "count": 1,
        "width": frame.width,
        "height": frame.height,
        "crs": crs.to_wkt(),
        "nodata": np.nan,
        "transform": Affine(frame.cell, 0, frame.x0, 0, -frame.cell, frame.y1),
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
        "compress": "deflate",
    }
    try:
        with rasterio.open(partial, "w", **profile) as dst:
            dst.write(dem.astype(np.float32), 1)
            dst.update_tags(
                1,
                UNITS="metre",
                SOURCE="twin dem from-survey: mean of ground "
                "points per cell, gaps linearly interpolated",
            )
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise

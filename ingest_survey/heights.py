"""Building heights from a classified survey, the 3DBAG way.

Per footprint: the ground is the 5th percentile of the ground points (class 2) within
`ground_radius` of it; the roof heights are the 50th, 70th and 90th percentiles of the points
inside it (building points, class 6, when the survey classifies buildings, else every point that
is not ground, noise or water). A footprint with fewer than `min_points` inside gets no roof
height: it is flagged, not guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import transformer
from ingest_survey.readers.las import PointChunk, SurveyHeader, iter_chunks

GROUND = 2
BUILDING = 6
NOT_ROOF = (2, 7, 9, 18)  # ground, low noise, water, high noise
ROOF_PERCENTILES = (50, 70, 90)
GROUND_PERCENTILE = 5


@dataclass(frozen=True)
class SurveyHeights:
    """Per-footprint heights (NaN where the survey cannot tell) and the evidence behind them."""

    ground: NDArray[np.float64]
    roof: dict[int, NDArray[np.float64]]  # percentile -> height
    points: NDArray[np.int64]  # roof points inside each footprint
    ground_points: NDArray[np.int64]
    roof_rule: str  # which points made the roof: "class 6" or "not ground/noise/water"


def grouped_percentiles(
    groups: NDArray[np.intp], values: NDArray[np.float64], n_groups: int, qs: Sequence[float]
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Percentiles (numpy's linear method) of `values` per group, NaN for empty groups.

    Vectorised over all groups: one sort, then the same interpolation np.percentile does.
    """
    counts = np.bincount(groups, minlength=n_groups).astype(np.int64)
    out = np.full((n_groups, len(qs)), np.nan)
    if values.size == 0:
        return out, counts
    order = np.lexsort((values, groups))
    sorted_values = values[order]
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    has = counts > 0
    for k, q in enumerate(qs):
        pos = (counts[has] - 1) * (q / 100.0)
        lo = np.floor(pos).astype(np.int64)
        hi = np.minimum(lo + 1, counts[has] - 1)
        t = pos - lo
        a = sorted_values[starts[has] + lo]
        b = sorted_values[starts[has] + hi]
        diff = b - a
        out[has, k] = np.where(t >= 0.5, b - diff * (1 - t), a + diff * t)
    return out, counts


class PolygonGrid:
    """Which polygons contain which points, for millions of points a chunk at a time.

    A uniform grid of cells about the size of a polygon lists the polygons whose bounding box
    touches each cell; a point is then tested (shapely.contains_xy, prepared polygons) against
    the few polygons of its cell. No geometry is made per point: that alone cost more than the
    tests (a shapely Point is about 1 us and 100 bytes). Boundary points are outside, as with
    the `within` predicate.
    """

    def __init__(self, polygons: NDArray[Any], max_cells: int = 1 << 22) -> None:
        """Index `polygons` (a shapely array; prepared in place) on at most `max_cells` cells."""
        self.polygons = polygons
        shapely.prepare(polygons)
        self.bounds = shapely.bounds(polygons)
        b = self.bounds
        self.origin = b[:, :2].min(axis=0) if b.size else np.zeros(2)
        span = (b[:, 2:].max(axis=0) - self.origin) if b.size else np.ones(2)
        sizes = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) if b.size else np.ones(1)
        self.cell = max(
            float(np.median(sizes)), float(np.sqrt(np.prod(span + 1) / max_cells)), 1e-6
        )
        lo = np.floor((b[:, :2] - self.origin) / self.cell).astype(np.int64)
        hi = np.floor((b[:, 2:] - self.origin) / self.cell).astype(np.int64)
        self.shape = (int(hi[:, 0].max(initial=0)) + 1, int(hi[:, 1].max(initial=0)) + 1)
        w, h = hi[:, 0] - lo[:, 0] + 1, hi[:, 1] - lo[:, 1] + 1
        poly = np.repeat(np.arange(len(polygons)), w * h)
        k = _ranks(w * h)
        cells = (lo[poly, 1] + k // w[poly]) * self.shape[0] + lo[poly, 0] + k % w[poly]
        order = np.argsort(cells, kind="stable")
        self.cell_polygons = poly[order]
        self.starts = np.searchsorted(cells[order], np.arange(self.shape[0] * self.shape[1] + 1))

    def pairs(
        self, x: NDArray[np.float64], y: NDArray[np.float64]
    ) -> tuple[NDArray[np.intp], NDArray[np.intp]]:
        """(point index, polygon index) of every point inside a polygon."""
        ix = np.floor((x - self.origin[0]) / self.cell)
        iy = np.floor((y - self.origin[1]) / self.cell)
        on = np.flatnonzero((ix >= 0) & (ix < self.shape[0]) & (iy >= 0) & (iy < self.shape[1]))
        cell = iy[on].astype(np.int64) * self.shape[0] + ix[on].astype(np.int64)
        first, count = self.starts[cell], self.starts[cell + 1] - self.starts[cell]
        pt = np.repeat(on, count)
        poly = self.cell_polygons[np.repeat(first, count) + _ranks(count)]
        px, py, b = x[pt], y[pt], self.bounds[poly]
        box = (px >= b[:, 0]) & (px <= b[:, 2]) & (py >= b[:, 1]) & (py <= b[:, 3])
        pt, poly = pt[box], poly[box]
        inside = shapely.contains_xy(self.polygons[poly], px[box], py[box])
        return pt[inside], poly[inside]


def _ranks(counts: NDArray[np.int64]) -> NDArray[np.int64]:
    """0, 1, ..., c - 1 for each count c in turn."""
    return np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)


class _Collector:
    """Gathers, chunk by chunk, the points that fall in each footprint or near it."""

    def __init__(self, polygons: NDArray[Any], ground_radius: float) -> None:
        self.inside_index = PolygonGrid(polygons)
        self.near_index = PolygonGrid(shapely.buffer(polygons, ground_radius))
        self.inside: list[tuple[NDArray[np.intp], NDArray[np.float64], NDArray[np.uint8]]] = []
        self.ground: list[tuple[NDArray[np.intp], NDArray[np.float64]]] = []

    def add(
        self,
        x: NDArray[np.float64],
        y: NDArray[np.float64],
        z: NDArray[np.float64],
        cls: NDArray[np.uint8],
    ) -> None:
        pt, poly = self.inside_index.pairs(x, y)
        self.inside.append((poly.astype(np.int32), z[pt], cls[pt]))
        ground = np.flatnonzero(cls == GROUND)
        pt, poly = self.near_index.pairs(x[ground], y[ground])
        self.ground.append((poly.astype(np.int32), z[ground[pt]]))


def _concat(parts: list[Any], i: int, dtype: Any) -> NDArray[Any]:
    return np.concatenate([p[i] for p in parts]) if parts else np.empty(0, dtype=dtype)


def survey_chunks(headers: Sequence[SurveyHeader]) -> Iterator[tuple[CRS, PointChunk]]:
    """Every chunk of every survey file, with the CRS it is in."""
    for header in headers:
        for chunk in iter_chunks(header):
            yield header.crs, chunk


def survey_heights(
    polygons: NDArray[Any],
    crs: CRS,
    chunks: Iterable[tuple[CRS, PointChunk]],
    *,
    ground_radius: float = 4.0,
    min_points: int = 10,
    on_progress: Callable[[int], None] | None = None,
) -> SurveyHeights:
    """Stream the survey's chunks once and compute the heights of each footprint (metric `crs`)."""
    collector = _Collector(polygons, ground_radius)
    for chunk_crs, chunk in chunks:
        x, y = chunk.x, chunk.y
        if not chunk_crs.equals(crs):
            x, y = transformer(chunk_crs, crs).transform(x, y)
        collector.add(np.asarray(x), np.asarray(y), chunk.z, chunk.classification)
        if on_progress is not None:
            on_progress(chunk.x.size)
    n = polygons.size
    poly = _concat(collector.inside, 0, np.intp)
    z = _concat(collector.inside, 1, np.float64)
    cls = _concat(collector.inside, 2, np.uint8)
    if (cls == BUILDING).any():
        roof_mask, rule = cls == BUILDING, "class 6"
    else:
        roof_mask, rule = ~np.isin(cls, NOT_ROOF), "not ground/noise/water"
    roof, counts = grouped_percentiles(poly[roof_mask], z[roof_mask], n, ROOF_PERCENTILES)
    roof[counts < min_points] = np.nan
    ground, ground_counts = grouped_percentiles(
        _concat(collector.ground, 0, np.intp),
        _concat(collector.ground, 1, np.float64),
        n,
        (GROUND_PERCENTILE,),
    )
    return SurveyHeights(
        ground=ground[:, 0],
        roof={q: roof[:, k] for k, q in enumerate(ROOF_PERCENTILES)},
        points=counts,
        ground_points=ground_counts,
        roof_rule=rule,
    )

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
POINTS_PER_QUERY = 200_000


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


class _Collector:
    """Gathers, chunk by chunk, the points that fall in each footprint or near it."""

    def __init__(self, polygons: NDArray[Any], ground_radius: float) -> None:
        self.inside_tree = shapely.STRtree(polygons)
        self.near_tree = shapely.STRtree(shapely.buffer(polygons, ground_radius))
        x0, y0, x1, y1 = shapely.total_bounds(polygons)
        self.bbox = (x0 - ground_radius, y0 - ground_radius, x1 + ground_radius,
                     y1 + ground_radius)
        self.inside: list[tuple[NDArray[np.intp], NDArray[np.float64], NDArray[np.uint8]]] = []
        self.ground: list[tuple[NDArray[np.intp], NDArray[np.float64]]] = []

    def add(self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64],
            cls: NDArray[np.uint8]) -> None:
        x0, y0, x1, y1 = self.bbox
        near = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
        if not near.any():
            return
        x, y, z, cls = x[near], y[near], z[near], cls[near]
        # Point geometries cost ~100 bytes each: make them a slice at a time.
        for start in range(0, x.size, POINTS_PER_QUERY):
            part = slice(start, start + POINTS_PER_QUERY)
            self._add(x[part], y[part], z[part], cls[part])

    def _add(self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64],
             cls: NDArray[np.uint8]) -> None:
        points = shapely.points(x, y)
        pt, poly = self.inside_tree.query(points, predicate="within")
        self.inside.append((poly.astype(np.int32), z[pt], cls[pt]))
        ground = np.flatnonzero(cls == GROUND)
        pt, poly = self.near_tree.query(points[ground], predicate="within")
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
        _concat(collector.ground, 0, np.intp), _concat(collector.ground, 1, np.float64), n,
        (GROUND_PERCENTILE,),
    )
    return SurveyHeights(
        ground=ground[:, 0],
        roof={q: roof[:, k] for k, q in enumerate(ROOF_PERCENTILES)},
        points=counts,
        ground_points=ground_counts,
        roof_rule=rule,
    )

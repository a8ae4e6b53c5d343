"""Survey heights on the real Delft set, against a direct numpy computation per footprint."""

from __future__ import annotations

import laspy
import numpy as np
import pytest
import shapely
from citydata import DELFT_CRS, DELFT_FOOTPRINTS, DELFT_SURVEY

from ingest_survey.heights import (
    GROUND,
    PolygonGrid,
    grouped_percentiles,
    survey_chunks,
    survey_heights,
)
from ingest_survey.readers.footprints import read_footprints
from ingest_survey.readers.las import read_header


def _inside(polygon, x, y) -> np.ndarray:
    """shapely.contains_xy over the points in the polygon's bounding box (for speed)."""
    x0, y0, x1, y1 = polygon.bounds
    mask = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
    idx = np.flatnonzero(mask)
    mask[idx] = shapely.contains_xy(polygon, x[idx], y[idx])
    return mask


@pytest.fixture(scope="module")
def delft():
    footprints = read_footprints(DELFT_FOOTPRINTS)
    headers = [read_header(path, DELFT_CRS) for path in DELFT_SURVEY]
    heights = survey_heights(footprints.polygons, footprints.crs, survey_chunks(headers))
    points = [laspy.read(path) for path in DELFT_SURVEY]
    x = np.concatenate([np.asarray(p.x) for p in points])
    y = np.concatenate([np.asarray(p.y) for p in points])
    z = np.concatenate([np.asarray(p.z) for p in points])
    cls = np.concatenate([np.asarray(p.classification) for p in points])
    return footprints, heights, (x, y, z, cls)


def test_roof_percentiles_equal_numpy_over_the_points_inside(delft) -> None:
    footprints, heights, (x, y, z, cls) = delft
    assert heights.roof_rule == "class 6"
    for i, polygon in enumerate(footprints.polygons):
        inside = _inside(polygon, x, y) & (cls == 6)
        assert heights.points[i] == inside.sum()
        expected = np.percentile(z[inside], [50, 70, 90])
        got = [heights.roof[q][i] for q in (50, 70, 90)]
        np.testing.assert_allclose(got, expected, rtol=0, atol=1e-9)


def test_ground_is_the_low_percentile_of_ground_points_around(delft) -> None:
    footprints, heights, (x, y, z, cls) = delft
    ground = cls == GROUND
    for i, polygon in enumerate(footprints.polygons):
        near = _inside(shapely.buffer(polygon, 4.0), x, y) & ground
        assert heights.ground_points[i] == near.sum()
        if near.any():
            assert heights.ground[i] == pytest.approx(np.percentile(z[near], 5), abs=1e-9)
    # Delft's campus is flat and near NAP 0: the ground is measured, not zero.
    assert np.isfinite(heights.ground).all()
    assert np.nanstd(heights.ground) > 0.05
    assert (np.abs(heights.ground) < 3).all()


def test_too_few_points_leave_the_roof_unmeasured(delft) -> None:
    footprints, _, _ = delft
    headers = [read_header(path, DELFT_CRS) for path in DELFT_SURVEY]
    strict = survey_heights(
        footprints.polygons, footprints.crs, survey_chunks(headers), min_points=600
    )
    few = strict.points < 600
    assert few.any() and (~few).any()
    assert np.isnan(strict.roof[70][few]).all()
    assert np.isfinite(strict.roof[70][~few]).all()


def test_grouped_percentiles_match_numpy_on_random_groups() -> None:
    rng = np.random.default_rng(3)
    groups = rng.integers(0, 50, 5000)
    values = rng.normal(size=5000)
    out, counts = grouped_percentiles(groups, values, 52, (5, 50, 70, 90, 100))
    for g in range(52):
        if counts[g] == 0:
            assert np.isnan(out[g]).all()
        else:
            expected = np.percentile(values[groups == g], [5, 50, 70, 90, 100])
            np.testing.assert_allclose(out[g], expected, rtol=0, atol=1e-12)


def test_polygon_grid_finds_exactly_the_containing_polygons(delft) -> None:
    """Against contains_xy on every (point, polygon) pair: real footprints, their 4 m buffers
    (which overlap), a polygon with a hole, a multipolygon, points outside every box, and a
    grid forced coarse (many polygons per cell)."""
    footprints, _, (x, y, _, _) = delft
    holed = shapely.Polygon(
        [(0, 0), (50, 0), (50, 50), (0, 50)], [[(10, 10), (40, 10), (40, 40), (10, 40)]]
    )
    parts = shapely.MultiPolygon([shapely.box(100, 0, 110, 10), shapely.box(120, 0, 130, 10)])
    rng = np.random.default_rng(7)
    local_x, local_y = rng.uniform(-20, 150, 20_000), rng.uniform(-20, 70, 20_000)
    cases = [
        (footprints.polygons, x[::20], y[::20]),
        (shapely.buffer(footprints.polygons, 4.0), x[::20], y[::20]),
        (np.array([holed, parts, shapely.box(20, 20, 30, 30)]), local_x, local_y),
    ]
    for polygons, px, py in cases:
        truth = shapely.contains_xy(polygons[:, None], px[None, :], py[None, :])
        expected = set(zip(*np.nonzero(truth.T), strict=True))
        for max_cells in (1 << 22, 4):
            pt, poly = PolygonGrid(polygons, max_cells).pairs(px, py)
            assert set(zip(pt.tolist(), poly.tolist(), strict=True)) == expected
            assert len(pt) == len(expected)  # no pair twice

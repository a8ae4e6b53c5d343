"""The fitted source -> ECEF transform against pyproj itself, on the feet and geographic files."""

from __future__ import annotations

import numpy as np
import pytest
from citydata import TEST_DATA
from pyproj import CRS, Transformer

from ingest_survey.convert.pointcloud_crs import FittedTransform, z_to_metres
from ingest_survey.readers.las import read_header, read_points

DATA = TEST_DATA / "pointclouds"


@pytest.mark.parametrize(
    ("name", "crs", "z_factor"),
    [
        ("pdal_autzen_trim.laz", None, 0.3048),  # Lambert, international feet (WKT only)
        ("pdal_4_6_crop.las", None, 1200 / 3937),  # EPSG:2903, US survey feet
        ("autzen_trim_every4_epsg4326.laz", None, 1.0),  # geographic lon/lat
        ("lone_star_every5.laz", "EPSG:26912", 1.0),  # UTM metres, far from the others
        ("extra_bytes_pf8_every7.laz", None, 1.0),  # Lambert-93
    ],
)
def test_within_a_millimetre_of_pyproj(name: str, crs: str | None, z_factor: float) -> None:
    header = read_header(DATA / name, crs)
    assert z_to_metres(header.crs) == pytest.approx(z_factor, rel=1e-12)
    transform = FittedTransform(header.crs, (header.mins[2], header.maxs[2]), header.mins[:2])
    points = next(read_points(header, 0, header.point_count, header.point_count))
    got = transform(points.x, points.y, points.z)
    truth = np.stack(
        Transformer.from_crs(header.crs, "EPSG:4978", always_xy=True).transform(
            points.x, points.y, points.z * z_factor
        ),
        axis=1,
    )
    assert np.abs(got - truth).max() < 0.001


def test_cells_split_where_a_fit_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest_survey.convert.pointcloud_crs as module

    monkeypatch.setattr(module, "TOLERANCE_M", 2e-6)  # missed by 10 km cells: forces halving
    fits: list[float] = []
    original = module.FittedTransform._fit

    def counting(self: FittedTransform, cell: float, i: int, j: int) -> object:
        fits.append(cell)
        return original(self, cell, i, j)

    monkeypatch.setattr(module.FittedTransform, "_fit", counting)
    crs = CRS.from_epsg(28992)
    rng = np.random.default_rng(0)
    x, y = rng.uniform(80_000, 90_000, 5000), rng.uniform(440_000, 450_000, 5000)
    z = rng.uniform(-5, 60, 5000)
    fitted = FittedTransform(crs, (-5.0, 60.0), (80_000.0, 440_000.0))
    fitted.cell = 10_000.0
    got = fitted(x, y, z)
    truth = np.stack(
        Transformer.from_crs(crs, "EPSG:4978", always_xy=True).transform(x, y, z), axis=1
    )
    assert np.abs(got - truth).max() < 0.001
    assert min(fits) < 10_000.0 / 2  # it did split

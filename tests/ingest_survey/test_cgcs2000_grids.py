"""CGCS2000 grids: accepted in every form, refused (naming the right CRS) on the wrong convention.

Coordinates are crafted: points around the city of the issue (36.65 N, 117.0 E) converted with
pyproj into each CRS, not surveyed there.
"""

from __future__ import annotations

from pathlib import Path

import laspy
import numpy as np
import pytest
from pyproj import CRS, Transformer

from ingest_survey.convert.pointcloud import _prepare
from ingest_survey.errors import IngestError
from ingest_survey.grids import check_grid_convention

CITY = (117.0, 36.65)


def _converted(crs: str) -> tuple[np.ndarray, np.ndarray]:
    lon, lat = np.meshgrid(
        CITY[0] + np.linspace(-0.02, 0.02, 5), CITY[1] + np.linspace(-0.02, 0.02, 5)
    )
    x, y = Transformer.from_crs("EPSG:4490", crs, always_xy=True).transform(
        lon.ravel(), lat.ravel()
    )
    return np.asarray(x), np.asarray(y)


def _las(path: Path, x: np.ndarray, y: np.ndarray, scale: float) -> Path:
    header = laspy.LasHeader(point_format=1, version="1.2")
    header.scales = np.array([scale, scale, 0.001])
    header.offsets = np.array([x.min(), y.min(), 0.0])
    las = laspy.LasData(header)
    las.x, las.y, las.z = x, y, np.linspace(20.0, 60.0, x.size)
    las.write(path)
    return path


@pytest.mark.parametrize(
    ("crs", "converted_in"),
    [
        ("EPSG:4490", "EPSG:4490"),  # geographic, latitude first in EPSG's axis order
        ("EPSG:4527", "EPSG:4527"),  # 3-degree zone 39, zone number in the easting
        ("EPSG:4548", "EPSG:4548"),  # 3-degree CM 117E, no zone number
        ("EPSG:4527+5737", "EPSG:4527"),  # compound with the 1985 heights
        ("EPSG:4548+5737", "EPSG:4548"),
    ],
)
def test_cgcs2000_crs_accepted(tmp_path: Path, crs: str, converted_in: str) -> None:
    x, y = _converted(converted_in)
    scale = 1e-7 if CRS.from_user_input(converted_in).is_geographic else 0.001
    las = _las(tmp_path / "city.las", x, y, scale)
    header, transform, corners, vertical = _prepare([las], crs)[0]
    assert vertical.converted == ("+5737" in crs)
    lon, lat, _ = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(
        *corners.mean(axis=0)
    )
    assert abs(lon - CITY[0]) < 0.05 and abs(lat - CITY[1]) < 0.05


@pytest.mark.parametrize(
    ("crs", "converted_in", "swap", "names"),
    [
        ("EPSG:4548", "EPSG:4527", False, ["zone number 39", "EPSG:4527"]),
        ("EPSG:4548+5737", "EPSG:4527", False, ["zone number 39", "EPSG:4527"]),
        ("EPSG:4527", "EPSG:4548", False, ["no zone number", "EPSG:4548"]),
        ("EPSG:4548", "EPSG:4548", True, ["swapped", "easting"]),
        ("EPSG:4527", "EPSG:4527", True, ["swapped", "easting"]),
        ("EPSG:4490", "EPSG:4490", True, ["latitude, longitude", "swap"]),
        ("EPSG:4509", "EPSG:4498", False, ["zone number 20", "EPSG:4498"]),  # 6-degree
        ("EPSG:4498", "EPSG:4509", False, ["no zone number", "EPSG:4509"]),
    ],
)
def test_wrong_convention_refused_naming_the_right_crs(
    crs: str, converted_in: str, swap: bool, names: list[str]
) -> None:
    x, y = _converted(converted_in)
    if swap:
        x, y = y, x
    with pytest.raises(IngestError) as caught:
        check_grid_convention(CRS.from_user_input(crs), x, y, path="city.las")
    assert caught.value.field == "--crs"
    for name in names:
        assert name in caught.value.message


def test_refused_in_the_pipeline_before_any_work(tmp_path: Path) -> None:
    x, y = _converted("EPSG:4527")
    las = _las(tmp_path / "zone39.las", x, y, 0.001)
    with pytest.raises(IngestError, match="EPSG:4527") as caught:
        _prepare([las], "EPSG:4548")
    assert caught.value.path is not None and caught.value.path.endswith("zone39.las")


def test_other_crs_not_checked() -> None:
    # RD New eastings and northings look nothing like Gauss-Kruger: no CGCS2000 datum, no check.
    check_grid_convention(CRS.from_epsg(28992), np.array([447000.0]), np.array([85000.0]))

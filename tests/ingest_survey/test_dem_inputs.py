"""Bad DEM and survey input: a clear error naming the file, and nothing half-written."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine
from citydata import DELFT_SURVEY

from ingest_survey.convert.dem import dem_from_survey
from ingest_survey.convert.terrain import build_terrain
from ingest_survey.errors import (
    IngestError,
    MissingCRSError,
    UnreadableFileError,
    UnsupportedFormatError,
)

DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"


def _raster(path: Path, data: np.ndarray, crs: str | None, nodata: float | None) -> Path:
    profile = {
        "driver": "GTiff",
        "dtype": "float32",
        "count": 1,
        "width": data.shape[1],
        "height": data.shape[0],
        "transform": Affine(0.001, 0, 7.4, 0, -0.001, 43.8),
        "nodata": nodata,
    }
    if crs:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data.astype(np.float32), 1)
    return path


def _no_leftovers(folder: Path) -> None:
    assert not (folder / "out").exists()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_dem_without_crs(tmp_path: Path) -> None:
    dem = _raster(tmp_path / "nocrs.tif", np.full((20, 20), 50.0), None, None)
    with pytest.raises(MissingCRSError, match="no coordinate reference system") as err:
        build_terrain([DEM, dem], tmp_path / "out")
    assert err.value.path == str(dem)
    _no_leftovers(tmp_path)


def test_dem_all_nodata(tmp_path: Path) -> None:
    dem = _raster(tmp_path / "void.tif", np.full((20, 20), -9999.0), "EPSG:4326", -9999.0)
    with pytest.raises(IngestError, match="every cell is nodata") as err:
        build_terrain([dem], tmp_path / "out")
    assert "void.tif" in str(err.value)
    _no_leftovers(tmp_path)


@pytest.mark.parametrize("content", [b"id,height\n1,20\n", b"", b"II*\x00garbage"])
def test_not_a_raster(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "heights.tif"
    bad.write_bytes(content)
    with pytest.raises(UnsupportedFormatError, match="not a raster") as err:
        build_terrain([bad], tmp_path / "out")
    assert err.value.path == str(bad)
    _no_leftovers(tmp_path)


def test_missing_file_and_bad_options(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="no such file"):
        build_terrain([tmp_path / "nope.tif"], tmp_path / "out")
    with pytest.raises(IngestError, match="maximum zoom") as err:
        build_terrain([DEM], tmp_path / "out", max_zoom=40)
    assert err.value.field == "--max-zoom"
    _no_leftovers(tmp_path)


def test_existing_output_is_kept_unless_forced(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    with pytest.raises(IngestError, match="--force"):
        build_terrain([DEM], tmp_path / "out", max_zoom=3)
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"


def test_survey_dem_bad_input(tmp_path: Path) -> None:
    text = tmp_path / "points.las"
    text.write_text("x,y,z\n")
    with pytest.raises(UnsupportedFormatError, match="LASF"):
        dem_from_survey([text], tmp_path / "dem.tif")
    with pytest.raises(MissingCRSError):
        dem_from_survey([DELFT_SURVEY[0]], tmp_path / "dem.tif")  # AHN3 headers carry no CRS
    with pytest.raises(IngestError, match="resolution"):
        dem_from_survey([DELFT_SURVEY[0]], tmp_path / "dem.tif", resolution=0, crs="EPSG:28992")
    assert list(tmp_path.iterdir()) == [text]

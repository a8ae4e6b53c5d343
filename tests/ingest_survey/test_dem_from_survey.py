"""A DEM from Delft's AHN3 ground points, the terrain built from it, and the sample city's
buildings standing on that terrain."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import rasterio
from citydata import DELFT_CRS, DELFT_FOOTPRINTS, DELFT_SURVEY
from pyproj import CRS

from ingest_survey.convert.buildings import build_buildings
from ingest_survey.convert.dem import DemResult, dem_from_survey
from ingest_survey.convert.terrain import TerrainResult, build_terrain
from ingest_survey.readers.dem import sample_dem
from ingest_survey.readers.las import iter_chunks, read_header

RD = CRS.from_user_input(DELFT_CRS)


@pytest.fixture(scope="module")
def delft(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemResult, TerrainResult]:
    root = tmp_path_factory.mktemp("delft")
    dem = dem_from_survey(DELFT_SURVEY, root / "dem.tif", resolution=1.0, crs=DELFT_CRS)
    return dem, build_terrain([dem.out], root / "terrain")


def _ground_points(step: int = 50) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    chunks = [c for p in DELFT_SURVEY for c in iter_chunks(read_header(p, DELFT_CRS))]
    x, y, z, cls = (
        np.concatenate([getattr(c, k) for c in chunks]) for k in ("x", "y", "z", "classification")
    )
    g = np.flatnonzero(cls == 2)[::step]
    return x[g], y[g], z[g]


def test_dem_agrees_with_the_ground_points(delft: tuple[DemResult, TerrainResult]) -> None:
    dem, _ = delft
    assert dem.filtered_files == []  # AHN3 has class 2: no filter needed
    with rasterio.open(dem.out) as ds:
        assert CRS.from_wkt(ds.crs.to_wkt()).equals(RD) and ds.res == (1.0, 1.0)
    x, y, z = _ground_points()
    err = np.abs(sample_dem(dem.out, x, y, RD) - z)
    # Only the rim of the survey (cells outside the hull of its ground points) is nodata.
    assert np.isnan(err).mean() < 0.01
    err = err[~np.isnan(err)]
    print(
        f"DEM vs {x.size} ground points: median {np.median(err):.3f} m, "
        f"p95 {np.percentile(err, 95):.3f} m, max {err.max():.3f} m"
    )
    assert np.median(err) < 0.05 and np.percentile(err, 95) < 0.25


def test_terrain_agrees_with_the_ground_points(delft: tuple[DemResult, TerrainResult]) -> None:
    """The finest tiles (as Cesium draws them) against the survey: within the level's stated
    error plus how far the ground points themselves scatter around the DEM."""
    dem, terrain = delft
    layer = json.loads((terrain.out / "layer.json").read_text())
    stated = layer["twin:maxError"][str(layer["maxzoom"])]
    x, y, z = _ground_points()
    on_dem = sample_dem(dem.out, x, y, RD)
    on_mesh = sample_dem(terrain.out, x, y, RD)  # a terrain folder is sampled as its mesh
    ok = ~np.isnan(on_dem)
    mesh_vs_dem = np.abs(on_mesh[ok] - on_dem[ok])
    scatter = np.abs(z[ok] - on_dem[ok])
    print(
        f"terrain (z{layer['maxzoom']}, stated {stated:.3f} m) vs DEM: max "
        f"{mesh_vs_dem.max():.3f} m; vs ground points: p95 "
        f"{np.percentile(np.abs(on_mesh[ok] - z[ok]), 95):.3f} m"
    )
    assert mesh_vs_dem.max() <= stated + 0.01
    assert (np.abs(on_mesh[ok] - z[ok]) <= stated + scatter + 0.01).all()


def test_buildings_stand_on_the_terrain(
    delft: tuple[DemResult, TerrainResult], tmp_path: Path
) -> None:
    """Based on the terrain folder, no footprint corner floats above the drawn ground and no
    building sinks deeper than the ground's relief under it."""
    import geopandas as gpd
    import shapely

    _, terrain = delft
    result = build_buildings(
        DELFT_FOOTPRINTS,
        tmp_path / "b",
        survey=DELFT_SURVEY,
        survey_crs=DELFT_CRS,
        terrain=terrain.out,
    )
    assert result.features > 100
    frame = gpd.read_file(DELFT_FOOTPRINTS).to_crs(RD)
    rings = shapely.get_exterior_ring(shapely.get_parts(frame.geometry.values))
    coords, index = shapely.get_coordinates(rings, return_index=True)
    ground = sample_dem(terrain.out, coords[:, 0], coords[:, 1], RD)
    lowest = np.full(rings.size, np.inf)
    np.minimum.at(lowest, index, ground)
    # The base build_buildings used is exactly that lowest drawn-ground height of the outline.
    from ingest_survey.convert.buildings import _dem_base

    base = _dem_base(terrain.out, shapely.get_parts(frame.geometry.values), RD)
    assert np.allclose(base, lowest, atol=1e-9)
    highest = np.full(rings.size, -np.inf)
    np.maximum.at(highest, index, ground)
    assert (base <= lowest + 1e-9).all() and (highest - base < 5).all()


def test_a_survey_without_ground_class_is_filtered(
    tmp_path: Path, delft: tuple[DemResult, TerrainResult]
) -> None:
    """The same AHN3 file with every class erased: twin's ground filter finds the ground, and
    its DEM matches the one made from the surveyors' class 2."""
    import laspy

    source = laspy.read(DELFT_SURVEY[1])
    source.classification[:] = 0
    unclassified = tmp_path / "unclassified.laz"
    source.write(unclassified)
    seen: dict[str, list[int]] = {}

    def progress(stage: str, done: int, total: int | None) -> None:
        count = seen.setdefault(stage, [0, 0])
        count[0] += done
        count[1] = total or 0

    filtered = dem_from_survey(
        [unclassified], tmp_path / "f.tif", resolution=1.0, crs=DELFT_CRS, progress=progress
    )
    assert filtered.filtered_files == ["unclassified.laz"]
    n = len(source.points)  # each pass counts each point once, against its own total
    assert seen == {"survey points": [n, n], "ground filter": [n, n]}
    reference = dem_from_survey(
        [DELFT_SURVEY[1]], tmp_path / "c.tif", resolution=1.0, crs=DELFT_CRS
    )
    with rasterio.open(filtered.out) as f, rasterio.open(reference.out) as c:
        a, b = f.read(1), c.read(1)
    both = ~np.isnan(a) & ~np.isnan(b)
    diff = np.abs(a[both] - b[both])
    print(
        f"filtered vs class-2 DEM: median {np.median(diff):.3f} m, "
        f"p95 {np.percentile(diff, 95):.3f} m over {both.sum()} cells"
    )
    assert both.mean() > 0.9 and np.median(diff) < 0.05 and np.percentile(diff, 95) < 0.5

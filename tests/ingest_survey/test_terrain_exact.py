"""Terrain exact at its finest level: the surface CesiumJS draws from the deepest tiles (heights
interpolated linearly over each triangle) against the DEM's own bilinear surface.

For every DEM the sample city has (Monaco SRTM3, the ky4 DEM, the Delft and Autzen survey DEMs)
and a steep one (the Alpine corner of the Monaco SRTM tile, 600 m to 2,000 m within 10 km):
p95 <= 0.5 m, no error above the level's stated geometric error, and a deepest level whose node
spacing reaches the DEM's cell size. Tiles are decoded by tests/quantized_mesh_reader.py.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import rasterio
from citydata import SAMPLES
from pyproj import CRS
from quantized_mesh_reader import DecodedTile, read_tile
from rasterio.windows import Window

from ingest_survey.convert.dem import dem_from_survey
from ingest_survey.convert.terrain import build_terrain
from ingest_survey.readers.dem import raster_uri, sample_dem
from tiling.terrain import GRID, TileKey

pytestmark = pytest.mark.filterwarnings(
    "ignore:Use `@` matmul instead of `\\*` mul operator:PendingDeprecationWarning",
    "ignore::ingest_survey.errors.UnknownVerticalDatumWarning",
)
P95_M = 0.5
SAMPLES_PER_TILE = 300


def _steep_cut(out: Path) -> Path:
    """The Alpine north-west corner of N43E007 (about 0.08 deg square), as a GeoTIFF."""
    with rasterio.open(raster_uri(SAMPLES / "monaco" / "N43E007.hgt.zip")) as ds:
        window = Window(0, 0, 100, 100)
        profile = {
            **ds.profile,
            "driver": "GTiff",
            "width": 100,
            "height": 100,
            "transform": ds.window_transform(window),
        }
        with rasterio.open(out, "w", **profile) as dst:
            dst.write(ds.read(window=window))
    return out


def _dem(name: str, tmp: Path) -> Path:
    if name == "monaco":
        return SAMPLES / "monaco" / "N43E007.hgt.zip"
    if name == "steep":
        return _steep_cut(tmp / "steep.tif")
    if name == "ky4":
        return SAMPLES / "ky4" / "ky4_elevation.tif"
    surveys = {
        "delft": ([SAMPLES / "delft" / "ahn3" / "ahn3_cropped_2.laz"], "EPSG:7415"),
        "autzen": ([SAMPLES / "autzen" / "autzen_trim.laz"], None),
    }[name]
    out = tmp / f"{name}.tif"
    dem_from_survey(surveys[0], out, resolution=1.0, crs=surveys[1])
    return out


def _cell_degrees(dem: Path) -> float:
    """The DEM's cell size in degrees of latitude (what the level's node spacing must reach)."""
    with rasterio.open(raster_uri(dem)) as ds:
        crs = CRS.from_user_input(ds.crs.to_wkt())
        cell = min(abs(ds.transform.a), abs(ds.transform.e))
        if crs.is_geographic:
            return cell
        factor = crs.axis_info[0].unit_conversion_factor or 1.0
        return cell * factor / 111_320.0


def _surface(tile: DecodedTile, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Heights at (u, v) (0..32767) as CesiumJS interpolates them: linear over each triangle."""
    tu, tv = np.asarray(tile.u, float), np.asarray(tile.v, float)
    th = np.asarray(tile.heights())
    tri = np.asarray(tile.triangles)
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    det = (tv[b] - tv[c]) * (tu[a] - tu[c]) + (tu[c] - tu[b]) * (tv[a] - tv[c])
    out = np.full(u.size, np.nan)
    for k in range(0, u.size, 100):
        pu, pv = u[k : k + 100, None], v[k : k + 100, None]
        l1 = ((tv[b] - tv[c]) * (pu - tu[c]) + (tu[c] - tu[b]) * (pv - tv[c])) / det
        l2 = ((tv[c] - tv[a]) * (pu - tu[c]) + (tu[a] - tu[c]) * (pv - tv[c])) / det
        l3 = 1 - l1 - l2
        inside = (l1 >= -1e-9) & (l2 >= -1e-9) & (l3 >= -1e-9)
        first = inside.argmax(axis=1)
        rows = np.arange(pu.shape[0])
        h = l1 * th[a] + l2 * th[b] + l3 * th[c]
        out[k : k + 100] = np.where(inside.any(axis=1), h[rows, first], np.nan)
    return out


def _errors(folder: Path, dem: Path, z: int) -> tuple[np.ndarray, list[TileKey]]:
    rng = np.random.default_rng(18)
    errors, keys = [], []
    wgs84 = CRS.from_epsg(4326)
    for path in sorted((folder / str(z)).glob("*/*.terrain")):
        key = TileKey(z, int(path.parent.name), int(path.stem))
        west, south, east, north = key.bounds()
        tile = read_tile(path)
        u = rng.uniform(0, 32767, SAMPLES_PER_TILE)
        v = rng.uniform(0, 32767, SAMPLES_PER_TILE)
        lon = west + (east - west) * u / 32767
        lat = south + (north - south) * v / 32767
        truth = sample_dem(dem, lon, lat, wgs84)
        # Only where the DEM has data at every lattice node around the sample: beyond the DEM's
        # edge the tile's nodes are filled, not measured, and there is nothing to reproduce.
        step = (east - west) / (GRID - 1)
        i, j = np.floor((lon - west) / step), np.floor((lat - south) / step)
        corners = [
            sample_dem(dem, west + (i + di) * step, south + (j + dj) * step, wgs84)
            for di in (0, 1)
            for dj in (0, 1)
        ]
        keep = np.isfinite(truth) & np.isfinite(np.stack(corners)).all(axis=0)
        if keep.any():
            errors.append(np.abs(_surface(tile, u[keep], v[keep]) - truth[keep]))
            keys.append(key)
    return np.concatenate(errors), keys


# Measured on this branch (p95 / max against the stated error at the deepest level). The mesh
# is within 0.1 m of its lattice there; what is left is the lattice itself: node spacing about
# the DEM's cell, not aligned with its cells (linear triangles cannot follow the bilinear DEM
# on steep slopes), and, for projected DEMs, the geographic mosaic resampled at GDAL's default
# resolution, coarser in latitude than the DEM (Autzen's deepest nodes miss its cell size).
_NOT_YET = {
    "monaco": "p95 2.0 m, max 21 m > 18.8 m stated (z12)",
    "steep": "p95 5.3 m (z12; 0.6 m at z14)",
    "ky4": "p95 0.97 m, max 7.2 m > 4.7 m stated (z14): mosaic resampling",
    "delft": "p95 0.055 m but max 0.54 m > 0.147 m stated (z19)",
    "autzen": "deepest node spacing 1.07e-5 deg > the 1 m cell (8.98e-6 deg)",
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=f"issue 18 item 3 open: {why}"))
        for name, why in _NOT_YET.items()
    ],
)
def test_deepest_level_reproduces_the_dem(tmp_path: Path, name: str) -> None:
    dem = _dem(name, tmp_path)
    result = build_terrain([dem], tmp_path / "terrain", workers=1)
    z = result.max_zoom
    spacing = 180.0 / (1 << z) / (GRID - 1)
    assert spacing <= _cell_degrees(dem) * 1.0001, "the deepest nodes are coarser than the DEM"
    errors, keys = _errors(tmp_path / "terrain", dem, z)
    assert keys and errors.size > 100
    stated = json.loads((tmp_path / "terrain" / "layer.json").read_text())["twin:maxError"][str(z)]
    p95 = float(np.percentile(errors, 95))
    assert p95 <= P95_M
    assert errors.max() <= stated
    assert math.isfinite(stated)


def test_deepest_vertices_on_the_dem_and_edges_shared(tmp_path: Path) -> None:
    """What holds today: every vertex of the deepest tiles lies on the DEM's bilinear surface
    (mesh 0.1 m from its lattice, plus 16-bit quantization), and east-west neighbours share
    their edge vertices exactly (position and height)."""
    dem = _steep_cut(tmp_path / "steep.tif")
    result = build_terrain([dem], tmp_path / "terrain", workers=1)
    z = result.max_zoom
    tiles = {}
    for path in sorted((tmp_path / "terrain" / str(z)).glob("*/*.terrain")):
        tiles[(int(path.parent.name), int(path.stem))] = read_tile(path)
    wgs84 = CRS.from_epsg(4326)
    for (x, y), tile in tiles.items():
        west, south, east, north = TileKey(z, x, y).bounds()
        u, v = np.asarray(tile.u, float), np.asarray(tile.v, float)
        lon, lat = west + (east - west) * u / 32767, south + (north - south) * v / 32767
        truth = sample_dem(dem, lon, lat, wgs84)
        quantum = (tile.max_height - tile.min_height) / 32767
        on = np.isfinite(truth)
        assert np.all(np.abs(np.asarray(tile.heights())[on] - truth[on]) <= 0.25 + quantum)
    shared = 0
    for (x, y), tile in tiles.items():
        neighbour = tiles.get((x + 1, y))
        if neighbour is None:
            continue
        mine = sorted((tile.v[i], round(tile.heights()[i], 3)) for i in tile.edges["east"])
        theirs = sorted(
            (neighbour.v[i], round(neighbour.heights()[i], 3)) for i in neighbour.edges["west"]
        )
        assert [m[0] for m in mine] == [t[0] for t in theirs]
        # Each tile quantizes heights over its own range: half a step each way at most.
        step = sum((t.max_height - t.min_height) / 32767 for t in (tile, neighbour))
        assert np.allclose([m[1] for m in mine], [t[1] for t in theirs], atol=step / 2 + 0.002)
        shared += 1
    assert shared > 0

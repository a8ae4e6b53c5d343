"""Terrain tiles from a real DEM (an SRTM3 cut around Monaco, with voids), decoded back by an
independent reader: heights against the DEM, shared edges, layer.json against the files."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import rasterio
from pyproj import CRS
from quantized_mesh_reader import DecodedTile, read_tile

from ingest_survey.convert.terrain import TerrainResult, build_terrain
from ingest_survey.readers.dem import sample_dem

DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"
WGS84 = CRS.from_epsg(4326)


@pytest.fixture(scope="module")
def monaco(tmp_path_factory: pytest.TempPathFactory) -> TerrainResult:
    return build_terrain([DEM], tmp_path_factory.mktemp("terrain") / "monaco")


def _tiles(root: Path) -> dict[tuple[int, int, int], Path]:
    return {(int(p.parts[-3]), int(p.parts[-2]), int(p.stem)): p for p in root.rglob("*.terrain")}


def _bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    w = 180.0 / 2**z
    return -180 + x * w, -90 + y * w, -180 + (x + 1) * w, -90 + (y + 1) * w


def _mesh_heights(tile: DecodedTile, fu: np.ndarray, fv: np.ndarray) -> np.ndarray:
    """The mesh's height at points (u, v in 0..32767), by finding each point's triangle."""
    u, v = np.array(tile.u, float), np.array(tile.v, float)
    h = np.array(tile.heights())
    tri = np.array(tile.triangles)
    out = np.full(fu.size, np.nan)
    ax, ay, bx, by, cx, cy = (
        u[tri[:, 0]],
        v[tri[:, 0]],
        u[tri[:, 1]],
        v[tri[:, 1]],
        u[tri[:, 2]],
        v[tri[:, 2]],
    )
    det = (by - cy) * (ax - cx) + (cx - bx) * (ay - cy)
    for k in range(fu.size):
        wa = ((by - cy) * (fu[k] - cx) + (cx - bx) * (fv[k] - cy)) / det
        wb = ((cy - ay) * (fu[k] - cx) + (ax - cx) * (fv[k] - cy)) / det
        wc = 1 - wa - wb
        hit = np.flatnonzero((wa >= -1e-9) & (wb >= -1e-9) & (wc >= -1e-9))
        assert hit.size, "a point of the tile is covered by no triangle"
        t = hit[0]
        out[k] = wa[t] * h[tri[t, 0]] + wb[t] * h[tri[t, 1]] + wc[t] * h[tri[t, 2]]
    return out


def _lattice_slack(
    west: float,
    south: float,
    east: float,
    north: float,
    fu: np.ndarray,
    fv: np.ndarray,
    truth: np.ndarray,
) -> np.ndarray:
    """How far the DEM itself is from linear between the four lattice nodes around each point
    (either diagonal): what no mesh on that lattice can do better than. NaN where a node has
    no DEM height (a void fill or outside)."""
    i, j = np.floor(fu / 32767 * 64), np.floor(fv / 32767 * 64)
    tx, ty = fu / 32767 * 64 - i, fv / 32767 * 64 - j
    c = {}
    for di in (0, 1):
        for dj in (0, 1):
            lon = west + (east - west) * (i + di) / 64
            lat = south + (north - south) * (j + dj) / 64
            c[di, dj] = sample_dem(DEM, lon, lat, WGS84)
    # Diagonal (0,0)-(1,1) and diagonal (1,0)-(0,1): the plane of the half holding the point.
    d1 = np.where(
        tx >= ty,
        c[0, 0] + tx * (c[1, 0] - c[0, 0]) + ty * (c[1, 1] - c[1, 0]),
        c[0, 0] + ty * (c[0, 1] - c[0, 0]) + tx * (c[1, 1] - c[0, 1]),
    )
    d2 = np.where(
        tx + ty <= 1,
        c[0, 0] + tx * (c[1, 0] - c[0, 0]) + ty * (c[0, 1] - c[0, 0]),
        c[1, 1] + (1 - tx) * (c[0, 1] - c[1, 1]) + (1 - ty) * (c[1, 0] - c[1, 1]),
    )
    return np.maximum(np.abs(truth - d1), np.abs(truth - d2))


def test_triangles_cover_the_tile_and_wind_counter_clockwise(monaco: TerrainResult) -> None:
    for path in list(_tiles(monaco.out).values())[:40]:
        tile = read_tile(path)
        u, v = np.array(tile.u, float), np.array(tile.v, float)
        tri = np.array(tile.triangles)
        area = (
            (u[tri[:, 1]] - u[tri[:, 0]]) * (v[tri[:, 2]] - v[tri[:, 0]])
            - (u[tri[:, 2]] - u[tri[:, 0]]) * (v[tri[:, 1]] - v[tri[:, 0]])
        ) / 2
        assert (area > 0).all()
        assert area.sum() == pytest.approx(32767.0**2)
        assert sorted(set(tri.ravel())) == list(range(len(tile.u)))


def test_heights_within_the_stated_error_of_the_dem(monaco: TerrainResult) -> None:
    """At the levels whose nodes are as fine as the DEM, every random point of every tile is
    within the level's stated error (layer.json twin:maxError: the mesh against its lattice of
    DEM samples) plus the 16-bit height step, plus how far the DEM itself bends between the
    lattice nodes around the point (which no mesh on that lattice can follow)."""
    stated = json.loads((monaco.out / "layer.json").read_text())["twin:maxError"]
    with rasterio.open(DEM) as ds:
        res = ds.res[0]
    rng = np.random.default_rng(7)
    worst: dict[int, float] = {}
    for (z, x, y), path in _tiles(monaco.out).items():
        if 180.0 / 2**z / 64 > res:
            continue  # coarser levels: sampled from averaged overviews, not the DEM itself
        tile = read_tile(path)
        west, south, east, north = _bounds(z, x, y)
        fu, fv = rng.uniform(0, 32767, 60), rng.uniform(0, 32767, 60)
        lon = west + (east - west) * fu / 32767
        lat = south + (north - south) * fv / 32767
        truth = sample_dem(DEM, lon, lat, WGS84)
        slack = _lattice_slack(west, south, east, north, fu, fv, truth)
        # Nothing to compare with outside the DEM or next to a void; and between nodes that
        # are void fills (interpolated, not measured), the DEM says nothing either.
        ok = ~np.isnan(slack)
        if not ok.any():
            continue
        got = _mesh_heights(tile, fu[ok], fv[ok])
        step = (tile.max_height - tile.min_height) / 32767
        err = np.abs(got - truth[ok]) - slack[ok]
        worst[z] = max(worst.get(z, 0.0), float(err.max()))
        assert err.max() <= stated[str(z)] + step + 1e-6, (z, x, y, err.max(), stated[str(z)])
    assert worst, "no level was fine enough to compare"
    print("worst error by level (m):", {z: round(e, 2) for z, e in sorted(worst.items())})


def test_neighbours_share_identical_edges(monaco: TerrainResult) -> None:
    tiles = _tiles(monaco.out)
    pairs = 0
    for (z, x, y), path in tiles.items():
        for other, mine, theirs, along in (
            ((z, x + 1, y), "east", "west", "v"),
            ((z, x, y + 1), "north", "south", "u"),
        ):
            if other not in tiles or z == 0:
                continue
            a, b = read_tile(path), read_tile(tiles[other])
            ha, hb = a.heights(), b.heights()
            ea = {getattr(a, along)[i]: ha[i] for i in a.edges[mine]}
            eb = {getattr(b, along)[i]: hb[i] for i in b.edges[theirs]}
            assert sorted(ea) == sorted(eb), (z, x, y, mine)
            tol = ((a.max_height - a.min_height) + (b.max_height - b.min_height)) / 32767 / 2
            for pos, height in ea.items():
                assert abs(height - eb[pos]) <= tol + 1e-9
            pairs += 1
    assert pairs > 20


def test_layer_json_matches_the_tiles_on_disk(monaco: TerrainResult) -> None:
    layer = json.loads((monaco.out / "layer.json").read_text())
    assert layer["format"] == "quantized-mesh-1.0" and layer["scheme"] == "tms"
    assert layer["extensions"] == ["octvertexnormals", "metadata"]
    assert layer["metadataAvailability"] == 1  # each tile names its children (CesiumJS needs it)
    tiles = _tiles(monaco.out)
    listed = set()
    for z, ranges in enumerate(layer["available"]):
        for r in ranges:
            listed |= {
                (z, x, y)
                for x in range(r["startX"], r["endX"] + 1)
                for y in range(r["startY"], r["endY"] + 1)
            }
    assert listed == set(tiles)
    assert layer["maxzoom"] == len(layer["available"]) - 1 == monaco.max_zoom
    for (z, x, y), path in tiles.items():
        meta = read_tile(path).metadata()
        children = {
            (z + 1, cx, cy)
            for level in meta["available"][:1]
            for r in level
            for cx in range(r["startX"], r["endX"] + 1)
            for cy in range(r["startY"], r["endY"] + 1)
        }
        expected = {(z + 1, 2 * x + i, 2 * y + j) for i in (0, 1) for j in (0, 1)} & set(tiles)
        assert children == expected


def test_header_and_normals_are_consistent(monaco: TerrainResult) -> None:
    for (z, x, y), path in list(_tiles(monaco.out).items())[::5]:
        tile = read_tile(path)
        west, south, east, north = _bounds(z, x, y)
        lon = np.radians(west + (east - west) * np.array(tile.u) / 32767)
        lat = np.radians(south + (north - south) * np.array(tile.v) / 32767)
        up = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], 1)
        normals = np.array(tile.normals())
        assert np.allclose(np.linalg.norm(normals, axis=1), 1, atol=1e-6)
        assert (np.einsum("ij,ij->i", normals, up) > 0.3).all()  # no slope steeper than 72 deg
        # Every vertex inside the bounding sphere (ECEF from the spec's formulas).
        h = np.array(tile.heights())
        a, e2 = 6378137.0, 6.69437999014e-3
        n = a / np.sqrt(1 - e2 * np.sin(lat) ** 2)
        ecef = np.stack(
            [
                (n + h) * np.cos(lat) * np.cos(lon),
                (n + h) * np.cos(lat) * np.sin(lon),
                (n * (1 - e2) + h) * np.sin(lat),
            ],
            1,
        )
        dist = np.linalg.norm(ecef - np.array(tile.sphere_center), axis=1)
        assert dist.max() <= tile.sphere_radius * (1 + 1e-9) + 1e-3
        assert min(h) >= tile.min_height - 1e-3 and max(h) <= tile.max_height + 1e-3
        assert math.isfinite(sum(tile.horizon_point))


def test_nothing_is_pulled_to_zero_outside_the_dem(tmp_path: Path) -> None:
    """The DEM lifted by 1000 m: every vertex of every level, inside the DEM or beyond its
    edge, stays near 1000 m or above (a tool writing 0 m outside would show a cliff)."""
    lifted = tmp_path / "lifted.tif"
    with rasterio.open(DEM) as src:
        data = src.read(1, masked=True).astype(np.float32) + 1000
        profile = {**src.profile, "dtype": "float32", "nodata": -9999.0}
        with rasterio.open(lifted, "w", **profile) as dst:
            dst.write(data.filled(-9999.0), 1)
    result = build_terrain([lifted], tmp_path / "out", max_zoom=9)
    lowest = min(min(read_tile(p).heights()) for p in _tiles(result.out).values())
    assert lowest >= 1000 - 3 - 1e-6  # SRTM's lowest cell here is -2 m
    assert result.min_height == pytest.approx(998.0)
